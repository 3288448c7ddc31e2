package io.cocareer.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.identity.internal.AccountPrincipal;
import io.cocareer.identity.internal.AccountRepository;
import io.cocareer.identity.internal.ApiTokenRepository;
import io.cocareer.identity.internal.ApiToken;
import io.cocareer.identity.internal.StaffAccess;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts: {@code Authorization: Bearer cct_…}. The secret is shown
 * once; only its SHA-256 is stored, so a database dump leaks no usable token.
 */
@Service
@Transactional
public class ApiTokenService {

	public static final int MAX_NAME_LENGTH = 80;

	static final String PREFIX = "cct_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final StaffAccess staffAccess;

	ApiTokenService(ApiTokenRepository tokens, AccountRepository accounts, ApplicationEventPublisher events, Clock clock,
			StaffAccess staffAccess) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.staffAccess = staffAccess;
		this.events = events;
		this.clock = clock;
	}

	/** Creates a token and returns its secret, which is never shown again. */
	public CreatedToken create(Actor actor, String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInput("name", "identity.token.nameRequired", "A token needs a name");
		}
		if (name.strip().length() > MAX_NAME_LENGTH) {
			throw new InvalidInput("name", "identity.token.nameTooLong",
					"A token name has at most %d characters".formatted(MAX_NAME_LENGTH), MAX_NAME_LENGTH);
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = new ApiToken(actor.accountId().value(), name.strip(), sha256(secret), secret.substring(0, 10),
				this.clock.instant());
		this.tokens.save(token);
		this.events.publishEvent(AuditEvent.open("apiToken.created", "account", actor.accountId(),
				AuditEvent.text(name.strip()), AuditEvent.text(token.toView().prefix() + "…")));
		return new CreatedToken(token.toView(), secret);
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> tokensOf(Actor actor) {
		return this.tokens.findByAccountIdOrderByCreatedAtDesc(actor.accountId().value()).stream().map(ApiToken::toView).toList();
	}

	public void revoke(Actor actor, UUID tokenId) {
		ApiToken token = this.tokens.findByIdAndAccountId(tokenId, actor.accountId().value())
			.orElseThrow(() -> new NotFoundException("identity.token.notFound", "Token not found"));
		token.revoke(this.clock.instant());
		this.events.publishEvent(AuditEvent.open("apiToken.revoked", "account", actor.accountId(),
				AuditEvent.text(token.toView().name())));
	}

	/**
	 * The principal for a presented secret, if the token exists, is active and its account enabled,
	 * with the roles the account may use now (none of staff when its person has left).
	 */
	public Optional<AccountPrincipal> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(sha256(secret))
			.filter(ApiToken::isActive)
			.flatMap((token) -> {
				token.used(this.clock.instant());
				return this.accounts.findById(token.accountId());
			})
			.filter(io.cocareer.identity.internal.Account::isEnabled)
			.flatMap(this.staffAccess::tokenPrincipalOf);
	}

	static String sha256(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	public record CreatedToken(ApiTokenView token, String secret) {

	}

}

package io.cocareer.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.cocareer.identity.AccountRef;

/**
 * Who is told a notice, and what is stored for it: decided here without a database, so the rules
 * are tested on their own. One notification per account however many ways lead to it (named as a
 * person, holding a role, both); none for an account that already has the notice's dedup key.
 */
public final class NotificationPlan {

	public static final int MAX_KIND = 80;

	public static final int MAX_CODE = 160;

	public static final int MAX_LINK = 500;

	public static final int MAX_DEDUP_KEY = 200;

	/**
	 * A path inside the app: one leading slash (never {@code //host} or {@code /\host}, which
	 * browsers follow to another site), no scheme, no spaces or control characters (browsers drop
	 * tabs and newlines, which would turn {@code /\t/host} into {@code //host}), no braces.
	 */
	private static final Pattern INTERNAL_LINK = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~%!$&'()*+,;=:@/?#]*");

	private NotificationPlan() {
	}

	/** A recipient account and the address its mail goes to ({@code null}: not mailed). */
	public record Recipient(UUID accountId, String email) {

	}

	/**
	 * The recipients of a notice, each account once, in a stable order: those named as people first.
	 * @param accounts the accounts found for the notice's people and roles (repeats allowed)
	 * @param emailByPerson the email address of each person who is to be mailed (empty when mail is off)
	 * @param alreadyNotified accounts that already have a notification with the notice's dedup key
	 */
	public static List<Recipient> recipients(Collection<AccountRef> accounts, Map<UUID, String> emailByPerson,
			Set<UUID> alreadyNotified) {
		Map<UUID, Recipient> byAccount = new LinkedHashMap<>();
		for (AccountRef account : accounts) {
			UUID accountId = account.accountId().value();
			if (alreadyNotified.contains(accountId) || byAccount.containsKey(accountId)) {
				continue;
			}
			String email = (account.personId() != null) ? emailByPerson.get(account.personId().value()) : null;
			byAccount.put(accountId, new Recipient(accountId, blankToNull(email)));
		}
		return new ArrayList<>(byAccount.values());
	}

	/** The link if it is a path inside the app, otherwise {@code null}: no notification leads elsewhere. */
	public static String internalLink(String link) {
		if (link == null || link.length() > MAX_LINK || !INTERNAL_LINK.matcher(link).matches()) {
			return null;
		}
		return link;
	}

	/**
	 * The dedup key as stored: a key too long for the column is replaced by its SHA-256, which keeps
	 * "the same key" meaning the same thing.
	 */
	public static String storedDedupKey(String dedupKey) {
		if (dedupKey == null || dedupKey.length() <= MAX_DEDUP_KEY) {
			return dedupKey;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

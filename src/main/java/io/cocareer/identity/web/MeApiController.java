package io.cocareer.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.identity.ApiTokenService;
import io.cocareer.identity.ApiTokenView;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account and personal API tokens. */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

	private final PeopleDirectory people;

	private final ApiTokenService tokens;

	MeApiController(PeopleDirectory people, ApiTokenService tokens) {
		this.people = people;
		this.tokens = tokens;
	}

	@GetMapping
	MeResponse me(Actor actor) {
		PersonView person = (actor.personId() != null) ? this.people.find(actor.personId()).orElse(null) : null;
		return new MeResponse(actor.accountId().value(), actor.username(), actor.displayName(),
				actor.roles().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
				(person != null) ? new MeResponse.Person(person.id(), person.employeeId(), person.fullName(),
						person.email(), person.title(), person.unitName(), person.managerId(), person.managerName())
						: null);
	}

	@GetMapping("/tokens")
	List<TokenResponse> tokens(Actor actor) {
		return this.tokens.tokensOf(actor).stream().map(TokenResponse::from).toList();
	}

	/** The answer carries the secret: it is never shown again. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/tokens")
	ResponseEntity<CreatedTokenResponse> createToken(Actor actor, @Valid @RequestBody CreateTokenRequest request) {
		ApiTokenService.CreatedToken created = this.tokens.create(actor, request.name());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.token().id()))
			.body(new CreatedTokenResponse(TokenResponse.from(created.token()), created.secret()));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/tokens/{tokenId}")
	ResponseEntity<Void> revokeToken(Actor actor, @PathVariable UUID tokenId) {
		this.tokens.revoke(actor, tokenId);
		return ResponseEntity.noContent().build();
	}

	record MeResponse(UUID accountId, String username, String displayName, Set<String> roles, @Nullable Person person) {

		record Person(UUID id, String employeeId, String name, String email, @Nullable String title,
				@Nullable String unit, @Nullable UUID managerId, @Nullable String managerName) {

		}

	}

	record CreateTokenRequest(@NotBlank @Size(max = 80) String name) {

	}

	record TokenResponse(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
			@Nullable Instant revokedAt, boolean active) {

		static TokenResponse from(ApiTokenView view) {
			return new TokenResponse(view.id(), view.name(), view.prefix(), view.createdAt(), view.lastUsedAt(),
					view.revokedAt(), view.isActive());
		}

	}

	record CreatedTokenResponse(TokenResponse token, @Nullable String secret) {

	}

}

package io.cocareer.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.identity.AccountOverview;
import io.cocareer.identity.AccountService;
import io.cocareer.identity.CreateAccount;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts administration over the API (administrators only). */
@RestController
@RequestMapping("/api/v1/admin/accounts")
class AccountAdminApiController {

	private final AccountService accounts;

	AccountAdminApiController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	List<AccountResponse> list(Actor actor) {
		return this.accounts.overview(actor).stream().map(AccountResponse::from).toList();
	}

	@GetMapping("/{accountId}")
	AccountResponse get(Actor actor, @PathVariable UUID accountId) {
		return AccountResponse.from(this.accounts.overview(actor, accountId));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<AccountResponse> create(Actor actor, @Valid @RequestBody CreateAccountRequest request) {
		UUID id = this.accounts.create(actor, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/admin/accounts/" + id))
			.body(AccountResponse.from(this.accounts.overview(actor, id)));
	}

	@PutMapping("/{accountId}/roles")
	AccountResponse changeRoles(Actor actor, @PathVariable UUID accountId, @Valid @RequestBody RolesRequest request) {
		this.accounts.changeRoles(actor, accountId, request.roles());
		return AccountResponse.from(this.accounts.overview(actor, accountId));
	}

	@PutMapping("/{accountId}/enabled")
	AccountResponse setEnabled(Actor actor, @PathVariable UUID accountId, @Valid @RequestBody EnabledRequest request) {
		this.accounts.setEnabled(actor, accountId, request.enabled());
		return AccountResponse.from(this.accounts.overview(actor, accountId));
	}

	record CreateAccountRequest(@NotBlank @Size(max = 40) String employeeId,
			@NotBlank @Pattern(regexp = AccountService.USERNAME_PATTERN) String username,
			@NotBlank @Size(min = 8, max = 200) String password, @NotEmpty Set<@NotNull Role> roles) {

		CreateAccount toCommand() {
			return new CreateAccount(this.employeeId, this.username, this.password, this.roles);
		}

	}

	record RolesRequest(@NotEmpty Set<@NotNull Role> roles) {

	}

	record EnabledRequest(@NotNull Boolean enabled) {

	}

	record AccountResponse(UUID id, String username, String displayName, Set<String> roles, boolean enabled,
			Instant createdAt, @Nullable Person person) {

		static AccountResponse from(AccountOverview overview) {
			Person person = (overview.person() != null) ? new Person(overview.person().id(),
					overview.person().employeeId(), overview.person().fullName()) : null;
			Set<String> roles = new TreeSet<>();
			overview.account().roles().forEach((role) -> roles.add(role.name()));
			return new AccountResponse(overview.account().id(), overview.account().username(),
					overview.account().displayName(), roles, overview.account().enabled(),
					overview.account().createdAt(), person);
		}

		record Person(UUID id, @Nullable String employeeId, String name) {

		}

	}

}

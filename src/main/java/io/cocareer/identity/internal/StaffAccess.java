package io.cocareer.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;
import java.util.TreeSet;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonLeft;
import io.cocareer.people.PersonRehired;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Staff access (talent lead, manager, talent, administrator) belongs to people who work here.
 * When someone leaves, their account loses it at once: the staff roles come off (an alumnus
 * keeps the alumni space), an account left without a role is disabled, and its web sessions
 * and API tokens end. Every sign-in (form, HTTP Basic, API token) checks it a second time:
 * whoever has left gets no staff role, whatever their account says. When someone who had left is
 * hired again, their account gets staff access back as a talent (the alumni role comes off).
 */
@Component
public class StaffAccess {

	static final Set<Role> STAFF = EnumSet.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT, Role.ADMIN);

	private final AccountRepository accounts;

	private final ApiTokenRepository tokens;

	private final PeopleDirectory people;

	private final WebSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffAccess(AccountRepository accounts, ApiTokenRepository tokens, PeopleDirectory people, WebSessions sessions,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.people = people;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A plain listener on purpose: it runs in the transaction that records the leaving, so the
	 * person is never gone while their account still works, nor the other way round.
	 */
	@EventListener
	void on(PersonLeft event) {
		this.accounts.findByPersonId(event.personId().value()).ifPresent(this::endStaffAccess);
	}

	/**
	 * A boomerang is back: their account is a talent's again (the alumni space was for while they
	 * were away; other staff roles are the administrator's to give), enabled, and signed out
	 * everywhere so that the next sign-in carries the new roles. After the rehire is committed, in a
	 * transaction of its own (retried if it fails): until then sign-in already checks the person's
	 * status. An erased person's account stays locked.
	 */
	@ApplicationModuleListener
	void on(PersonRehired event) {
		this.accounts.findByPersonId(event.personId().value())
			.filter((account) -> !account.isErased())
			.ifPresent(this::restoreStaffAccess);
	}

	private void restoreStaffAccess(Account account) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(account.toActor().roles());
		roles.remove(Role.ALUMNUS);
		roles.add(Role.TALENT);
		account.changeRoles(roles);
		account.enable(true);
		this.accounts.flush();
		signOutEverywhere(account.username());
		this.events.publishEvent(AuditEvent.open("account.staffAccessRestored", "account", account.id(),
				AuditEvent.text(account.username()),
				AuditEvent.terms(new TreeSet<>(roles).stream().map((role) -> "role." + role.name()).toList())));
	}

	private void endStaffAccess(Account account) {
		Set<Role> kept = EnumSet.noneOf(Role.class);
		kept.addAll(account.toActor().roles());
		kept.removeAll(STAFF);
		if (kept.isEmpty()) {
			// the roles stay on the disabled account: they are what it had, and sign-in checks them again
			account.enable(false);
		}
		else {
			account.changeRoles(kept);
		}
		this.accounts.flush();
		this.tokens.findByAccountIdOrderByCreatedAtDesc(account.id())
			.forEach((token) -> token.revoke(this.clock.instant()));
		signOutEverywhere(account.username());
		this.events.publishEvent(kept.isEmpty()
				? AuditEvent.open("account.staffAccessEnded.disabled", "account", account.id(),
						AuditEvent.text(account.username()))
				: AuditEvent.open("account.staffAccessEnded", "account", account.id(), AuditEvent.text(account.username()),
						AuditEvent.terms(new TreeSet<>(kept).stream().map((role) -> "role." + role.name()).toList())));
	}

	private void signOutEverywhere(String username) {
		this.sessions.endAll(username);
	}

	/**
	 * The account as it may sign in now: without staff roles if its person has left. Disabled
	 * when no role is left, so the sign-in is refused.
	 */
	AccountPrincipal principalOf(Account account) {
		Actor actor = actorOf(account);
		return new AccountPrincipal(actor, account.passwordHash(), account.isEnabled() && !actor.roles().isEmpty());
	}

	/** The principal of a request signed with an API token: empty when the account may not sign in. */
	public Optional<AccountPrincipal> tokenPrincipalOf(Account account) {
		AccountPrincipal principal = principalOf(account);
		return principal.isEnabled() ? Optional.of(principal.withoutCredentials()) : Optional.empty();
	}

	/** The account's actor, with the staff roles taken off when its person has left. */
	Actor actorOf(Account account) {
		Actor actor = account.toActor();
		if (actor.personId() == null || !hasLeft(actor.personId())) {
			return actor;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(actor.roles());
		roles.removeAll(STAFF);
		return new Actor(actor.accountId(), actor.username(), actor.personId(), actor.displayName(), roles);
	}

	private boolean hasLeft(PersonId personId) {
		return this.people.find(personId).map(PersonView::status).orElse(null) == PersonStatus.LEFT;
	}

}

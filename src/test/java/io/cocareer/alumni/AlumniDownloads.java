package io.cocareer.alumni;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.network.NetworkPeople;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People for the tests of each alumni module's part of the data download
 * ({@code GET /api/v1/me/alumni-data}): hired with an account, leaving into the alumni as the exit
 * protocol makes them (the register hears {@link ExitCompleted}, the account becomes the alumnus'
 * portal account), and their download read over the API.
 */
public record AlumniDownloads(int port, PeopleService people, AccountService accounts, ApplicationEventPublisher events,
		TransactionTemplate transactions, Clock clock) {

	public static final String PASSWORD = "download-test-1";

	/** Someone hired with an account holding the roles. */
	public Member hire(Role... roles) {
		NetworkPeople.Hired hired = NetworkPeople.hire(this.people, this.accounts, "dl", PASSWORD, null, roles);
		return new Member(hired.personId(), hired.employeeId(), hired.name(), hired.username());
	}

	/**
	 * They leave with consent (as a completed exit protocol would have it, without one) and their
	 * account becomes their alumni portal account.
	 */
	public void leave(Member member) {
		PersonId id = PersonId.of(member.personId());
		LocalDate on = LocalDate.now(this.clock).minusMonths(2);
		this.transactions.executeWithoutResult((tx) -> {
			this.people.recordLeaving(PeopleTestActors.HR, id.value(), on, "Left for a new role");
			this.events.publishEvent(new ExitCompleted(id, on, "NEW_ROLE", ExitReasonKind.CAREER_GOAL,
					ExitReasonKind.CAREER_GOAL.defaultEligibility(), new ContactConsent("home." + member.username()
							+ "@example.org", Set.of(ContactChannel.EMAIL), ContactCadence.YEARLY, this.clock.instant()),
					null));
		});
		this.accounts.openAlumniAccess(id, "home." + member.username() + "@example.org");
	}

	/** Their download, as they get it from the API (200). */
	public Download download(Member member) {
		ApiClient.Response response = ApiClient.as(this.port, member.username(), PASSWORD).get("/api/v1/me/alumni-data");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return new Download(response.body(), response.json());
	}

	/** The demo's talent lead, who has a person. */
	public Actor lead() {
		var account = this.accounts.findByUsername("lead").orElseThrow();
		return new Actor(AccountId.of(account.id()), account.username(), PersonId.ofNullable(account.personId()),
				account.displayName(), account.roles());
	}

	public record Member(UUID personId, String employeeId, String name, String username) {

		/** Them acting with these roles, as the services see them. */
		public Actor as(Role... roles) {
			return new Actor(AccountId.of(UUID.randomUUID()), this.username, PersonId.of(this.personId), this.name,
					Set.of(roles));
		}

		public PersonId id() {
			return PersonId.of(this.personId);
		}

	}

	/** The download: the whole body, and its parsed JSON. */
	public record Download(String body, JsonNode json) {

		/** A module's part, by its name. */
		public JsonNode part(String name) {
			return this.json.path("parts").path(name);
		}

	}

}

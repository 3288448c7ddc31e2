package io.cocareer.alumni.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.ContactConsent;
import io.cocareer.alumni.ExitCompleted;
import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.InteractionKind;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.alumni.register.RecordInteraction;
import io.cocareer.identity.AccountService;
import io.cocareer.network.Arena;
import io.cocareer.network.ContactFrequency;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.map.NetworkService;
import io.cocareer.network.map.SaveDeveloper;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.SavePerson;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure keeps nothing of the person (issue 10, "Privacy"): an alumnus whose name, email and
 * employee id are spread over the people, identity, network, register and portal tables (and a
 * candidate they referred) erases themselves in the portal; afterwards no text column of any table
 * of the schema holds any of it. Runs on H2 and on PostgreSQL (the {@code postgres-and-release}
 * list). Modules merged later add their own data about the person here.
 */
@IntegrationTest
class ErasureLeavesNoTraceIntegrationTests {

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	NetworkService network;

	@Autowired
	AlumniRegister register;

	@Autowired
	AlumniPostService posts;

	@Autowired
	AlumniReferralService referrals;

	@Autowired
	AlumniPortalService portal;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void anAlumnusWhoErasesThemselvesLeavesTheirNameEmailAndEmployeeIdInNoTextColumn() {
		String key = Long.toString(System.nanoTime(), 36);
		String first = "Quillon";
		String last = "Zephyrine" + key;
		String name = first + " " + last;
		String email = "quillon." + key + "@erase.example";
		String employeeId = "ERZ-" + key;
		String candidate = "Candida Xylo" + key;
		String candidateEmail = "candida." + key + "@cand.example";
		LocalDate today = LocalDate.now(this.clock);

		UUID unit = this.people.units(PeopleTestActors.HR).get(0).id();
		UUID id = this.people.create(PeopleTestActors.HR, new SavePerson(employeeId, first, last, email, "Data engineer",
				unit, null, LocalDate.of(2018, 3, 1)));
		String username = "u" + key;
		this.accounts.create(username, "erase-test-1", id, name, Set.of(Role.TALENT, Role.ALUMNUS));
		Actor asTalent = new Actor(AccountId.of(UUID.randomUUID()), username, PersonId.of(id), name,
				Set.of(Role.TALENT));
		Actor asAlumnus = new Actor(AccountId.of(UUID.randomUUID()), username, PersonId.of(id), name,
				Set.of(Role.ALUMNUS));

		// network: their own map, and a colleague's map that names them
		this.network.addDeveloper(asTalent, new SaveDeveloper(null, "Mentor who knew " + name, "Acme", Arena.PRIOR_EMPLOYER,
				DeveloperRole.MENTOR, 4, ContactFrequency.MONTHLY, today.minusDays(10), Set.of()));
		var colleague = io.cocareer.network.NetworkPeople.hire(this.people, this.accounts, "ec", "erase-test-1", null,
				Role.TALENT);
		Actor colleagueActor = new Actor(AccountId.of(UUID.randomUUID()), colleague.username(),
				PersonId.of(colleague.personId()), colleague.name(), Set.of(Role.TALENT));
		this.network.addDeveloper(colleagueActor, new SaveDeveloper(PersonId.of(id), name, null, Arena.CURRENT_EMPLOYER,
				DeveloperRole.PEER, 3, ContactFrequency.WEEKLY, today.minusDays(3), Set.of()));

		// they leave with consent at their own email: an alumnus
		LocalDate left = today.minusMonths(3);
		this.transactions.executeWithoutResult((tx) -> {
			this.people.recordLeaving(PeopleTestActors.HR, id, left, "Left to join " + name + " Consulting");
			this.events.publishEvent(new ExitCompleted(PersonId.of(id), left, "new-role", ExitReasonKind.CAREER_GOAL,
					ExitReasonKind.CAREER_GOAL.defaultEligibility(),
					new ContactConsent(email, Set.of(ContactChannel.EMAIL), ContactCadence.YEARLY, this.clock.instant()),
					null));
		});
		Actor lead = PeopleTestActors.HR;
		this.register.recordInteraction(lead, PersonId.of(id),
				new RecordInteraction(InteractionKind.CONTACT, today, "Coffee with " + name + " (" + email + ")", null));

		// the portal: interest in a role, a candidate referred
		UUID role = this.posts.publish(leadWithPerson(), new SavePost(PostKind.ROLE, null, "Analytics lead " + key,
				"A role for alumni", null, null));
		this.posts.expressInterest(asAlumnus, role);
		this.referrals.refer(asAlumnus, new ReferCandidate(candidate, candidateEmail, role, null,
				name + " worked with her at " + employeeId));
		assertThat(found(List.of(name, email, employeeId, candidate, candidateEmail)))
			.as("the person is everywhere before").isNotEmpty();

		this.portal.erase(asAlumnus, "ERASE");

		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(found(List.of(name, email, employeeId, last, candidate, candidateEmail)))
				.as("text columns holding the erased person's name, email or employee id").isEmpty());
		assertThat(this.jdbc.sql("select erased_interest from alumni_post where id = ?").param(role)
			.query(Integer.class).single()).as("the post keeps how many were interested").isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from alumni_interaction where person_id = ?").param(id)
			.query(Long.class).single()).as("the register keeps anonymous counts").isPositive();
	}

	/** Every text column of every table of the schema that holds one of the values (case-insensitive). */
	private List<String> found(List<String> values) {
		List<String[]> columns = this.jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where lower(table_schema) = 'public'
				  and (lower(data_type) like '%char%' or lower(data_type) like '%text%' or lower(data_type) like '%clob%'
				       or lower(data_type) like '%character large object%')""")
			.query((rs, row) -> new String[] { rs.getString(1).toLowerCase(Locale.ROOT),
					rs.getString(2).toLowerCase(Locale.ROOT) })
			.list();
		assertThat(columns).as("text columns are found at all").hasSizeGreaterThan(50);
		List<String> hits = new ArrayList<>();
		for (String[] column : columns) {
			for (String value : values) {
				long count = this.jdbc
					.sql("select count(*) from \"" + column[0] + "\" where lower(cast(\"" + column[1]
							+ "\" as varchar(100000))) like ?")
					.param("%" + value.toLowerCase(Locale.ROOT) + "%")
					.query(Long.class)
					.single();
				if (count > 0) {
					hits.add(column[0] + "." + column[1] + " holds " + value);
				}
			}
		}
		return hits;
	}

	/** The demo's talent lead, who has a person (PeopleTestActors.HR is a lead without one in some tests). */
	private Actor leadWithPerson() {
		var account = this.accounts.findByUsername("lead").orElseThrow();
		return new Actor(AccountId.of(account.id()), account.username(), PersonId.ofNullable(account.personId()),
				account.displayName(), account.roles());
	}

}

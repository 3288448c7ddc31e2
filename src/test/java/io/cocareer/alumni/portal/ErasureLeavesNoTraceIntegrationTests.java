package io.cocareer.alumni.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.cocareer.alumni.CollaborationKind;
import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.InteractionKind;
import io.cocareer.alumni.ReentryDecision;
import io.cocareer.alumni.conversation.AddFollowUp;
import io.cocareer.alumni.conversation.ExitConversationService;
import io.cocareer.alumni.conversation.HolderKind;
import io.cocareer.alumni.conversation.Intention;
import io.cocareer.alumni.conversation.ScheduleConversation;
import io.cocareer.alumni.conversation.UpdateConversation;
import io.cocareer.alumni.directory.AlumniDirectory;
import io.cocareer.alumni.directory.SaveProfile;
import io.cocareer.alumni.entry.EntryService;
import io.cocareer.alumni.exit.Collaboration;
import io.cocareer.alumni.exit.ConnectionSection;
import io.cocareer.alumni.exit.ExitService;
import io.cocareer.alumni.exit.HandoverItem;
import io.cocareer.alumni.exit.InterviewAnonymity;
import io.cocareer.alumni.exit.InterviewSection;
import io.cocareer.alumni.exit.OpenToReturn;
import io.cocareer.alumni.exit.ReasonSection;
import io.cocareer.alumni.exit.ReentrySection;
import io.cocareer.alumni.exit.StartExit;
import io.cocareer.alumni.mobility.CareerHorizonService;
import io.cocareer.alumni.mobility.HorizonKind;
import io.cocareer.alumni.mobility.SetHorizon;
import io.cocareer.alumni.reentry.AskToReturn;
import io.cocareer.alumni.reentry.ReentryService;
import io.cocareer.alumni.reentry.SaveEvaluation;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.alumni.register.RecordInteraction;
import io.cocareer.identity.AccountService;
import io.cocareer.network.Arena;
import io.cocareer.network.ContactFrequency;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.NetworkPeople;
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
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.pool.DesignationTerms;
import io.cocareer.talent.pool.TalentPoolService;
import io.cocareer.talent.profile.TalentProfileService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure keeps nothing of the person (issue 10, "Privacy"). A talent's name, work email, private
 * email, employee id and a marker word are spread, through each module's own services, over the
 * people, identity, talent, network and notification tables and every alumni module: a career
 * horizon (mobility), the welcome acknowledged (entry), a held exit conversation with a follow-up
 * (conversation), an exit protocol with consent, collaborations, handover, re-entry discussion
 * and interview (exit), their alumni profile (directory), interactions (register), interest in a
 * post and a candidate referred (portal), a request to come back with its evaluation and decision
 * (reentry). Then they are erased, by themselves in the portal or by the talent lead; once the
 * listeners ran, no char, varchar, text or clob column of any table of the schema holds any of it,
 * and the anonymous counts stay. Runs on H2 and on PostgreSQL (the {@code postgres-and-release}
 * list).
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
	TalentPoolService pool;

	@Autowired
	TalentProfileService profiles;

	@Autowired
	CareerHorizonService horizons;

	@Autowired
	EntryService entry;

	@Autowired
	ExitConversationService conversations;

	@Autowired
	ExitService exits;

	@Autowired
	AlumniDirectory directory;

	@Autowired
	AlumniRegister register;

	@Autowired
	AlumniPostService posts;

	@Autowired
	AlumniReferralService referrals;

	@Autowired
	AlumniPortalService portal;

	@Autowired
	ReentryService reentry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void anAlumnusWhoErasesThemselvesLeavesTheirNameEmailAndEmployeeIdInNoTextColumn() {
		Someone alumnus = everywhere("Quillon", InterviewAnonymity.NAMED, true);

		this.portal.erase(alumnus.asAlumnus(), "ERASE");

		assertNoTrace(alumnus);
		assertThat(this.jdbc.sql("select erased_interest from alumni_post where id = ?").param(alumnus.post())
			.query(Integer.class).single()).as("the post keeps how many were interested").isEqualTo(1);
		assertAnonymousCountsStay(alumnus);
	}

	@Test
	void aLeaverTheTalentLeadErasesLeavesNothingEither() {
		Someone leaver = everywhere("Ysolde", InterviewAnonymity.ANONYMOUS, false);

		this.people.erase(lead(), leaver.id());

		assertNoTrace(leaver);
		assertAnonymousCountsStay(leaver);
	}

	/** Someone whose words are in every module, hired, designated, talked with, through their exit into the portal. */
	private Someone everywhere(String first, InterviewAnonymity anonymity, boolean asksToReturn) {
		String key = Long.toString(System.nanoTime(), 36);
		String last = "Zephyrine" + key;
		String name = first + " " + last;
		String email = first.toLowerCase(Locale.ROOT) + "." + key + "@erase.example";
		String privateEmail = "home." + key + "@private.example";
		String employeeId = "ERZ-" + key;
		String marker = "Xyloquartz" + key;
		String candidate = "Candida Xylo" + key;
		String candidateEmail = "candida." + key + "@cand.example";
		String all = name + " <" + email + ">, " + employeeId + ", " + privateEmail + " " + marker;
		LocalDate today = LocalDate.now(this.clock);
		Actor lead = lead();

		UUID unit = this.people.units(PeopleTestActors.HR).get(0).id();
		UUID id = this.people.create(PeopleTestActors.HR,
				new SavePerson(employeeId, first, last, email, "Data engineer", unit, null, LocalDate.of(2018, 3, 1)));
		String username = "u" + key;
		this.accounts.create(username, "erase-test-1", id, name, Set.of(Role.TALENT));
		Actor asTalent = new Actor(AccountId.of(UUID.randomUUID()), username, PersonId.of(id), name, Set.of(Role.TALENT));
		Actor asAlumnus = new Actor(AccountId.of(UUID.randomUUID()), username, PersonId.of(id), name,
				Set.of(Role.ALUMNUS));
		var manager = NetworkPeople.hire(this.people, this.accounts, "em", "erase-test-1", null, Role.MANAGER);

		// talent: designated, with a note about them
		this.pool.designate(lead, id, new DesignationTerms(DesignationReason.LONG_TERM_POTENTIAL, "Evidence: " + all,
				today.plusMonths(6), 2, 3));
		this.profiles.addNote(lead, id, "A note on " + all);

		// network: their own map, and a colleague's map that names them
		this.network.addDeveloper(asTalent, new SaveDeveloper(null, "Mentor who knew " + name, "Acme",
				Arena.PRIOR_EMPLOYER, DeveloperRole.MENTOR, 4, ContactFrequency.MONTHLY, today.minusDays(10), Set.of()));
		var colleague = NetworkPeople.hire(this.people, this.accounts, "ec", "erase-test-1", null, Role.TALENT);
		Actor colleagueActor = new Actor(AccountId.of(UUID.randomUUID()), colleague.username(),
				PersonId.of(colleague.personId()), colleague.name(), Set.of(Role.TALENT));
		this.network.addDeveloper(colleagueActor, new SaveDeveloper(PersonId.of(id), name, null, Arena.CURRENT_EMPLOYER,
				DeveloperRole.PEER, 3, ContactFrequency.WEEKLY, today.minusDays(3), Set.of()));

		// entry: the hire made their acknowledgement pending (after commit); they read the welcome and said so
		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
			.until(() -> this.entry.welcome(asTalent).pending());
		this.entry.acknowledge(asTalent);

		// conversation: held with the talent lead, its record and a follow-up in their words
		UUID conversation = this.conversations.schedule(lead,
				new ScheduleConversation(PersonId.of(id), HolderKind.TALENT_LEAD, today));
		this.conversations.update(lead, conversation, new UpdateConversation(today, null, today, Intention.MAY_LEAVE, 12,
				"Collaborations with " + all, "Referrals by " + all, "Clients of " + all, "Transfer from " + all),
				this.conversations.get(lead, conversation).version());
		this.conversations.addFollowUp(lead, conversation,
				new AddFollowUp("Follow up with " + all, PersonId.of(id), today.plusDays(14)));

		// mobility: exploring outside, with a note (the talent lead is told)
		this.horizons.set(asTalent, new SetHorizon(HorizonKind.EXPLORING_OUTSIDE, 12, "My horizon, " + all, false), null);
		assertThat(tablesHolding(List.of(marker))).as("the horizon holds the note before they leave")
			.contains("alumni_career_horizon");

		// exit: the whole protocol, their consent at a private email and their interview
		UUID exit = this.exits.start(lead, new StartExit(id, today));
		this.exits.saveReason(lead, exit, new ReasonSection(today, "NEW_ROLE", null, "Reason of " + all), null);
		this.exits.giveConsent(asTalent, exit,
				new ConnectionSection(privateEmail, Set.of(ContactChannel.EMAIL), ContactCadence.QUARTERLY));
		this.exits.saveCollaborations(lead, exit, List.of(new Collaboration(CollaborationKind.REFERRER,
				"Referrals from " + all, manager.personId(), today.plusMonths(1))), null);
		this.exits.saveReentry(lead, exit, new ReentrySection(OpenToReturn.YES, "When " + marker, "Conditions of " + all),
				null);
		this.exits.saveHandover(lead, exit,
				List.of(new HandoverItem("Handover of " + all, manager.personId(), today.plusDays(5), false)), null);
		this.exits.saveInterview(asTalent, exit,
				new InterviewSection(anonymity, "NEW_ROLE", "Would have kept " + all, "Comments of " + all), null);
		this.exits.complete(lead, exit);

		// directory: their profile, once the exit made it
		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
			.until(() -> this.directory.profileIfAny(lead, PersonId.of(id)).isPresent());
		this.directory.saveMyProfile(asAlumnus, new SaveProfile(last + " Consulting", "Head of " + marker,
				List.of("Skills of " + name, employeeId), "Headline " + email, "Lisbon " + marker, null, true),
				this.directory.myProfile(asAlumnus).version());

		// register: an interaction the talent lead logged
		this.register.recordInteraction(lead, PersonId.of(id),
				new RecordInteraction(InteractionKind.CONTACT, today, "Coffee with " + all, null));

		// portal: interest in a role, a candidate referred
		UUID role = this.posts.publish(lead,
				new SavePost(PostKind.ROLE, null, "Analytics lead " + key, "A role for alumni", null, null));
		this.posts.expressInterest(asAlumnus, role);
		this.referrals.refer(asAlumnus, new ReferCandidate(candidate, candidateEmail, role, null,
				name + " worked with her at " + employeeId + " " + marker));

		// reentry: asked by them (or started by the talent lead), evaluated with the hiring manager, decided
		AskToReturn ask = new AskToReturn("Role for " + name, today.plusMonths(2), "Employers of " + all,
				"Skills of " + all, "Why " + all);
		UUID request = asksToReturn ? this.reentry.ask(asAlumnus, ask) : this.reentry.start(lead, id, ask, null);
		this.reentry.evaluate(lead, request, new SaveEvaluation(manager.personId(), 4, 4, false, "Root cause: " + all,
				false, false, true, "Premium of " + all, null), null);
		this.reentry.decide(lead, request, ReentryDecision.NOT_NOW, "Rationale about " + all, null);

		Someone someone = new Someone(id, asAlumnus, role, List.of(name, last, email, privateEmail, employeeId, marker,
				candidate, candidateEmail));
		Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
			.untilAsserted(() -> assertThat(tablesHolding(someone.traces()))
				.as("the person is in every module before")
				.contains("person", "account", "talent_designation", "profile_note", "network_developer",
						"alumni_conversation", "alumni_conversation_follow_up", "alumni_exit", "alumni_exit_collaboration",
						"alumni_exit_handover", "alumnus", "alumni_profile", "alumni_interaction", "alumni_referral",
						"alumni_reentry_request", "notification"));
		return someone;
	}

	private void assertNoTrace(Someone someone) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(found(someone.traces()))
				.as("text columns holding the erased person's name, email, employee id or words").isEmpty());
	}

	private void assertAnonymousCountsStay(Someone someone) {
		UUID id = someone.id();
		assertThat(count("select count(*) from alumni_interaction where person_id = ?", id))
			.as("the register keeps anonymous counts").isPositive();
		assertThat(count("select count(*) from alumni_exit where person_id = ? and state = 'COMPLETED'", id))
			.as("the exit stays, as codes and dates").isEqualTo(1);
		assertThat(count("select count(*) from alumni_reentry_request where person_id = ? and decision = 'NOT_NOW'", id))
			.as("the request stays, as asked and decided").isEqualTo(1);
		assertThat(count("select count(*) from alumni_conversation where talent_id = ? and held_on is not null", id))
			.as("the conversation stays, as dates").isEqualTo(1);
		assertThat(count("select count(*) from alumni_profile where person_id = ?", id)).as("no profile").isZero();
	}

	private long count(String sql, UUID id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single();
	}

	/** The tables with a text column holding one of the values. */
	private Set<String> tablesHolding(List<String> values) {
		Set<String> tables = new TreeSet<>();
		found(values).forEach((hit) -> tables.add(hit.substring(0, hit.indexOf('.'))));
		return tables;
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
		String any = String.join(" or ", values.stream().map((v) -> "lower(cast(\"%s\" as varchar(100000))) like ?").toList());
		List<String> hits = new ArrayList<>();
		for (String[] column : columns) {
			var statement = this.jdbc.sql("select count(*) from \"" + column[0] + "\" where "
					+ any.replace("%s", column[1]));
			for (String value : values) {
				statement = statement.param("%" + value.toLowerCase(Locale.ROOT) + "%");
			}
			if (statement.query(Long.class).single() == 0) {
				continue;
			}
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

	/** The demo's talent lead, who has a person (PeopleTestActors.HR is a lead without one). */
	private Actor lead() {
		var account = this.accounts.findByUsername("lead").orElseThrow();
		return new Actor(AccountId.of(account.id()), account.username(), PersonId.ofNullable(account.personId()),
				account.displayName(), account.roles());
	}

	/** The person spread over every module: their id, themselves as an alumnus, the post they were interested in, what must go. */
	private record Someone(UUID id, Actor asAlumnus, UUID post, List<String> traces) {

	}

}

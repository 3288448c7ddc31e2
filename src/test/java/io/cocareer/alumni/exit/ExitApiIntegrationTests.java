package io.cocareer.alumni.exit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.network.NetworkPeople;
import io.cocareer.network.NetworkPeople.Hired;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.PersonStatus;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.shared.TourId;
import io.cocareer.support.ApiClient;
import io.cocareer.support.ApiClient.Response;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.tour.TourEndedInGoodExit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exit protocol over the API: who reads what on every path (the lead all but an anonymous
 * interview, the leaver their own, the manager the reason, handover and collaborations, nobody
 * else anything), the leaver's own consent, the bad inputs, completing in one transaction (the
 * leaving recorded, staff access ended, the portal opened with consent; nothing stored when it
 * fails), a past exit, and a tour's good exit starting a protocol.
 */
@IntegrationTest
class ExitApiIntegrationTests {

	static final String PASSWORD = "exit-test-1";

	static final String EXITS = "/api/v1/exits";

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	ExitService exits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Hired hire(UUID managerId, Role... roles) {
		return NetworkPeople.hire(this.people, this.accounts, "ex", PASSWORD, managerId, roles);
	}

	ApiClient api(Hired who) {
		return ApiClient.as(this.port, who.username(), PASSWORD);
	}

	ApiClient lead() {
		return ApiClient.as(this.port, "lead", "demo");
	}

	static String start(UUID personId, LocalDate leavingOn) {
		return "{\"personId\": \"" + personId + "\", \"leavingOn\": \"" + leavingOn + "\"}";
	}

	static String id(Response created) {
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static long version(ApiClient reader, String exit) {
		return reader.get(EXITS + "/" + exit).json().path("version").asLong();
	}

	@Test
	void aProtocolIsReadByTheLeadTheLeaverAndTheirManagerEachAsFarAsTheyMayAndByNobodyElse() {
		Hired manager = hire(null, Role.MANAGER, Role.TALENT);
		Hired leaver = hire(manager.personId(), Role.TALENT);
		Hired colleague = hire(manager.personId(), Role.TALENT);
		Hired otherManager = hire(null, Role.MANAGER);
		String secret = "Secret words " + UUID.randomUUID().toString().substring(0, 8);
		String note = "Private note " + UUID.randomUUID().toString().substring(0, 8);
		String email = "private." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";

		// the manager starts it for their report; not for someone else's, nor for themselves
		assertThat(api(otherManager).post(EXITS, start(leaver.personId(), LocalDate.now().plusMonths(1))).code())
			.isEqualTo("alumni.exit.personNotYours");
		String exit = id(api(manager).post(EXITS, start(leaver.personId(), LocalDate.now().plusMonths(1))));
		assertThat(api(manager).post(EXITS, start(leaver.personId(), LocalDate.now().plusMonths(2))).code())
			.as("one open protocol a person").isEqualTo("alumni.exit.alreadyOpen");

		// section 1 by the lead: an eligibility other than the default needs a note
		ApiClient lead = lead();
		Response noNote = lead.put(EXITS + "/" + exit + "/reason",
				"{\"reasonCode\": \"FAMILY\", \"eligibility\": \"NO\", \"leavingOn\": \"" + LocalDate.now().plusMonths(1)
						+ "\"}");
		assertThat(noNote.status()).isEqualTo(400);
		assertThat(noNote.code()).isEqualTo("alumni.exit.eligibilityNoteRequired");
		assertThat(lead.put(EXITS + "/" + exit + "/reason", "{\"reasonCode\": \"FAMILY\", \"eligibility\": \"WITH_REVIEW\", "
				+ "\"eligibilityNote\": \"" + note + "\", \"leavingOn\": \"" + LocalDate.now().plusMonths(1) + "\"}").status())
			.isEqualTo(200);
		assertThat(api(manager).put(EXITS + "/" + exit + "/reason", "{\"reasonCode\": \"PAY\"}").status())
			.as("the manager does not set the reason").isEqualTo(403);
		assertThat(api(manager).put(EXITS + "/" + exit + "/handover", "{\"items\": [{\"item\": \"Runbook of the billing jobs\", "
				+ "\"ownerId\": \"" + colleague.personId() + "\", \"done\": false}]}").status()).isEqualTo(200);
		assertThat(lead.put(EXITS + "/" + exit + "/collaborations", "{\"collaborations\": [{\"kind\": \"MENTOR\", "
				+ "\"description\": \"Mentor for the graduates\", \"ownerId\": \"" + manager.personId() + "\"}]}").status())
			.isEqualTo(200);
		assertThat(lead.put(EXITS + "/" + exit + "/reentry", "{\"openToReturn\": \"MAYBE\", \"when\": \"in two years\"}")
			.status()).isEqualTo(200);

		// consent: the leaver's alone, with a channel and a valid email
		String consent = "{\"email\": \"" + email + "\", \"channels\": [\"EMAIL\", \"EVENTS\"], \"cadence\": \"QUARTERLY\"}";
		assertThat(lead.post(EXITS + "/" + exit + "/consent", consent).status()).as("the lead cannot consent for them")
			.isEqualTo(403);
		Response noChannel = api(leaver).post(EXITS + "/" + exit + "/consent",
				"{\"email\": \"" + email + "\", \"channels\": [], \"cadence\": \"QUARTERLY\"}");
		assertThat(noChannel.status()).isEqualTo(400);
		assertThat(noChannel.code()).isEqualTo("alumni.exit.consent.channelRequired");
		assertThat(api(leaver).post(EXITS + "/" + exit + "/consent",
				"{\"email\": \"not-an-email\", \"channels\": [\"EMAIL\"], \"cadence\": \"QUARTERLY\"}").code())
			.isEqualTo("alumni.exit.consent.emailRequired");
		assertThat(api(leaver).post(EXITS + "/" + exit + "/consent", consent).status()).isEqualTo(200);
		assertThat(api(leaver).delete(EXITS + "/" + exit + "/consent").status()).isEqualTo(204);
		assertThat(api(leaver).post(EXITS + "/" + exit + "/consent", consent).json().path("consentGivenAt").isNull())
			.isFalse();

		// the interview, anonymous: the leaver reads it, the lead sees that it was given
		assertThat(lead.put(EXITS + "/" + exit + "/interview", "{\"anonymity\": \"NAMED\", \"reasonCode\": \"PAY\"}").status())
			.isEqualTo(403);
		assertThat(api(leaver).put(EXITS + "/" + exit + "/interview", "{\"anonymity\": \"ANONYMOUS\", \"reasonCode\": \"MANAGEMENT\", "
				+ "\"wouldHaveKept\": \"" + secret + "\", \"comments\": \"" + secret + "\"}").status()).isEqualTo(200);
		assertThat(api(leaver).get(EXITS + "/" + exit).body()).contains(secret, email, note);
		Response asLead = lead.get(EXITS + "/" + exit);
		assertThat(asLead.body()).contains(email, note).doesNotContain(secret, "MANAGEMENT");
		assertThat(asLead.json().path("interviewGiven").asBoolean()).isTrue();
		Response asManager = api(manager).get(EXITS + "/" + exit);
		assertThat(asManager.status()).isEqualTo(200);
		assertThat(asManager.body()).contains("Family or personal reasons", "Runbook of the billing jobs", "Mentor for the graduates")
			.doesNotContain(secret, email, note, "WITH_REVIEW", "in two years");
		assertThat(api(manager).get(EXITS).body()).contains(exit).doesNotContain(email);

		// nobody else: a colleague, another manager, an administrator, an alumnus
		for (ApiClient other : List.of(api(colleague), api(otherManager), ApiClient.as(this.port, "admin", "demo"),
				ApiClient.as(this.port, "alumnus", "demo"))) {
			assertThat(other.get(EXITS + "/" + exit).status()).isEqualTo(404);
			assertThat(other.put(EXITS + "/" + exit + "/handover", "{\"items\": []}").status()).isEqualTo(404);
			assertThat(other.post(EXITS + "/" + exit + "/complete", "{}").status()).isEqualTo(404);
			assertThat(other.delete(EXITS + "/" + exit + "/consent").status()).isEqualTo(404);
			assertThat(other.get(EXITS).body()).doesNotContain(exit);
		}
		for (String user : List.of("admin", "alumnus")) {
			assertThat(WebSession.signIn(this.port, user).get("/alumni/exits/" + exit).status()).isIn(403, 404);
		}
		assertThat(WebSession.signIn(this.port, colleague.username(), PASSWORD).get("/alumni/exits/" + exit).status())
			.isEqualTo(404);
		// the pages as each reader
		assertThat(WebSession.signIn(this.port, "lead").get("/alumni/exits/" + exit).body()).contains(email)
			.doesNotContain(secret);
		assertThat(WebSession.signIn(this.port, leaver.username(), PASSWORD).get("/alumni/exits/" + exit).body())
			.contains(secret);
		assertThat(WebSession.signIn(this.port, manager.username(), PASSWORD).get("/alumni/exits/" + exit).body())
			.contains("Runbook of the billing jobs").doesNotContain(secret, email, note);

		// completing: the lead alone, once; staff access ends, the portal opens on their own account
		assertThat(api(manager).post(EXITS + "/" + exit + "/complete", "{}").status()).isEqualTo(403);
		assertThat(WebSession.signIn(this.port, leaver.username(), PASSWORD).get("/tours").status()).isEqualTo(200);
		Response completed = lead.post(EXITS + "/" + exit + "/complete", "{}");
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		assertThat(completed.json().path("portal").path("username").asString()).isEqualTo(leaver.username());
		assertThat(lead.post(EXITS + "/" + exit + "/complete", "{}").code()).isEqualTo("alumni.exit.alreadyCompleted");
		assertThat(this.people.profile(PeopleTestActors.HR, leaver.personId()).person().status()).isEqualTo(PersonStatus.LEFT);
		WebSession asAlumnus = WebSession.signIn(this.port, leaver.username(), PASSWORD);
		assertThat(asAlumnus.get("/tours").status()).as("no staff pages after leaving").isEqualTo(403);
		assertThat(asAlumnus.get("/alumni/exits/" + exit).status()).isEqualTo(200);
		assertThat(this.accounts.findByUsername(leaver.username()).orElseThrow().roles()).containsExactly(Role.ALUMNUS);
		assertThat(lead.put(EXITS + "/" + exit + "/handover", "{\"items\": []}").code()).isEqualTo("alumni.exit.completed");

		// the audit log and the notices hold none of the words
		String audit = ApiClient.as(this.port, "admin", "demo").get("/api/v1/admin/audit?size=300").body();
		assertThat(audit).contains("exit").doesNotContain(secret, note, email);
		assertThat(this.jdbc.sql("select count(*) from notification where arguments like :w or arguments like :e")
			.param("w", "%" + secret + "%")
			.param("e", "%" + email + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void badInputsAreRefusedInPlainWords() {
		Hired leaver = hire(null, Role.TALENT);
		ApiClient lead = lead();
		Response beforeHire = lead.post(EXITS, start(leaver.personId(), LocalDate.of(2019, 1, 31)));
		assertThat(beforeHire.status()).isEqualTo(400);
		assertThat(beforeHire.isProblem()).isTrue();
		assertThat(beforeHire.code()).isEqualTo("alumni.exit.beforeHire");
		assertThat(lead.post(EXITS, "{\"personId\": \"" + leaver.personId() + "\"}").code())
			.isEqualTo("alumni.exit.leavingOnRequired");
		assertThat(lead.post(EXITS, "{\"personId\": \"" + UUID.randomUUID() + "\", \"leavingOn\": \"2030-01-01\"}").code())
			.isEqualTo("alumni.exit.personUnknown");
		assertThat(lead.post(EXITS, "{\"leavingOn\": \"2030-01-01\"}").code()).isEqualTo("alumni.exit.personRequired");
		assertThat(api(leaver).post(EXITS, start(leaver.personId(), LocalDate.now())).status()).isEqualTo(403);
		String exit = id(lead.post(EXITS, start(leaver.personId(), LocalDate.now().plusDays(20))));
		assertThat(lead.post(EXITS + "/" + exit + "/complete", "{}").code()).isEqualTo("alumni.exit.incomplete");
		assertThat(lead.put(EXITS + "/" + exit + "/reason", "{\"reasonCode\": \"NOPE\", \"leavingOn\": \"2030-01-01\"}").code())
			.isEqualTo("alumni.exit.reasonUnknown");
		assertThat(lead.put(EXITS + "/" + exit + "/reason", "{\"reasonCode\": \"PAY\", \"leavingOn\": \"2018-01-01\"}").code())
			.isEqualTo("alumni.exit.beforeHire");
		assertThat(lead.put(EXITS + "/" + exit + "/collaborations", "{\"collaborations\": [{\"description\": \"x\"}]}").code())
			.isEqualTo("alumni.exit.collaboration.kindRequired");
		assertThat(lead.put(EXITS + "/" + exit + "/handover", "{\"items\": [{\"item\": \"x\"}]}").code())
			.isEqualTo("alumni.exit.ownerRequired");
		assertThat(lead.put(EXITS + "/" + exit + "/reentry", "{\"when\": \"soon\", \"version\": 99}").status())
			.isEqualTo(409);
		assertThat(lead.put(EXITS + "/" + exit + "/reentry", "{\"openToReturn\": \"SOMETIMES\"}").status()).isEqualTo(400);
		assertThat(lead.get(EXITS + "/not-a-uuid").status()).isEqualTo(400);
		assertThat(lead.get(EXITS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(lead.post(EXITS, "{\"personId\": \"" + leaver.personId() + "\", \"pastExit\": true}").code())
			.isEqualTo("alumni.exit.notLeft");
	}

	@Test
	void aFailedCompletionLeavesNothingStored() {
		Hired leaver = hire(null, Role.TALENT);
		// left, then rehired: the current employment starts after the first leaving
		this.people.recordLeaving(PeopleTestActors.HR, leaver.personId(), LocalDate.of(2020, 6, 30), "Studies");
		UUID unit = this.people.units(PeopleTestActors.HR).get(0).id();
		this.people.rehire(PeopleTestActors.HR, leaver.personId(), LocalDate.of(2021, 1, 4), unit);
		this.jdbc.sql("update account set enabled = true where username = :u").param("u", leaver.username()).update();
		this.jdbc.sql("insert into account_role (account_id, role) select id, 'TALENT' from account where username = :u "
				+ "and not exists (select 1 from account_role r where r.account_id = account.id and r.role = 'TALENT')")
			.param("u", leaver.username())
			.update();
		ApiClient lead = lead();
		String exit = id(lead.post(EXITS, start(leaver.personId(), LocalDate.of(2020, 9, 1))));
		assertThat(lead.put(EXITS + "/" + exit + "/reason", "{\"reasonCode\": \"STUDIES\", \"leavingOn\": \"2020-09-01\"}")
			.status()).isEqualTo(200);
		Actor self = new Actor(null, leaver.username(), PersonId.of(leaver.personId()), leaver.name(), Set.of(Role.TALENT));
		this.exits.giveConsent(self, UUID.fromString(exit), new ConnectionSection("back.later@example.org",
				Set.of(io.cocareer.alumni.ContactChannel.EMAIL), io.cocareer.alumni.ContactCadence.YEARLY));

		Response refused = lead.post(EXITS + "/" + exit + "/complete", "{}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("people.rule.leaveBeforeStart");
		assertThat(lead.get(EXITS + "/" + exit).json().path("state").asString()).isEqualTo("IN_PROGRESS");
		assertThat(this.people.profile(PeopleTestActors.HR, leaver.personId()).person().status())
			.isEqualTo(PersonStatus.ACTIVE);
		assertThat(this.accounts.findByUsername(leaver.username()).orElseThrow().roles()).contains(Role.TALENT)
			.doesNotContain(Role.ALUMNUS);
		assertThat(this.people.employmentHistory(PeopleTestActors.HR, leaver.personId()).orElseThrow()).hasSize(2)
			.allSatisfy((period) -> assertThat(period.startedOn()).isNotNull());
	}

	@Test
	void withConsentAPersonWithoutAnAccountGetsAPortalAccountWithAOneTimePassword() {
		UUID unit = this.people.units(PeopleTestActors.HR).get(0).id();
		String key = Long.toString(System.nanoTime(), 36);
		UUID personId = this.people.create(PeopleTestActors.HR, new io.cocareer.people.SavePerson("EXN" + key, "Noa",
				"Account " + key, "noa." + key + "@test.cocareer.io", "Analyst", unit, null, LocalDate.of(2020, 1, 6)));
		ApiClient lead = lead();
		String exit = id(lead.post(EXITS, start(personId, LocalDate.now().minusDays(1))));
		assertThat(lead.put(EXITS + "/" + exit + "/reason", "{\"reasonCode\": \"OWN_COMPANY\", \"leavingOn\": \""
				+ LocalDate.now().minusDays(1) + "\"}").status()).isEqualTo(200);
		Actor self = new Actor(null, "noa", PersonId.of(personId), "Noa", Set.of(Role.TALENT));
		this.exits.giveConsent(self, UUID.fromString(exit), new ConnectionSection("noa.private." + key + "@example.org",
				Set.of(io.cocareer.alumni.ContactChannel.NEWSLETTER), io.cocareer.alumni.ContactCadence.TWICE_A_YEAR));
		Response completed = lead.post(EXITS + "/" + exit + "/complete", "{}");
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		String username = completed.json().path("portal").path("username").asString();
		String password = completed.json().path("portal").path("oneTimePassword").asString();
		assertThat(username).startsWith("noa.private.");
		assertThat(password).hasSizeGreaterThanOrEqualTo(12);
		ApiClient alumnus = ApiClient.as(this.port, username, password);
		assertThat(alumnus.get(EXITS + "/" + exit).status()).isEqualTo(200);
		assertThat(alumnus.get("/api/v1/people").status()).isEqualTo(403);
		assertThat(lead.get(EXITS + "/" + exit).body()).doesNotContain(password);
	}

	@Test
	void withoutConsentNoPortalAndAPastExitRecordsNoLeavingAgain() {
		Hired leaver = hire(null, Role.TALENT);
		ApiClient lead = lead();
		String exit = id(lead.post(EXITS, start(leaver.personId(), LocalDate.now())));
		lead.put(EXITS + "/" + exit + "/reason", "{\"reasonCode\": \"FOR_CAUSE\", \"leavingOn\": \"" + LocalDate.now() + "\"}");
		Response completed = lead.post(EXITS + "/" + exit + "/complete", "{}");
		assertThat(completed.status()).isEqualTo(200);
		assertThat(completed.json().path("portal").isNull()).isTrue();
		assertThat(ApiClient.as(this.port, leaver.username(), PASSWORD).get(EXITS + "/" + exit).status())
			.as("a disabled account signs in nowhere").isEqualTo(401);

		// someone who left before the platform: their past exit
		Hired former = hire(null, Role.ALUMNUS);
		this.people.recordLeaving(PeopleTestActors.HR, former.personId(), LocalDate.of(2023, 3, 31), "New role");
		String past = id(lead.post(EXITS, "{\"employeeId\": \"" + former.employeeId() + "\", \"pastExit\": true}"));
		assertThat(lead.get(EXITS + "/" + past).json().path("leavingOn").asString()).isEqualTo("2023-03-31");
		lead.put(EXITS + "/" + past + "/reason", "{\"reasonCode\": \"NEW_ROLE\"}");
		assertThat(api(former).post(EXITS + "/" + past + "/consent",
				"{\"email\": \"former@example.org\", \"channels\": [\"LINKEDIN\"], \"cadence\": \"YEARLY\"}").status())
			.isEqualTo(200);
		assertThat(lead.post(EXITS + "/" + past + "/complete", "{}").status()).isEqualTo(200);
		assertThat(this.people.employmentHistory(PeopleTestActors.HR, former.personId()).orElseThrow()).singleElement()
			.satisfies((period) -> assertThat(period.endedOn()).isEqualTo(LocalDate.of(2023, 3, 31)));
	}

	@Test
	void aTourThatEndedInAGoodExitStartsTheTalentsProtocol() {
		Hired talent = hire(null, Role.TALENT);
		TourId tour = TourId.of(UUID.randomUUID());
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new TourEndedInGoodExit(tour, PersonId.of(talent.personId()), LocalDate.now())));
		Awaitility.await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(api(talent).get(EXITS).json())
			.hasSize(1));
		Response mine = api(talent).get(EXITS);
		assertThat(mine.json().get(0).path("fromTour").asBoolean()).isTrue();
		assertThat(mine.json().get(0).path("mine").asBoolean()).isTrue();
		// a second good exit does not open a second protocol
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new TourEndedInGoodExit(tour, PersonId.of(talent.personId()), LocalDate.now())));
		Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(api(talent).get(EXITS).json()).hasSize(1));
	}


	@Test
	void theDemoHasAlexsPastExitTwentyCompletedExitsAndOneInProgress() {
		var all = this.exits.list(new Actor(null, "lead", PersonId.of(this.accounts.findByUsername("lead").orElseThrow()
			.personId()), "lead", Set.of(Role.TALENT_LEAD)));
		UUID alex = this.accounts.findByUsername("alumnus").orElseThrow().personId();
		assertThat(all).filteredOn((e) -> e.personId().equals(alex)).singleElement().satisfies((e) -> {
			assertThat(e.state()).isEqualTo(ExitState.COMPLETED);
			assertThat(e.pastExit()).isTrue();
			assertThat(e.consent()).isTrue();
		});
		assertThat(all).filteredOn((e) -> e.state() == ExitState.COMPLETED && !e.pastExit()
				&& e.leavingOn().isBefore(LocalDate.now())).hasSizeGreaterThanOrEqualTo(20);
		assertThat(all).filteredOn((e) -> e.state() == ExitState.COMPLETED && Boolean.FALSE.equals(e.consent()))
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(all).filteredOn((e) -> e.state() == ExitState.IN_PROGRESS && !e.fromTour()).isNotEmpty();
		assertThat(all).filteredOn((e) -> "Dismissed for cause".equals(e.reasonLabel())).hasSize(1);
	}

}

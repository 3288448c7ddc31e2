package io.cocareer.alumni.reentry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.RehireEligibility;
import io.cocareer.alumni.register.AlumniRegister;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Re-entry over the API: an alumnus asks, the talent lead and the hiring manager evaluate and
 * decide, the lead rehires, and the repatriation plan runs to its first tour; the evaluation is
 * read by nobody else on any path (404), the alumnus sees the status and the decision only, and
 * every bad request is refused with problem+json. Each test hires its own people.
 */
@IntegrationTest
class ReentryApiIntegrationTests {

	static final String REQUESTS = "/api/v1/reentry-requests";

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AlumniRegister register;

	private ReentryPeople world() {
		return new ReentryPeople(this.port, this.people, this.accounts, this.events, this.transactions, this.clock);
	}

	@Test
	void anAlumnusAsksTheLeadAndTheHiringManagerEvaluateDecideAndRehireThemAndThePlanRunsToItsFirstTour() {
		ReentryPeople world = world();
		ReentryPeople.Member lead = world.hire(null, Role.TALENT_LEAD);
		ReentryPeople.Member manager = world.hire(null, Role.MANAGER, Role.TALENT);
		ReentryPeople.Member otherManager = world.hire(null, Role.MANAGER);
		ReentryPeople.Member admin = world.hire(null, Role.ADMIN);
		ReentryPeople.Member alumnus = world.alumnus();

		ApiClient.Response asked = alumnus.api().post(REQUESTS, """
				{"targetRole": "Data engineer", "availableFrom": "%s", "employersSince": "Contoso Retail (2 years)",
				 "newSkills": "Kafka, stream processing", "whyReturn": "I miss the data guild"}"""
			.formatted(LocalDate.now(this.clock).plusMonths(2)));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		String id = asked.json().path("id").asString();
		assertThat(asked.json().path("status").asString()).isEqualTo("ASKED");
		assertThat(notices("alumni.reentry.asked", "/alumni/reentry/" + id)).as("every talent lead is told").isPositive();

		ApiClient.Response again = alumnus.api().post(REQUESTS, """
				{"targetRole": "Anything", "whyReturn": "Still keen"}""");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.isProblem()).isTrue();
		assertThat(again.code()).isEqualTo("alumni.reentry.alreadyOpen");

		// the lead reads the evaluation; nobody else does, on any path
		JsonNode evaluation = lead.api().get(REQUESTS + "/" + id).json();
		assertThat(evaluation.path("factors")).hasSize(6);
		assertThat(evaluation.path("reasonKind").asString()).isEqualTo("CAREER_GOAL");
		assertThat(evaluation.path("overallScore").isNull()).as("not every factor is scored yet").isTrue();
		for (ReentryPeople.Member outsider : new ReentryPeople.Member[] { manager, otherManager, admin }) {
			assertThat(outsider.api().get(REQUESTS + "/" + id).status()).isEqualTo(404);
			assertThat(outsider.api().put(REQUESTS + "/" + id + "/evaluation", "{\"priorRating\": 4}").status())
				.isEqualTo(404);
			assertThat(outsider.api().post(REQUESTS + "/" + id + "/decision", "{\"decision\": \"NO\", \"rationale\": \"x\"}")
				.status()).isEqualTo(404);
			assertThat(outsider.api().get(REQUESTS).body()).doesNotContain(id);
		}
		JsonNode own = alumnus.api().get(REQUESTS + "/" + id).json();
		assertThat(own.path("status").asString()).isEqualTo("ASKED");
		assertThat(own.has("factors") || own.has("rationale") || own.has("priorRating")).as("never the evaluation").isFalse();
		assertThat(alumnus.api().put(REQUESTS + "/" + id + "/evaluation", "{\"priorRating\": 5}").status()).isEqualTo(404);

		// the lead names the hiring manager, who is told and may now read and evaluate
		ApiClient.Response named = lead.api().put(REQUESTS + "/" + id + "/evaluation", """
				{"hiringManagerId": "%s", "priorRating": 4, "version": %d}"""
			.formatted(manager.personId(), evaluation.path("version").asLong()));
		assertThat(named.status()).as(named.body()).isEqualTo(200);
		assertThat(notices("alumni.reentry.named", "/alumni/reentry/" + id)).isEqualTo(1);
		assertThat(manager.api().get(REQUESTS + "/" + id).status()).isEqualTo(200);
		assertThat(manager.api().get(REQUESTS).json().path("evaluations").toString()).contains(id);
		assertThat(otherManager.api().get(REQUESTS + "/" + id).status()).isEqualTo(404);

		// bad input: a rating out of range, a decision without a rationale, a fit before every factor is scored
		ApiClient.Response badRating = manager.api().put(REQUESTS + "/" + id + "/evaluation", "{\"priorRating\": 7}");
		assertThat(badRating.status()).isEqualTo(400);
		assertThat(badRating.isProblem()).isTrue();
		ApiClient.Response noRationale = manager.api().post(REQUESTS + "/" + id + "/decision", "{\"decision\": \"FIT\"}");
		assertThat(noRationale.status()).isEqualTo(400);
		assertThat(noRationale.code()).isEqualTo("alumni.reentry.rationaleRequired");
		ApiClient.Response incomplete = manager.api().post(REQUESTS + "/" + id + "/decision",
				"{\"decision\": \"FIT\", \"rationale\": \"Strong\"}");
		assertThat(incomplete.status()).isEqualTo(409);
		assertThat(incomplete.code()).isEqualTo("alumni.reentry.evaluationIncomplete");

		// the hiring manager completes the evaluation (they cannot change who the hiring manager is)
		ApiClient.Response complete = manager.api().put(REQUESTS + "/" + id + "/evaluation", """
				{"hiringManagerId": "%s", "priorRating": 4, "interimRelevance": 4, "coordinationHeavy": true,
				 "outsiderResistant": false, "realisticPremium": true, "premiumNote": "Same band as before"}"""
			.formatted(otherManager.personId()));
		assertThat(complete.status()).as(complete.body()).isEqualTo(200);
		assertThat(complete.json().path("hiringManagerId").asString()).isEqualTo(manager.personId().toString());
		// career goal +2, rated 4 after 5 years +2, relevance 4 +1, connected (consent) and no interaction 1 − 1 = 0,
		// coordination-heavy +1, realistic +1: S = 4 + 4 + 1 + 0 + 1 + 1 = 11, 100 × 24 / 28 = 85.7
		assertThat(complete.json().path("overallScore").asInt()).isEqualTo(86);

		ApiClient.Response decided = manager.api().post(REQUESTS + "/" + id + "/decision",
				"{\"decision\": \"FIT\", \"rationale\": \"Planned exit, strong record, the guild wants her back\"}");
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
		assertThat(decided.json().path("decision").asString()).isEqualTo("FIT");
		assertThat(this.register.record(PersonId.of(alumnus.personId())).orElseThrow().rehiredOn()).isNull();
		JsonNode ownDecided = alumnus.api().get(REQUESTS + "/" + id).json();
		assertThat(ownDecided.path("decision").asString()).isEqualTo("FIT");
		assertThat(ownDecided.toString()).doesNotContain("strong record");
		assertThat(notices("alumni.reentry.decided", "/portal/return", alumnus.personId())).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where coalesce(details, '') || coalesce(arguments, '') like ?")
			.param("%strong record%").query(Long.class).single()).as("no evaluation words in the audit").isZero();
		assertThat(this.jdbc.sql("select count(*) from notification where arguments like ?")
			.param("%strong record%").query(Long.class).single()).isZero();

		// bad rehires: only the lead, and with a unit
		assertThat(manager.api().post("/api/v1/rehires", rehire(id, world.firstUnit(), manager.personId())).status())
			.isEqualTo(403);
		ApiClient.Response noUnit = lead.api().post("/api/v1/rehires", """
				{"requestId": "%s", "on": "%s", "managerId": "%s"}""".formatted(id, LocalDate.now(this.clock), manager.personId()));
		assertThat(noUnit.status()).isEqualTo(400);
		assertThat(noUnit.code()).isEqualTo("alumni.reentry.rehire.unitRequired");

		ApiClient.Response rehired = lead.api().post("/api/v1/rehires", rehire(id, world.firstUnit(), manager.personId()));
		assertThat(rehired.status()).as(rehired.body()).isEqualTo(201);
		JsonNode plan = rehired.json();
		assertThat(plan.path("items")).hasSize(5);
		assertThat(plan.path("tenure").path("periods")).as("the same person, a second period").hasSize(2);
		int first = plan.path("tenure").path("periods").get(0).path("months").asInt();
		int second = plan.path("tenure").path("periods").get(1).path("months").asInt();
		assertThat(plan.path("tenure").path("totalMonths").asInt()).isEqualTo(first + second);
		assertThat(plan.path("tenure").path("gaps").get(0).path("months").asInt()).isEqualTo(14);
		assertThat(this.jdbc.sql("select count(*) from person where id = ?").param(alumnus.personId()).query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.people.profile(PeopleTestActors.HR, alumnus.personId()).person().managerId())
			.isEqualTo(manager.personId());
		assertThat(lead.api().post("/api/v1/rehires", rehire(id, world.firstUnit(), manager.personId())).code())
			.isEqualTo("alumni.reentry.rehire.notFit");

		// the boomerang reads their own plan (not the evaluation); other people do not
		String planPath = "/api/v1/repatriation-plans/" + alumnus.personId();
		assertThat(alumnus.api().get(planPath).status()).isEqualTo(200);
		assertThat(alumnus.api().get(REQUESTS + "/" + id).json().has("factors")).isFalse();
		assertThat(otherManager.api().get(planPath).status()).isEqualTo(404);
		assertThat(admin.api().get(planPath).status()).isEqualTo(404);
		String firstTour = item(plan, "FIRST_TOUR");
		assertThat(alumnus.api().put(planPath + "/items/" + firstTour, "{\"progress\": \"UNDER_WAY\"}").status())
			.as("the boomerang reads, the lead and the manager change").isEqualTo(403);

		// items: progress required, the first tour done only once proposed
		assertThat(manager.api().put(planPath + "/items/" + firstTour, "{}").code())
			.isEqualTo("alumni.reentry.plan.progressRequired");
		assertThat(manager.api().put(planPath + "/items/" + firstTour, "{\"progress\": \"DONE\"}").code())
			.isEqualTo("alumni.reentry.plan.firstTourNotProposed");
		ApiClient.Response buddy = manager.api().put(planPath + "/items/" + item(plan, "BUDDY"), """
				{"progress": "DONE", "buddyId": "%s", "ownerId": "%s"}""".formatted(otherManager.personId(), manager.personId()));
		assertThat(buddy.status()).as(buddy.body()).isEqualTo(200);

		// the first tour is proposed through the tour module's API: the item is done
		ApiClient.Response tour = lead.api().post("/api/v1/tours", """
				{"talentId": "%s", "title": "Streaming pipeline", "tourType": "ROTATIONAL", "startOn": "%s",
				 "endOn": "%s", "timeShare": 20, "checkInCadenceDays": 14}"""
			.formatted(alumnus.personId(), LocalDate.now(this.clock).plusWeeks(2), LocalDate.now(this.clock).plusMonths(14)));
		assertThat(tour.status()).as(tour.body()).isEqualTo(201);
		JsonNode after = manager.api().get(planPath).json();
		JsonNode tourItem = itemNode(after, "FIRST_TOUR");
		assertThat(tourItem.path("progress").asString()).isEqualTo("DONE");
		assertThat(tourItem.path("tourId").asString()).isEqualTo(tour.json().path("id").asString());

		// the 12-month review
		assertThat(manager.api().post(planPath + "/review", "{\"rating\": 6}").status()).isEqualTo(400);
		assertThat(manager.api().post(planPath + "/review", "{\"rating\": 4}").status()).isEqualTo(200);
		assertThat(manager.api().post(planPath + "/review", "{\"rating\": 3}").code())
			.isEqualTo("alumni.reentry.plan.review.already");
	}

	@Test
	void theRehireOfSomeoneStillEmployedIsRefusedByThePeopleModule() {
		ReentryPeople world = world();
		ReentryPeople.Member lead = world.hire(null, Role.TALENT_LEAD);
		ReentryPeople.Member employed = world.hire(null, Role.TALENT);
		assertThatThrownBy(() -> this.people.rehire(PeopleTestActors.HR, employed.personId(), LocalDate.now(this.clock),
				world.firstUnit()))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (e) -> assertThat(e.code()).isEqualTo("people.rule.notLeft"));

		// a fit who was taken back by hand meanwhile: the rehire is refused, nothing half stored
		ReentryPeople.Member alumnus = world.alumnus();
		String id = decidedFit(lead, alumnus);
		this.people.rehire(PeopleTestActors.HR, alumnus.personId(), LocalDate.now(this.clock), world.firstUnit());
		ApiClient.Response refused = lead.api().post("/api/v1/rehires", rehire(id, world.firstUnit(), lead.personId()));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("people.rule.notLeft");
		assertThat(lead.api().get(REQUESTS + "/" + id).json().path("status").asString()).isEqualTo("DECIDED");
		assertThat(lead.api().get("/api/v1/repatriation-plans/" + alumnus.personId()).status()).isEqualTo(404);
	}

	@Test
	void aRehiredAlumnusSignsInToStaffPagesAgain() {
		ReentryPeople world = world();
		ReentryPeople.Member lead = world.hire(null, Role.TALENT_LEAD);
		ReentryPeople.Member alumnus = world.alumnus();
		WebSession before = WebSession.signIn(this.port, alumnus.username(), ReentryPeople.PASSWORD);
		assertThat(before.get("/tours").status()).as("an alumnus reaches no staff page").isEqualTo(403);
		assertThat(before.get("/portal/return").status()).isEqualTo(200);

		String id = decidedFit(lead, alumnus);
		assertThat(lead.api().post("/api/v1/rehires", rehire(id, world.firstUnit(), lead.personId())).status()).isEqualTo(201);

		WebSession after = WebSession.signIn(this.port, alumnus.username(), ReentryPeople.PASSWORD);
		assertThat(after.get("/tours").status()).isEqualTo(200);
		assertThat(after.get("/people").status()).isEqualTo(200);
		assertThat(after.get("/portal/return").status()).as("the alumni portal is for alumni").isEqualTo(403);
		assertThat(after.get("/alumni/repatriation/" + alumnus.personId()).status()).isEqualTo(200);
		assertThat(this.accounts.findByPerson(PersonId.of(alumnus.personId())).orElseThrow().roles())
			.contains(Role.TALENT).doesNotContain(Role.ALUMNUS);
	}

	@Test
	void theRegistersNoBlocksAFitUnlessTheLeadLiftsItAndADismissalForCauseCannotAsk() {
		ReentryPeople world = world();
		ReentryPeople.Member lead = world.hire(null, Role.TALENT_LEAD);
		ReentryPeople.Member alumnus = world.alumnus(20, ExitReasonKind.DISSATISFACTION, RehireEligibility.NO, false);
		String id = start(lead, alumnus);
		complete(lead, id, "");
		ApiClient.Response blocked = lead.api().post(REQUESTS + "/" + id + "/decision",
				"{\"decision\": \"FIT\", \"rationale\": \"We fixed the workload\"}");
		assertThat(blocked.status()).isEqualTo(409);
		assertThat(blocked.code()).isEqualTo("alumni.reentry.eligibilityNo");
		ApiClient.Response rootCause = lead.api().put(REQUESTS + "/" + id + "/evaluation", """
				{"priorRating": 4, "interimRelevance": 3, "coordinationHeavy": true, "outsiderResistant": true,
				 "realisticPremium": true, "rootCauseFixed": true}""");
		assertThat(rootCause.code()).as("a fixed cause needs its note").isEqualTo("alumni.reentry.rootCauseNoteRequired");
		complete(lead, id, ", \"rootCauseFixed\": true, \"rootCauseNote\": \"New team lead\", \"eligibilityOverrideNote\": \"The no was about a manager who left\"");
		ApiClient.Response fit = lead.api().post(REQUESTS + "/" + id + "/decision",
				"{\"decision\": \"FIT\", \"rationale\": \"We fixed the workload\"}");
		assertThat(fit.status()).as(fit.body()).isEqualTo(200);
		assertThat(notices("alumni.reentry.decided", "/portal/return", alumnus.personId()))
			.as("an alumnus without consent is not told").isZero();

		ReentryPeople.Member fired = world.alumnus(3, ExitReasonKind.FOR_CAUSE, RehireEligibility.NO, true);
		ApiClient.Response notAlumnus = fired.api().post(REQUESTS, "{\"targetRole\": \"Anything\", \"whyReturn\": \"Please\"}");
		assertThat(notAlumnus.status()).isEqualTo(409);
		assertThat(notAlumnus.code()).isEqualTo("alumni.reentry.notAnAlumnus");
		ApiClient.Response employee = lead.api().post(REQUESTS, """
				{"personId": "%s", "targetRole": "Anything"}""".formatted(lead.personId()));
		assertThat(employee.status()).isEqualTo(400);
		assertThat(employee.code()).isEqualTo("alumni.reentry.notAnAlumnus");
		ApiClient.Response noRole = ApiClient.as(this.port, world.alumnus().username(), ReentryPeople.PASSWORD)
			.post(REQUESTS, "{\"whyReturn\": \"Please\"}");
		assertThat(noRole.code()).isEqualTo("alumni.reentry.targetRoleRequired");
		assertThat(lead.api().get(REQUESTS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void aNotNowIsClosedAndTheAlumnusMayAskAgain() {
		ReentryPeople world = world();
		ReentryPeople.Member lead = world.hire(null, Role.TALENT_LEAD);
		ReentryPeople.Member alumnus = world.alumnus();
		String id = alumnus.api().post(REQUESTS, "{\"targetRole\": \"Analyst\", \"whyReturn\": \"Closer to home\"}")
			.json().path("id").asString();
		assertThat(lead.api().post(REQUESTS + "/" + id + "/decision",
				"{\"decision\": \"NOT_NOW\", \"rationale\": \"No opening in analytics until next year\"}").status()).isEqualTo(200);
		assertThat(lead.api().post(REQUESTS + "/" + id + "/decision",
				"{\"decision\": \"NO\", \"rationale\": \"Again\"}").code()).isEqualTo("alumni.reentry.alreadyDecided");
		assertThat(alumnus.api().post(REQUESTS, "{\"targetRole\": \"Analyst\", \"whyReturn\": \"Still keen\"}").status())
			.isEqualTo(201);
		assertThat(alumnus.api().get(REQUESTS).json().path("mine")).hasSize(2);
	}

	// ---------------------------------------------------------------- helpers

	private String start(ReentryPeople.Member lead, ReentryPeople.Member alumnus) {
		ApiClient.Response started = lead.api().post(REQUESTS, """
				{"personId": "%s", "targetRole": "Platform engineer", "employersSince": "Fabrikam"}"""
			.formatted(alumnus.personId()));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		assertThat(started.json().path("origin").asString()).isEqualTo("ORGANISATION");
		return started.json().path("id").asString();
	}

	private void complete(ReentryPeople.Member evaluator, String id, String extra) {
		ApiClient.Response saved = evaluator.api().put(REQUESTS + "/" + id + "/evaluation", """
				{"priorRating": 4, "interimRelevance": 3, "coordinationHeavy": true, "outsiderResistant": true,
				 "realisticPremium": true%s}""".formatted(extra));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	private String decidedFit(ReentryPeople.Member lead, ReentryPeople.Member alumnus) {
		String id = start(lead, alumnus);
		complete(lead, id, "");
		ApiClient.Response fit = lead.api().post(REQUESTS + "/" + id + "/decision",
				"{\"decision\": \"FIT\", \"rationale\": \"Good fit\"}");
		assertThat(fit.status()).as(fit.body()).isEqualTo(200);
		return id;
	}

	private String rehire(String requestId, UUID unitId, UUID managerId) {
		return """
				{"requestId": "%s", "on": "%s", "unitId": "%s", "managerId": "%s", "title": "Senior data engineer"}"""
			.formatted(requestId, LocalDate.now(this.clock), unitId, managerId);
	}

	private long notices(String kind, String link) {
		return this.jdbc.sql("select count(*) from notification where kind = ? and link = ?")
			.param(kind)
			.param(link)
			.query(Long.class)
			.single();
	}

	private long notices(String kind, String link, UUID personId) {
		return this.jdbc.sql("""
				select count(*) from notification n join account a on a.id = n.account_id
				where n.kind = ? and n.link = ? and a.person_id = ?""")
			.param(kind)
			.param(link)
			.param(personId)
			.query(Long.class)
			.single();
	}

	private static String item(JsonNode plan, String kind) {
		return itemNode(plan, kind).path("id").asString();
	}

	private static JsonNode itemNode(JsonNode plan, String kind) {
		for (JsonNode item : plan.path("items")) {
			if (item.path("kind").asString().equals(kind)) {
				return item;
			}
		}
		throw new AssertionError("no item " + kind);
	}

}

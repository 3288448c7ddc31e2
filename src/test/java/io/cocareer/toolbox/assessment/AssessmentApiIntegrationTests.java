package io.cocareer.toolbox.assessment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonErased;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.pool.TalentPoolService;
import io.cocareer.toolbox.ToolboxFigures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.cocareer.toolbox.assessment.AssessmentPeople.API;
import static io.cocareer.toolbox.assessment.AssessmentPeople.body;
import static io.cocareer.toolbox.assessment.AssessmentPeople.consensus;
import static io.cocareer.toolbox.assessment.AssessmentPeople.json;
import static io.cocareer.toolbox.assessment.AssessmentPeople.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Assessment centres over the API: set up, rated by two assessors (never someone who reports to
 * them), washed up by the talent lead with a consensus, finalised and released, the report read
 * by its participant and the consensus in their profile; bad input refused with problem+json, every
 * problem at once and nothing stored; two chairs saving at once; privacy on every path (404 for
 * whoever has no part, 403 at the gate for administrators, 401 without credentials); erasure. Each
 * test hires its own people.
 */
@IntegrationTest
class AssessmentApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	TalentPoolService pool;

	@Autowired
	CompetencyCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	List<ToolboxFigures> figures;

	private AssessmentPeople staff() {
		return new AssessmentPeople(this.port, this.people, this.accounts, this.pool, this.catalogue);
	}

	private long version(ApiClient client, String path) {
		return client.get(path).json().path("version").asLong();
	}

	private long notices(String kind, UUID personId) {
		return this.jdbc.sql("""
				select count(*) from notification n join account a on a.id = n.account_id
				where n.kind = ? and a.person_id = ?""").param(kind).param(personId).query(Long.class).single();
	}

	@Test
	void aCentreIsRatedWashedUpAndItsReportReleasedIntoTheProfile() {
		AssessmentPeople staff = staff();
		AssessmentPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		AssessmentPeople.Member manager = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member colleague = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member talent = staff.talent(lead, manager.personId());
		AssessmentPeople.Member other = staff.talent(lead, null);
		AssessmentPeople.Centre centre = staff.setUp(lead.api(), List.of(talent, other), List.of(manager, colleague));
		String path = API + "/centres/" + centre.id();

		JsonNode setUp = lead.api().get(path).json();
		JsonNode talentRow = participant(setUp, talent.personId());
		assertThat(talentRow.path("observers").toString()).as("the manager never observes their report")
			.doesNotContain(manager.personId().toString())
			.contains(colleague.personId().toString());
		assertThat(participant(setUp, other.personId()).path("observers").size()).isEqualTo(2);
		assertThat(setUp.path("readiness").size()).isZero();
		assertThat(setUp.path("mayOpenRatings").asBoolean()).isTrue();

		ApiClient.Response opened = lead.api().post(path + "/open-ratings", "{}");
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		assertThat(opened.json().path("status").asString()).isEqualTo("RATING");
		assertThat(notices("toolbox.assessment.ratingsDue", manager.personId())).isEqualTo(1);
		assertThat(notices("toolbox.assessment.ratingsDue", colleague.personId())).isEqualTo(1);

		JsonNode managersView = manager.api().get(path).json();
		assertThat(managersView.path("toRate").toString()).contains(other.personId().toString())
			.doesNotContain(talent.personId().toString());
		assertThat(manager.api().put(path + "/ratings/" + other.personId(), sheet(centre, 4, 3, 5)).status())
			.isEqualTo(200);
		assertThat(colleague.api().put(path + "/ratings/" + other.personId(), sheet(centre, 2, 3, 4)).status())
			.isEqualTo(200);
		ApiClient.Response rated = colleague.api().put(path + "/ratings/" + talent.personId(), sheet(centre, 4, 4, 5));
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);
		assertThat(rated.json().path("cells").get(0).path("rating").asInt()).isEqualTo(4);
		// an assessor reads only their own ratings while rating
		assertThat(colleague.api().get(path + "/ratings/" + other.personId()).json().path("cells").get(0)
			.path("rating").asInt()).isEqualTo(2);
		assertThat(colleague.api().get(path + "/wash-up/" + other.personId()).status()).isEqualTo(404);
		assertThat(lead.api().get(path).json().path("participants").toString()).contains("\"ratingsIn\":6");

		assertThat(lead.api().post(path + "/wash-up", "{}").json().path("status").asString()).isEqualTo("WASH_UP");
		ApiClient.Response late = colleague.api().put(path + "/ratings/" + talent.personId(), sheet(centre, 1, 1, 1));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.code()).isEqualTo("toolbox.assessment.rule.ratingClosed");

		JsonNode washUp = lead.api().get(path + "/wash-up/" + other.personId()).json();
		JsonNode firstRow = washUp.path("rows").get(0);
		assertThat(firstRow.path("ratings").size()).as("both assessors side by side").isEqualTo(2);
		assertThat(firstRow.path("spread").asInt()).isEqualTo(2);
		assertThat(firstRow.path("lowest").asInt()).isEqualTo(2);
		assertThat(firstRow.path("highest").asInt()).isEqualTo(4);
		assertThat(firstRow.path("ratings").toString()).contains(manager.name(), colleague.name(),
				"Prioritised the inbox well");
		// at the wash-up the assessors read it too, but never for their own report
		assertThat(colleague.api().get(path + "/wash-up/" + other.personId()).status()).isEqualTo(200);
		assertThat(manager.api().get(path + "/wash-up/" + talent.personId()).status()).isEqualTo(404);

		String washUpPath = path + "/wash-up/" + talent.personId();
		long before = version(lead.api(), washUpPath);
		ApiClient.Response incomplete = lead.api().post(washUpPath + "/finalise", consensus(centre, 4, null, before));
		assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(400);
		assertThat(incomplete.code()).isEqualTo("toolbox.assessment.consensus.required");
		assertThat(incomplete.json().path("errors").get(0).path("field").asString()).isEqualTo("consensus[1].rating");
		ApiClient.Response saved = lead.api().put(washUpPath, consensus(centre, 4, null, before));
		assertThat(saved.status()).as("a partial consensus may be saved: " + saved.body()).isEqualTo(200);
		ApiClient.Response finalised = lead.api().post(washUpPath + "/finalise",
				consensus(centre, 4, 5, saved.json().path("version").asLong()));
		assertThat(finalised.status()).as(finalised.body()).isEqualTo(200);
		assertThat(finalised.json().path("finalisedOn").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(finalised.json().path("mayEdit").asBoolean()).isFalse();
		ApiClient.Response frozen = lead.api().put(washUpPath,
				consensus(centre, 3, 3, finalised.json().path("version").asLong()));
		assertThat(frozen.status()).isEqualTo(409);
		assertThat(frozen.code()).isEqualTo("toolbox.assessment.rule.finalised");

		String reportPath = path + "/reports/" + talent.personId();
		assertThat(talent.api().get(reportPath).status()).as("not released yet").isEqualTo(404);
		ApiClient.Response released = lead.api().post(washUpPath + "/release", "{}");
		assertThat(released.status()).as(released.body()).isEqualTo(200);
		assertThat(released.json().path("releasedOn").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(notices("toolbox.assessment.reportReleased", talent.personId())).isEqualTo(1);

		ApiClient.Response report = talent.api().get(reportPath);
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.json().path("lines").size()).isEqualTo(2);
		assertThat(report.json().path("lines").get(0).path("rating").asInt()).isEqualTo(4);
		assertThat(report.json().path("developmentSuggestions").asString()).isEqualTo("Lead a cross-team project");
		assertThat(report.body()).as("never the individual assessors' ratings").doesNotContain("Prioritised the inbox",
				colleague.name());
		assertThat(talent.api().get(API + "/reports").json().toString()).contains(centre.id());
		assertThat(talent.api().get(path).status()).as("the participant reads only their report").isEqualTo(404);

		JsonNode profile = talent.api().get("/api/v1/talents/" + talent.personId() + "/profile").json();
		assertThat(profile.path("competencies").toString()).contains(centre.first().toString(),
				centre.second().toString(), "Assessment centre \\\"Leadership centre\\\"", "consensus level 5 of 5");
		// the audit log holds no ratings and no notes
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action like 'toolbox.assessment.%' and "
				+ "(arguments like '%Prioritised%' or arguments like '%cross-team%' or arguments like '%Agreed%')")
			.query(Long.class).single()).isZero();
	}

	@Test
	void badInputIsRefusedWithEveryProblemAtOnceAndNothingStored() {
		AssessmentPeople staff = staff();
		AssessmentPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		AssessmentPeople.Member manager = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member colleague = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member talent = staff.talent(lead, manager.personId());
		AssessmentPeople.Member notInPool = staff.hire(null, Role.TALENT);

		ApiClient.Response blank = lead.api().post(API + "/centres", json(body("title", " ")));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().path("errors").toString()).contains("toolbox.assessment.title.required",
				"toolbox.assessment.heldOn.required");

		AssessmentPeople.Centre centre = staff.setUp(lead.api(), List.of(talent), List.of(colleague));
		String path = API + "/centres/" + centre.id();
		ApiClient.Response outside = lead.api().post(path + "/participants", json(body("personId", notInPool.personId())));
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.code()).isEqualTo("toolbox.assessment.participant.notInPool");
		ApiClient.Response unknownCompetency = lead.api().post(path + "/competencies",
				json(body("competencyId", UUID.randomUUID())));
		assertThat(unknownCompetency.code()).isEqualTo("toolbox.assessment.competency.unknown");
		ApiClient.Response bothSides = lead.api().post(path + "/assessors", json(body("personId", talent.personId())));
		assertThat(bothSides.code()).isEqualTo("toolbox.assessment.assessor.isParticipant");

		// the manager added as assessor does not observe their report, and may not be made to
		assertThat(lead.api().post(path + "/assessors", json(body("personId", manager.personId()))).status())
			.isEqualTo(200);
		ApiClient.Response ownReport = lead.api().put(
				path + "/participants/" + talent.personId() + "/observers/" + manager.personId(),
				json(body("observes", true)));
		assertThat(ownReport.status()).isEqualTo(409);
		assertThat(ownReport.code()).isEqualTo("toolbox.assessment.rule.reportsTo");
		assertThat(ownReport.json().path("detail").asString()).contains("never observes or rates someone who reports to them");

		ApiClient.Response tooEarly = colleague.api().put(path + "/ratings/" + talent.personId(), sheet(centre, 3, 3, 3));
		assertThat(tooEarly.code()).isEqualTo("toolbox.assessment.rule.ratingClosed");
		assertThat(lead.api().post(path + "/open-ratings", "{}").status()).isEqualTo(200);

		String bad = json(body("ratings", List.of(
				body("exerciseId", centre.inTray(), "competencyId", centre.first(), "rating", 6, "evidence", "Great"),
				body("exerciseId", centre.rolePlay(), "competencyId", centre.first(), "rating", 3, "evidence", "Seen"),
				body("exerciseId", centre.inTray(), "competencyId", centre.second(), "rating", 0, "evidence", ""))));
		ApiClient.Response refused = colleague.api().put(path + "/ratings/" + talent.personId(), bad);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		JsonNode errors = refused.json().path("errors");
		assertThat(errors.size()).as(refused.body()).isEqualTo(4);
		assertThat(errors.toString()).contains("\"ratings[0].rating\"", "toolbox.assessment.rating.range",
				"\"ratings[1].competencyId\"", "toolbox.assessment.rating.notObserved", "\"ratings[2].evidence\"",
				"toolbox.assessment.rating.evidenceRequired", "A rating goes from 1 to 5.");
		assertThat(this.jdbc.sql("select count(*) from assessment_rating where centre_id = ?")
			.param(UUID.fromString(centre.id())).query(Long.class).single()).as("nothing stored").isZero();

		ApiClient.Response managerRates = manager.api().put(path + "/ratings/" + talent.personId(), sheet(centre, 3, 3, 3));
		assertThat(managerRates.status()).isEqualTo(409);
		assertThat(managerRates.code()).isEqualTo("toolbox.assessment.rule.reportsTo");

		// two chairs at once: the second gets a conflict, not a lost update
		assertThat(colleague.api().put(path + "/ratings/" + talent.personId(), sheet(centre, 3, 4, 4)).status())
			.isEqualTo(200);
		ApiClient.Response notYet = lead.api().put(path + "/wash-up/" + talent.personId(), consensus(centre, 3, 3, 0));
		assertThat(notYet.code()).isEqualTo("toolbox.assessment.rule.washUpNotStarted");
		lead.api().post(path + "/wash-up", "{}");
		AssessmentPeople.Member secondLead = staff.hire(null, Role.TALENT_LEAD);
		String washUp = path + "/wash-up/" + talent.personId();
		long read = version(lead.api(), washUp);
		assertThat(version(secondLead.api(), washUp)).isEqualTo(read);
		assertThat(lead.api().put(washUp, consensus(centre, 4, 4, read)).status()).isEqualTo(200);
		ApiClient.Response second = secondLead.api().put(washUp, consensus(centre, 2, 2, read));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.code()).isEqualTo("shared.conflict.stale");
		assertThat(lead.api().get(washUp).json().path("rows").get(0).path("consensus").asInt()).as("not lost")
			.isEqualTo(4);
		ApiClient.Response noVersion = lead.api().put(washUp, json(body("consensus", List.of())));
		assertThat(noVersion.code()).isEqualTo("shared.version.required");
		ApiClient.Response outOfRange = lead.api().put(washUp, consensus(centre, 9, 0, version(lead.api(), washUp)));
		assertThat(outOfRange.json().path("errors").size()).isEqualTo(2);
		ApiClient.Response early = lead.api().post(washUp + "/release", "{}");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.code()).isEqualTo("toolbox.assessment.rule.releaseFinalisedOnly");
		ApiClient.Response typo = lead.api().unchecked().put(washUp, "{\"consensus\": [{\"rating\": \"four\"}], \"version\": 1}");
		assertThat(typo.status()).isEqualTo(400);
	}

	@Test
	void nobodyWithoutAPartSeesACentre() {
		AssessmentPeople staff = staff();
		AssessmentPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		AssessmentPeople.Member assessor = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member manager = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member talent = staff.talent(lead, manager.personId());
		AssessmentPeople.Member otherTalent = staff.hire(null, Role.TALENT);
		AssessmentPeople.Member admin = staff.hire(null, Role.ADMIN);
		AssessmentPeople.Member alumnus = staff.hire(null, Role.ALUMNUS);
		AssessmentPeople.Centre centre = staff.setUp(lead.api(), List.of(talent), List.of(assessor));
		String path = API + "/centres/" + centre.id();

		for (AssessmentPeople.Member nobody : List.of(manager, talent, otherTalent)) {
			assertThat(nobody.api().get(path).status()).as(nobody.username()).isEqualTo(404);
			assertThat(nobody.api().get(path + "/ratings/" + talent.personId()).status()).isEqualTo(404);
			assertThat(nobody.api().get(path + "/wash-up/" + talent.personId()).status()).isEqualTo(404);
			assertThat(nobody.api().get(path + "/reports/" + talent.personId()).status()).isEqualTo(404);
			assertThat(nobody.api().post(path + "/exercises", json(body("name", "X", "kind", "OTHER"))).status())
				.isEqualTo(404);
			assertThat(nobody.api().get(API + "/centres").json().toString()).doesNotContain(centre.id());
		}
		assertThat(admin.api().get(path).status()).as("administrators read no careers").isEqualTo(403);
		assertThat(alumnus.api().get(path).status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(this.port).get(path).status()).isEqualTo(401);
		assertThat(lead.api().get(API + "/centres/" + UUID.randomUUID()).status()).isEqualTo(404);

		assertThat(assessor.api().get(path).status()).isEqualTo(200);
		assertThat(assessor.api().get(API + "/centres").json().toString()).contains(centre.id());
		ApiClient.Response assessorChanges = assessor.api().post(path + "/exercises",
				json(body("name", "X", "kind", "OTHER")));
		assertThat(assessorChanges.status()).isEqualTo(403);
		assertThat(assessorChanges.code()).isEqualTo("toolbox.assessment.denied.lead");
		assertThat(assessor.api().post(API + "/centres", json(body("title", "Mine", "heldOn", "2026-12-01"))).status())
			.isEqualTo(403);
	}

	@Test
	void erasureTakesAParticipantsRatingsAndReportAndAnonymisesAnAssessors() {
		AssessmentPeople staff = staff();
		AssessmentPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		AssessmentPeople.Member assessor = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member colleague = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member talent = staff.talent(lead, null);
		AssessmentPeople.Member other = staff.talent(lead, null);
		AssessmentPeople.Centre centre = staff.setUp(lead.api(), List.of(talent, other), List.of(assessor, colleague));
		String path = API + "/centres/" + centre.id();
		lead.api().post(path + "/open-ratings", "{}");
		for (AssessmentPeople.Member rater : List.of(assessor, colleague)) {
			for (AssessmentPeople.Member rated : List.of(talent, other)) {
				assertThat(rater.api().put(path + "/ratings/" + rated.personId(), sheet(centre, 3, 4, 5)).status())
					.isEqualTo(200);
			}
		}
		UUID id = UUID.fromString(centre.id());
		assertThat(count("select count(*) from assessment_rating where centre_id = ?", id)).isEqualTo(12);

		publish(new PersonErased(PersonId.of(talent.personId()), LocalDate.now()));
		publish(new PersonErased(PersonId.of(assessor.personId()), LocalDate.now()));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(count("select count(*) from assessment_participant where person_id = ?", talent.personId()))
				.isZero();
			assertThat(count("select count(*) from assessment_rating where assessor_id = ?", assessor.personId()))
				.isZero();
		});
		assertThat(count("select count(*) from assessment_rating where centre_id = ?", id))
			.as("the other participant's ratings stay, the erased assessor's anonymised").isEqualTo(6);
		assertThat(count("select count(*) from assessment_rating where centre_id = ? and assessor_id is null", id))
			.isEqualTo(3);
		assertThat(count("select count(*) from assessment_assessor where person_id = ?", assessor.personId())).isZero();
		lead.api().post(path + "/wash-up", "{}");
		assertThat(lead.api().get(path + "/wash-up/" + other.personId()).json().path("rows").get(0).path("ratings")
			.toString()).contains("Former colleague");
	}

	@Test
	void theFiguresCountCentresHeldAndParticipantsAssessedFromFiveOn() {
		ToolboxFigures assessment = this.figures.stream()
			.filter((f) -> f.sectionKey().equals("toolbox.practice.ASSESSMENT_CENTRES"))
			.findFirst()
			.orElseThrow();
		assertThat(assessment.figures()).extracting((f) -> f.key())
			.containsExactly("assessment.centres.held", "assessment.participants.assessed");
		assertThat(assessment.figures().get(0).value()).as("the demo's washed-up and running centres").isNotNull()
			.isGreaterThanOrEqualTo(2.0);
		Double assessed = assessment.figures().get(1).value();
		assertThat(assessed == null || assessed >= 5).isTrue();
	}

	private long count(String sql, UUID param) {
		return this.jdbc.sql(sql).param(param).query(Long.class).single();
	}

	private void publish(Object event) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private static JsonNode participant(JsonNode centre, UUID personId) {
		for (JsonNode p : centre.path("participants")) {
			if (p.path("personId").asString().equals(personId.toString())) {
				return p;
			}
		}
		throw new AssertionError("no participant " + personId);
	}

}

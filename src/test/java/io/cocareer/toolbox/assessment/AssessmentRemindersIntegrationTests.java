package io.cocareer.toolbox.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.pool.TalentPoolService;
import io.cocareer.toolbox.assessment.internal.AssessmentDailyJob;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cocareer.toolbox.assessment.AssessmentPeople.API;
import static io.cocareer.toolbox.assessment.AssessmentPeople.body;
import static io.cocareer.toolbox.assessment.AssessmentPeople.json;
import static io.cocareer.toolbox.assessment.AssessmentPeople.sheet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The morning's reminders of late rating sheets, run as the daily job runs them: once a centre
 * still open for ratings is two days past its day, each assessor with a sheet not complete is
 * reminded once (linked to their sheet), the talent leads are told once how many sheets are
 * missing; nobody with complete sheets, nobody who has left, nothing for a centre held yesterday or
 * in its wash-up, nothing new on the next run; no names, ratings or evidence in the words; the
 * reminders are done once the sheets are complete or the wash-up starts. Each test hires its own
 * people.
 */
@IntegrationTest
class AssessmentRemindersIntegrationTests {

	private static final String EVIDENCE = "Prioritised the inbox well";

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
	AssessmentDailyJob job;

	private AssessmentPeople staff() {
		return new AssessmentPeople(this.port, this.people, this.accounts, this.pool, this.catalogue);
	}

	@Test
	void theAssessorsOfLateSheetsAreRemindedOnceAndTheTalentLeadToldHowManyAreMissing() {
		AssessmentPeople staff = staff();
		AssessmentPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		AssessmentPeople.Member done = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member late = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member alex = staff.talent(lead, null);
		AssessmentPeople.Member sam = staff.talent(lead, null);
		AssessmentPeople.Centre centre = staff.setUp(lead.api(), List.of(alex, sam), List.of(done, late),
				LocalDate.now().minusDays(2));
		String path = API + "/centres/" + centre.id();
		assertThat(lead.api().post(path + "/open-ratings", "{}").status()).isEqualTo(200);
		rate(done, path, alex, sheet(centre, 4, 3, 5));
		rate(done, path, sam, sheet(centre, 3, 3, 4));
		rate(late, path, alex, sheet(centre, 4, 4, 4));
		rate(late, path, sam, firstCellOnly(centre));
		// the same, held yesterday: not late yet
		AssessmentPeople.Member recent = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Centre yesterday = staff.setUp(lead.api(), List.of(alex), List.of(recent),
				LocalDate.now().minusDays(1));
		assertThat(lead.api().post(API + "/centres/" + yesterday.id() + "/open-ratings", "{}").status()).isEqualTo(200);
		// held a month ago, in its wash-up with a sheet never filled in: the ratings are frozen
		AssessmentPeople.Member frozen = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Centre washedUp = staff.setUp(lead.api(), List.of(sam), List.of(frozen),
				LocalDate.now().minusMonths(1));
		assertThat(lead.api().post(API + "/centres/" + washedUp.id() + "/open-ratings", "{}").status()).isEqualTo(200);
		assertThat(lead.api().post(API + "/centres/" + washedUp.id() + "/wash-up", "{}").status()).isEqualTo(200);

		morning();

		assertThat(notices(late, "toolbox.assessment.ratingsLate")).as("one sheet of two is incomplete")
			.singleElement()
			.satisfies((n) -> {
				assertThat(n.path("link").asString()).as("their sheet of Sam")
					.isEqualTo("/toolbox/assessment/centres/" + centre.id() + "/ratings/" + sam.personId());
				assertThat(n.path("arguments").toString()).isEqualTo("[\"Leadership centre\",\"1\"]");
				assertThat(n.path("asksForAction").asBoolean()).isTrue();
			});
		assertThat(notices(done, "toolbox.assessment.ratingsLate")).as("complete sheets").isEmpty();
		assertThat(notices(recent, "toolbox.assessment.ratingsLate")).as("held yesterday").isEmpty();
		assertThat(notices(frozen, "toolbox.assessment.ratingsLate")).as("in its wash-up").isEmpty();
		assertThat(notices(alex, "toolbox.assessment.ratingsLate")).isEmpty();
		assertThat(notices(lead, "toolbox.assessment.ratingsLate")).isEmpty();
		List<JsonNode> told = notices(lead, "toolbox.assessment.sheetsMissing", centre);
		assertThat(told).as("the talent lead, once").singleElement().satisfies((n) -> {
			assertThat(n.path("link").asString()).isEqualTo("/toolbox/assessment/centres/" + centre.id());
			assertThat(n.path("arguments").toString()).as("how many, no names").isEqualTo("[\"Leadership centre\",\"1\"]");
		});
		assertThat(notices(late, "toolbox.assessment.sheetsMissing")).as("for the talent leads only").isEmpty();
		for (AssessmentPeople.Centre notLate : List.of(yesterday, washedUp)) {
			assertThat(notices(lead, "toolbox.assessment.sheetsMissing", notLate)).as("of the late centre only").isEmpty();
		}

		// the words: the centre and a number, nobody's name, no rating, no evidence
		for (JsonNode n : List.of(notices(late, "toolbox.assessment.ratingsLate").get(0), told.get(0))) {
			assertThat(n.path("text").asString()).contains("Leadership centre", "1")
				.doesNotContain(alex.name(), sam.name(), late.name(), done.name(), EVIDENCE, "Calmed");
		}

		// the next morning, nothing new
		long before = count(centre);
		morning();
		assertThat(count(centre)).as("a second run sends nothing new").isEqualTo(before);
		assertThat(notices(late, "toolbox.assessment.ratingsLate")).hasSize(1);
		assertThat(notices(lead, "toolbox.assessment.sheetsMissing", centre)).hasSize(1);

		// the sheet is completed: both reminders are done
		rate(late, path, sam, sheet(centre, 3, 2, 4));
		assertThat(notices(late, "toolbox.assessment.ratingsLate").get(0).path("doneAt").isNull())
			.as("the assessor's is done once their sheets are complete").isFalse();
		assertThat(notices(lead, "toolbox.assessment.sheetsMissing", centre).get(0).path("doneAt").isNull())
			.as("the talent lead's once every sheet is").isFalse();
		morning();
		assertThat(count(centre)).as("nothing is missing any more").isEqualTo(before);
	}

	@Test
	void anAssessorWhoHasLeftIsNotRemindedAndTheWashUpSettlesTheRest() {
		AssessmentPeople staff = staff();
		AssessmentPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		AssessmentPeople.Member leaver = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member stays = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member alex = staff.talent(lead, null);
		AssessmentPeople.Centre centre = staff.setUp(lead.api(), List.of(alex), List.of(leaver, stays),
				LocalDate.now().minusDays(5));
		String path = API + "/centres/" + centre.id();
		assertThat(lead.api().post(path + "/open-ratings", "{}").status()).isEqualTo(200);
		rate(stays, path, alex, firstCellOnly(centre));
		// the leaver's account stays open as an alumnus's, so only the job's own rule keeps them out
		this.people.recordLeaving(PeopleTestActors.HR, leaver.personId(), LocalDate.now(), "Left for a new role");
		this.accounts.openAlumniAccess(PersonId.of(leaver.personId()), "home." + leaver.username() + "@example.org");

		morning();

		assertThat(ratingsLateOf(leaver.personId(), centre)).as("someone who has left").isZero();
		assertThat(notices(stays, "toolbox.assessment.ratingsLate")).singleElement()
			.satisfies((n) -> assertThat(n.path("link").asString()).contains(centre.id()));
		assertThat(notices(lead, "toolbox.assessment.sheetsMissing", centre)).hasSize(1);

		// the wash-up starts without the missing sheets: what the notices asked is settled
		assertThat(lead.api().post(path + "/wash-up", "{}").status()).isEqualTo(200);
		assertThat(notices(stays, "toolbox.assessment.ratingsLate").get(0).path("doneAt").isNull()).isFalse();
		assertThat(notices(lead, "toolbox.assessment.sheetsMissing", centre).get(0).path("doneAt").isNull()).isFalse();
	}

	/**
	 * Runs the daily job as a morning finds it: the scheduler lock of an earlier run (held for a
	 * minute at least, so that no other instance runs it again) has long run out.
	 */
	private void morning() {
		this.jdbc.sql("update shedlock set lock_until = locked_at where name = 'toolbox-assessment-reminders'").update();
		this.job.run();
	}

	private static void rate(AssessmentPeople.Member assessor, String path, AssessmentPeople.Member participant,
			String sheet) {
		ApiClient.Response rated = assessor.api().put(path + "/ratings/" + participant.personId(), sheet);
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);
	}

	/** A sheet with only its first cell rated. */
	private static String firstCellOnly(AssessmentPeople.Centre centre) {
		return json(body("ratings", List.of(body("exerciseId", centre.inTray(), "competencyId", centre.first(),
				"rating", 4, "evidence", EVIDENCE))));
	}

	/** The person's notifications of the kind, as the notification API shows them. */
	private static List<JsonNode> notices(AssessmentPeople.Member member, String kind) {
		return member.api()
			.get("/api/v1/notifications?size=100")
			.json()
			.path("items")
			.valueStream()
			.filter((n) -> n.path("kind").asString().equals(kind))
			.toList();
	}

	/** The person's notifications of the kind that lead to the centre. */
	private static List<JsonNode> notices(AssessmentPeople.Member member, String kind, AssessmentPeople.Centre centre) {
		return notices(member, kind).stream()
			.filter((n) -> n.path("link").asString().equals("/toolbox/assessment/centres/" + centre.id()))
			.toList();
	}

	/** The reminders and notices of missing sheets of the centre, to anyone. */
	private long count(AssessmentPeople.Centre centre) {
		return this.jdbc.sql("select count(*) from notification where dedup_key like ? or dedup_key = ?")
			.param("toolbox.assessment.ratingsLate." + centre.id() + ".%")
			.param("toolbox.assessment.sheetsMissing." + centre.id())
			.query(Long.class)
			.single();
	}

	private long ratingsLateOf(UUID personId, AssessmentPeople.Centre centre) {
		return this.jdbc.sql("select count(*) from notification where dedup_key = ?")
			.param("toolbox.assessment.ratingsLate." + centre.id() + "." + personId)
			.query(Long.class)
			.single();
	}

}

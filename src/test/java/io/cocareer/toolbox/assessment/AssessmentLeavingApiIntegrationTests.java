package io.cocareer.toolbox.assessment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.pool.TalentPoolService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cocareer.toolbox.assessment.AssessmentPeople.API;
import static io.cocareer.toolbox.assessment.AssessmentPeople.consensus;
import static io.cocareer.toolbox.assessment.AssessmentPeople.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * People leaving and erased, over the API: an assessor who leaves is no longer waited for (their
 * ratings stay as evidence, named, then a former colleague's once erased); a participant who leaves
 * is withdrawn and nothing of theirs is released, while a report already released stays until
 * erasure; a leaving and an erasure handled side by side leave nothing half done. Each test hires
 * its own people.
 */
@IntegrationTest
class AssessmentLeavingApiIntegrationTests {

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

	private AssessmentPeople staff() {
		return new AssessmentPeople(this.port, this.people, this.accounts, this.pool, this.catalogue);
	}

	@Test
	void anAssessorWhoLeavesIsNoLongerWaitedForAndTheRatingsTheyGaveStayAsEvidence() {
		AssessmentPeople staff = staff();
		AssessmentPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		AssessmentPeople.Member leaver = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member colleague = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member first = staff.talent(lead, null);
		AssessmentPeople.Member second = staff.talent(lead, null);

		// open for ratings: the leaver rated the first participant, not yet the second
		AssessmentPeople.Centre rating = staff.setUp(lead.api(), List.of(first, second), List.of(leaver, colleague));
		String ratingPath = API + "/centres/" + rating.id();
		open(lead, ratingPath);
		rate(leaver, ratingPath, first, rating);
		rate(colleague, ratingPath, first, rating);
		rate(colleague, ratingPath, second, rating);
		JsonNode waiting = participant(lead.api().get(ratingPath).json(), second.personId());
		assertThat(waiting.path("ratingsIn").asInt()).isEqualTo(3);
		assertThat(waiting.path("ratingsExpected").asInt()).as("the leaver's sheet is still expected").isEqualTo(6);

		// in its wash-up, the first participant's finalised
		AssessmentPeople.Centre washing = staff.setUp(lead.api(), List.of(first, second), List.of(leaver, colleague));
		String washingPath = API + "/centres/" + washing.id();
		open(lead, washingPath);
		rate(leaver, washingPath, first, washing);
		rate(colleague, washingPath, first, washing);
		rate(colleague, washingPath, second, washing);
		assertThat(lead.api().post(washingPath + "/wash-up", "{}").status()).isEqualTo(200);
		finalise(lead, washingPath, first, washing);

		// still being set up, with the leaver as its only assessor
		AssessmentPeople.Centre setUp = staff.setUp(lead.api(), List.of(first), List.of(leaver));
		String setUpPath = API + "/centres/" + setUp.id();
		assertThat(lead.api().get(setUpPath).json().path("mayOpenRatings").asBoolean()).isTrue();

		this.people.recordLeaving(PeopleTestActors.HR, leaver.personId(), LocalDate.now(), "Moved on");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !lead.api().get(ratingPath).json().path("assessors").toString()
				.contains(leaver.personId().toString()));

		JsonNode ratingCentre = lead.api().get(ratingPath).json();
		for (AssessmentPeople.Member participant : List.of(first, second)) {
			JsonNode row = participant(ratingCentre, participant.personId());
			assertThat(row.path("observers").toString()).doesNotContain(leaver.personId().toString())
				.contains(colleague.personId().toString());
			assertThat(row.path("ratingsExpected").asInt()).as("no sheet of the leaver's is expected").isEqualTo(3);
			assertThat(row.path("ratingsIn").asInt()).isEqualTo(3);
		}
		JsonNode setUpCentre = lead.api().get(setUpPath).json();
		assertThat(setUpCentre.path("assessors").size()).isZero();
		assertThat(setUpCentre.path("readiness").toString()).as("the lead is asked for another assessor")
			.contains("toolbox.assessment.ready.participantUnobserved");
		assertThat(setUpCentre.path("mayOpenRatings").asBoolean()).isFalse();
		JsonNode washingCentre = lead.api().get(washingPath).json();
		assertThat(washingCentre.path("assessors").toString()).as("from the wash-up on, the list says who assessed")
			.contains(leaver.personId().toString());
		assertThat(participant(washingCentre, first.personId()).path("observers").toString())
			.as("finalised: who observed them stays").contains(leaver.personId().toString());
		JsonNode notFinalised = participant(washingCentre, second.personId());
		assertThat(notFinalised.path("observers").toString()).doesNotContain(leaver.personId().toString());
		assertThat(notFinalised.path("ratingsExpected").asInt()).isEqualTo(3);

		// the wash-up is not blocked, and weighs the leaver's ratings, named
		assertThat(lead.api().post(ratingPath + "/wash-up", "{}").status()).isEqualTo(200);
		JsonNode evidence = lead.api().get(ratingPath + "/wash-up/" + first.personId()).json().path("rows").get(0)
			.path("ratings");
		assertThat(evidence.size()).isEqualTo(2);
		assertThat(evidence.toString()).contains(leaver.name(), leaver.personId().toString(), colleague.name());

		this.people.erase(PeopleTestActors.HR, leaver.personId());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !lead.api().get(ratingPath + "/wash-up/" + first.personId()).body()
				.contains(leaver.personId().toString()));
		JsonNode anonymised = lead.api().get(ratingPath + "/wash-up/" + first.personId()).json().path("rows").get(0)
			.path("ratings");
		assertThat(anonymised.size()).as("the evidence stays").isEqualTo(2);
		assertThat(anonymised.toString()).contains("Former colleague").doesNotContain(leaver.name());
		assertThat(lead.api().get(washingPath).json().path("assessors").toString())
			.doesNotContain(leaver.personId().toString());
		assertThat(count("select count(*) from assessment_rating where assessor_id = ?", leaver.personId())).isZero();
		assertThat(count("select count(*) from assessment_observer where assessor_id = ?", leaver.personId())).isZero();
		assertListenersDone(leaver.personId());
	}

	@Test
	void aParticipantWhoLeavesIsWithdrawnAndNothingIsReleasedWhileAReleasedReportStaysUntilErasure() {
		AssessmentPeople staff = staff();
		AssessmentPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		AssessmentPeople.Member assessor = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member leaver = staff.talent(lead, null);
		AssessmentPeople.Member other = staff.talent(lead, null);
		List<AssessmentPeople.Member> both = List.of(leaver, other);

		// released before they left
		AssessmentPeople.Centre released = staff.setUp(lead.api(), both, List.of(assessor));
		String releasedPath = API + "/centres/" + released.id();
		open(lead, releasedPath);
		rate(assessor, releasedPath, leaver, released);
		rate(assessor, releasedPath, other, released);
		lead.api().post(releasedPath + "/wash-up", "{}");
		finalise(lead, releasedPath, leaver, released);
		assertThat(lead.api().post(releasedPath + "/wash-up/" + leaver.personId() + "/release", "{}").status())
			.isEqualTo(200);

		// finalised, not yet released
		AssessmentPeople.Centre finalised = staff.setUp(lead.api(), both, List.of(assessor));
		String finalisedPath = API + "/centres/" + finalised.id();
		open(lead, finalisedPath);
		rate(assessor, finalisedPath, leaver, finalised);
		lead.api().post(finalisedPath + "/wash-up", "{}");
		finalise(lead, finalisedPath, leaver, finalised);

		// open for ratings, the leaver not rated yet
		AssessmentPeople.Centre rating = staff.setUp(lead.api(), both, List.of(assessor));
		String ratingPath = API + "/centres/" + rating.id();
		open(lead, ratingPath);
		rate(assessor, ratingPath, other, rating);

		// still being set up
		AssessmentPeople.Centre setUp = staff.setUp(lead.api(), both, List.of(assessor));
		String setUpPath = API + "/centres/" + setUp.id();

		this.people.recordLeaving(PeopleTestActors.HR, leaver.personId(), LocalDate.now(), "Moved on");
		// refused whether or not the withdrawal has reached the centre yet
		ApiClient.Response release = lead.api().post(finalisedPath + "/wash-up/" + leaver.personId() + "/release", "{}");
		assertThat(release.status()).as(release.body()).isEqualTo(409);
		assertThat(release.code()).isEqualTo("toolbox.assessment.rule.withdrawn");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> participant(lead.api().get(ratingPath).json(), leaver.personId()).path("withdrawn").asBoolean());

		JsonNode withdrawn = participant(lead.api().get(ratingPath).json(), leaver.personId());
		assertThat(withdrawn.path("observers").size()).as("nobody rates them any more").isZero();
		assertThat(withdrawn.path("ratingsExpected").asInt()).isZero();
		assertThat(assessor.api().get(ratingPath).json().path("toRate").toString())
			.doesNotContain(leaver.personId().toString())
			.contains(other.personId().toString());
		assertThat(assessor.api().get(ratingPath + "/ratings/" + leaver.personId()).status()).isEqualTo(404);
		ApiClient.Response late = assessor.api().put(ratingPath + "/ratings/" + leaver.personId(), sheet(rating, 3, 3, 3));
		assertThat(late.status()).isEqualTo(403);
		assertThat(late.code()).isEqualTo("toolbox.assessment.denied.notObserver");
		assertThat(lead.api().get(setUpPath).json().path("participants").toString()).as("taken out of a set-up")
			.doesNotContain(leaver.personId().toString())
			.contains(other.personId().toString());

		// at the wash-up nothing more is recorded for them; the lead still reads what there is
		assertThat(lead.api().post(ratingPath + "/wash-up", "{}").status()).isEqualTo(200);
		String leaversWashUp = ratingPath + "/wash-up/" + leaver.personId();
		JsonNode washUp = lead.api().get(leaversWashUp).json();
		assertThat(washUp.path("withdrawnOn").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(washUp.path("mayEdit").asBoolean()).isFalse();
		ApiClient.Response consensus = lead.api().put(leaversWashUp,
				consensus(rating, 3, 3, washUp.path("version").asLong()));
		assertThat(consensus.status()).isEqualTo(409);
		assertThat(consensus.code()).isEqualTo("toolbox.assessment.rule.withdrawn");
		assertThat(assessor.api().get(leaversWashUp).status()).as("not the assessors'").isEqualTo(404);
		assertThat(assessor.api().get(ratingPath + "/wash-up/" + other.personId()).status()).isEqualTo(200);
		WebSession.Page page = lead.session().get("/toolbox/assessment/centres/" + rating.id());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Withdrawn", "Left the organisation before the report was released");
		WebSession.Page leadsWashUp = lead.session()
			.get("/toolbox/assessment/centres/" + rating.id() + "/wash-up/" + leaver.personId());
		assertThat(leadsWashUp.status()).isEqualTo(200);
		assertThat(leadsWashUp.body()).contains("id=\"washup-withdrawn\"").doesNotContain("id=\"consensus\"");
		assertThat(assessor.session().get("/toolbox/assessment/centres/" + rating.id()).body())
			.as("no wash-up link for the assessors")
			.doesNotContain("/wash-up/" + leaver.personId())
			.contains("/wash-up/" + other.personId());

		JsonNode notReleased = lead.api().get(finalisedPath + "/wash-up/" + leaver.personId()).json();
		assertThat(notReleased.path("releasedOn").isNull()).isTrue();
		assertThat(notReleased.path("mayRelease").asBoolean()).isFalse();
		assertThat(count("""
				select count(*) from notification n join account a on a.id = n.account_id
				where n.kind = 'toolbox.assessment.reportReleased' and a.person_id = ?""", leaver.personId()))
			.as("only the report released before they left").isEqualTo(1);
		ApiClient.Response report = lead.api().get(releasedPath + "/reports/" + leaver.personId());
		assertThat(report.status()).as("a released report stays until erasure").isEqualTo(200);
		assertThat(report.json().path("releasedOn").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(participant(lead.api().get(releasedPath).json(), leaver.personId()).path("withdrawn").asBoolean())
			.isFalse();

		this.people.erase(PeopleTestActors.HR, leaver.personId());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> count("select count(*) from assessment_participant where person_id = ?", leaver.personId()) == 0);
		assertThat(lead.api().get(releasedPath + "/reports/" + leaver.personId()).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("""
				select count(*) from assessment_rating where centre_id in (:centres) and participant_id not in
				(select p.id from assessment_participant p where p.person_id = :other)""")
			.param("centres", List.of(released.id(), finalised.id(), rating.id()).stream().map(UUID::fromString).toList())
			.param("other", other.personId())
			.query(Long.class)
			.single()).as("no rating of them is left").isZero();
		assertThat(count("select count(*) from assessment_rating where centre_id = ?", UUID.fromString(released.id())))
			.as("the other participant's stay").isEqualTo(3);
		assertListenersDone(leaver.personId());
	}

	@Test
	void aLeavingAndAnErasureHandledSideBySideLeaveNothingHalfDone() {
		AssessmentPeople staff = staff();
		AssessmentPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		AssessmentPeople.Member colleague = staff.hire(null, Role.MANAGER);
		AssessmentPeople.Member leaver = staff.talent(lead, null);
		AssessmentPeople.Member other = staff.talent(lead, null);
		// the leaver assesses in one centre and takes part in another, both open for ratings
		AssessmentPeople.Centre assessed = staff.setUp(lead.api(), List.of(other), List.of(leaver, colleague));
		String assessedPath = API + "/centres/" + assessed.id();
		open(lead, assessedPath);
		rate(leaver, assessedPath, other, assessed);
		AssessmentPeople.Centre taking = staff.setUp(lead.api(), List.of(leaver, other), List.of(colleague));
		String takingPath = API + "/centres/" + taking.id();
		open(lead, takingPath);
		rate(colleague, takingPath, leaver, taking);

		this.people.recordLeaving(PeopleTestActors.HR, leaver.personId(), LocalDate.now(), "Moved on");
		this.people.erase(PeopleTestActors.HR, leaver.personId());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertListenersDone(leaver.personId());
			assertThat(count("select count(*) from assessment_participant where person_id = ?", leaver.personId()))
				.isZero();
			assertThat(count("select count(*) from assessment_assessor where person_id = ?", leaver.personId())).isZero();
			assertThat(count("select count(*) from assessment_observer where assessor_id = ?", leaver.personId()))
				.isZero();
			assertThat(count("select count(*) from assessment_rating where assessor_id = ?", leaver.personId())).isZero();
		});
		assertThat(count("select count(*) from assessment_rating where centre_id = ? and assessor_id is null",
				UUID.fromString(assessed.id()))).as("their ratings stay, nobody's").isEqualTo(3);
		assertThat(count("select count(*) from assessment_rating where centre_id = ?", UUID.fromString(taking.id())))
			.as("the ratings of them go").isZero();
	}

	private static void open(AssessmentPeople.Member lead, String path) {
		ApiClient.Response opened = lead.api().post(path + "/open-ratings", "{}");
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
	}

	private static void rate(AssessmentPeople.Member assessor, String path, AssessmentPeople.Member participant,
			AssessmentPeople.Centre centre) {
		ApiClient.Response rated = assessor.api().put(path + "/ratings/" + participant.personId(), sheet(centre, 3, 4, 5));
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);
	}

	private static void finalise(AssessmentPeople.Member lead, String path, AssessmentPeople.Member participant,
			AssessmentPeople.Centre centre) {
		String washUp = path + "/wash-up/" + participant.personId();
		long version = lead.api().get(washUp).json().path("version").asLong();
		ApiClient.Response finalised = lead.api().post(washUp + "/finalise", consensus(centre, 4, 5, version));
		assertThat(finalised.status()).as(finalised.body()).isEqualTo(200);
	}

	/** The assessment listeners' publications for the person are all complete (none failed and awaits a retry). */
	private void assertListenersDone(UUID personId) {
		assertThat(this.jdbc.sql("""
				select count(*) from event_publication where completion_date is null
				and listener_id like '%AssessmentPeopleLeave%' and serialized_event like :id""")
			.param("id", "%" + personId + "%")
			.query(Long.class)
			.single()).as("every reaction of the assessment centres is done").isZero();
	}

	private long count(String sql, UUID param) {
		return this.jdbc.sql(sql).param(param).query(Long.class).single();
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

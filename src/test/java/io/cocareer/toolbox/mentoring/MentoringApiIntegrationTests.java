package io.cocareer.toolbox.mentoring;

import java.time.LocalDate;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.toolbox.mentoring.MentoringPeople.API;
import static io.cocareer.toolbox.mentoring.MentoringPeople.body;
import static io.cocareer.toolbox.mentoring.MentoringPeople.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentoring API end to end: the lead opens a cohort, staff enrol (every bad input a
 * problem+json with its code), the lead matches, pins (a pin that cannot hold named), publishes;
 * the pair writes its agreement, logs meetings (the private note theirs alone) and gives feedback;
 * a manager sees that a report is in a pair, not the pair; others find nothing, administrators
 * and strangers are turned away at the gate.
 */
@IntegrationTest
class MentoringApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void aCohortRunsFromEnrolmentThroughMatchingToAPairsAgreementMeetingsAndFeedback() {
		MentoringPeople staff = new MentoringPeople(this.port, this.people, this.accounts);
		MentoringPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		MentoringPeople.Member manager = staff.hire(null, Role.MANAGER);
		MentoringPeople.Member mentor = staff.hire(1, LocalDate.of(2012, 5, 1), null, Role.MANAGER);
		MentoringPeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		MentoringPeople.Member otherTalent = staff.hire(null, Role.TALENT);
		ApiClient leadApi = lead.api();

		// a cohort: the lead alone opens one, with every field right
		ApiClient.Response refused = leadApi.post(API + "/cohorts", json(body("title", " ", "startsOn", "2027-03-01",
				"endsOn", "2027-01-01")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("toolbox.mentoring.title.required");
		ApiClient.Response backwards = leadApi.post(API + "/cohorts", json(body("title", "Spring", "startsOn",
				"2027-03-01", "endsOn", "2027-01-01")));
		assertThat(backwards.code()).isEqualTo("toolbox.mentoring.endsOn.beforeStart");
		assertThat(talent.api().post(API + "/cohorts", json(body("title", "Mine", "startsOn", "2027-03-01", "endsOn",
				"2027-06-01"))).status()).isEqualTo(403);
		ApiClient.Response created = leadApi.post(API + "/cohorts", json(body("title", "API cohort", "goal",
				"Cross-unit ties", "startsOn", LocalDate.now().plusDays(7).toString(), "endsOn",
				LocalDate.now().plusDays(180).toString())));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String cohort = created.json().path("id").asString();
		String cohortPath = API + "/cohorts/" + cohort;
		assertThat(created.json().path("status").asString()).isEqualTo("ENROLLING");

		// enrolment: the mentor and the manager themselves, the talent as mentee; every bad input said
		ApiClient mentorApi = mentor.api();
		assertThat(mentorApi.post(cohortPath + "/mentors", json(body("capacity", 9, "topics", "leadership"))).code())
			.isEqualTo("toolbox.mentoring.capacity.range");
		assertThat(mentorApi.post(cohortPath + "/mentors", json(body("capacity", 2, "topics", " , "))).code())
			.isEqualTo("toolbox.mentoring.topics.required");
		assertThat(mentorApi.post(cohortPath + "/mentors", json(body("capacity", 2, "topics", "leadership, data")))
			.status()).isEqualTo(201);
		ApiClient.Response twice = mentorApi.post(cohortPath + "/mentors", json(body("capacity", 1, "topics", "data")));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.code()).isEqualTo("toolbox.mentoring.enrol.twice");
		assertThat(manager.api().post(cohortPath + "/mentors", json(body("capacity", 1, "topics", "leadership")))
			.status()).isEqualTo(201);
		assertThat(manager.api().post(cohortPath + "/mentees", json(body("goals", "leadership"))).code())
			.as("mentees are talents").isEqualTo("toolbox.mentoring.mentee.notATalent");
		assertThat(talent.api().post(cohortPath + "/mentees", json(body("goals", ""))).code())
			.isEqualTo("toolbox.mentoring.goals.required");
		assertThat(talent.api().post(cohortPath + "/mentees", json(body("goals", "leadership", "preferOtherUnit",
				true, "previousMentor", "AVOID"))).status()).isEqualTo(201);
		assertThat(talent.api().get(cohortPath).json().path("mentors").size()).as("a talent reads no lists").isZero();

		// matching: the talent's own manager is never their mentor; pinning that pair is refused, named
		JsonNode lists = leadApi.get(cohortPath).json();
		String menteeId = lists.path("mentees").get(0).path("id").asString();
		String managerMentorId = idOf(lists.path("mentors"), manager.personId());
		String mentorId = idOf(lists.path("mentors"), mentor.personId());
		ApiClient.Response pin = leadApi.post(cohortPath + "/rules",
				json(body("menteeId", menteeId, "mentorId", managerMentorId, "kind", "PIN")));
		assertThat(pin.status()).isEqualTo(409);
		assertThat(pin.code()).isEqualTo("toolbox.mentoring.rule.pinsInfeasible");
		assertThat(pin.json().path("detail").asString()).contains(talent.name(), manager.name());
		assertThat(leadApi.post(cohortPath + "/rules", json(body("menteeId", menteeId, "mentorId", mentorId))).status())
			.as("the kind is required").isEqualTo(400);
		assertThat(talent.api().post(cohortPath + "/matching", "{}").status()).isEqualTo(403);
		ApiClient.Response matched = leadApi.post(cohortPath + "/matching", "{}");
		assertThat(matched.status()).as(matched.body()).isEqualTo(200);
		assertThat(matched.json().path("matched").asInt()).isEqualTo(1);
		assertThat(matched.json().path("weights").asString()).contains("loadStep=150");
		JsonNode pair = matched.json().path("cohort").path("pairs").get(0);
		assertThat(pair.path("mentorName").asString()).isEqualTo(mentor.name());
		assertThat(pair.path("reasons").toString()).contains("TOPICS", "OTHER_UNIT", "EXPERIENCE", "OUTSIDE_UNIT_ASKED");
		String pairPath = API + "/pairs/" + pair.path("id").asString();
		assertThat(talent.api().get(pairPath).status()).as("a draft is the lead's").isEqualTo(404);

		// publishing: the cohort runs, the pair reads its pair
		long version = leadApi.get(cohortPath).json().path("version").asLong();
		assertThat(leadApi.post(cohortPath + "/publish", json(body("version", version - 1))).status()).isEqualTo(409);
		ApiClient.Response published = leadApi.post(cohortPath + "/publish", json(body("version", version)));
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		assertThat(published.json().path("status").asString()).isEqualTo("RUNNING");
		assertThat(leadApi.post(cohortPath + "/matching", "{}").code()).isEqualTo("toolbox.mentoring.rule.published");
		assertThat(talent.api().get(pairPath).status()).isEqualTo(200);

		// the agreement, written by one side and accepted by both
		long pairVersion = talent.api().get(pairPath).json().path("version").asLong();
		assertThat(talent.api().put(pairPath + "/agreement", json(body("goals", "", "rhythm", "", "version", pairVersion)))
			.code()).isEqualTo("toolbox.mentoring.agreement.goalsRequired");
		ApiClient.Response agreed = talent.api().put(pairPath + "/agreement", json(body("goals", "Lead a first team",
				"rhythm", "Every two weeks", "confidentiality", "Between us", "version", pairVersion)));
		assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
		assertThat(mentorApi.post(pairPath + "/agreement/accept", json(body("version", pairVersion))).status())
			.as("an old version is refused").isEqualTo(409);
		long afterAgreement = agreed.json().path("version").asLong();
		ApiClient.Response accepted = mentorApi.post(pairPath + "/agreement/accept", json(body("version", afterAgreement)));
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.json().path("mentorAcceptedOn").isNull()).isFalse();

		// meetings: the note is the pair's alone
		assertThat(talent.api().post(pairPath + "/meetings", json(body("heldOn", LocalDate.now().plusDays(3).toString(),
				"topics", "x"))).code()).isEqualTo("toolbox.mentoring.meeting.future");
		ApiClient.Response logged = talent.api().post(pairPath + "/meetings", json(body("heldOn",
				LocalDate.now().toString(), "topics", "Stakeholder map", "privateNote", "Worried about the move")));
		assertThat(logged.status()).as(logged.body()).isEqualTo(201);
		assertThat(mentorApi.get(pairPath).json().path("meetings").get(0).path("privateNote").asString())
			.isEqualTo("Worried about the move");
		JsonNode leadView = leadApi.get(pairPath).json();
		assertThat(leadView.path("meetings").get(0).path("topics").asString()).isEqualTo("Stakeholder map");
		assertThat(leadView.path("meetings").get(0).path("privateNote").isNull()).as("not for the lead").isTrue();
		assertThat(leadApi.post(pairPath + "/meetings", json(body("heldOn", LocalDate.now().toString(), "topics", "x")))
			.status()).as("the lead reads, the pair writes").isEqualTo(403);

		// the manager sees that their report is in a pair, and with whom; not the pair itself
		JsonNode mine = manager.api().get(API + "/mine").json();
		assertThat(mine.path("reports").get(0).path("reportName").asString()).isEqualTo(talent.name());
		assertThat(mine.path("reports").get(0).path("withName").asString()).isEqualTo(mentor.name());
		assertThat(manager.api().get(pairPath).status()).isEqualTo(404);
		assertThat(otherTalent.api().get(pairPath).status()).isEqualTo(404);
		assertThat(otherTalent.api().get(cohortPath).status()).as("closed to those not in it").isEqualTo(404);
		assertThat(talent.api().get(API + "/mine").json().path("asMentee").get(0).path("mentorName").asString())
			.isEqualTo(mentor.name());

		// feedback: once per side, a rating from 1 to 5
		assertThat(talent.api().post(pairPath + "/feedback", json(body("rating", 7))).code())
			.isEqualTo("toolbox.mentoring.feedback.ratingRange");
		assertThat(talent.api().post(pairPath + "/feedback", json(body("rating", 5, "comment", "Great"))).status())
			.isEqualTo(201);
		assertThat(talent.api().post(pairPath + "/feedback", json(body("rating", 4))).code())
			.isEqualTo("toolbox.mentoring.rule.feedbackGiven");
		JsonNode feedback = leadApi.get(cohortPath).json().path("feedback");
		assertThat(feedback.path("answers").asInt()).isEqualTo(1);
		assertThat(feedback.path("average").isNull()).as("too few answers to show").isTrue();
		assertThat(feedback.path("comments").size()).isZero();

		// ending: the pair ends, its log closes
		assertThat(leadApi.post(cohortPath + "/end", "{}").json().path("status").asString()).isEqualTo("ENDED");
		assertThat(talent.api().post(pairPath + "/meetings", json(body("heldOn", LocalDate.now().toString(), "topics",
				"x"))).code()).isEqualTo("toolbox.mentoring.rule.pairNotActive");
	}

	@Test
	void strangersAdministratorsAndUnknownRecordsAreTurnedAway() {
		MentoringPeople staff = new MentoringPeople(this.port, this.people, this.accounts);
		MentoringPeople.Member talent = staff.hire(null, Role.TALENT);
		MentoringPeople.Member admin = staff.hire(null, Role.ADMIN);
		assertThat(ApiClient.anonymous(this.port).get(API + "/cohorts").status()).isEqualTo(401);
		assertThat(admin.api().get(API + "/cohorts").status()).as("administrators read no careers").isEqualTo(403);
		ApiClient.Response unknown = talent.api().get(API + "/cohorts/" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("toolbox.mentoring.cohort.notFound");
		assertThat(talent.api().get(API + "/pairs/" + UUID.randomUUID()).code())
			.isEqualTo("toolbox.mentoring.pair.notFound");
		assertThat(talent.api().get(API + "/mine").status()).isEqualTo(200);
	}

	private static String idOf(JsonNode mentors, UUID personId) {
		for (JsonNode mentor : mentors) {
			if (mentor.path("personId").asString().equals(personId.toString())) {
				return mentor.path("id").asString();
			}
		}
		throw new AssertionError("No mentor " + personId + " in " + mentors);
	}

}

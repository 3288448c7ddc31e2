package io.cocareer.toolbox.mentoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mentoring page rendered as the demo's talent lead, manager and talent, on the demo's
 * cohorts (ended, running, enrolling): the key text of each, what each may not see, and the forms
 * coming back with every error next to its field.
 */
@IntegrationTest
class MentoringPagesIntegrationTests {

	@LocalServerPort
	int port;

	private JsonNode cohort(ApiClient lead, String title) {
		for (JsonNode cohort : lead.get(MentoringPeople.API + "/cohorts").json()) {
			if (cohort.path("title").asString().equals(title)) {
				return lead.get(MentoringPeople.API + "/cohorts/" + cohort.path("id").asString()).json();
			}
		}
		throw new AssertionError("No demo cohort " + title);
	}

	@Test
	void theLeadSeesEveryCohortItsEnrolmentsTheDraftToolsAndTheFeedbackButNoPrivateNote() {
		ApiClient api = ApiClient.as(this.port, "lead", "demo");
		JsonNode running = cohort(api, "Mentoring cohort, spring");
		JsonNode enrolling = cohort(api, "Mentoring cohort, autumn");
		JsonNode ended = cohort(api, "Mentoring cohort, first round");
		WebSession lead = WebSession.signIn(this.port, "lead");

		assertThat(lead.get("/toolbox").body()).contains("mentoring-card", "/toolbox/mentoring/cohorts/new");
		WebSession.Page list = lead.get("/toolbox/mentoring");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Mentoring cohort, spring", "Mentoring cohort, autumn",
				"Mentoring cohort, first round", "new-cohort-link");

		WebSession.Page runningPage = lead.get("/toolbox/mentoring/cohorts/" + running.path("id").asString());
		assertThat(runningPage.status()).isEqualTo(200);
		assertThat(runningPage.body()).contains("Running", "The pairs", "Topic fit", "Marco Rossi", "Tara Nguyen",
				"end-cohort", "mentor-list", "mentee-list").doesNotContain("run-matching");
		assertThat(running.path("pairs").size()).isGreaterThanOrEqualTo(12);
		assertThat(running.path("mentors").size()).isGreaterThanOrEqualTo(5);

		WebSession.Page enrollingPage = lead.get("/toolbox/mentoring/cohorts/" + enrolling.path("id").asString());
		assertThat(enrollingPage.body()).contains("Enrolling", "run-matching", "close-enrolment", "rule-form",
				"Not matched yet", "Enrol a mentor");

		WebSession.Page endedPage = lead.get("/toolbox/mentoring/cohorts/" + ended.path("id").asString());
		assertThat(endedPage.body()).contains("Ended", "feedback-average", "feedback-comments",
				"Very helpful to see another unit from inside.");

		assertThat(lead.get("/toolbox/mentoring/cohorts/new").body()).contains("cohort-form", "name=\"title\"");
		WebSession.Page form = lead.get("/toolbox/mentoring/cohorts/new");
		WebSession.Page refused = lead.post("/toolbox/mentoring/cohorts", form,
				Map.of("title", "", "startsOn", "2027-05-01", "endsOn", "2027-04-01"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Give the cohort a title.", "The last day cannot be before the first.");

		String enrollingId = enrolling.path("id").asString();
		WebSession.Page mentorForm = lead.get("/toolbox/mentoring/cohorts/" + enrollingId + "/mentors/new");
		assertThat(mentorForm.body()).contains("mentor-form", "name=\"person\"", "name=\"capacity\"");
		WebSession.Page badMentor = lead.post("/toolbox/mentoring/cohorts/" + enrollingId + "/mentors", mentorForm,
				Map.of("person", "", "capacity", "9", "topics", " ", "availability", ""));
		assertThat(badMentor.status()).isEqualTo(200);
		assertThat(badMentor.body()).as("every error at once").contains("A mentor takes between 1 and 5 mentees.",
				"Name at least one topic you can help with.");
		String marcoMentor = idOf(enrolling.path("mentors"), "Marco Rossi");
		WebSession.Page marcoTwice = lead.post("/toolbox/mentoring/cohorts/" + enrollingId + "/mentors", mentorForm,
				Map.of("person", employeeId(api, "Marco Rossi"), "capacity", "1", "topics", "leadership"));
		assertThat(marcoTwice.body()).contains("Already enrolled as a mentor in this cohort.");
		assertThat(lead.get("/toolbox/mentoring/cohorts/" + enrollingId + "/mentors/" + marcoMentor).body())
			.contains("Change the enrolment of Marco Rossi", "name=\"version\"");
		WebSession.Page menteeForm = lead.get("/toolbox/mentoring/cohorts/" + enrollingId + "/mentees/new");
		assertThat(menteeForm.body()).contains("mentee-form", "preferredMentor", "previous-AVOID", "Marco Rossi");

		String taraPair = taraPair(api, running);
		WebSession.Page pairPage = lead.get("/toolbox/mentoring/pairs/" + taraPair);
		assertThat(pairPage.status()).isEqualTo(200);
		assertThat(pairPage.body()).contains("Tara Nguyen", "Mentoring agreement", "Dry run of the all-hands talk")
			.as("the private note is the pair's alone")
			.doesNotContain("slow down in the middle part", "meeting-form", "feedback-form");
		assertThat(lead.get("/toolbox/mentoring/mine").status()).isEqualTo(200);
	}

	@Test
	void theTalentSeesTheirMentorTheirPairWithItsNotesAndEnrolsInTheOpenCohort() {
		ApiClient api = ApiClient.as(this.port, "lead", "demo");
		JsonNode running = cohort(api, "Mentoring cohort, spring");
		JsonNode enrolling = cohort(api, "Mentoring cohort, autumn");
		JsonNode ended = cohort(api, "Mentoring cohort, first round");
		WebSession talent = WebSession.signIn(this.port, "talent");

		assertThat(talent.get("/toolbox").body()).contains("mentoring-card").doesNotContain("/toolbox/mentoring/cohorts/new");
		WebSession.Page list = talent.get("/toolbox/mentoring");
		assertThat(list.body()).contains("Mentoring cohort, spring", "Mentoring cohort, autumn").doesNotContain("new-cohort-link");
		WebSession.Page mine = talent.get("/toolbox/mentoring/mine");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains("My mentors", "my-mentor", "Mentoring cohort, spring", "Mentoring cohort, autumn");

		WebSession.Page runningPage = talent.get("/toolbox/mentoring/cohorts/" + running.path("id").asString());
		assertThat(runningPage.status()).isEqualTo(200);
		assertThat(runningPage.body()).contains("my-mentee-enrolment").doesNotContain("mentor-list", "run-matching", "Topic fit");
		WebSession.Page enrollingPage = talent.get("/toolbox/mentoring/cohorts/" + enrolling.path("id").asString());
		assertThat(enrollingPage.body()).contains("enrol-mentee-link", "enrol-mentor-link").doesNotContain("rule-form");
		assertThat(talent.get("/toolbox/mentoring/cohorts/new").status()).isEqualTo(403);

		String enrollingId = enrolling.path("id").asString();
		WebSession.Page menteeForm = talent.get("/toolbox/mentoring/cohorts/" + enrollingId + "/mentees/new");
		assertThat(menteeForm.body()).contains("mentee-form").doesNotContain("name=\"person\"");
		WebSession.Page badMentee = talent.post("/toolbox/mentoring/cohorts/" + enrollingId + "/mentees", menteeForm,
				Map.of("goals", "", "previousMentor", "NEUTRAL"));
		assertThat(badMentee.status()).isEqualTo(200);
		assertThat(badMentee.body()).contains("Name at least one goal, as a topic.");
		assertThat(talent.get("/toolbox/mentoring/cohorts/" + enrollingId + "/mentors/new").body()).contains("mentor-form");

		String taraPair = taraPair(api, running);
		WebSession.Page pairPage = talent.get("/toolbox/mentoring/pairs/" + taraPair);
		assertThat(pairPage.status()).isEqualTo(200);
		assertThat(pairPage.body()).contains("slow down in the middle part", "meeting-form", "agreement-form", "feedback-form",
				"Why this pair");
		Map<String, String> future = new LinkedHashMap<>();
		future.put("heldOn", LocalDate.now().plusDays(5).toString());
		future.put("topics", "");
		WebSession.Page badMeeting = talent.post("/toolbox/mentoring/pairs/" + taraPair + "/meetings", pairPage, future);
		assertThat(badMeeting.status()).isEqualTo(200);
		assertThat(badMeeting.body()).contains("the day cannot be in the future", "Say what you talked about.");
		WebSession.Page noRating = talent.post("/toolbox/mentoring/pairs/" + taraPair + "/feedback", pairPage,
				Map.of("comment", "x"));
		assertThat(noRating.body()).contains("Give a rating from 1 to 5.");

		String endedPair = ended.path("pairs").get(0).path("id").asString();
		for (JsonNode p : ended.path("pairs")) {
			if (p.path("menteeName").asString().equals("Tara Nguyen")) {
				endedPair = p.path("id").asString();
			}
		}
		assertThat(talent.get("/toolbox/mentoring/pairs/" + endedPair).body()).contains("my-feedback", "Ended");
	}

	@Test
	void theManagerSeesTheirOwnPairAsMentorAndTheirReportsPairsButNotTheirNotes() {
		ApiClient api = ApiClient.as(this.port, "lead", "demo");
		JsonNode running = cohort(api, "Mentoring cohort, spring");
		JsonNode enrolling = cohort(api, "Mentoring cohort, autumn");
		WebSession manager = WebSession.signIn(this.port, "manager");

		assertThat(manager.get("/toolbox").body()).contains("mentoring-card");
		assertThat(manager.get("/toolbox/mentoring").body()).contains("Mentoring cohort, spring");
		WebSession.Page mine = manager.get("/toolbox/mentoring/mine");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains("My mentees", "my-mentee", "My reports in mentoring", "Tara Nguyen is mentored by");

		String marcoPair = null;
		for (JsonNode p : running.path("pairs")) {
			if (p.path("mentorName").asString().equals("Marco Rossi")) {
				marcoPair = p.path("id").asString();
			}
		}
		assertThat(marcoPair).as("the demo manager mentors someone").isNotNull();
		WebSession.Page own = manager.get("/toolbox/mentoring/pairs/" + marcoPair);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains("Marco Rossi mentors", "meeting-form", "Nervous about the steering committee");
		assertThat(manager.get("/toolbox/mentoring/pairs/" + taraPair(api, running)).status())
			.as("the report's pair itself is theirs, not the manager's").isEqualTo(404);
		assertThat(manager.get("/toolbox/mentoring/cohorts/" + running.path("id").asString()).status()).isEqualTo(200);
		String enrollingId = enrolling.path("id").asString();
		WebSession.Page enrollingPage = manager.get("/toolbox/mentoring/cohorts/" + enrollingId);
		assertThat(enrollingPage.body()).contains("my-mentor-enrolment").doesNotContain("enrol-mentee-link");
		String marcoMentor = idOf(enrolling.path("mentors"), "Marco Rossi");
		WebSession.Page edit = manager.get("/toolbox/mentoring/cohorts/" + enrollingId + "/mentors/" + marcoMentor);
		assertThat(edit.status()).isEqualTo(200);
		WebSession.Page badEdit = manager.post("/toolbox/mentoring/cohorts/" + enrollingId + "/mentors/" + marcoMentor, edit,
				Map.of("capacity", "0", "topics", "leadership", "version", "0"));
		assertThat(badEdit.body()).contains("A mentor takes between 1 and 5 mentees.");
		assertThat(WebSession.signIn(this.port, "admin").get("/toolbox/mentoring").status()).isEqualTo(403);
	}

	private static String taraPair(ApiClient api, JsonNode running) {
		for (JsonNode p : running.path("pairs")) {
			if (p.path("menteeName").asString().equals("Tara Nguyen")) {
				return p.path("id").asString();
			}
		}
		throw new AssertionError("Tara is a mentee of the running cohort");
	}

	private static String idOf(JsonNode mentors, String name) {
		for (JsonNode m : mentors) {
			if (m.path("name").asString().equals(name)) {
				return m.path("id").asString();
			}
		}
		throw new AssertionError("No mentor " + name);
	}

	private static String employeeId(ApiClient api, String name) {
		JsonNode found = api.get("/api/v1/people?q=" + name.replace(" ", "+")).json();
		JsonNode items = found.has("items") ? found.path("items") : found;
		return items.get(0).path("employeeId").asString();
	}

}

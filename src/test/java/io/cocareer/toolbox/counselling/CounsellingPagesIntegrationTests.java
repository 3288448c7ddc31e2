package io.cocareer.toolbox.counselling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;
import io.cocareer.toolbox.counselling.internal.CounsellingBackdating;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.toolbox.counselling.CounsellingPeople.counsellor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every counselling page as each role: the toolbox card, my sessions, every session (the talent
 * lead's), asking for one (every error at once, next to its field), a session with its schedule
 * form (a day in the past, an end before the start), held with notes and follow-ups, the list of
 * counsellors; the talent's manager who does not counsel it finds nothing; the demo users see theirs.
 */
@IntegrationTest
class CounsellingPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	CounsellingBackdating history;

	@Test
	void aTalentAsksTheCounsellorSchedulesHoldsAndNotesThroughThePages() {
		CounsellingPeople staff = new CounsellingPeople(this.port, this.people, this.accounts);
		CounsellingPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		CounsellingPeople.Member manager = staff.hire(null, Role.MANAGER);
		CounsellingPeople.Member counsellor = staff.hire(null, Role.MANAGER);
		CounsellingPeople.Member talent = staff.hire(manager.personId(), Role.TALENT);

		WebSession leadSession = lead.session();
		WebSession.Page list = leadSession.get("/toolbox/counselling/counsellors");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("counsellor-form");
		WebSession.Page unknown = leadSession.post("/toolbox/counselling/counsellors", list, Map.of("person", "NOBODY-42"));
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.body()).contains("Nobody is known as");
		WebSession.Page added = leadSession.post("/toolbox/counselling/counsellors", list,
				Map.of("person", counsellor.employeeId()));
		assertThat(added.status()).as(added.body()).isEqualTo(302);
		assertThat(leadSession.get("/toolbox/counselling/counsellors").body()).contains(counsellor.name());

		WebSession talentSession = talent.session();
		assertThat(talentSession.get("/toolbox").body()).contains("counselling-card", "Career counselling");
		WebSession.Page form = talentSession.get("/toolbox/counselling/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"topic\"", "name=\"counsellor\"", counsellor.name())
			.doesNotContain("name=\"talent\"");
		WebSession.Page refused = talentSession.post("/toolbox/counselling/sessions", form,
				Map.of("counsellor", "", "topic", " ", "agenda", ""));
		assertThat(refused.status()).as("the form comes back with every error").isEqualTo(200);
		assertThat(refused.body()).contains("Choose a counsellor.", "Say what the session is about.");
		WebSession.Page asked = talentSession.post("/toolbox/counselling/sessions", form, Map.of("counsellor",
				counsellor.personId().toString(), "topic", "Moving to product", "agenda", "Skills I lack"));
		assertThat(asked.status()).as(asked.body()).isEqualTo(302);
		String path = asked.location().replaceFirst("^https?://[^/]+", "");
		assertThat(path).startsWith("/toolbox/counselling/sessions/");

		WebSession counsellorSession = counsellor.session();
		WebSession.Page page = counsellorSession.get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(talent.name(), "Moving to product", "schedule-form", "Requested");
		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("date", LocalDate.now().minusDays(3).toString());
		bad.put("startTime", "10:00");
		bad.put("endTime", "09:00");
		bad.put("place", "");
		bad.put("videoLink", "");
		bad.put("version", version(page.body()));
		WebSession.Page badSchedule = counsellorSession.post(path + "/schedule", page, bad);
		assertThat(badSchedule.status()).isEqualTo(200);
		assertThat(badSchedule.body()).as("all errors at once").contains("The start cannot be in the past.",
				"The end comes after the start.", "Give a place or a video link.");
		Map<String, String> good = new LinkedHashMap<>(bad);
		good.put("date", LocalDate.now().plusDays(2).toString());
		good.put("endTime", "11:00");
		good.put("videoLink", "https://meet.example.com/abc");
		WebSession.Page scheduled = counsellorSession.post(path + "/schedule", page, good);
		assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(302);
		WebSession.Page withTime = talentSession.get(path);
		assertThat(withTime.body()).contains("Scheduled", "invite-link", "https://meet.example.com/abc", "cancel-form")
			.doesNotContain("schedule-form");

		this.history.backdate(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)), 5);
		WebSession.Page before = counsellorSession.get(path);
		WebSession.Page held = counsellorSession.post(path + "/held", before, Map.of("version", version(before.body())));
		assertThat(held.status()).isEqualTo(302);
		WebSession.Page heldPage = counsellorSession.get(path);
		assertThat(heldPage.body()).contains("Held", "notes-form", "follow-up-form");
		WebSession.Page noted = counsellorSession.post(path + "/notes", heldPage,
				Map.of("notes", "Strong in client work; worried about the pay gap", "version", version(heldPage.body())));
		assertThat(noted.status()).as(noted.body()).isEqualTo(302);
		WebSession.Page noFollowUp = counsellorSession.post(path + "/follow-ups", heldPage,
				Map.of("what", "", "dueOn", ""));
		assertThat(noFollowUp.status()).isEqualTo(200);
		assertThat(noFollowUp.body()).contains("Say what is to be done.", "Choose who does it.",
				"Choose by when it is to be done.");
		WebSession.Page followUp = counsellorSession.post(path + "/follow-ups", heldPage, Map.of("what",
				"Shadow the payments product owner", "owner", "TALENT", "dueOn", LocalDate.now().plusDays(9).toString()));
		assertThat(followUp.status()).as(followUp.body()).isEqualTo(302);

		WebSession.Page asTalent = talentSession.get(path);
		assertThat(asTalent.body()).contains("worried about the pay gap", "Shadow the payments product owner", "Mark done")
			.doesNotContain("notes-form");
		assertThat(talentSession.get("/toolbox/counselling").body()).contains("as-talent", "Moving to product")
			.doesNotContain("pay gap");
		assertThat(counsellorSession.get("/toolbox/counselling").body()).contains("as-counsellor", talent.name());
		WebSession.Page all = leadSession.get("/toolbox/counselling/all");
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).contains("Moving to product").doesNotContain("pay gap");
		assertThat(leadSession.get(path).body()).contains("pay gap");

		WebSession managerSession = manager.session();
		assertThat(managerSession.get(path).status()).as("the talent's manager does not counsel it").isEqualTo(404);
		assertThat(managerSession.get(path).body()).doesNotContain("pay gap");
		assertThat(managerSession.get("/toolbox/counselling").body()).doesNotContain("Moving to product");
		assertThat(managerSession.get("/toolbox/counselling/all").status()).isEqualTo(403);
		assertThat(managerSession.get("/toolbox/counselling/counsellors").body()).doesNotContain("counsellor-form");
		CounsellingPeople.Member admin = staff.hire(null, Role.ADMIN);
		assertThat(admin.session().get("/toolbox/counselling").status()).isEqualTo(403);
	}

	@Test
	void theTalentCancelsWithAReasonTheFormSaysWhenItIsMissing() {
		CounsellingPeople staff = new CounsellingPeople(this.port, this.people, this.accounts);
		CounsellingPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		CounsellingPeople.Member talent = staff.hire(null, Role.TALENT);
		counsellor(lead.api(), lead.personId());
		String id = CounsellingPeople.request(talent.api(), lead.personId(), "Feedback on my review");
		CounsellingPeople.schedule(lead.api(), id, LocalDateTime.now().plusDays(3).withNano(0), 30);
		WebSession session = talent.session();
		String path = "/toolbox/counselling/sessions/" + id;
		WebSession.Page page = session.get(path);
		WebSession.Page noReason = session.post(path + "/cancel", page, Map.of("reason", "", "version", version(page.body())));
		assertThat(noReason.status()).isEqualTo(200);
		assertThat(noReason.body()).contains("Say why it is cancelled.");
		WebSession.Page cancelled = session.post(path + "/cancel", page,
				Map.of("reason", "Covered in the retrospective", "version", version(page.body())));
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(302);
		assertThat(lead.session().get(path).body()).contains("Cancelled", "Covered in the retrospective",
				"Remove from my calendar");
		WebSession.Page ics = session.get(path + "/invite.ics");
		assertThat(ics.status()).isEqualTo(200);
		assertThat(ics.body()).contains("METHOD:CANCEL", "STATUS:CANCELLED");
	}

	@Test
	void theDemoUsersEachSeeTheirSessions() {
		for (String user : List.of("lead", "manager", "talent")) {
			WebSession session = WebSession.signIn(this.port, user, "demo");
			WebSession.Page mine = session.get("/toolbox/counselling");
			assertThat(mine.status()).as(user).isEqualTo(200);
			assertThat(mine.body()).as(user).contains("session-");
			assertThat(session.get("/toolbox").body()).as(user).contains("counselling-card");
		}
		WebSession lead = WebSession.signIn(this.port, "lead", "demo");
		assertThat(lead.get("/toolbox/counselling/all").body()).contains("Moving towards a product role", "Held",
				"Scheduled", "Requested", "Cancelled");
	}

	private static String version(String body) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"").matcher(body);
		if (m.find()) {
			return m.group(1);
		}
		m = java.util.regex.Pattern.compile("value=\"(\\d+)\"[^>]*name=\"version\"").matcher(body);
		return m.find() ? m.group(1) : "0";
	}

}

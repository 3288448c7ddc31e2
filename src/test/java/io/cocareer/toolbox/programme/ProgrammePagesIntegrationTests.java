package io.cocareer.toolbox.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.toolbox.programme.ProgrammePeople.cohort;
import static io.cocareer.toolbox.programme.ProgrammePeople.enrol;
import static io.cocareer.toolbox.programme.ProgrammePeople.programme;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every programme page as each role: the list (the talent lead's create form, every error at once),
 * a programme (tracks, modules, cohorts; a module without a title refused next to its field), a
 * cohort's grid (enrolling twice refused next to the picker; the participant sets their progress; a
 * manager sees their report's row only), my programmes, the toolbox card and the talent profile's
 * section for the demo users.
 */
@IntegrationTest
class ProgrammePagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Test
	void theLeadBuildsAProgrammeAndEnrolsTheParticipantKeepsTheirProgress() {
		ProgrammePeople staff = new ProgrammePeople(this.port, this.people, this.accounts);
		ProgrammePeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ProgrammePeople.Member manager = staff.hire(null, Role.MANAGER);
		ProgrammePeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		ProgrammePeople.Member colleague = staff.hire(null, Role.TALENT);
		WebSession leadSession = lead.session();

		WebSession.Page list = leadSession.get("/toolbox/programmes");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("programme-form");
		WebSession.Page unnamed = leadSession.post("/toolbox/programmes", list, Map.of("name", " ", "description", ""));
		assertThat(unnamed.status()).isEqualTo(200);
		assertThat(unnamed.body()).contains("Give the programme a name.");
		WebSession.Page created = leadSession.post("/toolbox/programmes", list,
				Map.of("name", "Pages programme", "description", "Grow"));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String path = created.location().replaceFirst("^https?://[^/]+", "");
		WebSession.Page page = leadSession.get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Pages programme", "track-form", "tracks-empty").doesNotContain("module-form");
		WebSession.Page tracked = leadSession.post(path + "/tracks", page, Map.of("kind", "LEADERSHIP", "name", "Leading people"));
		assertThat(tracked.status()).as(tracked.body()).isEqualTo(302);
		page = leadSession.get(path);
		assertThat(page.body()).contains("Leading people", "module-form", "cohort-form");
		String track = value(page.body(), "module-track");
		Map<String, String> untitled = new LinkedHashMap<>();
		untitled.put("track", track);
		untitled.put("title", "");
		untitled.put("effortHours", "0");
		untitled.put("_required", "on");
		WebSession.Page badModule = leadSession.post(path + "/modules", page, untitled);
		assertThat(badModule.status()).isEqualTo(200);
		assertThat(badModule.body()).as("every error at once").contains("Give the module a title.",
				"The effort is between 1 and 1000 hours.");
		Map<String, String> module = new LinkedHashMap<>(untitled);
		module.put("title", "Giving feedback");
		module.put("effortHours", "8");
		module.put("required", "true");
		assertThat(leadSession.post(path + "/modules", page, module).status()).isEqualTo(302);
		Map<String, String> badCohort = new LinkedHashMap<>();
		badCohort.put("track", track);
		badCohort.put("name", "");
		badCohort.put("startsOn", "2027-03-01");
		badCohort.put("endsOn", "2027-01-01");
		WebSession.Page refusedCohort = leadSession.post(path + "/cohorts", page, badCohort);
		assertThat(refusedCohort.status()).isEqualTo(200);
		assertThat(refusedCohort.body()).contains("Give the cohort a name.", "The end comes after the start.");
		badCohort.put("name", "Cohort P");
		badCohort.put("startsOn", java.time.LocalDate.now().toString());
		badCohort.put("endsOn", "");
		badCohort.put("capacity", "5");
		WebSession.Page cohortCreated = leadSession.post(path + "/cohorts", page, badCohort);
		assertThat(cohortCreated.status()).as(cohortCreated.body()).isEqualTo(302);
		String cohortPath = cohortCreated.location().replaceFirst("^https?://[^/]+", "");

		WebSession.Page cohort = leadSession.get(cohortPath);
		assertThat(cohort.status()).isEqualTo(200);
		assertThat(cohort.body()).contains("Cohort P", "enrol-form", "grid-empty");
		assertThat(leadSession.post(cohortPath + "/participants", cohort, Map.of("person", talent.employeeId())).status())
			.isEqualTo(302);
		WebSession.Page twice = leadSession.post(cohortPath + "/participants", cohort, Map.of("person", talent.employeeId()));
		assertThat(twice.status()).isEqualTo(200);
		assertThat(twice.body()).contains("This person is already in the cohort.");
		WebSession.Page notTalent = leadSession.post(cohortPath + "/participants", cohort,
				Map.of("person", manager.employeeId()));
		assertThat(notTalent.body()).contains("this person is not one");
		assertThat(leadSession.post(cohortPath + "/participants", cohort, Map.of("person", colleague.employeeId())).status())
			.isEqualTo(302);

		WebSession talentSession = talent.session();
		WebSession.Page own = talentSession.get(cohortPath);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains(talent.name(), "progress-grid", "name=\"state\"").doesNotContain(colleague.name());
		String action = action(own.body());
		WebSession.Page set = talentSession.post(action, own, Map.of("state", "COMPLETED"));
		assertThat(set.status()).as(set.body()).isEqualTo(302);
		assertThat(talentSession.get(cohortPath).body()).contains("Completed on");
		WebSession.Page mine = talentSession.get("/toolbox/programmes/mine");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains("Pages programme", "Cohort P");
		assertThat(talentSession.get("/toolbox/programmes").body()).doesNotContain("programme-form");
		assertThat(talentSession.get(path).body()).contains("Giving feedback").doesNotContain("track-form");

		WebSession managerSession = manager.session();
		WebSession.Page asManager = managerSession.get(cohortPath);
		assertThat(asManager.body()).contains(talent.name(), "hidden-rows").doesNotContain(colleague.name(), "name=\"state\"");
		assertThat(managerSession.get("/toolbox/programmes/mine").body()).contains("team-heading", talent.name());
		assertThat(staff.hire(null, Role.ADMIN).session().get("/toolbox/programmes").status()).isEqualTo(403);
	}

	@Test
	void theDemoUsersSeeTheProgrammesTheirCohortAndTheProfileSection() {
		for (String user : List.of("lead", "manager", "talent")) {
			WebSession session = WebSession.signIn(this.port, user, "demo");
			assertThat(session.get("/toolbox").body()).as(user).contains("programmes-card");
			WebSession.Page list = session.get("/toolbox/programmes");
			assertThat(list.status()).as(user).isEqualTo(200);
			assertThat(list.body()).as(user).contains("Leadership and expert development");
		}
		WebSession talent = WebSession.signIn(this.port, "talent", "demo");
		WebSession.Page mine = talent.get("/toolbox/programmes/mine");
		assertThat(mine.body()).contains("Leading people 2026/27", "2 of 5 modules completed", "Enrolled");
		WebSession.Page me = talent.get("/talents/me");
		assertThat(me.status()).isEqualTo(302);
		String profile = me.location().replaceFirst("^https?://[^/]+", "");
		assertThat(talent.get(profile).body()).contains("profile-programmes", "Leading people 2026/27");
		WebSession lead = WebSession.signIn(this.port, "lead", "demo");
		assertThat(lead.get(profile).body()).contains("profile-programmes");
		WebSession.Page programmes = lead.get("/toolbox/programmes");
		String programme = href(programmes.body(), "/toolbox/programmes/[0-9a-f-]{36}");
		WebSession.Page page = lead.get(programme);
		assertThat(page.body()).contains("Deep expertise 2025/26", "Leading people 2026/27");
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("href=\"(/toolbox/programmes/cohorts/[0-9a-f-]{36})\">Deep expertise 2025/26<")
			.matcher(page.body());
		assertThat(link.find()).isTrue();
		String ended = link.group(1);
		assertThat(lead.get(ended).body()).contains("Completed on", "Withdrew on");
	}

	private static String value(String body, String selectId) {
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("id=\"" + selectId + "\"[\\s\\S]*?<option value=\"([0-9a-f-]{36})\"")
			.matcher(body);
		assertThat(m.find()).as("an option of " + selectId).isTrue();
		return m.group(1);
	}

	private static String action(String body) {
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("action=\"(/toolbox/programmes/cohorts/[^\"]+/progress/[^\"]+)\"")
			.matcher(body);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private static String href(String body, String pattern) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(" + pattern + ")\"").matcher(body);
		assertThat(m.find()).as(pattern).isTrue();
		return m.group(1);
	}

}

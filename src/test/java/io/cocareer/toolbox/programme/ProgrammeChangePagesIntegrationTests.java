package io.cocareer.toolbox.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cocareer.toolbox.programme.ProgrammePeople.API;
import static io.cocareer.toolbox.programme.ProgrammePeople.body;
import static io.cocareer.toolbox.programme.ProgrammePeople.cohort;
import static io.cocareer.toolbox.programme.ProgrammePeople.enrol;
import static io.cocareer.toolbox.programme.ProgrammePeople.json;
import static io.cocareer.toolbox.programme.ProgrammePeople.programme;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The talent lead's change pages: every form shows all its problems at once next to their fields,
 * a stale form says so and shows the programme or cohort as it is now, a module with progress
 * keeps its place (the refusal says why), a track's kind is fixed once a cohort began; managers and
 * talents see no change control and are refused the change pages (403); the participant's profile
 * shows the renamed programme and cohort.
 */
@IntegrationTest
class ProgrammeChangePagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static String version(WebSession.Page page) {
		Matcher m = VERSION.matcher(page.body());
		assertThat(m.find()).as("a version on the page").isTrue();
		return m.group(1);
	}

	private static String path(WebSession.Page redirect) {
		assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
		return redirect.location().replaceFirst("^https?://[^/]+", "");
	}

	private static String moduleId(JsonNode programme, int index) {
		return programme.path("tracks").get(0).path("modules").get(index).path("id").asString();
	}

	@Test
	void theLeadChangesTheProgrammeItsTrackModulesAndCohortFromThePages() {
		ProgrammePeople staff = new ProgrammePeople(this.port, this.people, this.accounts);
		ProgrammePeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ProgrammePeople.Member talent = staff.hire(null, Role.TALENT);
		JsonNode programme = programme(lead.api(), "LEADERSHIP", 2);
		String id = programme.path("id").asString();
		String trackId = programme.path("tracks").get(0).path("id").asString();
		String first = moduleId(programme, 0);
		String second = moduleId(programme, 1);
		String elective = moduleId(programme, 2);
		String page = "/toolbox/programmes/" + id;
		WebSession session = lead.session();

		WebSession.Page shown = session.get(page);
		assertThat(shown.body()).contains("change-programme", "change-track-" + trackId, "change-module-" + first,
				"move-down-" + first, "remove-" + elective).doesNotContain("move-up-" + first, "move-down-" + elective);

		// the programme: all problems at once, then saved, then a stale form
		WebSession.Page form = session.get(page + "/edit");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("programme-change-form", programme.path("name").asString());
		String read = version(form);
		WebSession.Page bad = session.post(page, form, Map.of("name", " ", "description", "x".repeat(2001), "version", read));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).as("every problem next to its field").contains("Give the programme a name.",
				"This is too long.", "id=\"name-errors\"", "id=\"description-errors\"");
		assertThat(path(session.post(page, form, Map.of("name", "Leading with purpose", "description", "Six months", "version",
				read)))).isEqualTo(page);
		assertThat(session.get(page).body()).contains("Leading with purpose", "The programme is saved.");
		WebSession.Page stale = session.post(page, form, Map.of("name", "Lost change", "description", "", "version", read));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone changed this in the meantime")
			.as("the form as it is now").contains("value=\"Leading with purpose\"").doesNotContain("Lost change");
		assertThat(version(stale)).isNotEqualTo(read);
		WebSession.Page unversioned = session.post(page, form, Map.of("name", "No version"));
		assertThat(unversioned.status()).isEqualTo(200);
		assertThat(unversioned.body()).contains("Send the version this change is based on");

		// the track: its kind while no cohort began
		WebSession.Page trackForm = session.get(page + "/tracks/" + trackId + "/edit");
		assertThat(trackForm.body()).contains("track-change-form", "name=\"kind\"").doesNotContain("kind-fixed");
		WebSession.Page unnamedTrack = session.post(page + "/tracks/" + trackId, trackForm,
				Map.of("kind", "EXPERT", "name", "", "version", version(trackForm)));
		assertThat(unnamedTrack.body()).contains("Give the track a name.");
		assertThat(path(session.post(page + "/tracks/" + trackId, trackForm,
				Map.of("kind", "EXPERT", "name", "Deep expertise", "version", version(trackForm))))).startsWith(page);
		assertThat(session.get(page).body()).contains("Deep expertise", "Expert");

		// a module: title and effort refused at once, then saved
		WebSession.Page moduleForm = session.get(page + "/modules/" + first + "/edit");
		assertThat(moduleForm.body()).contains("module-change-form", "Module 1");
		Map<String, String> untitled = new LinkedHashMap<>();
		untitled.put("title", "");
		untitled.put("effortHours", "0");
		untitled.put("version", version(moduleForm));
		WebSession.Page badModule = session.post(page + "/modules/" + first, moduleForm, untitled);
		assertThat(badModule.status()).isEqualTo(200);
		assertThat(badModule.body()).contains("Give the module a title.", "The effort is between 1 and 1000 hours.");
		untitled.put("title", "Mapping your field");
		untitled.put("effortHours", "6");
		assertThat(path(session.post(page + "/modules/" + first, moduleForm, untitled))).startsWith(page);

		// moving and removing from the programme page
		shown = session.get(page);
		assertThat(path(session.post(page + "/modules/" + elective + "/move", shown,
				Map.of("direction", "UP", "version", version(shown))))).startsWith(page);
		shown = session.get(page);
		assertThat(shown.body()).contains("The module is moved.");
		assertThat(shown.body().indexOf("Elective")).isLessThan(shown.body().indexOf("Module 2"));
		WebSession.Page staleMove = session.get(path(session.post(page + "/modules/" + elective + "/move", shown,
				Map.of("direction", "UP", "version", "0"))));
		assertThat(staleMove.body()).contains("id=\"problem\"", "Someone changed this in the meantime");
		shown = session.get(page);
		assertThat(path(session.post(page + "/modules/" + elective + "/remove", shown,
				Map.of("version", version(shown))))).isEqualTo(page);
		assertThat(session.get(page).body()).contains("The module is removed").doesNotContain("Elective");

		// a cohort under way: a module with progress keeps its place and stays, the kind is fixed
		ApiClient api = lead.api();
		programme = api.get(API + "/" + id).json();
		String cohort = cohort(api, programme, null);
		String participant = enrol(api, cohort, talent.personId());
		assertThat(talent.api().put(API + "/cohorts/" + cohort + "/participants/" + participant + "/progress/" + first,
				json(body("state", "IN_PROGRESS"))).status()).isEqualTo(200);
		shown = session.get(page);
		assertThat(shown.body()).contains("module-kept-" + first, "Participants have progress on it")
			.doesNotContain("remove-" + first, "move-up-" + second);
		WebSession.Page refused = session.get(path(session.post(page + "/modules/" + second + "/move", shown,
				Map.of("direction", "UP", "version", version(shown)))));
		assertThat(refused.body()).contains("id=\"problem\"",
				"Participants have progress on &quot;Mapping your field&quot;: modules with progress keep their place");
		WebSession.Page notRemoved = session.get(path(session.post(page + "/modules/" + first + "/remove", shown,
				Map.of("version", version(shown)))));
		assertThat(notRemoved.body()).contains("it stays, so that their records stay whole");
		assertThat(notRemoved.body().indexOf("Mapping your field")).isLessThan(notRemoved.body().indexOf("Module 2"));
		trackForm = session.get(page + "/tracks/" + trackId + "/edit");
		assertThat(trackForm.body()).contains("kind-fixed", "A cohort of this track has begun").doesNotContain("name=\"kind\"");
		assertThat(path(session.post(page + "/tracks/" + trackId, trackForm,
				Map.of("name", "Expertise in depth", "version", version(trackForm))))).startsWith(page);
		WebSession.Page forcedKind = session.post(page + "/tracks/" + trackId, trackForm,
				Map.of("kind", "LEADERSHIP", "name", "Expertise in depth", "version", version(session.get(page + "/tracks/" + trackId + "/edit"))));
		assertThat(forcedKind.status()).isEqualTo(200);
		assertThat(forcedKind.body()).contains("A cohort of this track has begun: its kind stays");

		// the cohort: name and reversed dates refused at once, then saved, then a stale form
		String cohortPage = "/toolbox/programmes/cohorts/" + cohort;
		assertThat(session.get(cohortPage).body()).contains("change-cohort");
		WebSession.Page cohortForm = session.get(cohortPage + "/edit");
		assertThat(cohortForm.status()).isEqualTo(200);
		String cohortRead = version(cohortForm);
		Map<String, String> reversed = new LinkedHashMap<>();
		reversed.put("name", "");
		reversed.put("startsOn", "2027-03-01");
		reversed.put("endsOn", "2027-01-01");
		reversed.put("version", cohortRead);
		WebSession.Page badCohort = session.post(cohortPage, cohortForm, reversed);
		assertThat(badCohort.status()).isEqualTo(200);
		assertThat(badCohort.body()).contains("Give the cohort a name.", "The end comes after the start.",
				"id=\"name-errors\"", "id=\"endsOn-errors\"");
		reversed.put("name", "Cohort renamed");
		reversed.put("startsOn", LocalDate.now().minusDays(7).toString());
		reversed.put("endsOn", LocalDate.now().plusMonths(5).toString());
		assertThat(path(session.post(cohortPage, cohortForm, reversed))).isEqualTo(cohortPage);
		assertThat(session.get(cohortPage).body()).contains("Cohort renamed", "The cohort is saved.");
		reversed.put("name", "Lost cohort change");
		WebSession.Page staleCohort = session.post(cohortPage, cohortForm, reversed);
		assertThat(staleCohort.status()).isEqualTo(200);
		assertThat(staleCohort.body()).contains("Someone changed this in the meantime", "value=\"Cohort renamed\"")
			.doesNotContain("Lost cohort change");

		// the participant sees the renamed programme and cohort on their profile and in their programmes
		WebSession talentSession = talent.session();
		assertThat(talentSession.get("/toolbox/programmes/mine").body()).contains("Leading with purpose", "Cohort renamed");
		WebSession.Page profile = talentSession.get("/talents/" + talent.personId());
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.body()).contains("profile-programmes", "Cohort renamed");
	}

	@Test
	void managersAndTalentsSeeNoChangeControlAndAreRefusedTheChangePages() {
		ProgrammePeople staff = new ProgrammePeople(this.port, this.people, this.accounts);
		ProgrammePeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ProgrammePeople.Member manager = staff.hire(null, Role.MANAGER);
		ProgrammePeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		JsonNode programme = programme(lead.api(), "LEADERSHIP", 2);
		String id = programme.path("id").asString();
		String trackId = programme.path("tracks").get(0).path("id").asString();
		String module = moduleId(programme, 1);
		String cohort = cohort(lead.api(), programme, null);
		enrol(lead.api(), cohort, talent.personId());
		String page = "/toolbox/programmes/" + id;
		String cohortPage = "/toolbox/programmes/cohorts/" + cohort;
		String version = String.valueOf(lead.api().get(API + "/" + id).json().path("version").asLong());

		for (ProgrammePeople.Member other : List.of(manager, talent)) {
			WebSession session = other.session();
			WebSession.Page shown = session.get(page);
			assertThat(shown.status()).as(other.username()).isEqualTo(200);
			assertThat(shown.body()).as(other.username()).contains("Module 1")
				.doesNotContain("change-programme", "change-track-", "change-module-", "module-controls-", "move-up-",
						"move-down-", "remove-", "module-kept-", "track-form");
			WebSession.Page cohortShown = session.get(cohortPage);
			assertThat(cohortShown.status()).isEqualTo(200);
			assertThat(cohortShown.body()).doesNotContain("change-cohort");
			for (String edit : List.of(page + "/edit", page + "/tracks/" + trackId + "/edit",
					page + "/modules/" + module + "/edit", cohortPage + "/edit")) {
				assertThat(session.get(edit).status()).as(other.username() + " " + edit).isEqualTo(403);
			}
			assertThat(session.post(page, shown, Map.of("name", "Mine now", "version", version)).status()).isEqualTo(403);
			assertThat(session.post(page + "/tracks/" + trackId, shown, Map.of("name", "Mine now", "version", version))
				.status()).isEqualTo(403);
			assertThat(session.post(page + "/modules/" + module, shown, Map.of("title", "Mine now", "version", version))
				.status()).isEqualTo(403);
			assertThat(session.post(page + "/modules/" + module + "/move", shown,
					Map.of("direction", "UP", "version", version)).status()).isEqualTo(403);
			assertThat(session.post(page + "/modules/" + module + "/remove", shown, Map.of("version", version)).status())
				.isEqualTo(403);
			assertThat(session.post(cohortPage, cohortShown, Map.of("name", "Mine now", "startsOn",
					LocalDate.now().toString(), "version", "0")).status()).isEqualTo(403);
		}
		JsonNode after = lead.api().get(API + "/" + id).json();
		assertThat(String.valueOf(after.path("version").asLong())).as("nothing changed").isEqualTo(version);
		assertThat(after.toString()).doesNotContain("Mine now");
		assertThat(lead.api().get(API + "/cohorts/" + cohort).json().path("name").asString()).isEqualTo("Cohort A");
		WebSession leadSession = lead.session();
		assertThat(leadSession.get(page + "/modules/" + java.util.UUID.randomUUID() + "/edit").status()).isEqualTo(404);
		assertThat(leadSession.get(page + "/tracks/" + java.util.UUID.randomUUID() + "/edit").status()).isEqualTo(404);
	}

}

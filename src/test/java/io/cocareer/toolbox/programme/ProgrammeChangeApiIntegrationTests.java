package io.cocareer.toolbox.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cocareer.toolbox.programme.ProgrammePeople.API;
import static io.cocareer.toolbox.programme.ProgrammePeople.body;
import static io.cocareer.toolbox.programme.ProgrammePeople.cohort;
import static io.cocareer.toolbox.programme.ProgrammePeople.enrol;
import static io.cocareer.toolbox.programme.ProgrammePeople.json;
import static io.cocareer.toolbox.programme.ProgrammePeople.programme;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing development programmes over the API: the talent lead renames a programme, a track (and
 * its kind until a cohort began), a module, moves and removes modules without progress, renames a
 * cohort and moves its dates; every change names the version it was read at (stale: 409); bad input
 * is refused with problem+json; nobody else changes anything (403). Each test hires its own people.
 */
@IntegrationTest
class ProgrammeChangeApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	private ProgrammePeople staff() {
		return new ProgrammePeople(this.port, this.people, this.accounts);
	}

	private static JsonNode track(JsonNode programme) {
		return programme.path("tracks").get(0);
	}

	private static String moduleId(JsonNode programme, int index) {
		return track(programme).path("modules").get(index).path("id").asString();
	}

	private static List<String> titles(JsonNode programme) {
		List<String> titles = new ArrayList<>();
		for (JsonNode module : track(programme).path("modules")) {
			titles.add(module.path("position").asInt() + ". " + module.path("title").asString());
		}
		return titles;
	}

	private static long version(JsonNode programme) {
		return programme.path("version").asLong();
	}

	private static ApiClient.Response move(ApiClient client, String module, String direction, long version) {
		return client.post(API + "/modules/" + module + "/move", json(body("direction", direction, "version", version)));
	}

	private List<String> audited(String subjectId) {
		return this.jdbc.sql("select action from audit_entry where subject_id = ?").param(subjectId).query(String.class).list();
	}

	@Test
	void theLeadChangesAProgrammeItsTrackItsModulesAndACohortAndAStaleChangeIsRefused() {
		ProgrammePeople.Member lead = staff().hire(null, Role.TALENT_LEAD);
		ApiClient api = lead.api();
		JsonNode programme = programme(api, "LEADERSHIP", 2);
		String id = programme.path("id").asString();
		long read = version(programme);

		ApiClient.Response renamed = api.put(API + "/" + id,
				json(body("name", "  Leading with purpose ", "description", "Six months, two tracks", "version", read)));
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(renamed.json().path("name").asString()).isEqualTo("Leading with purpose");
		assertThat(renamed.json().path("description").asString()).isEqualTo("Six months, two tracks");
		assertThat(version(renamed.json())).isGreaterThan(read);
		ApiClient.Response stale = api.put(API + "/" + id, json(body("name", "Lost", "version", read)));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.isProblem()).isTrue();
		assertThat(stale.code()).isEqualTo("shared.conflict.stale");
		assertThat(api.get(API + "/" + id).json().path("name").asString()).as("nothing lost").isEqualTo("Leading with purpose");
		programme = renamed.json();

		ApiClient.Response unversioned = api.put(API + "/" + id, json(body("name", "No version")));
		assertThat(unversioned.status()).isEqualTo(400);
		assertThat(unversioned.code()).isEqualTo("shared.version.required");
		ApiClient.Response blank = api.put(API + "/" + id, json(body("name", "  ", "version", version(programme))));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.code()).isEqualTo("toolbox.programme.name.required");
		assertThat(api.put(API + "/" + id, json(body("name", "x".repeat(201), "version", version(programme)))).status())
			.isEqualTo(400);

		String trackId = track(programme).path("id").asString();
		assertThat(track(programme).path("mayChangeKind").asBoolean()).as("no cohort yet").isTrue();
		ApiClient.Response retracked = api.put(API + "/tracks/" + trackId,
				json(body("kind", "EXPERT", "name", "Deep expertise", "version", version(programme))));
		assertThat(retracked.status()).as(retracked.body()).isEqualTo(200);
		assertThat(track(retracked.json()).path("kind").asString()).isEqualTo("EXPERT");
		assertThat(track(retracked.json()).path("name").asString()).isEqualTo("Deep expertise");
		assertThat(version(retracked.json())).as("a track's change moves the programme's version").isGreaterThan(version(programme));
		assertThat(api.put(API + "/tracks/" + trackId, json(body("name", "Stale", "version", version(programme)))).code())
			.isEqualTo("shared.conflict.stale");
		programme = retracked.json();
		assertThat(api.put(API + "/tracks/" + trackId, json(body("name", "", "version", version(programme)))).code())
			.isEqualTo("toolbox.programme.track.nameRequired");

		ApiClient.Response described = api.put(API + "/modules/" + moduleId(programme, 0),
				json(body("title", "Mapping your field", "description", "Where it goes", "effortHours", 6, "version",
						version(programme))));
		assertThat(described.status()).as(described.body()).isEqualTo(200);
		JsonNode first = track(described.json()).path("modules").get(0);
		assertThat(first.path("title").asString()).isEqualTo("Mapping your field");
		assertThat(first.path("effortHours").asInt()).isEqualTo(6);
		assertThat(first.path("required").asBoolean()).as("whether it is required stays").isTrue();
		programme = described.json();
		ApiClient.Response untitled = api.put(API + "/modules/" + moduleId(programme, 0),
				json(body("title", " ", "effortHours", 0, "version", version(programme))));
		assertThat(untitled.status()).isEqualTo(400);
		assertThat(untitled.code()).isEqualTo("toolbox.programme.module.titleRequired");
		assertThat(api.put(API + "/modules/" + moduleId(programme, 0),
				json(body("title", "Fine", "effortHours", 1001, "version", version(programme)))).code())
			.isEqualTo("toolbox.programme.module.effortRange");
		assertThat(api.put(API + "/modules/" + moduleId(programme, 1),
				json(body("title", "Stale", "version", version(programme) - 1))).code()).isEqualTo("shared.conflict.stale");

		assertThat(titles(programme)).containsExactly("1. Mapping your field", "2. Module 2", "3. Elective");
		String elective = moduleId(programme, 2);
		ApiClient.Response up = move(api, elective, "UP", version(programme));
		assertThat(up.status()).as(up.body()).isEqualTo(200);
		programme = up.json();
		assertThat(titles(programme)).containsExactly("1. Mapping your field", "2. Elective", "3. Module 2");
		ApiClient.Response top = move(api, moduleId(programme, 0), "UP", version(programme));
		assertThat(top.status()).isEqualTo(409);
		assertThat(top.code()).isEqualTo("toolbox.programme.module.alreadyFirst");
		assertThat(move(api, moduleId(programme, 2), "DOWN", version(programme)).code())
			.isEqualTo("toolbox.programme.module.alreadyLast");
		assertThat(move(api, elective, "SIDEWAYS", version(programme)).status()).isEqualTo(400);
		assertThat(move(api, elective, "DOWN", version(programme) - 1).code()).isEqualTo("shared.conflict.stale");

		ApiClient.Response removed = api.delete(API + "/modules/" + elective + "?version=" + version(programme));
		assertThat(removed.status()).as(removed.body()).isEqualTo(200);
		programme = removed.json();
		assertThat(titles(programme)).as("the others close up").containsExactly("1. Mapping your field", "2. Module 2");
		assertThat(api.delete(API + "/modules/" + moduleId(programme, 0)).code()).isEqualTo("shared.version.required");
		assertThat(api.delete(API + "/modules/" + elective + "?version=" + version(programme)).code())
			.isEqualTo("toolbox.programme.module.notFound");

		String cohort = cohort(api, programme, 8);
		programme = api.get(API + "/" + id).json();
		assertThat(track(programme).path("mayChangeKind").asBoolean()).as("a cohort started today").isFalse();
		ApiClient.Response kindFixed = api.put(API + "/tracks/" + trackId,
				json(body("kind", "LEADERSHIP", "name", "Deep expertise", "version", version(programme))));
		assertThat(kindFixed.status()).isEqualTo(409);
		assertThat(kindFixed.code()).isEqualTo("toolbox.programme.track.kindFixed");
		ApiClient.Response sameKind = api.put(API + "/tracks/" + trackId,
				json(body("kind", "EXPERT", "name", "Expertise in depth", "version", version(programme))));
		assertThat(sameKind.status()).as("the name still changes").isEqualTo(200);
		assertThat(track(sameKind.json()).path("kind").asString()).isEqualTo("EXPERT");

		JsonNode cohortRead = api.get(API + "/cohorts/" + cohort).json();
		assertThat(cohortRead.path("mayChange").asBoolean()).isTrue();
		long cohortVersion = cohortRead.path("version").asLong();
		LocalDate start = LocalDate.now().plusDays(14);
		ApiClient.Response moved = api.put(API + "/cohorts/" + cohort, json(body("name", " Cohort B ", "startsOn",
				start.toString(), "endsOn", start.plusMonths(6).toString(), "version", cohortVersion)));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().path("name").asString()).isEqualTo("Cohort B");
		assertThat(moved.json().path("startsOn").asString()).isEqualTo(start.toString());
		assertThat(moved.json().path("capacity").asInt()).as("the capacity stays").isEqualTo(8);
		assertThat(moved.json().path("version").asLong()).isGreaterThan(cohortVersion);
		ApiClient.Response staleCohort = api.put(API + "/cohorts/" + cohort,
				json(body("name", "Lost", "startsOn", start.toString(), "version", cohortVersion)));
		assertThat(staleCohort.status()).isEqualTo(409);
		assertThat(staleCohort.code()).isEqualTo("shared.conflict.stale");
		cohortVersion = moved.json().path("version").asLong();
		ApiClient.Response reversed = api.put(API + "/cohorts/" + cohort, json(body("name", "Cohort B", "startsOn",
				start.toString(), "endsOn", start.minusDays(1).toString(), "version", cohortVersion)));
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.code()).isEqualTo("toolbox.programme.cohort.endBeforeStart");
		assertThat(api.put(API + "/cohorts/" + cohort, json(body("name", "Cohort B", "startsOn", start.toString(),
				"endsOn", start.toString(), "version", cohortVersion))).code())
			.as("as when creating one: the end comes after the start").isEqualTo("toolbox.programme.cohort.endBeforeStart");
		assertThat(api.put(API + "/cohorts/" + cohort, json(body("name", "", "startsOn", start.toString(), "version",
				cohortVersion))).code()).isEqualTo("toolbox.programme.cohort.nameRequired");
		assertThat(api.put(API + "/cohorts/" + cohort, json(body("name", "Cohort B", "version", cohortVersion))).code())
			.isEqualTo("toolbox.programme.cohort.startRequired");
		ApiClient.Response past = api.put(API + "/cohorts/" + cohort, json(body("name", "Cohort B", "startsOn",
				LocalDate.now().minusMonths(7).toString(), "endsOn", LocalDate.now().minusDays(1).toString(), "version",
				cohortVersion)));
		assertThat(past.status()).as("an end in the past is allowed, as when creating one").isEqualTo(200);
		ApiClient.Response open = api.put(API + "/cohorts/" + cohort, json(body("name", "Cohort B", "startsOn",
				start.toString(), "version", past.json().path("version").asLong())));
		assertThat(open.status()).isEqualTo(200);
		assertThat(open.json().path("endsOn").isNull()).as("no end: open").isTrue();
		assertThat(api.put(API + "/cohorts/" + UUID.randomUUID(), json(body("name", "x", "startsOn", start.toString(),
				"version", 0))).code()).isEqualTo("toolbox.programme.cohort.notFound");

		assertThat(audited(id)).contains("toolbox.programme.changed", "toolbox.programme.trackChanged",
				"toolbox.programme.moduleChanged", "toolbox.programme.moduleMoved", "toolbox.programme.moduleRemoved");
		assertThat(audited(cohort)).contains("toolbox.programme.cohortChanged");
	}

	@Test
	void modulesWithProgressKeepTheirPlaceAndStayAndRemovingOneCanCompleteAParticipant() {
		ProgrammePeople staff = staff();
		ProgrammePeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ProgrammePeople.Member talent = staff.hire(null, Role.TALENT);
		ApiClient api = lead.api();
		JsonNode programme = programme(api, "LEADERSHIP", 2);
		String first = moduleId(programme, 0);
		String second = moduleId(programme, 1);
		String elective = moduleId(programme, 2);
		String cohort = cohort(api, programme, null);
		String participant = enrol(api, cohort, talent.personId());
		String progress = API + "/cohorts/" + cohort + "/participants/" + participant + "/progress/";
		assertThat(talent.api().put(progress + first, json(body("state", "COMPLETED"))).status()).isEqualTo(200);
		assertThat(talent.api().put(progress + second, json(body("state", "IN_PROGRESS"))).status()).isEqualTo(200);
		programme = api.get(API + "/" + programme.path("id").asString()).json();

		JsonNode modules = track(programme).path("modules");
		assertThat(modules.get(0).path("mayRemove").asBoolean()).isFalse();
		assertThat(modules.get(1).path("mayMoveDown").asBoolean()).isFalse();
		assertThat(modules.get(2).path("mayMoveUp").asBoolean()).as("its neighbour has progress").isFalse();
		assertThat(modules.get(2).path("mayRemove").asBoolean()).isTrue();
		ApiClient.Response swap = move(api, second, "UP", version(programme));
		assertThat(swap.status()).isEqualTo(409);
		assertThat(swap.isProblem()).isTrue();
		assertThat(swap.code()).isEqualTo("toolbox.programme.module.moveWithProgress");
		assertThat(swap.json().path("detail").asString()).contains("Participants have progress on \"Module 2\"");
		ApiClient.Response intoProgress = move(api, elective, "UP", version(programme));
		assertThat(intoProgress.code()).as("nor does one swap places with it").isEqualTo("toolbox.programme.module.moveWithProgress");
		assertThat(intoProgress.json().path("detail").asString()).contains("Module 2");
		ApiClient.Response kept = api.delete(API + "/modules/" + first + "?version=" + version(programme));
		assertThat(kept.status()).isEqualTo(409);
		assertThat(kept.code()).isEqualTo("toolbox.programme.module.removeWithProgress");
		assertThat(kept.json().path("detail").asString()).contains("their records stay whole");
		assertThat(titles(api.get(API + "/" + programme.path("id").asString()).json())).as("nothing moved")
			.containsExactly("1. Module 1", "2. Module 2", "3. Elective");

		// set back to "not started", the second module carries no progress: it may go, and with it
		// the last required module the participant had not completed
		assertThat(talent.api().put(progress + second, json(body("state", "NOT_STARTED"))).status()).isEqualTo(200);
		programme = api.get(API + "/" + programme.path("id").asString()).json();
		assertThat(track(programme).path("modules").get(1).path("mayRemove").asBoolean()).isTrue();
		ApiClient.Response removed = api.delete(API + "/modules/" + second + "?version=" + version(programme));
		assertThat(removed.status()).as(removed.body()).isEqualTo(200);
		assertThat(titles(removed.json())).containsExactly("1. Module 1", "2. Elective");
		assertThat(this.jdbc.sql("select count(*) from toolbox_programme_progress where module_id = ?")
			.param(UUID.fromString(second)).query(Long.class).single()).isZero();
		JsonNode row = api.get(API + "/cohorts/" + cohort).json().path("rows").get(0);
		assertThat(row.path("status").asString()).as("every required module left is completed").isEqualTo("COMPLETED");
		assertThat(row.path("completedOn").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(row.path("progress")).hasSize(2);
		assertThat(talent.api().get(API + "/mine").json().path("mine").get(0).path("status").asString()).isEqualTo("COMPLETED");
	}

	@Test
	void onlyTheTalentLeadChangesAndOthersSeeNoWayTo() {
		ProgrammePeople staff = staff();
		ProgrammePeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ProgrammePeople.Member manager = staff.hire(null, Role.MANAGER);
		ProgrammePeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		ProgrammePeople.Member admin = staff.hire(null, Role.ADMIN);
		JsonNode programme = programme(lead.api(), "EXPERT", 1);
		String id = programme.path("id").asString();
		String trackId = track(programme).path("id").asString();
		String module = moduleId(programme, 1);
		String cohort = cohort(lead.api(), programme, null);
		enrol(lead.api(), cohort, talent.personId());
		programme = lead.api().get(API + "/" + id).json();
		long version = version(programme);
		long cohortVersion = lead.api().get(API + "/cohorts/" + cohort).json().path("version").asLong();

		for (ProgrammePeople.Member other : List.of(manager, talent)) {
			ApiClient api = other.api();
			JsonNode seen = api.get(API + "/" + id).json();
			assertThat(seen.path("mayManage").asBoolean()).isFalse();
			assertThat(track(seen).path("mayChangeKind").asBoolean()).isFalse();
			for (JsonNode m : track(seen).path("modules")) {
				assertThat(m.path("mayMoveUp").asBoolean() || m.path("mayMoveDown").asBoolean()
						|| m.path("mayRemove").asBoolean()).as("no control for " + other.username()).isFalse();
			}
			assertThat(api.get(API + "/cohorts/" + cohort).json().path("mayChange").asBoolean()).isFalse();
			List<ApiClient.Response> refused = List.of(
					api.put(API + "/" + id, json(body("name", "Mine now", "version", version))),
					api.put(API + "/tracks/" + trackId, json(body("name", "Mine now", "version", version))),
					api.put(API + "/modules/" + module, json(body("title", "Mine now", "version", version))),
					move(api, module, "UP", version),
					api.delete(API + "/modules/" + module + "?version=" + version),
					api.put(API + "/cohorts/" + cohort, json(body("name", "Mine now", "startsOn",
							LocalDate.now().toString(), "version", cohortVersion))));
			for (ApiClient.Response response : refused) {
				assertThat(response.status()).as(other.username() + ": " + response.body()).isEqualTo(403);
				assertThat(response.isProblem()).isTrue();
				assertThat(response.code()).isEqualTo("toolbox.programme.denied.change");
			}
		}
		assertThat(admin.api().put(API + "/" + id, json(body("name", "Mine now", "version", version))).status())
			.isEqualTo(403);
		assertThat(ApiClient.anonymous(this.port).put(API + "/" + id, json(body("name", "Mine now", "version", version)))
			.status()).isEqualTo(401);
		JsonNode after = lead.api().get(API + "/" + id).json();
		assertThat(version(after)).as("nothing changed").isEqualTo(version);
		assertThat(titles(after)).doesNotContain("2. Mine now");
		assertThat(lead.api().get(API + "/cohorts/" + cohort).json().path("name").asString()).isEqualTo("Cohort A");

		assertThat(lead.api().put(API + "/tracks/" + UUID.randomUUID(), json(body("name", "x", "version", 0))).code())
			.isEqualTo("toolbox.programme.track.notFound");
		assertThat(lead.api().put(API + "/modules/" + UUID.randomUUID(), json(body("title", "x", "version", 0))).code())
			.isEqualTo("toolbox.programme.module.notFound");
		assertThat(lead.api().put(API + "/" + UUID.randomUUID(), json(body("name", "x", "version", 0))).code())
			.isEqualTo("toolbox.programme.notFound");
	}

}

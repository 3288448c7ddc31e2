package io.cocareer.toolbox.programme;

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
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;

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
import static org.awaitility.Awaitility.await;

/**
 * Development programmes over the API: the talent lead builds a programme (tracks, modules in order,
 * cohorts), enrols talents, the participant keeps their progress up to completion, withdrawal keeps
 * history; progress is the participant's, their manager's and the talent lead's only; bad input
 * refused with problem+json; erasure. Each test hires its own people.
 */
@IntegrationTest
class ProgrammeApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ToolboxFigures> figures;

	private ProgrammePeople staff() {
		return new ProgrammePeople(this.port, this.people, this.accounts);
	}

	private static String module(JsonNode programme, int index) {
		return programme.path("tracks").get(0).path("modules").get(index).path("id").asString();
	}

	private static ApiClient.Response progress(ApiClient client, String cohort, String participant, String module,
			String state) {
		return client.put(API + "/cohorts/" + cohort + "/participants/" + participant + "/progress/" + module,
				json(body("state", state)));
	}

	private static JsonNode row(JsonNode cohort, String participantId) {
		for (JsonNode row : cohort.path("rows")) {
			if (row.path("id").asString().equals(participantId)) {
				return row;
			}
		}
		return null;
	}

	@Test
	void theLeadBuildsAProgrammeTheParticipantCompletesItAndWithdrawingKeepsHistory() {
		ProgrammePeople staff = staff();
		ProgrammePeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ProgrammePeople.Member manager = staff.hire(null, Role.MANAGER);
		ProgrammePeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		ProgrammePeople.Member other = staff.hire(null, Role.TALENT);

		JsonNode programme = programme(lead.api(), "LEADERSHIP", 2);
		JsonNode modules = programme.path("tracks").get(0).path("modules");
		assertThat(modules).hasSize(3);
		assertThat(modules.get(0).path("position").asInt()).isEqualTo(1);
		assertThat(modules.get(2).path("required").asBoolean()).as("the last is elective").isFalse();
		assertThat(talent.api().get(API).body()).as("the catalogue is for all staff").contains(programme.path("id").asString());
		String cohort = cohort(lead.api(), programme, 10);
		String participant = enrol(lead.api(), cohort, talent.personId());
		String otherParticipant = enrol(lead.api(), cohort, other.personId());
		assertThat(this.jdbc.sql("select count(*) from notification where kind = 'toolbox.programme.enrolled' and link = ?")
			.param("/toolbox/programmes/cohorts/" + cohort).query(Long.class).single()).as("each is told").isEqualTo(2);

		assertThat(progress(talent.api(), cohort, participant, module(programme, 0), "IN_PROGRESS").status())
			.isEqualTo(200);
		assertThat(progress(talent.api(), cohort, participant, module(programme, 0), "COMPLETED").status())
			.isEqualTo(200);
		ApiClient.Response last = progress(lead.api(), cohort, participant, module(programme, 1), "COMPLETED");
		assertThat(last.status()).as(last.body()).isEqualTo(200);
		JsonNode done = row(last.json(), participant);
		assertThat(done.path("status").asString()).as("every required module done, the elective not needed")
			.isEqualTo("COMPLETED");
		assertThat(done.path("completedOn").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(done.path("progress").get(2).path("state").asString()).isEqualTo("NOT_STARTED");
		ApiClient.Response back = progress(talent.api(), cohort, participant, module(programme, 1), "IN_PROGRESS");
		assertThat(row(back.json(), participant).path("status").asString()).as("no longer complete").isEqualTo("ENROLLED");
		progress(talent.api(), cohort, participant, module(programme, 1), "COMPLETED");

		JsonNode mine = talent.api().get(API + "/mine").json().path("mine");
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).path("status").asString()).isEqualTo("COMPLETED");
		assertThat(mine.get(0).path("completedModules").asInt()).isEqualTo(2);
		assertThat(manager.api().get(API + "/mine").json().path("team").get(0).path("personId").asString())
			.as("a manager sees their team's").isEqualTo(talent.personId().toString());

		progress(lead.api(), cohort, otherParticipant, module(programme, 0), "COMPLETED");
		ApiClient.Response withdrawn = lead.api()
			.post(API + "/cohorts/" + cohort + "/participants/" + otherParticipant + "/withdraw", "{}");
		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
		JsonNode kept = row(withdrawn.json(), otherParticipant);
		assertThat(kept.path("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(kept.path("progress").get(0).path("state").asString()).as("the history stays").isEqualTo("COMPLETED");
		assertThat(withdrawn.json().path("enrolled").asInt()).as("a withdrawal frees a place").isEqualTo(1);
		ApiClient.Response after = progress(lead.api(), cohort, otherParticipant, module(programme, 1), "COMPLETED");
		assertThat(after.status()).isEqualTo(409);
		assertThat(after.code()).isEqualTo("toolbox.programme.rule.withdrawn");

		List<ToolboxFigure> figures = this.figures.stream()
			.filter((f) -> f.sectionKey().equals("toolbox.practice.DEVELOPMENT_PROGRAMMES"))
			.findFirst()
			.orElseThrow()
			.figures();
		assertThat(figures).extracting(ToolboxFigure::key)
			.containsExactly("programme.participants.inProgress", "programme.completions.12m", "programme.completion.rate");
	}

	@Test
	void progressIsTheParticipantsTheirManagersAndTheLeadsOnly() {
		ProgrammePeople staff = staff();
		ProgrammePeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ProgrammePeople.Member manager = staff.hire(null, Role.MANAGER);
		ProgrammePeople.Member otherManager = staff.hire(null, Role.MANAGER);
		ProgrammePeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		ProgrammePeople.Member colleague = staff.hire(otherManager.personId(), Role.TALENT);
		ProgrammePeople.Member admin = staff.hire(null, Role.ADMIN);
		ProgrammePeople.Member alumnus = staff.hire(null, Role.ALUMNUS);
		JsonNode programme = programme(lead.api(), "EXPERT", 2);
		String cohort = cohort(lead.api(), programme, null);
		String participant = enrol(lead.api(), cohort, talent.personId());
		String colleagueParticipant = enrol(lead.api(), cohort, colleague.personId());

		assertThat(lead.api().get(API + "/cohorts/" + cohort).json().path("rows")).hasSize(2);
		JsonNode asManager = manager.api().get(API + "/cohorts/" + cohort).json();
		assertThat(asManager.path("rows")).hasSize(1);
		assertThat(asManager.path("rows").get(0).path("personId").asString()).isEqualTo(talent.personId().toString());
		assertThat(asManager.path("rows").get(0).path("mayUpdate").asBoolean()).as("a manager reads, does not update")
			.isFalse();
		assertThat(asManager.path("hidden").asInt()).isEqualTo(1);
		JsonNode asTalent = talent.api().get(API + "/cohorts/" + cohort).json();
		assertThat(asTalent.path("rows")).hasSize(1);
		assertThat(asTalent.toString()).doesNotContain(colleague.personId().toString(), colleague.name());
		assertThat(otherManager.api().get(API + "/cohorts/" + cohort).body()).doesNotContain(talent.name());

		assertThat(progress(colleague.api(), cohort, participant, module(programme, 0), "COMPLETED").status())
			.as("another participant's row does not exist for them").isEqualTo(404);
		assertThat(progress(otherManager.api(), cohort, participant, module(programme, 0), "COMPLETED").status())
			.isEqualTo(404);
		assertThat(progress(manager.api(), cohort, participant, module(programme, 0), "COMPLETED").status())
			.as("the manager reads their report's progress, the participant and the lead keep it").isEqualTo(403);
		assertThat(talent.api().post(API + "/cohorts/" + cohort + "/participants/" + colleagueParticipant + "/withdraw",
				"{}").status()).isEqualTo(404);
		assertThat(talent.api().post(API + "/cohorts/" + cohort + "/participants/" + participant + "/withdraw", "{}")
			.status()).as("the lead withdraws").isEqualTo(403);
		assertThat(manager.api().post(API, json(body("name", "Mine"))).status()).isEqualTo(403);
		assertThat(talent.api().post(API + "/cohorts/" + cohort + "/participants",
				json(body("personId", talent.personId()))).status()).isEqualTo(403);
		assertThat(admin.api().get(API).status()).as("administrators read no careers").isEqualTo(403);
		assertThat(alumnus.api().get(API + "/cohorts/" + cohort).status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(this.port).get(API).status()).isEqualTo(401);
		assertThat(lead.api().get(API + "/cohorts/" + UUID.randomUUID()).code()).isEqualTo("toolbox.programme.cohort.notFound");
		assertThat(lead.api().get(API + "/" + UUID.randomUUID()).code()).isEqualTo("toolbox.programme.notFound");

		List<String> details = this.jdbc.sql("select coalesce(details, '') from audit_entry where subject_id = ?")
			.param(cohort)
			.query(String.class)
			.list();
		assertThat(details).isNotEmpty();
		assertThat(String.join(" ", details)).doesNotContain(talent.name(), colleague.name());
	}

	@Test
	void badInputIsRefusedWithProblemsAndNothingIsStored() {
		ProgrammePeople staff = staff();
		ProgrammePeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ProgrammePeople.Member manager = staff.hire(null, Role.MANAGER);
		ProgrammePeople.Member first = staff.hire(null, Role.TALENT);
		ProgrammePeople.Member second = staff.hire(null, Role.TALENT);
		ProgrammePeople.Member third = staff.hire(null, Role.TALENT);
		JsonNode programme = programme(lead.api(), "LEADERSHIP", 1);
		String track = programme.path("tracks").get(0).path("id").asString();
		long modules = this.jdbc.sql("select count(*) from toolbox_programme_module").query(Long.class).single();

		ApiClient.Response untitled = lead.api().post(API + "/tracks/" + track + "/modules", json(body("title", " ")));
		assertThat(untitled.status()).isEqualTo(400);
		assertThat(untitled.isProblem()).isTrue();
		assertThat(untitled.code()).isEqualTo("toolbox.programme.module.titleRequired");
		assertThat(lead.api().post(API + "/tracks/" + track + "/modules", json(body("title", "x", "effortHours", 0))).code())
			.isEqualTo("toolbox.programme.module.effortRange");
		assertThat(lead.api().post(API + "/tracks/" + UUID.randomUUID() + "/modules", json(body("title", "x"))).status())
			.isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from toolbox_programme_module").query(Long.class).single())
			.isEqualTo(modules);
		assertThat(lead.api().post(API, "{}").status()).isEqualTo(400);
		assertThat(lead.api().post(API, json(body("name", "  "))).code()).isEqualTo("toolbox.programme.name.required");
		assertThat(lead.api().post(API + "/" + programme.path("id").asString() + "/tracks",
				json(body("kind", "MANAGEMENT", "name", "x"))).status()).isEqualTo(400);
		assertThat(lead.api().post(API + "/tracks/" + track + "/cohorts", json(body("name", "x", "startsOn",
				LocalDate.now().toString(), "endsOn", LocalDate.now().minusDays(1).toString()))).code())
			.isEqualTo("toolbox.programme.cohort.endBeforeStart");
		assertThat(lead.api().post(API + "/tracks/" + track + "/cohorts", json(body("name", "x", "startsOn",
				LocalDate.now().toString(), "capacity", 0))).code()).isEqualTo("toolbox.programme.cohort.capacityRange");

		String cohort = cohort(lead.api(), programme, 2);
		String participant = enrol(lead.api(), cohort, first.personId());
		ApiClient.Response twice = lead.api().post(API + "/cohorts/" + cohort + "/participants",
				json(body("personId", first.personId())));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.code()).isEqualTo("toolbox.programme.enrol.already");
		assertThat(lead.api().post(API + "/cohorts/" + cohort + "/participants", json(body("personId", manager.personId())))
			.code()).as("a manager is no talent").isEqualTo("toolbox.programme.enrol.notATalent");
		assertThat(lead.api().post(API + "/cohorts/" + cohort + "/participants", json(body("personId", UUID.randomUUID())))
			.code()).isEqualTo("toolbox.programme.enrol.notATalent");
		enrol(lead.api(), cohort, second.personId());
		ApiClient.Response full = lead.api().post(API + "/cohorts/" + cohort + "/participants",
				json(body("personId", third.personId())));
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.code()).isEqualTo("toolbox.programme.enrol.full");
		assertThat(lead.api().get(API + "/cohorts/" + cohort).json().path("enrolled").asInt()).isEqualTo(2);
		assertThat(progress(first.api(), cohort, participant, UUID.randomUUID().toString(), "COMPLETED").code())
			.isEqualTo("toolbox.programme.progress.moduleUnknown");
		assertThat(progress(first.api(), cohort, participant, module(programme, 0), "DONE").status()).isEqualTo(400);
		assertThat(first.api().put(API + "/cohorts/" + cohort + "/participants/" + participant + "/progress/"
				+ module(programme, 0), "{}").status()).isEqualTo(400);
	}

	@Test
	void leavingWithdrawsAndErasureRemovesTheParticipations() {
		ProgrammePeople staff = staff();
		ProgrammePeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ProgrammePeople.Member talent = staff.hire(null, Role.TALENT);
		ProgrammePeople.Member stays = staff.hire(null, Role.TALENT);
		JsonNode programme = programme(lead.api(), "LEADERSHIP", 2);
		String cohort = cohort(lead.api(), programme, null);
		String participant = enrol(lead.api(), cohort, talent.personId());
		enrol(lead.api(), cohort, stays.personId());
		progress(talent.api(), cohort, participant, module(programme, 0), "COMPLETED");

		this.people.recordLeaving(PeopleTestActors.HR, talent.personId(), LocalDate.now(), "Moving abroad");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "WITHDRAWN".equals(row(lead.api().get(API + "/cohorts/" + cohort).json(), participant)
				.path("status").asString()));
		this.people.erase(PeopleTestActors.HR, talent.personId());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> row(lead.api().get(API + "/cohorts/" + cohort).json(), participant) == null);
		assertThat(this.jdbc.sql("select count(*) from toolbox_programme_participant where person_id = ?")
			.param(talent.personId()).query(Long.class).single()).isZero();
		assertThat(lead.api().get(API + "/cohorts/" + cohort).json().path("rows")).as("the others stay").hasSize(1);
	}

}

package io.cocareer.toolbox.counselling;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.toolbox.ToolboxFigures;
import io.cocareer.toolbox.counselling.internal.CounsellingBackdating;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cocareer.toolbox.counselling.CounsellingPeople.API;
import static io.cocareer.toolbox.counselling.CounsellingPeople.body;
import static io.cocareer.toolbox.counselling.CounsellingPeople.counsellor;
import static io.cocareer.toolbox.counselling.CounsellingPeople.json;
import static io.cocareer.toolbox.counselling.CounsellingPeople.request;
import static io.cocareer.toolbox.counselling.CounsellingPeople.schedule;
import static io.cocareer.toolbox.counselling.CounsellingPeople.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Career counselling over the API: a session requested, scheduled, moved, held, noted and followed
 * up; its invite parsed back; confidential to the talent, the counsellor and the talent lead on
 * every path (lists, the session, each change, audit and notices); bad input refused with
 * problem+json and nothing stored; erasure. Each test hires its own people.
 */
@IntegrationTest
class CounsellingApiIntegrationTests {

	private static final String NOTES = "Wants to become a product owner; worried about the pay gap";

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CounsellingBackdating history;

	@Autowired
	List<ToolboxFigures> figures;

	private CounsellingPeople staff() {
		return new CounsellingPeople(this.port, this.people, this.accounts);
	}

	private static LocalDateTime inDays(int days) {
		return LocalDateTime.now().plusDays(days).truncatedTo(ChronoUnit.HOURS).withHour(10);
	}

	/** A session of the talent with the counsellor, held (its start moved back a week) with notes. */
	private String held(CounsellingPeople.Member talent, CounsellingPeople.Member counsellor) {
		String id = request(talent.api(), counsellor.personId(), "Moving to product");
		assertThat(schedule(counsellor.api(), id, inDays(2), 60).status()).isEqualTo(200);
		this.history.backdate(UUID.fromString(id), 9);
		ApiClient.Response held = counsellor.api().post(API + "/sessions/" + id + "/held",
				json(body("version", version(counsellor.api(), id))));
		assertThat(held.status()).as(held.body()).isEqualTo(200);
		ApiClient.Response noted = counsellor.api().put(API + "/sessions/" + id + "/notes",
				json(body("notes", NOTES, "version", version(counsellor.api(), id))));
		assertThat(noted.status()).as(noted.body()).isEqualTo(200);
		return id;
	}

	@Test
	void aSessionIsRequestedScheduledMovedHeldNotedAndFollowedUp() {
		CounsellingPeople staff = staff();
		CounsellingPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		CounsellingPeople.Member counsellor = staff.hire(null, Role.MANAGER);
		CounsellingPeople.Member talent = staff.hire(null, Role.TALENT);
		counsellor(lead.api(), counsellor.personId());
		assertThat(talent.api().get(API + "/counsellors").body()).contains(counsellor.personId().toString());

		String id = request(talent.api(), counsellor.personId(), "Moving to product");
		JsonNode requested = counsellor.api().get(API + "/sessions/" + id).json();
		assertThat(requested.path("status").asString()).isEqualTo("REQUESTED");
		assertThat(requested.path("may").path("schedule").asBoolean()).isTrue();
		assertThat(talent.api().get(API + "/sessions/" + id).json().path("may").path("schedule").asBoolean())
			.as("the talent asks, the counsellor schedules").isFalse();
		assertThat(notices(id, "toolbox.counselling.requested")).as("the counsellor is told").isEqualTo(1);
		assertThat(talent.api().get(API + "/sessions/" + id + "/invite.ics").status()).as("no invite before a time")
			.isEqualTo(404);

		ApiClient.Response scheduled = schedule(counsellor.api(), id, inDays(3), 60);
		assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
		assertThat(scheduled.json().path("status").asString()).isEqualTo("SCHEDULED");
		assertThat(scheduled.json().path("sequence").asInt()).isZero();
		assertThat(notices(id, "toolbox.counselling.scheduled")).as("the talent is told").isEqualTo(1);
		ApiClient.Response moved = schedule(lead.api(), id, inDays(4), 45);
		assertThat(moved.json().path("sequence").asInt()).as("moving it bumps the invite's sequence").isEqualTo(1);
		assertThat(notices(id, "toolbox.counselling.rescheduled")).as("the talent lead moved it: both are told")
			.isEqualTo(2);
		ApiClient.Response agenda = talent.api().put(API + "/sessions/" + id + "/agenda",
				json(body("agenda", "Product skills; shadowing", "version", version(talent.api(), id))));
		assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
		ApiClient.Response early = counsellor.api().post(API + "/sessions/" + id + "/held",
				json(body("version", version(counsellor.api(), id))));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.code()).isEqualTo("toolbox.counselling.rule.notStartedYet");

		this.history.backdate(UUID.fromString(id), 10);
		ApiClient.Response held = counsellor.api().post(API + "/sessions/" + id + "/held",
				json(body("version", version(counsellor.api(), id))));
		assertThat(held.status()).as(held.body()).isEqualTo(200);
		assertThat(held.json().path("status").asString()).isEqualTo("HELD");
		long read = held.json().path("version").asLong();
		ApiClient.Response noted = counsellor.api().put(API + "/sessions/" + id + "/notes",
				json(body("notes", NOTES, "version", read)));
		assertThat(noted.status()).as(noted.body()).isEqualTo(200);
		ApiClient.Response stale = lead.api().put(API + "/sessions/" + id + "/notes",
				json(body("notes", "Overwrites what the counsellor wrote", "version", read)));
		assertThat(stale.status()).as("two writing at once: the second is told").isEqualTo(409);
		assertThat(talent.api().get(API + "/sessions/" + id).json().path("notes").asString()).isEqualTo(NOTES);
		assertThat(talent.api().put(API + "/sessions/" + id + "/notes",
				json(body("notes", "Mine", "version", version(talent.api(), id)))).status())
			.as("the talent reads the notes, does not write them").isEqualTo(403);

		ApiClient.Response added = counsellor.api().post(API + "/sessions/" + id + "/follow-ups",
				json(body("what", "Shadow the payments product owner", "owner", "TALENT", "dueOn",
						LocalDate.now().plusDays(7).toString())));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		String followUp = added.json().path("followUps").get(0).path("id").asString();
		ApiClient.Response done = talent.api().post(API + "/sessions/" + id + "/follow-ups/" + followUp + "/done", "{}");
		assertThat(done.status()).as("the talent marks their own done: " + done.body()).isEqualTo(200);
		assertThat(done.json().path("followUps").get(0).path("doneOn").asString()).isEqualTo(LocalDate.now().toString());

		JsonNode mine = talent.api().get(API + "/sessions").json();
		assertThat(mine.path("asTalent").get(0).path("id").asString()).isEqualTo(id);
		assertThat(mine.path("asTalent").get(0).path("notes").isNull()).as("lists carry no notes").isTrue();
		assertThat(counsellor.api().get(API + "/sessions").json().path("asCounsellor").get(0).path("id").asString())
			.isEqualTo(id);
		assertThat(lead.api().get(API + "/sessions/all").body()).contains(id).doesNotContain(NOTES);

		this.figures.stream()
			.filter((f) -> f.sectionKey().equals("toolbox.practice.COUNSELLING"))
			.findFirst()
			.orElseThrow()
			.figures()
			.forEach((figure) -> assertThat(figure.key()).startsWith("counselling."));
	}

	@Test
	void theInviteIsParsedBackWithAStableUidASequenceThatMovesAndACancel() throws Exception {
		CounsellingPeople staff = staff();
		CounsellingPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		CounsellingPeople.Member talent = staff.hire(null, Role.TALENT);
		counsellor(lead.api(), lead.personId());
		String id = request(talent.api(), lead.personId(), "Feedback on my review");
		LocalDateTime start = inDays(5);
		assertThat(schedule(lead.api(), id, start, 30).status()).isEqualTo(200);

		ApiClient.Response ics = talent.api().getRaw(API + "/sessions/" + id + "/invite.ics", "text/calendar");
		assertThat(ics.status()).isEqualTo(200);
		assertThat(ics.contentType()).startsWith("text/calendar");
		Calendar first = new CalendarBuilder().build(new StringReader(ics.body()));
		assertThat(first.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		VEvent event = first.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("counselling-" + id + "@cocareer");
		assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
		DtStart<Temporal> dtStart = event.getStartDate().orElseThrow();
		assertThat(java.time.Instant.from(dtStart.getDate()))
			.isEqualTo(start.atZone(ZoneId.systemDefault()).toInstant());
		assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Room 4.12");
		assertThat(ics.body()).doesNotContain("Where I want to be", "ORGANIZER:mailto:null");

		assertThat(schedule(lead.api(), id, start.plusDays(1), 30).status()).isEqualTo(200);
		Calendar moved = new CalendarBuilder()
			.build(new StringReader(talent.api().getRaw(API + "/sessions/" + id + "/invite.ics", "text/calendar").body()));
		VEvent movedEvent = moved.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(movedEvent.getProperty(Property.UID).orElseThrow().getValue()).as("the UID stays")
			.isEqualTo("counselling-" + id + "@cocareer");
		assertThat(movedEvent.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
		assertThat(java.time.Instant.from(movedEvent.getStartDate().orElseThrow().getDate()))
			.isEqualTo(start.plusDays(1).atZone(ZoneId.systemDefault()).toInstant());

		ApiClient.Response cancelled = talent.api().post(API + "/sessions/" + id + "/cancel",
				json(body("reason", "Covered in the retrospective", "version", version(talent.api(), id))));
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().path("cancelReason").asString()).isEqualTo("Covered in the retrospective");
		assertThat(notices(id, "toolbox.counselling.cancelled")).as("the counsellor is told").isEqualTo(1);
		Calendar cancel = new CalendarBuilder()
			.build(new StringReader(lead.api().getRaw(API + "/sessions/" + id + "/invite.ics", "text/calendar").body()));
		assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		VEvent cancelEvent = cancel.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(cancelEvent.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(cancelEvent.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
		assertThat(schedule(lead.api(), id, start, 30).code()).isEqualTo("toolbox.counselling.rule.closed");
	}

	@Test
	void onlyTheTalentTheCounsellorAndTheLeadSeeASessionOnEveryPath() {
		CounsellingPeople staff = staff();
		CounsellingPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		CounsellingPeople.Member manager = staff.hire(null, Role.MANAGER);
		CounsellingPeople.Member counsellor = staff.hire(null, Role.TALENT);
		CounsellingPeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		CounsellingPeople.Member otherTalent = staff.hire(manager.personId(), Role.TALENT);
		CounsellingPeople.Member admin = staff.hire(null, Role.ADMIN);
		CounsellingPeople.Member alumnus = staff.hire(null, Role.ALUMNUS);
		counsellor(lead.api(), counsellor.personId());
		String id = held(talent, counsellor);

		for (CounsellingPeople.Member reader : List.of(talent, counsellor, lead)) {
			ApiClient.Response read = reader.api().get(API + "/sessions/" + id);
			assertThat(read.status()).as(reader.username()).isEqualTo(200);
			assertThat(read.json().path("notes").asString()).as(reader.username()).isEqualTo(NOTES);
		}
		// the talent's own manager, who does not counsel it, finds nothing on any path
		for (CounsellingPeople.Member outsider : List.of(manager, otherTalent)) {
			ApiClient api = outsider.api();
			String who = outsider.username();
			assertThat(api.get(API + "/sessions/" + id).status()).as(who).isEqualTo(404);
			assertThat(api.get(API + "/sessions/" + id).code()).as(who).isEqualTo("toolbox.counselling.notFound");
			assertThat(api.get(API + "/sessions/" + id).body()).as(who).doesNotContain(NOTES);
			assertThat(api.get(API + "/sessions").body()).as(who).doesNotContain(id, NOTES);
			assertThat(api.get(API + "/sessions/all").status()).as(who).isEqualTo(403);
			assertThat(api.put(API + "/sessions/" + id + "/notes", json(body("notes", "x", "version", 1))).status())
				.as(who).isEqualTo(404);
			assertThat(api.post(API + "/sessions/" + id + "/cancel", json(body("reason", "x", "version", 1))).status())
				.as(who).isEqualTo(404);
			assertThat(api.post(API + "/sessions/" + id + "/follow-ups",
					json(body("what", "x", "owner", "TALENT", "dueOn", LocalDate.now().toString()))).status())
				.as(who).isEqualTo(404);
			assertThat(api.get(API + "/sessions/" + id + "/invite.ics").status()).as(who).isEqualTo(404);
			assertThat(api.post(API + "/counsellors", json(body("personId", outsider.personId()))).status())
				.as("the talent lead keeps the list").isEqualTo(403);
		}
		assertThat(manager.session().get("/toolbox/counselling/sessions/" + id).status()).isEqualTo(404);
		assertThat(manager.session().get("/toolbox/counselling/sessions/" + id).body()).doesNotContain(NOTES);
		assertThat(admin.api().get(API + "/sessions/" + id).status()).as("administrators read no careers").isEqualTo(403);
		assertThat(alumnus.api().get(API + "/sessions").status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(this.port).get(API + "/sessions").status()).isEqualTo(401);

		// the audit and the notices carry no words of it
		List<String> details = this.jdbc.sql("select action || ' ' || coalesce(details, '') from audit_entry where subject_id = ?")
			.param(id)
			.query(String.class)
			.list();
		assertThat(details).isNotEmpty().anySatisfy((d) -> assertThat(d).contains("toolbox.counselling.notesWritten"));
		assertThat(String.join(" ", details)).doesNotContain("product owner", "pay gap", "Moving to product");
		List<String> notices = this.jdbc.sql("select message_code || ' ' || arguments from notification where link = ?")
			.param("/toolbox/counselling/sessions/" + id)
			.query(String.class)
			.list();
		assertThat(notices).isNotEmpty().allSatisfy((n) -> assertThat(n).doesNotContain("product", "pay gap"));
		assertThat(this.jdbc.sql("select count(*) from notification n join account a on a.id = n.account_id where n.link = ? and a.person_id = ?")
			.param("/toolbox/counselling/sessions/" + id)
			.param(manager.personId())
			.query(Long.class)
			.single()).as("the talent's manager is told nothing").isZero();
	}

	@Test
	void badInputIsRefusedWithProblemsAndNothingIsStored() {
		CounsellingPeople staff = staff();
		CounsellingPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		CounsellingPeople.Member counsellor = staff.hire(null, Role.MANAGER);
		CounsellingPeople.Member notOnList = staff.hire(null, Role.MANAGER);
		CounsellingPeople.Member talent = staff.hire(null, Role.TALENT);
		CounsellingPeople.Member other = staff.hire(null, Role.TALENT);
		counsellor(lead.api(), counsellor.personId());
		long before = this.jdbc.sql("select count(*) from toolbox_counselling_session").query(Long.class).single();

		ApiClient.Response empty = talent.api().post(API + "/sessions", "{}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.isProblem()).isTrue();
		assertThat(empty.body()).contains("counsellorId", "topic");
		assertThat(talent.api().post(API + "/sessions", json(body("counsellorId", counsellor.personId(), "topic", "  ")))
			.code()).isEqualTo("toolbox.counselling.topic.required");
		assertThat(talent.api().post(API + "/sessions", json(body("counsellorId", notOnList.personId(), "topic", "x")))
			.code()).isEqualTo("toolbox.counselling.counsellor.notOnList");
		assertThat(talent.api().post(API + "/sessions", json(body("talentId", other.personId(), "counsellorId",
				counsellor.personId(), "topic", "For a colleague"))).code()).as("a talent asks for themselves")
			.isEqualTo("toolbox.counselling.talent.notYours");
		assertThat(counsellor.api().post(API + "/sessions", json(body("counsellorId", counsellor.personId(), "topic", "x")))
			.code()).isEqualTo("toolbox.counselling.counsellor.self");
		assertThat(talent.api().post(API + "/sessions", "{\"counsellorId\": \"nope\", \"topic\": 3}").status())
			.isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from toolbox_counselling_session").query(Long.class).single())
			.isEqualTo(before);

		String id = request(talent.api(), counsellor.personId(), "Moving to product");
		long version = version(counsellor.api(), id);
		String path = API + "/sessions/" + id + "/schedule";
		LocalDateTime start = inDays(2);
		assertThat(counsellor.api().put(path, json(body("startsAt", LocalDateTime.now().minusDays(1).toString(),
				"endsAt", LocalDateTime.now().minusDays(1).plusHours(1).toString(), "place", "Room", "version", version)))
			.code()).isEqualTo("toolbox.counselling.startsAt.past");
		assertThat(counsellor.api().put(path, json(body("startsAt", start.toString(), "endsAt",
				start.minusMinutes(30).toString(), "place", "Room", "version", version))).code())
			.isEqualTo("toolbox.counselling.endsAt.beforeStart");
		assertThat(counsellor.api().put(path, json(body("startsAt", start.toString(), "endsAt",
				start.plusHours(1).toString(), "version", version))).code()).isEqualTo("toolbox.counselling.place.required");
		assertThat(counsellor.api().put(path, json(body("startsAt", start.toString(), "endsAt",
				start.plusHours(1).toString(), "videoLink", "javascript:alert(1)", "version", version))).code())
			.isEqualTo("toolbox.counselling.videoLink.invalid");
		assertThat(counsellor.api().put(path, json(body("startsAt", "tomorrow", "endsAt", start.toString(),
				"version", version))).status()).isEqualTo(400);
		assertThat(talent.api().put(path, json(body("startsAt", start.toString(), "endsAt",
				start.plusHours(1).toString(), "place", "Room", "version", version))).status())
			.as("the talent does not schedule").isEqualTo(403);
		ApiClient.Response stale = counsellor.api().put(path, json(body("startsAt", start.toString(), "endsAt",
				start.plusHours(1).toString(), "place", "Room", "version", version + 3)));
		assertThat(stale.status()).isEqualTo(409);
		JsonNode unchanged = counsellor.api().get(API + "/sessions/" + id).json();
		assertThat(unchanged.path("status").asString()).isEqualTo("REQUESTED");
		assertThat(unchanged.path("startsAt").isNull()).isTrue();

		assertThat(talent.api().post(API + "/sessions/" + id + "/cancel", json(body("reason", " ", "version",
				version))).code()).isEqualTo("toolbox.counselling.reason.required");
		assertThat(counsellor.api().post(API + "/sessions/" + id + "/follow-ups", json(body("what", "x", "owner",
				"TALENT", "dueOn", LocalDate.now().plusDays(1).toString()))).code())
			.isEqualTo("toolbox.counselling.rule.followUpAfterHeld");
		String heldId = held(talent, counsellor);
		assertThat(counsellor.api().post(API + "/sessions/" + heldId + "/follow-ups", json(body("what", "Late", "owner",
				"TALENT", "dueOn", LocalDate.now().minusDays(2).toString()))).code())
			.isEqualTo("toolbox.counselling.followUp.duePast");
		assertThat(counsellor.api().post(API + "/sessions/" + heldId + "/follow-ups", json(body("what", "x", "owner",
				"SOMEONE", "dueOn", LocalDate.now().toString()))).status()).isEqualTo(400);
		assertThat(lead.api().post(API + "/counsellors", json(body("personId", UUID.randomUUID()))).code())
			.isEqualTo("toolbox.counselling.counsellor.notStaff");
		assertThat(lead.api().delete(API + "/counsellors/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void erasureDeletesTheTalentsSessionsAndUnnamesTheCounsellorWithTheNotes() {
		CounsellingPeople staff = staff();
		CounsellingPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		CounsellingPeople.Member counsellor = staff.hire(null, Role.MANAGER);
		CounsellingPeople.Member talent = staff.hire(null, Role.TALENT);
		CounsellingPeople.Member otherTalent = staff.hire(null, Role.TALENT);
		counsellor(lead.api(), counsellor.personId());
		String erasedTalents = held(talent, counsellor);
		String counselled = held(otherTalent, counsellor);

		String open = request(talent.api(), counsellor.personId(), "Still to schedule");
		this.people.recordLeaving(PeopleTestActors.HR, talent.personId(), LocalDate.now(), "Moving abroad");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> lead.api().get(API + "/sessions/" + open).json().path("status").asString().equals("CANCELLED"));
		assertThat(lead.api().get(API + "/sessions/" + erasedTalents).json().path("status").asString())
			.as("what was held stays until erasure").isEqualTo("HELD");
		this.people.erase(PeopleTestActors.HR, talent.personId());
		await().atMost(Duration.ofSeconds(10)).until(() -> lead.api().get(API + "/sessions/" + erasedTalents).status() == 404);
		assertThat(this.jdbc.sql("select count(*) from toolbox_counselling_session where talent_id = ?")
			.param(talent.personId()).query(Long.class).single()).isZero();

		this.people.recordLeaving(PeopleTestActors.HR, counsellor.personId(), LocalDate.now(), "Retired");
		this.people.erase(PeopleTestActors.HR, counsellor.personId());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> lead.api().get(API + "/sessions/" + counselled).json().path("counsellorId").isNull());
		JsonNode anonymised = otherTalent.api().get(API + "/sessions/" + counselled).json();
		assertThat(anonymised.path("notes").isNull()).as("the notes go with the counsellor").isTrue();
		assertThat(anonymised.path("status").asString()).isEqualTo("HELD");
		assertThat(this.jdbc.sql("select count(*) from toolbox_counselling_session where counsellor_id = ? or (id = ? and notes is not null)")
			.param(counsellor.personId()).param(UUID.fromString(counselled)).query(Long.class).single()).isZero();
		assertThat(lead.api().get(API + "/counsellors").body()).doesNotContain(counsellor.personId().toString());
	}

	private long notices(String sessionId, String kind) {
		return this.jdbc.sql("select count(*) from notification where kind = ? and link = ?")
			.param(kind)
			.param("/toolbox/counselling/sessions/" + sessionId)
			.query(Long.class)
			.single();
	}

}

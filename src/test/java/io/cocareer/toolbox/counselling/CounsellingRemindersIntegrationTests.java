package io.cocareer.toolbox.counselling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
import io.cocareer.toolbox.counselling.internal.CounsellingBackdating;
import io.cocareer.toolbox.counselling.internal.CounsellingDailyJob;

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

/**
 * The morning's reminders of counselling follow-ups due, run as the daily job runs them: the owner
 * of each follow-up due today or overdue and not done is told once (the talent theirs, the
 * counsellor theirs), nobody else, never someone who has left, not again on the next run; the
 * notice says no words of the session and shows as done once the follow-up is. Each test hires its
 * own people.
 */
@IntegrationTest
class CounsellingRemindersIntegrationTests {

	private static final String NOTES = "Worried about the pay gap after a move to product";

	private static final String TOPIC = "Moving to product";

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
	CounsellingDailyJob job;

	private CounsellingPeople staff() {
		return new CounsellingPeople(this.port, this.people, this.accounts);
	}

	@Test
	void theOwnerOfEachFollowUpDueIsToldOnceAndNobodyElse() {
		CounsellingPeople staff = staff();
		CounsellingPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		CounsellingPeople.Member counsellor = staff.hire(null, Role.MANAGER);
		CounsellingPeople.Member talent = staff.hire(null, Role.TALENT);
		counsellor(lead.api(), counsellor.personId());
		String id = held(talent, counsellor);
		String talentsOverdue = followUp(counsellor, id, "Update the development plan with the product course",
				"TALENT", 3);
		String counsellorsOverdue = followUp(counsellor, id, "Arrange shadowing with the payments team", "COUNSELLOR", 3);
		String later = followUp(counsellor, id, "Book the internal product course", "TALENT", 12);
		String done = followUp(counsellor, id, "Read the product handbook", "TALENT", 3);
		assertThat(talent.api().post(API + "/sessions/" + id + "/follow-ups/" + done + "/done", "{}").status())
			.isEqualTo(200);
		// five days later: the first three are two days overdue, the fourth is done, one more is due today
		this.history.backdate(UUID.fromString(id), 5);
		String counsellorsToday = followUp(counsellor, id, "Send the product owner's reading list", "COUNSELLOR", 0);

		morning();

		assertThat(remindersOf(talent)).as("the talent: their overdue follow-up, not the later nor the done one")
			.containsExactly(talentsOverdue);
		assertThat(remindersOf(counsellor)).as("the counsellor: their overdue one and the one due today")
			.containsExactlyInAnyOrder(counsellorsOverdue, counsellorsToday);
		assertThat(remindersOf(lead)).as("the talent lead owns none").isEmpty();
		assertThat(this.jdbc.sql("select count(*) from notification where dedup_key in (?, ?)")
			.param("toolbox.counselling.followUpDue." + later)
			.param("toolbox.counselling.followUpDue." + done)
			.query(Long.class)
			.single()).as("nobody is told of a follow-up not yet due or done").isZero();
		assertThat(this.jdbc.sql("select distinct link from notification where kind = 'toolbox.counselling.followUpDue'"
				+ " and dedup_key like ?").param("toolbox.counselling.followUpDue.%").query(String.class).list())
			.as("each leads to its session").contains("/toolbox/counselling/sessions/" + id);

		// the text the owners read names nothing of the session
		for (CounsellingPeople.Member owner : List.of(talent, counsellor)) {
			List<JsonNode> read = notifications(owner);
			assertThat(read).isNotEmpty().allSatisfy((n) -> {
				assertThat(n.path("link").asString()).isEqualTo("/toolbox/counselling/sessions/" + id);
				assertThat(n.path("text").asString()).isNotBlank()
					.doesNotContain(NOTES, TOPIC, "development plan", "shadowing", "reading list", talent.name(),
							counsellor.name());
				assertThat(n.path("arguments").size()).isZero();
				assertThat(n.path("asksForAction").asBoolean()).isTrue();
			});
		}

		// the next morning, nothing new
		long before = count("select count(*) from notification where kind = 'toolbox.counselling.followUpDue'");
		morning();
		assertThat(count("select count(*) from notification where kind = 'toolbox.counselling.followUpDue'"))
			.as("a second run sends nothing new").isEqualTo(before);
		assertThat(remindersOf(talent)).hasSize(1);
		assertThat(remindersOf(counsellor)).hasSize(2);

		// marking it done settles the reminder
		assertThat(talent.api().post(API + "/sessions/" + id + "/follow-ups/" + talentsOverdue + "/done", "{}").status())
			.isEqualTo(200);
		assertThat(notifications(talent)).singleElement()
			.satisfies((n) -> assertThat(n.path("doneAt").isNull()).as("done once the follow-up is").isFalse());
		assertThat(notifications(counsellor)).allSatisfy((n) -> assertThat(n.path("doneAt").isNull()).isTrue());
	}

	@Test
	void nobodyWhoHasLeftIsReminded() {
		CounsellingPeople staff = staff();
		CounsellingPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		CounsellingPeople.Member counsellor = staff.hire(null, Role.MANAGER);
		CounsellingPeople.Member leavingCounsellor = staff.hire(null, Role.MANAGER);
		CounsellingPeople.Member talent = staff.hire(null, Role.TALENT);
		CounsellingPeople.Member leavingTalent = staff.hire(null, Role.TALENT);
		counsellor(lead.api(), counsellor.personId());
		counsellor(lead.api(), leavingCounsellor.personId());
		String withLeavingTalent = held(leavingTalent, counsellor);
		String theirs = followUp(counsellor, withLeavingTalent, "Write down what was agreed", "TALENT", 0);
		String counsellorsOwn = followUp(counsellor, withLeavingTalent, "Ask the product team", "COUNSELLOR", 0);
		String withLeavingCounsellor = held(talent, leavingCounsellor);
		String leaversOwn = followUp(leavingCounsellor, withLeavingCounsellor, "Introduce the talent", "COUNSELLOR", 0);
		String talentsOwn = followUp(leavingCounsellor, withLeavingCounsellor, "Draft a plan", "TALENT", 0);
		// both leave; their accounts stay open as alumni, so only the job's own rule keeps them out
		leave(leavingTalent);
		leave(leavingCounsellor);

		morning();

		assertThat(remindersOf(leavingTalent)).as("a talent who left").isEmpty();
		assertThat(remindersOf(leavingCounsellor)).as("a counsellor who left").isEmpty();
		assertThat(this.jdbc.sql("select count(*) from notification where dedup_key in (?, ?)")
			.param("toolbox.counselling.followUpDue." + theirs)
			.param("toolbox.counselling.followUpDue." + leaversOwn)
			.query(Long.class)
			.single()).as("nobody else is told in their place").isZero();
		assertThat(remindersOf(counsellor)).as("who still works here is told of their own").containsExactly(counsellorsOwn);
		assertThat(remindersOf(talent)).containsExactly(talentsOwn);
	}

	/**
	 * Runs the daily job as a morning finds it: the scheduler lock of an earlier run (held for a
	 * minute at least, so that no other instance runs it again) has long run out.
	 */
	private void morning() {
		this.jdbc.sql("update shedlock set lock_until = locked_at where name = 'toolbox-counselling-reminders'").update();
		this.job.run();
	}

	/** A session of the talent with the counsellor, held (its start moved back a week) with notes. */
	private String held(CounsellingPeople.Member talent, CounsellingPeople.Member counsellor) {
		String id = request(talent.api(), counsellor.personId(), TOPIC);
		LocalDateTime start = LocalDateTime.now().plusDays(2).truncatedTo(ChronoUnit.HOURS).withHour(10);
		assertThat(schedule(counsellor.api(), id, start, 60).status()).isEqualTo(200);
		this.history.backdate(UUID.fromString(id), 7);
		ApiClient.Response held = counsellor.api().post(API + "/sessions/" + id + "/held",
				json(body("version", version(counsellor.api(), id))));
		assertThat(held.status()).as(held.body()).isEqualTo(200);
		ApiClient.Response noted = counsellor.api().put(API + "/sessions/" + id + "/notes",
				json(body("notes", NOTES, "version", version(counsellor.api(), id))));
		assertThat(noted.status()).as(noted.body()).isEqualTo(200);
		return id;
	}

	/** Agrees a follow-up due in so many days and answers its id. */
	private static String followUp(CounsellingPeople.Member counsellor, String sessionId, String what, String owner,
			int inDays) {
		ApiClient.Response added = counsellor.api().post(API + "/sessions/" + sessionId + "/follow-ups",
				json(body("what", what, "owner", owner, "dueOn", LocalDate.now().plusDays(inDays).toString())));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		for (JsonNode followUp : added.json().path("followUps")) {
			if (followUp.path("what").asString().equals(what)) {
				return followUp.path("id").asString();
			}
		}
		throw new AssertionError("The follow-up added is not in the session: " + added.body());
	}

	private void leave(CounsellingPeople.Member member) {
		this.people.recordLeaving(PeopleTestActors.HR, member.personId(), LocalDate.now(), "Left for a new role");
		this.accounts.openAlumniAccess(PersonId.of(member.personId()), "home." + member.username() + "@example.org");
	}

	/** The follow-ups the person was reminded of (from the dedup keys of their notifications). */
	private List<String> remindersOf(CounsellingPeople.Member member) {
		return this.jdbc.sql("""
				select n.dedup_key from notification n join account a on a.id = n.account_id
				where a.person_id = ? and n.kind = 'toolbox.counselling.followUpDue'""")
			.param(member.personId())
			.query(String.class)
			.list()
			.stream()
			.map((key) -> key.substring("toolbox.counselling.followUpDue.".length()))
			.toList();
	}

	/** The person's reminders of follow-ups as the notification API shows them (rendered text). */
	private List<JsonNode> notifications(CounsellingPeople.Member member) {
		JsonNode page = member.api().get("/api/v1/notifications?size=100").json();
		return page.path("items")
			.valueStream()
			.filter((n) -> n.path("kind").asString().equals("toolbox.counselling.followUpDue"))
			.toList();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}

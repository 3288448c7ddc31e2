package io.cocareer.alumni.conversation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.alumni.CareerHorizonSet;
import io.cocareer.alumni.conversation.internal.ConversationDailyJob;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.shared.TourId;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.TourEndedInGoodExit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.cocareer.alumni.conversation.ConversationPeople.API;
import static io.cocareer.alumni.conversation.ConversationPeople.body;
import static io.cocareer.alumni.conversation.ConversationPeople.json;
import static io.cocareer.alumni.conversation.ConversationPeople.schedule;
import static io.cocareer.alumni.conversation.ConversationPeople.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pre-emptive exit conversations over the API: scheduled, held and recorded, followed up and
 * closed; confidential to the talent, the talent lead and the holder on every path (the list, a
 * conversation, each change, audit and notices); bad input refused with problem+json and nothing
 * stored; the three triggers; leaving and erasure. Each test hires its own people.
 */
@IntegrationTest
class ConversationApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConversationDailyJob job;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	private ConversationPeople staff() {
		return new ConversationPeople(this.port, this.people, this.accounts);
	}

	private static String today(int plusDays) {
		return LocalDate.now().plusDays(plusDays).toString();
	}

	private void publish(Object event) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private ApiClient.Response record(ApiClient client, String id, String heldOn) {
		return client.put(API + "/" + id, json(body("heldOn", heldOn, "intention", "MAY_LEAVE", "horizonMonths", 9,
				"collaborations", "Freelance on the mobile app", "referrals", "Two iOS developers", "clientRelationships",
				"Contoso account", "knowledgeTransfer", "Release checklist", "version", version(client, id))));
	}

	@Test
	void aConversationIsScheduledHeldFollowedUpAndClosed() {
		ConversationPeople staff = staff();
		ConversationPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ConversationPeople.Member manager = staff.hire(null, Role.MANAGER);
		ConversationPeople.Member talent = staff.hire(manager.personId(), Role.TALENT);

		String id = schedule(lead.api(), talent.personId(), "MANAGER", today(3));
		JsonNode scheduled = manager.api().get(API + "/" + id).json();
		assertThat(scheduled.path("status").asString()).isEqualTo("SCHEDULED");
		assertThat(scheduled.path("holderId").asString()).as("held by the talent's manager")
			.isEqualTo(manager.personId().toString());
		assertThat(scheduled.path("mayEdit").asBoolean()).isTrue();
		assertThat(talent.api().get(API + "/" + id).json().path("mayEdit").asBoolean()).as("the talent reads").isFalse();
		assertThat(this.jdbc.sql("select count(*) from notification where kind = 'alumni.conversation.scheduled' and link = ?")
			.param("/alumni/conversations/" + id).query(Long.class).single()).as("the talent and the holder are told")
			.isEqualTo(2);

		ApiClient.Response held = record(manager.api(), id, today(0));
		assertThat(held.status()).as(held.body()).isEqualTo(200);
		assertThat(held.json().path("status").asString()).isEqualTo("HELD");
		assertThat(held.json().path("knowledgeTransfer").asString()).isEqualTo("Release checklist");

		ApiClient.Response added = manager.api().post(API + "/" + id + "/follow-ups",
				json(body("what", "Write the release checklist", "ownerId", talent.personId(), "dueOn", today(7))));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		JsonNode followUp = added.json().path("followUps").get(0);
		assertThat(followUp.path("ownerName").asString()).isEqualTo(talent.name());
		ApiClient.Response done = talent.api()
			.post(API + "/" + id + "/follow-ups/" + followUp.path("id").asString() + "/done", "{}");
		assertThat(done.status()).as("the owner marks their follow-up done: " + done.body()).isEqualTo(200);
		assertThat(done.json().path("followUps").get(0).path("doneOn").asString()).isEqualTo(today(0));

		ApiClient.Response closed = manager.api().post(API + "/" + id + "/close", json(body("version", version(manager.api(), id))));
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
		ApiClient.Response after = record(lead.api(), id, today(0));
		assertThat(after.status()).isEqualTo(409);
		assertThat(after.code()).isEqualTo("alumni.conversation.rule.closed");
	}

	@Test
	void onlyTheTalentTheLeadAndTheHolderSeeAConversationOnEveryPath() {
		ConversationPeople staff = staff();
		ConversationPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ConversationPeople.Member manager = staff.hire(null, Role.MANAGER);
		ConversationPeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		ConversationPeople.Member otherTalent = staff.hire(manager.personId(), Role.TALENT);
		ConversationPeople.Member admin = staff.hire(null, Role.ADMIN);
		ConversationPeople.Member alumnus = staff.hire(null, Role.ALUMNUS);
		// held by the lead: the talent's own manager does not hold it
		String id = schedule(lead.api(), talent.personId(), "TALENT_LEAD", today(2));
		ApiClient.Response held = record(lead.api(), id, today(0));
		assertThat(held.status()).as(held.body()).isEqualTo(200);
		String followUpId = lead.api().post(API + "/" + id + "/follow-ups",
				json(body("what", "Introduce a second contact", "ownerId", lead.personId(), "dueOn", today(5))))
			.json().path("followUps").get(0).path("id").asString();

		for (ConversationPeople.Member reader : List.of(talent, lead)) {
			assertThat(reader.api().get(API + "/" + id).status()).isEqualTo(200);
			assertThat(reader.api().get(API).body()).contains(id);
		}
		// an alumnus is kept off the staff API by the platform's gate (403) before the service is asked
		assertThat(alumnus.api().get(API + "/" + id).status()).isIn(403, 404);
		assertThat(alumnus.api().get(API).body()).doesNotContain(id, "Contoso");
		for (ConversationPeople.Member outsider : List.of(manager, otherTalent, admin)) {
			ApiClient api = outsider.api();
			String who = outsider.username();
			assertThat(api.get(API + "/" + id).status()).as(who).isEqualTo(404);
			assertThat(api.get(API + "/" + id).code()).as(who).isEqualTo("alumni.conversation.notFound");
			ApiClient.Response list = api.get(API);
			assertThat(list.body()).as(who).doesNotContain(id, "Contoso");
			assertThat(record(api, id, today(0)).status()).as(who).isIn(400, 404);
			assertThat(api.put(API + "/" + id, json(body("heldOn", today(0), "intention", "STAY", "horizonMonths", 1,
					"version", 0))).status()).as(who).isEqualTo(404);
			assertThat(api.post(API + "/" + id + "/follow-ups",
					json(body("what", "x", "ownerId", outsider.personId(), "dueOn", today(1)))).status()).as(who)
				.isEqualTo(404);
			assertThat(api.post(API + "/" + id + "/follow-ups/" + followUpId + "/done", "{}").status()).as(who)
				.isEqualTo(404);
			assertThat(api.post(API + "/" + id + "/close", json(body("version", 0))).status()).as(who).isEqualTo(404);
		}
		assertThat(admin.api().get(API).status()).as("administrators read no careers").isEqualTo(403);
		assertThat(alumnus.api().get(API).status()).isEqualTo(403);
		assertThat(manager.api().get(API).json().isArray()).isTrue();

		// the audit names no words of it; notices say only that it is scheduled
		List<String> details = this.jdbc.sql("select coalesce(details, '') from audit_entry where subject_id = ?")
			.param(id)
			.query(String.class)
			.list();
		assertThat(details).isNotEmpty();
		assertThat(String.join(" ", details)).doesNotContain("Contoso", "Freelance", "iOS", "checklist", "MAY_LEAVE",
				talent.name());
		List<String> notices = this.jdbc.sql("select message_code || ' ' || arguments from notification where link = ?")
			.param("/alumni/conversations/" + id)
			.query(String.class)
			.list();
		assertThat(notices).isNotEmpty().allSatisfy((n) -> assertThat(n).doesNotContain("Contoso", talent.name()));
	}

	@Test
	void badInputIsRefusedWithProblemsAndNothingIsStored() {
		ConversationPeople staff = staff();
		ConversationPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ConversationPeople.Member manager = staff.hire(null, Role.MANAGER);
		ConversationPeople.Member talent = staff.hire(manager.personId(), Role.TALENT);
		ConversationPeople.Member notMine = staff.hire(null, Role.TALENT);
		long before = this.jdbc.sql("select count(*) from alumni_conversation").query(Long.class).single();

		ApiClient.Response empty = lead.api().post(API, "{}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.isProblem()).isTrue();
		assertThat(empty.body()).contains("talentId", "scheduledOn");
		assertThat(lead.api().post(API, json(body("talentId", talent.personId(), "scheduledOn", today(-1)))).code())
			.isEqualTo("alumni.conversation.scheduledOn.past");
		assertThat(lead.api().post(API, json(body("talentId", manager.personId(), "scheduledOn", today(1)))).code())
			.as("a manager is no talent").isEqualTo("alumni.conversation.talent.notATalent");
		assertThat(lead.api().post(API, json(body("talentId", UUID.randomUUID(), "scheduledOn", today(1)))).code())
			.isEqualTo("alumni.conversation.talent.notATalent");
		assertThat(manager.api().post(API, json(body("talentId", notMine.personId(), "scheduledOn", today(1)))).code())
			.as("a manager schedules for their reports only").isEqualTo("alumni.conversation.talent.notYourReport");
		assertThat(talent.api().post(API, json(body("talentId", notMine.personId(), "scheduledOn", today(1)))).status())
			.isEqualTo(403);
		assertThat(lead.api().post(API, "{\"talentId\": \"nope\", \"scheduledOn\": \"tomorrow\"}").status()).isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from alumni_conversation").query(Long.class).single()).isEqualTo(before);

		String id = schedule(manager.api(), talent.personId(), "TALENT_LEAD", today(1));
		assertThat(manager.api().get(API + "/" + id).json().path("holderKind").asString()).as("a manager holds their own")
			.isEqualTo("MANAGER");
		long version = version(manager.api(), id);
		ApiClient.Response noIntention = manager.api().put(API + "/" + id,
				json(body("heldOn", today(0), "version", version)));
		assertThat(noIntention.status()).isEqualTo(400);
		assertThat(noIntention.code()).isEqualTo("alumni.conversation.intention.required");
		assertThat(manager.api().put(API + "/" + id, json(body("heldOn", today(1), "intention", "STAY", "horizonMonths", 3,
				"version", version))).code()).isEqualTo("alumni.conversation.heldOn.future");
		assertThat(manager.api().put(API + "/" + id, json(body("heldOn", today(0), "intention", "STAY", "horizonMonths", 500,
				"version", version))).code()).isEqualTo("alumni.conversation.horizon.range");
		assertThat(manager.api().put(API + "/" + id, json(body("heldOn", today(0), "intention", "SOMETIMES",
				"horizonMonths", 5, "version", version))).status()).isEqualTo(400);
		assertThat(manager.api().put(API + "/" + id, json(body("scheduledOn", today(4), "holder", "TALENT_LEAD",
				"version", version))).code()).as("the talent lead chooses the holder")
			.isEqualTo("alumni.conversation.holder.leadOnly");
		ApiClient.Response stale = manager.api().put(API + "/" + id, json(body("scheduledOn", today(4), "version", version + 7)));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(manager.api().get(API + "/" + id).json().path("scheduledOn").asString()).isEqualTo(today(1));
		assertThat(manager.api().post(API + "/" + id + "/follow-ups",
				json(body("what", "Tell a friend", "ownerId", notMine.personId(), "dueOn", today(3)))).code())
			.as("nobody outside the conversation owns a follow-up").isEqualTo("alumni.conversation.followUp.ownerOutside");
		assertThat(manager.api().post(API + "/" + id + "/follow-ups",
				json(body("what", "Late", "ownerId", talent.personId(), "dueOn", today(-3)))).code())
			.isEqualTo("alumni.conversation.followUp.duePast");
		assertThat(manager.api().post(API + "/" + id + "/close", json(body("version", version(manager.api(), id)))).code())
			.isEqualTo("alumni.conversation.rule.closeHeldOnly");
	}

	@Test
	void theYearlyRoundProposesOneForEveryTalentWithoutARecentConversationOnce() {
		ConversationPeople staff = staff();
		ConversationPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ConversationPeople.Member never = staff.hire(null, Role.TALENT);
		ConversationPeople.Member recent = staff.hire(null, Role.TALENT);
		String held = schedule(lead.api(), recent.personId(), "TALENT_LEAD", today(0));
		assertThat(record(lead.api(), held, today(0)).status()).isEqualTo(200);

		nextMorning();
		this.job.run();
		// the scheduler lock is held a minute after a run: without letting it go the second run would not run at all
		nextMorning();
		this.job.run();
		List<JsonNode> proposed = conversationsOf(lead.api(), never.personId());
		assertThat(proposed).hasSize(1);
		assertThat(proposed.get(0).path("status").asString()).isEqualTo("PROPOSED");
		assertThat(proposed.get(0).path("prompt").asString()).isEqualTo("YEARLY");
		assertThat(proposed.get(0).path("holderKind").asString()).isEqualTo("TALENT_LEAD");
		assertThat(proposed.get(0).path("dueOn").asString()).isEqualTo(today(30));
		assertThat(conversationsOf(lead.api(), recent.personId())).as("held in the last twelve months").hasSize(1);
		assertThat(never.api().get(API).body()).as("the talent sees their own").contains(proposed.get(0).path("id").asString());
	}

	@Test
	void aCareerHorizonAndATourEndingInAGoodExitEachProposeOneUnlessOneIsOpen() {
		ConversationPeople staff = staff();
		ConversationPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ConversationPeople.Member horizon = staff.hire(null, Role.TALENT);
		ConversationPeople.Member leaving = staff.hire(null, Role.TALENT);

		// the listeners run after commit on a thread of their own
		publish(new CareerHorizonSet(PersonId.of(horizon.personId()), 12, LocalDate.now()));
		await().atMost(Duration.ofSeconds(10)).until(() -> conversationsOf(lead.api(), horizon.personId()).size() == 1);
		publish(new CareerHorizonSet(PersonId.of(horizon.personId()), 6, LocalDate.now()));
		awaitPublished();
		List<JsonNode> prompted = conversationsOf(lead.api(), horizon.personId());
		assertThat(prompted).as("one, however often it is set").hasSize(1);
		assertThat(prompted.get(0).path("prompt").asString()).isEqualTo("CAREER_HORIZON");
		assertThat(prompted.get(0).path("dueOn").asString()).isEqualTo(today(14));
		assertThat(this.jdbc.sql("select count(*) from notification where kind = 'alumni.conversation.proposed' and link = ?")
			.param("/alumni/conversations/" + prompted.get(0).path("id").asString()).query(Long.class).single())
			.as("the talent leads are told").isPositive();

		publish(new TourEndedInGoodExit(TourId.of(UUID.randomUUID()), PersonId.of(leaving.personId()), LocalDate.now()));
		await().atMost(Duration.ofSeconds(10)).until(() -> conversationsOf(lead.api(), leaving.personId()).size() == 1);
		List<JsonNode> afterTour = conversationsOf(lead.api(), leaving.personId());
		assertThat(afterTour).hasSize(1);
		assertThat(afterTour.get(0).path("prompt").asString()).isEqualTo("TOUR_CLOSING");
		publish(new TourEndedInGoodExit(TourId.of(UUID.randomUUID()), PersonId.of(leaving.personId()), LocalDate.now()));
		awaitPublished();
		assertThat(conversationsOf(lead.api(), leaving.personId())).hasSize(1);
	}

	@Test
	void leavingCancelsWhatIsStillToHoldAndErasureRemovesTheWords() {
		ConversationPeople staff = staff();
		ConversationPeople.Member lead = staff.hire(null, Role.TALENT_LEAD);
		ConversationPeople.Member talent = staff.hire(null, Role.TALENT);
		String held = schedule(lead.api(), talent.personId(), "TALENT_LEAD", today(0));
		assertThat(record(lead.api(), held, today(0)).status()).isEqualTo(200);
		lead.api().post(API + "/" + held + "/follow-ups",
				json(body("what", "Hand over the Contoso account", "ownerId", talent.personId(), "dueOn", today(5))));
		publish(new CareerHorizonSet(PersonId.of(talent.personId()), 3, LocalDate.now()));
		await().atMost(Duration.ofSeconds(10)).until(() -> conversationsOf(lead.api(), talent.personId()).size() == 2);
		String open = conversationsOf(lead.api(), talent.personId()).stream()
			.filter((c) -> c.path("status").asString().equals("PROPOSED"))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asString();

		this.people.recordLeaving(PeopleTestActors.HR, talent.personId(), LocalDate.now(), "Moving abroad");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(lead.api().get(API + "/" + open).json().path("status").asString())
				.isEqualTo("CANCELLED"));
		assertThat(lead.api().get(API + "/" + held).json().path("status").asString()).as("what was held stays")
			.isEqualTo("HELD");

		this.people.erase(PeopleTestActors.HR, talent.personId());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> lead.api().get(API + "/" + held).json().path("collaborations").isNull());
		JsonNode erased = lead.api().get(API + "/" + held).json();
		assertThat(erased.path("collaborations").isNull()).isTrue();
		assertThat(erased.path("knowledgeTransfer").isNull()).isTrue();
		assertThat(erased.path("intention").isNull()).isTrue();
		assertThat(erased.path("heldOn").asString()).as("the dates stay").isEqualTo(today(0));
		assertThat(erased.path("followUps")).hasSize(1);
		assertThat(erased.path("followUps").get(0).path("what").isNull()).isTrue();
		assertThat(this.jdbc.sql("""
				select count(*) from alumni_conversation c left join alumni_conversation_follow_up f on f.conversation_id = c.id
				where c.talent_id = ? and (c.collaborations is not null or c.referrals is not null
				or c.client_relationships is not null or c.knowledge_transfer is not null or f.what is not null)""")
			.param(talent.personId()).query(Long.class).single()).isZero();
	}

	/** Every event publication so far has been handled (the registry deletes what completed). */
	private void awaitPublished() {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like ?")
				.param("%ConversationTriggers%")
				.query(Long.class)
				.single() == 0);
	}

	private static List<JsonNode> conversationsOf(ApiClient lead, UUID talentId) {
		List<JsonNode> found = new java.util.ArrayList<>();
		lead.get(API).json().forEach((c) -> {
			if (c.path("talentId").asString().equals(talentId.toString())) {
				found.add(c);
			}
		});
		return found;
	}

	/** Lets the job's scheduler lock go, as it goes by the next morning. */
	private void nextMorning() {
		this.jdbc.sql("update shedlock set lock_until = locked_at where name = 'alumni-conversation-daily'").update();
	}

}

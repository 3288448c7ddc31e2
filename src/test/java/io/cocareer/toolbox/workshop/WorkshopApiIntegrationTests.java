package io.cocareer.toolbox.workshop;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonErased;
import io.cocareer.people.PersonLeft;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;
import io.cocareer.toolbox.workshop.internal.WorkshopBackdating;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.cocareer.toolbox.workshop.WorkshopPeople.API;
import static io.cocareer.toolbox.workshop.WorkshopPeople.body;
import static io.cocareer.toolbox.workshop.WorkshopPeople.create;
import static io.cocareer.toolbox.workshop.WorkshopPeople.json;
import static io.cocareer.toolbox.workshop.WorkshopPeople.version;
import static io.cocareer.toolbox.workshop.WorkshopPeople.workshop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Career planning workshops over the API: planned, filled, the waiting list moving up on a
 * departure and on a raised capacity, the capacity never below the enrolled, cancelled with
 * everyone told; attendance, materials and feedback with its summary; bad input refused with
 * problem+json codes and nothing stored; who sees what (404 for a workshop one may not see);
 * two people taking the last seat at once on the real database; leaving and erasure; the figures;
 * the demo. Each test hires its own people.
 */
@IntegrationTest
class WorkshopApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkshopService workshops;

	@Autowired
	WorkshopBackdating backdating;

	@Autowired
	List<ToolboxFigures> figures;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	private WorkshopPeople staff() {
		return new WorkshopPeople(this.port, this.people, this.accounts);
	}

	private void publish(Object event) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private static String enrol(WorkshopPeople.Member member, String id) {
		ApiClient.Response enrolled = member.api().post(API + "/" + id + "/enrolments", "{}");
		assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
		return enrolled.json().path("status").asString();
	}

	private long notices(String kind, String id, UUID personId) {
		return this.jdbc.sql("""
				select count(*) from notification n join account a on a.id = n.account_id
				where n.kind = ? and n.link = ? and a.person_id = ?""")
			.param(kind)
			.param("/toolbox/workshops/" + id)
			.param(personId)
			.query(Long.class)
			.single();
	}

	private static List<String> names(JsonNode participants) {
		List<String> names = new ArrayList<>();
		participants.forEach((p) -> names.add(p.path("name").asString()));
		return names;
	}

	@Test
	void aFullWorkshopPutsPeopleInLineAndTheLineMovesUpOnItsOwn() {
		WorkshopPeople staff = staff();
		WorkshopPeople.Member lead = staff.hire(Role.TALENT_LEAD);
		WorkshopPeople.Member facilitator = staff.hire(Role.MANAGER);
		List<WorkshopPeople.Member> talents = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			talents.add(staff.hire(Role.TALENT));
		}
		String id = create(lead.api(), workshop("Two-year plan (test)", facilitator.personId(), 5, 2, "EVERYONE"));

		assertThat(enrol(talents.get(0), id)).isEqualTo("ENROLLED");
		assertThat(enrol(talents.get(1), id)).isEqualTo("ENROLLED");
		assertThat(enrol(talents.get(2), id)).as("over capacity: the waiting list").isEqualTo("WAITING");
		ApiClient.Response fourth = talents.get(3).api().post(API + "/" + id + "/enrolments", "{}");
		assertThat(fourth.json().path("status").asString()).isEqualTo("WAITING");
		assertThat(fourth.json().path("position").asInt()).isEqualTo(2);
		JsonNode seen = talents.get(3).api().get(API + "/" + id).json();
		assertThat(seen.path("mySeat").asString()).isEqualTo("WAITING");
		assertThat(seen.path("myPosition").asInt()).isEqualTo(2);
		assertThat(seen.path("freeSeats").asInt()).isZero();
		assertThat(seen.path("waiting").asInt()).isEqualTo(2);
		assertThat(seen.path("materials").isEmpty()).as("materials are the enrolled's").isTrue();
		assertThat(talents.get(0).api().post(API + "/" + id + "/enrolments", "{}").code())
			.isEqualTo("toolbox.workshop.rule.alreadyEnrolled");

		JsonNode managed = facilitator.api().get(API + "/" + id + "/management").json();
		assertThat(names(managed.path("enrolled"))).containsExactlyInAnyOrder(talents.get(0).name(), talents.get(1).name());
		assertThat(names(managed.path("waiting"))).containsExactly(talents.get(2).name(), talents.get(3).name());

		// someone enrolled leaves: the first in line moves up and is told
		ApiClient.Response left = talents.get(0).api().delete(API + "/" + id + "/enrolments/" + talents.get(0).personId());
		assertThat(left.status()).as(left.body()).isEqualTo(204);
		assertThat(talents.get(2).api().get(API + "/" + id).json().path("mySeat").asString()).isEqualTo("ENROLLED");
		assertThat(talents.get(3).api().get(API + "/" + id).json().path("myPosition").asInt()).isEqualTo(1);
		assertThat(notices("toolbox.workshop.movedUp", id, talents.get(2).personId())).isEqualTo(1);
		assertThat(notices("toolbox.workshop.movedUp", id, talents.get(3).personId())).isZero();

		// the facilitator enrols someone: in line, third; they are told
		ApiClient.Response bySomeone = facilitator.api()
			.post(API + "/" + id + "/enrolments", json(body("personId", talents.get(4).personId())));
		assertThat(bySomeone.status()).as(bySomeone.body()).isEqualTo(201);
		assertThat(bySomeone.json().path("status").asString()).isEqualTo("WAITING");
		assertThat(bySomeone.json().path("position").asInt()).isEqualTo(2);
		assertThat(notices("toolbox.workshop.enrolled", id, talents.get(4).personId())).isEqualTo(1);

		// the capacity raised by one: the first in line moves up
		Map<String, Object> raised = workshop("Two-year plan (test)", facilitator.personId(), 5, 3, "EVERYONE");
		raised.put("version", version(lead.api(), id));
		ApiClient.Response raise = lead.api().put(API + "/" + id, json(raised));
		assertThat(raise.status()).as(raise.body()).isEqualTo(200);
		assertThat(raise.json().path("enrolled").asInt()).isEqualTo(3);
		assertThat(talents.get(3).api().get(API + "/" + id).json().path("mySeat").asString()).isEqualTo("ENROLLED");
		assertThat(notices("toolbox.workshop.movedUp", id, talents.get(3).personId())).isEqualTo(1);

		// lowered below the enrolled: refused, saying how many are enrolled
		Map<String, Object> lowered = workshop("Two-year plan (test)", facilitator.personId(), 5, 2, "EVERYONE");
		lowered.put("version", version(lead.api(), id));
		ApiClient.Response lower = facilitator.api().put(API + "/" + id, json(lowered));
		assertThat(lower.status()).isEqualTo(409);
		assertThat(lower.isProblem()).isTrue();
		assertThat(lower.code()).isEqualTo("toolbox.workshop.rule.capacityBelowEnrolled");
		assertThat(lower.json().path("detail").asString()).contains("3 people are enrolled");
		assertThat(lead.api().get(API + "/" + id).json().path("capacity").asInt()).isEqualTo(3);

		// the invite for the enrolled; not for someone waiting
		ApiClient.Response invite = talents.get(2).api().getRaw(API + "/" + id + "/invite.ics", "text/calendar");
		assertThat(invite.status()).isEqualTo(200);
		assertThat(invite.body()).contains("BEGIN:VEVENT", "Two-year plan (test)", "workshop-" + id);
		assertThat(talents.get(4).api().getRaw(API + "/" + id + "/invite.ics", "text/calendar").status()).isEqualTo(403);

		// cancelled: everyone enrolled and waiting is told
		ApiClient.Response cancelled = facilitator.api().post(API + "/" + id + "/cancel", "{}");
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
		for (int i = 1; i < 5; i++) {
			assertThat(notices("toolbox.workshop.cancelled", id, talents.get(i).personId())).as("talent " + i).isEqualTo(1);
		}
		assertThat(notices("toolbox.workshop.cancelled", id, talents.get(0).personId())).as("who left").isZero();
		assertThat(talents.get(0).api().post(API + "/" + id + "/enrolments", "{}").code())
			.isEqualTo("toolbox.workshop.rule.cancelled");
		List<String> words = this.jdbc.sql("select coalesce(details, '') from audit_entry where subject_id = ?")
			.param(id)
			.query(String.class)
			.list();
		assertThat(words).isNotEmpty();
		assertThat(String.join(" ", words)).doesNotContain(talents.get(2).name(), talents.get(3).name());
	}

	@Test
	void afterTheStartAttendanceMaterialsAndFeedbackWithItsSummary() {
		WorkshopPeople staff = staff();
		WorkshopPeople.Member lead = staff.hire(Role.TALENT_LEAD);
		List<WorkshopPeople.Member> talents = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			talents.add(staff.hire(Role.TALENT));
		}
		String id = create(lead.api(), workshop("Networking (test)", lead.personId(), 1, 10, "TALENTS"));
		talents.forEach((t) -> enrol(t, id));
		ApiClient.Response early = lead.api()
			.put(API + "/" + id + "/attendance/" + talents.get(0).personId(), json(body("attendance", "ATTENDED")));
		assertThat(early.code()).isEqualTo("toolbox.workshop.rule.notStarted");
		this.backdating.backdate(UUID.fromString(id), 3);

		assertThat(talents.get(3).api().post(API + "/" + id + "/enrolments", "{}").code())
			.as("enrolment closed at the start").isEqualTo("toolbox.workshop.rule.started");
		for (int i = 0; i < 4; i++) {
			ApiClient.Response recorded = lead.api()
				.put(API + "/" + id + "/attendance/" + talents.get(i).personId(),
						json(body("attendance", (i == 3) ? "NO_SHOW" : "ATTENDED")));
			assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		}
		ApiClient.Response material = lead.api().post(API + "/" + id + "/materials",
				json(body("title", "Slides", "link", "https://intranet.example.com/slides.pdf")));
		assertThat(material.status()).as(material.body()).isEqualTo(201);
		assertThat(talents.get(0).api().get(API + "/" + id).json().path("materials").get(0).path("title").asString())
			.isEqualTo("Slides");

		ApiClient.Response outOfRange = talents.get(0).api()
			.put(API + "/" + id + "/feedback", json(body("rating", 6, "comment", "Great")));
		assertThat(outOfRange.status()).isEqualTo(400);
		assertThat(outOfRange.code()).isEqualTo("toolbox.workshop.feedback.ratingRange");
		assertThat(talents.get(0).api().put(API + "/" + id + "/feedback", json(body("rating", 0))).code())
			.isEqualTo("toolbox.workshop.feedback.ratingRange");
		assertThat(talents.get(3).api().put(API + "/" + id + "/feedback", json(body("rating", 4))).code())
			.as("a no-show gives no feedback").isEqualTo("toolbox.workshop.rule.feedbackAttendeesOnly");

		assertThat(talents.get(0).api().put(API + "/" + id + "/feedback", json(body("rating", 5, "comment", "Very useful")))
			.status()).isEqualTo(200);
		assertThat(talents.get(1).api().put(API + "/" + id + "/feedback", json(body("rating", 4))).status()).isEqualTo(200);
		JsonNode tooFew = lead.api().get(API + "/" + id + "/feedback").json();
		assertThat(tooFew.path("answers").asInt()).isEqualTo(2);
		assertThat(tooFew.path("shown").asBoolean()).isFalse();
		assertThat(tooFew.path("average").isNull()).isTrue();
		assertThat(tooFew.toString()).doesNotContain("Very useful");
		talents.get(2).api().put(API + "/" + id + "/feedback", json(body("rating", 3, "comment", "More examples")));
		JsonNode summary = lead.api().get(API + "/" + id + "/feedback").json();
		assertThat(summary.path("shown").asBoolean()).isTrue();
		assertThat(summary.path("average").asDouble()).isEqualTo(4.0);
		assertThat(summary.toString()).contains("Very useful", "More examples")
			.doesNotContain(talents.get(0).name(), talents.get(0).personId().toString());
		assertThat(talents.get(0).api().get(API + "/" + id + "/feedback").status()).as("the lead's and the facilitator's")
			.isEqualTo(403);
	}

	@Test
	void badInputIsRefusedWithProblemsAndNothingIsStored() {
		WorkshopPeople staff = staff();
		WorkshopPeople.Member lead = staff.hire(Role.TALENT_LEAD);
		WorkshopPeople.Member manager = staff.hire(Role.MANAGER);
		long before = this.jdbc.sql("select count(*) from toolbox_workshop").query(Long.class).single();

		ApiClient.Response empty = lead.api().post(API, "{}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.isProblem()).isTrue();
		assertThat(empty.code()).isEqualTo("toolbox.workshop.title.required");
		Map<String, Object> past = workshop("Plan", manager.personId(), 1, 5, "EVERYONE");
		past.put("startsAt", WorkshopPeople.inDays(-1));
		assertThat(lead.api().post(API, json(past)).code()).isEqualTo("toolbox.workshop.startsAt.past");
		assertThat(lead.api().post(API, json(workshop("Plan", manager.personId(), 1, 0, "EVERYONE"))).code())
			.isEqualTo("toolbox.workshop.capacity.min");
		assertThat(lead.api().post(API, json(workshop("  ", manager.personId(), 1, 5, "EVERYONE"))).code())
			.isEqualTo("toolbox.workshop.title.required");
		Map<String, Object> nowhere = workshop("Plan", manager.personId(), 1, 5, "EVERYONE");
		nowhere.remove("place");
		nowhere.remove("videoLink");
		assertThat(lead.api().post(API, json(nowhere)).code()).isEqualTo("toolbox.workshop.where.required");
		Map<String, Object> badLink = workshop("Plan", manager.personId(), 1, 5, "EVERYONE");
		badLink.put("videoLink", "javascript:alert(1)");
		assertThat(lead.api().post(API, json(badLink)).code()).isEqualTo("toolbox.workshop.link.invalid");
		assertThat(lead.api().post(API, json(workshop("Plan", UUID.randomUUID(), 1, 5, "EVERYONE"))).code())
			.isEqualTo("toolbox.workshop.facilitator.notStaff");
		assertThat(lead.api().unchecked().post(API, "{\"title\": \"Plan\", \"startsAt\": \"tomorrow\"}").status())
			.isEqualTo(400);
		assertThat(manager.api().post(API, json(workshop("Plan", manager.personId(), 1, 5, "EVERYONE"))).status())
			.as("the talent lead plans workshops").isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from toolbox_workshop").query(Long.class).single()).isEqualTo(before);

		String id = create(lead.api(), workshop("Plan", manager.personId(), 2, 5, "EVERYONE"));
		Map<String, Object> stale = workshop("Plan again", manager.personId(), 2, 5, "EVERYONE");
		stale.put("version", version(lead.api(), id) + 7);
		assertThat(lead.api().put(API + "/" + id, json(stale)).status()).isEqualTo(409);
		assertThat(lead.api().post(API + "/" + id + "/materials", json(body("title", "Slides"))).code())
			.isEqualTo("toolbox.workshop.material.linkOrText");
		assertThat(lead.api().post(API + "/" + id + "/enrolments", json(body("personId", UUID.randomUUID()))).code())
			.isEqualTo("toolbox.workshop.person.notStaff");
	}

	@Test
	void aWorkshopOneMayNotSeeDoesNotExistForThem() {
		WorkshopPeople staff = staff();
		WorkshopPeople.Member lead = staff.hire(Role.TALENT_LEAD);
		WorkshopPeople.Member facilitator = staff.hire(Role.MANAGER);
		WorkshopPeople.Member manager = staff.hire(Role.MANAGER);
		WorkshopPeople.Member talent = staff.hire(Role.TALENT);
		WorkshopPeople.Member admin = staff.hire(Role.ADMIN);
		WorkshopPeople.Member alumnus = staff.hire(Role.ALUMNUS);
		String id = create(lead.api(), workshop("For talents", facilitator.personId(), 4, 5, "TALENTS"));
		enrol(talent, id);

		ApiClient api = manager.api();
		assertThat(api.get(API + "/" + id).status()).isEqualTo(404);
		assertThat(api.get(API + "/" + id).code()).isEqualTo("toolbox.workshop.notFound");
		assertThat(api.get(API).body()).doesNotContain(id);
		assertThat(api.post(API + "/" + id + "/enrolments", "{}").status()).isEqualTo(404);
		assertThat(api.get(API + "/" + id + "/management").status()).isEqualTo(404);
		assertThat(api.get(API + "/" + id + "/feedback").status()).isEqualTo(404);
		assertThat(api.post(API + "/" + id + "/cancel", "{}").status()).isEqualTo(404);
		assertThat(api.delete(API + "/" + id + "/enrolments/" + talent.personId()).status()).isEqualTo(404);
		assertThat(api.getRaw(API + "/" + id + "/invite.ics", "text/calendar").status()).isEqualTo(404);
		assertThat(api.get(API + "/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(lead.api().post(API + "/" + id + "/enrolments", json(body("personId", manager.personId()))).code())
			.as("a manager is no talent").isEqualTo("toolbox.workshop.person.notInAudience");

		assertThat(facilitator.api().get(API + "/" + id).status()).as("its facilitator sees it").isEqualTo(200);
		assertThat(facilitator.api().get(API + "/" + id + "/management").status()).isEqualTo(200);
		assertThat(talent.api().get(API + "/" + id + "/management").status()).as("a talent sees it, manages nothing")
			.isEqualTo(403);
		assertThat(talent.api().get(API + "/" + id).json().toString()).doesNotContain(facilitator.username());
		WorkshopPeople.Member other = staff.hire(Role.TALENT);
		assertThat(other.api().delete(API + "/" + id + "/enrolments/" + talent.personId()).status())
			.as("nobody else takes someone's seat").isEqualTo(403);
		assertThat(admin.api().get(API).status()).as("administrators read no careers").isEqualTo(403);
		assertThat(admin.api().get(API + "/" + id).status()).isIn(403, 404);
		assertThat(alumnus.api().get(API).status()).isEqualTo(403);
	}

	@Test
	void twoPeopleTakingTheLastSeatAtOnceNeverOverFillIt() throws Exception {
		WorkshopPeople staff = staff();
		WorkshopPeople.Member lead = staff.hire(Role.TALENT_LEAD);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 4; round++) {
				WorkshopPeople.Member first = staff.hire(Role.TALENT);
				WorkshopPeople.Member second = staff.hire(Role.TALENT);
				UUID id = UUID.fromString(create(lead.api(), workshop("Last seat " + round, lead.personId(), 3, 1,
						"EVERYONE")));
				CountDownLatch go = new CountDownLatch(1);
				List<Future<SeatStatus>> answers = new ArrayList<>();
				for (WorkshopPeople.Member member : List.of(first, second)) {
					answers.add(threads.submit(() -> {
						go.await();
						return this.workshops.enrol(member.actor(), id);
					}));
				}
				go.countDown();
				List<SeatStatus> got = new ArrayList<>();
				for (Future<SeatStatus> answer : answers) {
					got.add(answer.get(30, TimeUnit.SECONDS));
				}
				assertThat(got).as("round " + round).containsExactlyInAnyOrder(SeatStatus.ENROLLED, SeatStatus.WAITING);
				assertThat(this.jdbc.sql("select count(*) from toolbox_workshop_seat where workshop_id = ? and status = 'ENROLLED'")
					.param(id)
					.query(Long.class)
					.single()).isEqualTo(1);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void whoLeavesGivesUpFutureSeatsAndWhoIsErasedLeavesNoSeatNorFeedback() {
		WorkshopPeople staff = staff();
		WorkshopPeople.Member lead = staff.hire(Role.TALENT_LEAD);
		WorkshopPeople.Member leaving = staff.hire(Role.TALENT);
		WorkshopPeople.Member waiting = staff.hire(Role.TALENT);
		WorkshopPeople.Member erased = staff.hire(Role.TALENT);
		String future = create(lead.api(), workshop("Future", lead.personId(), 6, 1, "EVERYONE"));
		enrol(leaving, future);
		enrol(waiting, future);
		String held = create(lead.api(), workshop("Held", lead.personId(), 1, 5, "EVERYONE"));
		enrol(leaving, held);
		enrol(erased, held);
		this.backdating.backdate(UUID.fromString(held), 2);
		lead.api().put(API + "/" + held + "/attendance/" + erased.personId(), json(body("attendance", "ATTENDED")));
		assertThat(erased.api().put(API + "/" + held + "/feedback", json(body("rating", 2, "comment", "Too long")))
			.status()).isEqualTo(200);

		publish(new PersonLeft(PersonId.of(leaving.personId()), LocalDate.now()));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "ENROLLED".equals(waiting.api().get(API + "/" + future).json().path("mySeat").asString()));
		assertThat(notices("toolbox.workshop.movedUp", future, waiting.personId())).isEqualTo(1);
		assertThat(seats(leaving.personId())).as("the held workshop keeps their attendance").isEqualTo(1);

		publish(new PersonErased(PersonId.of(erased.personId()), LocalDate.now()));
		await().atMost(Duration.ofSeconds(10)).until(() -> seats(erased.personId()) == 0);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select count(*) from toolbox_workshop_feedback where person_id = ?")
				.param(erased.personId())
				.query(Long.class)
				.single() == 0);
	}

	private long seats(UUID personId) {
		return this.jdbc.sql("select count(*) from toolbox_workshop_seat where person_id = ?")
			.param(personId)
			.query(Long.class)
			.single();
	}

	@Test
	void theFiguresAreAggregatesAndTheDemoHasEveryState() {
		ToolboxFigures workshopFigures = this.figures.stream()
			.filter((f) -> f.sectionKey().equals("toolbox.practice.PLANNING_WORKSHOPS"))
			.findFirst()
			.orElseThrow();
		List<ToolboxFigure> all = workshopFigures.figures();
		assertThat(all).extracting(ToolboxFigure::key)
			.containsExactly("workshop.held.last12Months", "workshop.attendance.rate", "workshop.feedback.average",
					"workshop.waiting.now");
		assertThat(all.get(0).value()).as("the demo's held workshop").isGreaterThanOrEqualTo(1.0);
		assertThat(all.get(3).value()).as("the demo's waiting list").isGreaterThanOrEqualTo(3.0);
		assertThat(all.get(1).value()).as("six recorded seats in the demo").isBetween(0.0, 1.0);
		assertThat(all.get(2).value()).satisfiesAnyOf((v) -> assertThat(v).isNull(),
				(v) -> assertThat(v).isBetween(0.0, 1.0));

		ApiClient talent = ApiClient.as(this.port, "talent", "demo");
		JsonNode list = talent.get(API).json();
		List<JsonNode> waitingFor = new ArrayList<>();
		list.forEach((w) -> {
			if ("WAITING".equals(w.path("mySeat").asString())) {
				waitingFor.add(w);
			}
		});
		assertThat(waitingFor).singleElement().satisfies((w) -> {
			assertThat(w.path("waiting").asInt()).isEqualTo(3);
			assertThat(w.path("freeSeats").asInt()).isZero();
			assertThat(w.path("myPosition").asInt()).isEqualTo(2);
		});
		List<String> states = new ArrayList<>();
		ApiClient.as(this.port, "lead", "demo").get(API).json().forEach((w) -> states.add(w.path("status").asString()
				+ (w.path("upcoming").asBoolean() ? " upcoming" : "")));
		assertThat(states).contains("SCHEDULED upcoming", "SCHEDULED", "CANCELLED");
		assertThat(ApiClient.as(this.port, "manager", "demo").get(API).json().size()).isGreaterThanOrEqualTo(2);
	}

}

package io.cocareer.toolbox.counselling.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.PersonId;
import io.cocareer.talent.TalentPool;
import io.cocareer.toolbox.counselling.AddFollowUp;
import io.cocareer.toolbox.counselling.CounsellingService;
import io.cocareer.toolbox.counselling.FollowUpOwner;
import io.cocareer.toolbox.counselling.RequestSession;
import io.cocareer.toolbox.counselling.ScheduleSession;
import io.cocareer.toolbox.counselling.internal.CounsellingBackdating;
import io.cocareer.toolbox.counselling.internal.CounsellingFollowUpReminders;

import org.springframework.stereotype.Component;

/**
 * The demo's career counselling, dated relative to today: the demo lead ({@code lead}) and the
 * demo manager ({@code manager}) are counsellors; the demo talent ({@code talent}) had a session
 * with the manager three weeks ago (notes, a follow-up done, one overdue, one open), has one with
 * the lead next week, one asked of the manager and one cancelled; five other talents had a session
 * with the lead in the last months, so that the overview's figures show. Written through the
 * service; only the dates of what was held are moved back. Then the morning's reminder round runs,
 * as the daily job would: the talent is told that their overdue follow-up is due.
 */
@Component
class CounsellingDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(CounsellingDemoSeeder.class);

	private final CounsellingService counselling;

	private final CounsellingBackdating history;

	private final CounsellingFollowUpReminders reminders;

	private final TalentPool pool;

	private final Clock clock;

	CounsellingDemoSeeder(CounsellingService counselling, CounsellingBackdating history,
			CounsellingFollowUpReminders reminders, TalentPool pool, Clock clock) {
		this.counselling = counselling;
		this.history = history;
		this.reminders = reminders;
		this.pool = pool;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 510;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate today = LocalDate.now(this.clock);
		Actor lead = demo.lead();
		Actor manager = demo.manager();
		Actor talent = demo.talent();
		this.counselling.addCounsellor(lead, lead.personId());
		this.counselling.addCounsellor(lead, manager.personId());

		// held with the manager three weeks ago: notes, one follow-up done, one overdue, one open
		UUID held = request(talent, null, manager, "Moving towards a product role",
				"What a product owner does day to day; which skills I lack; who could let me shadow them.");
		schedule(manager, held, today.plusDays(1), LocalTime.of(10, 0), 60, "Meeting room Lindt, 3rd floor", null);
		this.history.backdate(held, 16);
		this.counselling.markHeld(manager, held, version(manager, held));
		this.counselling.writeNotes(manager, held, """
				Tara wants to move towards product ownership within two years. Strengths: client contact, \
				structured analysis. Gaps: backlog management, stakeholder negotiation. Agreed: shadow the \
				payments product owner for two sprints, take the internal product course in spring.""",
				version(manager, held));
		UUID shadow = followUp(manager, held, "Arrange two sprints of shadowing with the payments product owner",
				FollowUpOwner.COUNSELLOR, today.plusDays(3));
		followUp(manager, held, "Update the development plan with the product course", FollowUpOwner.TALENT,
				today.plusDays(2));
		followUp(manager, held, "Book the internal product course", FollowUpOwner.TALENT, today.plusDays(40));
		this.counselling.markFollowUpDone(manager, held, shadow);
		this.history.backdate(held, 5);

		// scheduled with the lead next week, by video
		UUID next = request(talent, null, lead, "Options after the rotation ends",
				"The three teams I could join; what each means for the expert track.");
		schedule(lead, next, today.plusDays(7), LocalTime.of(14, 0), 45, null, "https://meet.example.com/cocareer-counselling");

		// asked of the manager, not scheduled yet
		request(talent, null, manager, "Balancing part-time study and project work", null);

		// scheduled, then cancelled by the talent
		UUID cancelled = request(talent, null, lead, "Feedback on my last review", null);
		schedule(lead, cancelled, today.plusDays(3), LocalTime.of(9, 30), 30, "Lead's office", null);
		this.counselling.cancel(talent, cancelled, "Covered in the team retrospective instead",
				version(talent, cancelled));

		// five other talents counselled by the lead in the last months, for the overview's figures
		List<UUID> others = this.pool.activeTalentIds()
			.stream()
			.map(PersonId::value)
			.filter((id) -> !id.equals(talent.personId().value()) && !id.equals(lead.personId().value())
					&& !id.equals(manager.personId().value()))
			.sorted(Comparator.naturalOrder())
			.limit(5)
			.toList();
		int days = 20;
		for (UUID other : others) {
			UUID session = this.counselling.request(lead, new RequestSession(PersonId.of(other), lead.personId(),
					"Career check-in", null));
			schedule(lead, session, today.plusDays(1), LocalTime.of(11, 0), 60, "Lead's office", null);
			this.history.backdate(session, days);
			this.counselling.markHeld(lead, session, version(lead, session));
			days += 25;
		}
		// the morning's round, as the daily job runs it: the talent's overdue follow-up is reminded
		int due = this.reminders.remindDue(today);
		log.info("Demo counselling: the talent's sessions in every state, {} other talents counselled, {} follow-ups due",
				others.size(), due);
	}

	private UUID request(Actor actor, UUID talentId, Actor counsellor, String topic, String agenda) {
		return this.counselling.request(actor,
				new RequestSession(PersonId.ofNullable(talentId), counsellor.personId(), topic, agenda));
	}

	private void schedule(Actor actor, UUID session, LocalDate day, LocalTime at, int minutes, String place,
			String link) {
		LocalDateTime start = day.atTime(at);
		this.counselling.schedule(actor, session,
				new ScheduleSession(start, start.plusMinutes(minutes), place, link), version(actor, session));
	}

	private UUID followUp(Actor actor, UUID session, String what, FollowUpOwner owner, LocalDate due) {
		return this.counselling.addFollowUp(actor, session, new AddFollowUp(what, owner, due));
	}

	private long version(Actor actor, UUID session) {
		return this.counselling.get(actor, session).version();
	}

}

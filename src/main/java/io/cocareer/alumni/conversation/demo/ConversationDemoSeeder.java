package io.cocareer.alumni.conversation.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cocareer.alumni.conversation.AddFollowUp;
import io.cocareer.alumni.conversation.ExitConversationService;
import io.cocareer.alumni.conversation.HolderKind;
import io.cocareer.alumni.conversation.Intention;
import io.cocareer.alumni.conversation.Prompt;
import io.cocareer.alumni.conversation.ScheduleConversation;
import io.cocareer.alumni.conversation.UpdateConversation;
import io.cocareer.alumni.conversation.internal.ConversationBackdating;
import io.cocareer.alumni.conversation.internal.ConversationProposals;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DemoOrganisation;
import io.cocareer.shared.DemoSeeder;
import io.cocareer.shared.PersonId;

import org.springframework.stereotype.Component;

/**
 * The demo's pre-emptive exit conversations, dated relative to today and held by the demo lead
 * ({@code lead}) and the demo manager ({@code manager}): one prompted by Tara's career horizon;
 * one held by the lead weeks ago with a follow-up done and one open; one held by the manager with
 * a follow-up overdue; one scheduled next week; one whose day passed without a record (overdue);
 * one held and closed fourteen months ago; and, through the yearly round, a proposal for every
 * other talent (one of them past its due day). Written through the service; only the dates are
 * moved back.
 */
@Component
class ConversationDemoSeeder implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(ConversationDemoSeeder.class);

	private final ExitConversationService conversations;

	private final ConversationProposals proposals;

	private final ConversationBackdating history;

	private final PeopleDirectory people;

	private final Clock clock;

	ConversationDemoSeeder(ExitConversationService conversations, ConversationProposals proposals,
			ConversationBackdating history, PeopleDirectory people, Clock clock) {
		this.conversations = conversations;
		this.proposals = proposals;
		this.history = history;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return 150;
	}

	@Override
	public void seed(DemoOrganisation demo) {
		LocalDate today = LocalDate.now(this.clock);
		Actor lead = demo.lead();
		Actor manager = demo.manager();
		UUID tara = demo.talent().personId().value();
		Set<UUID> talents = this.proposals.currentTalents();
		List<PersonSummary> reports = this.people.directReports(manager.personId())
			.stream()
			.filter((p) -> talents.contains(p.id()) && !p.id().equals(tara))
			.toList();
		List<UUID> others = new ArrayList<>(this.people.summaries(talents)
			.values()
			.stream()
			.filter((p) -> !p.id().equals(tara) && reports.stream().noneMatch((r) -> r.id().equals(p.id())))
			.sorted(Comparator.comparing(PersonSummary::fullName).thenComparing(PersonSummary::id))
			.map(PersonSummary::id)
			.toList());
		if (others.size() < 4) {
			log.info("Demo exit conversations skipped: fewer than four other talents");
			return;
		}

		// Tara set a career horizon three days ago: the talent lead is asked to hold one within 14 days
		this.proposals.proposeUnlessOpen(tara, Prompt.CAREER_HORIZON, today.minusDays(3),
				ConversationProposals.HORIZON_DUE_DAYS);

		// held by the lead forty days ago: one follow-up done, one still open
		UUID held = schedule(lead, others.get(0), HolderKind.TALENT_LEAD, today);
		record(lead, held, today, Intention.OPEN_INSIDE, 18,
				"Would co-lead the data platform guild with the architecture team for another year.",
				"Knows two senior analysts at her former employer who might join.",
				"Main contact of the Contoso account; the relationship should be shared with a second person.",
				"Document the pricing model and pair with a junior analyst on the monthly forecast.");
		UUID done = followUp(lead, held, others.get(0), "Write down the pricing model", today.plusDays(10));
		followUp(lead, held, lead.personId().value(), "Introduce a second contact at Contoso", today.plusDays(60));
		this.conversations.markFollowUpDone(lead, held, done);
		this.history.backdate(held, 40);

		// held by the manager three weeks ago with a follow-up now overdue
		UUID byManager = reports.isEmpty() ? schedule(lead, others.get(1), HolderKind.TALENT_LEAD, today)
				: schedule(manager, reports.get(0).id(), HolderKind.MANAGER, today);
		Actor holder = reports.isEmpty() ? lead : manager;
		UUID heldWith = reports.isEmpty() ? others.get(1) : reports.get(0).id();
		record(holder, byManager, today, Intention.MAY_LEAVE, 9,
				"Open to a freelance arrangement on the mobile app after leaving.",
				"Would refer two former classmates who are strong iOS developers.", null,
				"Hand over the release process: a written checklist and two releases done together.");
		followUp(holder, byManager, heldWith, "Write the release checklist", today.plusDays(7));
		this.history.backdate(byManager, 21);

		// scheduled next week by the lead
		schedule(lead, others.get(2), HolderKind.TALENT_LEAD, today.plusDays(7));

		// its day passed five days ago without a record: overdue
		UUID missed = schedule(lead, others.get(3), HolderKind.TALENT_LEAD, today);
		this.history.backdate(missed, 5);

		// held and closed fourteen months ago: the yearly round proposes the next one
		if (others.size() > 4) {
			UUID old = schedule(lead, others.get(4), HolderKind.TALENT_LEAD, today);
			record(lead, old, today, Intention.STAY, 24, "Happy in the team; would mentor new joiners.", null, null,
					null);
			this.conversations.close(lead, old, this.conversations.get(lead, old).version());
			this.history.backdate(old, 425);
		}

		// the yearly round for every other talent; one of its proposals is past its due day
		int proposed = this.proposals.proposeYearly(today);
		this.conversations.list(lead)
			.stream()
			.filter((c) -> c.prompt() == Prompt.YEARLY && c.status().open())
			.findFirst()
			.ifPresent((c) -> this.history.backdate(c.id(), 35));
		log.info("Demo exit conversations: every state, {} proposed by the yearly round", proposed);
	}

	private UUID schedule(Actor actor, UUID talent, HolderKind holder, LocalDate on) {
		return this.conversations.schedule(actor, new ScheduleConversation(PersonId.of(talent), holder, on));
	}

	private void record(Actor actor, UUID conversation, LocalDate heldOn, Intention intention, int horizon,
			String collaborations, String referrals, String clients, String knowledge) {
		this.conversations.update(actor, conversation, new UpdateConversation(null, null, heldOn, intention, horizon,
				collaborations, referrals, clients, knowledge), this.conversations.get(actor, conversation).version());
	}

	private UUID followUp(Actor actor, UUID conversation, UUID owner, String what, LocalDate due) {
		return this.conversations.addFollowUp(actor, conversation, new AddFollowUp(what, PersonId.of(owner), due));
	}

}

package io.cocareer.alumni.conversation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.conversation.Prompt;
import io.cocareer.identity.AccountRef;
import io.cocareer.identity.AccountService;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.talent.TalentPool;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.Notice;
import io.cocareer.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations the platform proposes itself, to the talent lead: once a year for every talent
 * with none held in the last twelve months, and when a career horizon or a tour's good exit
 * prompts one. Never a second while one is proposed or scheduled (idempotent, so the daily job and
 * a retried event tell nobody anything twice). The notices name nobody.
 */
@Component
public class ConversationProposals {

	/** Days the talent lead has to hold a yearly conversation. */
	public static final int YEARLY_DUE_DAYS = 30;

	/** Days to hold one a career horizon prompted. */
	public static final int HORIZON_DUE_DAYS = 14;

	/** Days to hold one a tour's good exit prompted. */
	public static final int TOUR_DUE_DAYS = 14;

	private final ExitConversations conversations;

	private final AccountService accounts;

	private final PeopleDirectory people;

	private final TalentPool pool;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConversationProposals(ExitConversations conversations, AccountService accounts, PeopleDirectory people,
			TalentPool pool, ApplicationEventPublisher events, Clock clock) {
		this.pool = pool;
		this.conversations = conversations;
		this.accounts = accounts;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Proposes one for the talent, due in {@code dueInDays}, unless one is open or they are no current talent. */
	@Transactional
	public Optional<UUID> proposeUnlessOpen(UUID talentId, Prompt prompt, LocalDate from, int dueInDays) {
		if (!currentTalents().contains(talentId) || !this.conversations.openOf(talentId).isEmpty()) {
			return Optional.empty();
		}
		ExitConversation proposed = propose(talentId, prompt, from.plusDays(dueInDays));
		this.events.publishEvent(Notice.toRole("alumni.conversation.proposed", Role.TALENT_LEAD,
				"notice.alumni.conversation.proposed", List.of(), link(proposed.id()),
				"alumni.conversation.proposed." + proposed.id()));
		return Optional.of(proposed.id());
	}

	/**
	 * The yearly round: a proposal for every current talent whose last conversation was held more
	 * than twelve months ago, or who never had one, and who has none open.
	 * @return how many were proposed
	 */
	@Transactional
	public int proposeYearly(LocalDate today) {
		Set<UUID> due = currentTalents();
		due.removeAll(this.conversations.talentsWithAnOpenConversation());
		due.removeAll(this.conversations.talentsHeldSince(today.minusMonths(12)));
		due.forEach((talentId) -> propose(talentId, Prompt.YEARLY, today.plusDays(YEARLY_DUE_DAYS)));
		return due.size();
	}

	/**
	 * Tells the owner of every follow-up due today or late that it is due, once per follow-up. An
	 * owner who has left is told nothing: a conversation is staff's business, and a talent who left
	 * with one of theirs open is an alumnus now, whom only the alumni programme writes to, with
	 * their consent (nor could they open the conversation any more).
	 * @return how many follow-ups are due
	 */
	@Transactional
	public int remindFollowUpsDue(LocalDate today) {
		int due = 0;
		List<ExitConversation> withDue = this.conversations.withFollowUpsDueBy(today);
		Map<UUID, PersonSummary> owners = this.people.summaries(withDue.stream()
			.flatMap((c) -> c.followUps().stream())
			.map(FollowUp::ownerId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList());
		for (ExitConversation conversation : withDue) {
			for (FollowUp followUp : conversation.followUps()) {
				if (followUp.doneOn() != null || followUp.dueOn().isAfter(today) || followUp.ownerId() == null) {
					continue;
				}
				due++;
				PersonSummary owner = owners.get(followUp.ownerId());
				if (owner == null || owner.status() == PersonStatus.LEFT) {
					continue;
				}
				this.events.publishEvent(Notice.toPeople("alumni.conversation.followUpDue", Set.of(followUp.ownerId()),
						"notice.alumni.conversation.followUpDue", List.of(), link(conversation.id()),
						"alumni.conversation.followUpDue." + followUp.id())
					.asking(followUpAction(followUp.id())));
			}
		}
		return due;
	}

	public static String followUpAction(UUID followUpId) {
		return "alumni.conversation.followUp." + followUpId;
	}

	public static String link(UUID conversationId) {
		return "/alumni/conversations/" + conversationId;
	}

	/**
	 * The talents who still work here: people with the talent role on an enabled account, and the
	 * active talent pool (most talents of a generated organisation have no account yet), whose ids
	 * the pool gives a scheduled job without an actor: this module shows them only under its own
	 * policy.
	 */
	public Set<UUID> currentTalents() {
		Set<UUID> ids = new HashSet<>();
		this.accounts.enabledAccountsHolding(Set.of(Role.TALENT))
			.stream()
			.map(AccountRef::personId)
			.filter(java.util.Objects::nonNull)
			.forEach((id) -> ids.add(id.value()));
		this.pool.activeTalentIds().forEach((id) -> ids.add(id.value()));
		Set<UUID> current = new HashSet<>();
		this.people.summaries(ids).forEach((id, person) -> {
			if (person.status() != PersonStatus.LEFT) {
				current.add(id);
			}
		});
		return current;
	}

	/** Whether the person holds the talent lead role on an enabled account. */
	public boolean isTalentLead(UUID personId) {
		return this.accounts.enabledAccountsHolding(Set.of(Role.TALENT_LEAD))
			.stream()
			.anyMatch((a) -> a.personId() != null && a.personId().value().equals(personId));
	}

	private ExitConversation propose(UUID talentId, Prompt prompt, LocalDate dueOn) {
		ExitConversation proposed = this.conversations
			.save(ExitConversation.proposed(talentId, prompt, dueOn, this.clock.instant()));
		this.events.publishEvent(AuditEvent.career("alumni.conversation.proposed", "alumniConversation", proposed.id(),
				AuditEvent.term("alumni.conversation.prompt." + prompt)));
		return proposed;
	}

}

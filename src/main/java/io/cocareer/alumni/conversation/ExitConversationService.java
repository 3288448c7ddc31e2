package io.cocareer.alumni.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.cocareer.alumni.conversation.internal.ConversationAccess;
import io.cocareer.alumni.conversation.internal.ConversationProposals;
import io.cocareer.alumni.conversation.internal.ExitConversation;
import io.cocareer.alumni.conversation.internal.ExitConversations;
import io.cocareer.alumni.conversation.internal.FollowUp;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonNames;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.Notice;
import io.cocareer.shared.NoticeDone;
import io.cocareer.shared.PersonId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-emptive exit conversations: the worklist, scheduling one for a talent, recording it once
 * held, its follow-ups, closing it. Who sees and does what is {@link ConversationAccess}'s: the
 * talent, the talent lead and the holder, nobody else (404). Every change is audited without its
 * words; notices say only that something is scheduled or due.
 */
@Service
public class ExitConversationService {

	public static final int MAX_SECTION = 2000;

	public static final int MAX_FOLLOW_UP = 500;

	public static final int MAX_HORIZON_MONTHS = 120;

	private final ExitConversations conversations;

	private final ConversationAccess access;

	private final ConversationProposals proposals;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExitConversationService(ExitConversations conversations, ConversationAccess access,
			ConversationProposals proposals, PeopleDirectory people, ApplicationEventPublisher events, Clock clock) {
		this.conversations = conversations;
		this.access = access;
		this.proposals = proposals;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor has any part in conversations (pages show the card and the link by it). */
	public boolean mayUse(Actor actor) {
		return this.access.takesPart(actor);
	}

	/** Whether the actor schedules conversations: the talent lead, managers. */
	public boolean maySchedule(Actor actor) {
		return this.access.maySchedule(actor);
	}

	/** Whether the actor chooses who holds a conversation they schedule (the talent lead). */
	public boolean mayChooseHolder(Actor actor) {
		return this.access.isLead(actor);
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The conversations the actor reads, those still running first (soonest first), then the
	 * closed and cancelled (latest first): every one for the talent lead, those they hold for a
	 * manager, their own for a talent.
	 */
	@Transactional(readOnly = true)
	public List<ConversationView> list(Actor actor) {
		UUID me = this.access.participant(actor);
		List<ExitConversation> found = this.access.isLead(actor) ? this.conversations.findAll()
				: this.conversations.findByTalentIdOrHolderId(me, me);
		List<ExitConversation> readable = found.stream().filter((c) -> this.access.mayRead(actor, c)).toList();
		Comparator<ConversationView> soonest = Comparator.comparing(ConversationView::when,
				Comparator.nullsLast(Comparator.naturalOrder()));
		List<ConversationView> views = new ArrayList<>(views(actor, readable));
		views.sort(Comparator.comparing((ConversationView v) -> !v.status().live())
			.thenComparing((a, b) -> a.status().live() ? soonest.compare(a, b) : soonest.compare(b, a)));
		return views;
	}

	/** The conversations still running that the actor reads, for the worklist and the home card. */
	@Transactional(readOnly = true)
	public List<ConversationView> worklist(Actor actor) {
		return list(actor).stream().filter((v) -> v.status().live()).toList();
	}

	@Transactional(readOnly = true)
	public ConversationView get(Actor actor, UUID conversationId) {
		return views(actor, List.of(readable(actor, conversationId))).get(0);
	}

	/**
	 * What the talent's last held conversation said about the value that can still be created, for
	 * the exit protocol; empty when none was held or the actor may not read it (the talent lead,
	 * the holder of that conversation and the talent do).
	 */
	@Transactional(readOnly = true)
	public Optional<ValueStillToCreate> lastValueStillToCreate(Actor actor, PersonId talentId) {
		if (!this.access.takesPart(actor) || talentId == null) {
			return Optional.empty();
		}
		return this.conversations.findByTalentId(talentId.value())
			.stream()
			.filter((c) -> c.heldOn() != null)
			.max(Comparator.comparing(ExitConversation::heldOn).thenComparing(ExitConversation::createdAt))
			.filter((c) -> this.access.mayRead(actor, c))
			.map((c) -> new ValueStillToCreate(c.id(), c.talentId(), c.heldOn(), c.intention(), c.collaborations(),
					c.referrals(), c.clientRelationships(), c.knowledgeTransfer(),
					(int) c.followUps().stream().filter((f) -> f.doneOn() == null).count()));
	}

	// ---------------------------------------------------------------- changes

	/** The talent lead schedules one for any talent, a manager for a direct report (held by themselves). */
	@Transactional
	public UUID schedule(Actor actor, ScheduleConversation command) {
		UUID me = this.access.participant(actor);
		if (!this.access.maySchedule(actor)) {
			throw new io.cocareer.shared.PermissionDenied("alumni.conversation.denied.schedule",
					"The talent lead and managers schedule conversations");
		}
		List<InvalidInput> problems = scheduleProblems(command, today());
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		UUID talentId = command.talentId().value();
		HolderKind holder = this.access.isLead(actor) ? command.holder() : HolderKind.MANAGER;
		if (!this.proposals.currentTalents().contains(talentId)) {
			throw new InvalidInput("talentId", "alumni.conversation.talent.notATalent",
					"Choose a talent who works here");
		}
		PersonView talent = this.people.get(PersonId.of(talentId));
		boolean manages = me.equals(talent.managerId());
		if (!this.access.mayScheduleFor(actor, talentId, holder, manages)) {
			throw new InvalidInput("talentId", "alumni.conversation.talent.notYourReport",
					"You schedule conversations with the people who report to you");
		}
		UUID holderId = holderOf(actor, holder, talent);
		boolean duplicate = this.conversations.openOf(talentId)
			.stream()
			.anyMatch((c) -> c.status() == ConversationStatus.SCHEDULED && this.access.mayRead(actor, c));
		if (duplicate) {
			throw new BusinessRuleViolation("alumni.conversation.rule.alreadyScheduled",
					"A conversation with this talent is already scheduled: change its date instead");
		}
		ExitConversation conversation = this.conversations.save(ExitConversation.scheduled(talentId, holder, holderId,
				command.scheduledOn(), this.clock.instant()));
		audit("alumni.conversation.scheduled", conversation);
		tellScheduled(actor, conversation);
		return conversation.id();
	}

	/**
	 * Saves its date and, once held, its record (a {@code heldOn} records it as held); the talent
	 * lead may hand it to the talent's manager or take it back.
	 */
	@Transactional
	public void update(Actor actor, UUID conversationId, UpdateConversation command, long expectedVersion) {
		ExitConversation conversation = editable(actor, conversationId, expectedVersion);
		List<InvalidInput> problems = updateProblems(command, conversation.status(), conversation.scheduledOn(),
				today());
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		if (command.holder() != null && (command.holder() != conversation.holderKind() || conversation.holderId() == null)) {
			if (!this.access.mayChooseHolder(actor, conversation)) {
				if (command.holder() != conversation.holderKind()) {
					throw new InvalidInput("holder", "alumni.conversation.holder.leadOnly",
							"The talent lead chooses who holds a conversation");
				}
			}
			else {
				PersonView talent = this.people.get(PersonId.of(conversation.talentId()));
				conversation.holdBy(command.holder(), holderOf(actor, command.holder(), talent));
			}
		}
		boolean wasScheduled = conversation.status() == ConversationStatus.SCHEDULED;
		LocalDate before = conversation.scheduledOn();
		if (command.heldOn() == null) {
			conversation.schedule(command.scheduledOn());
			if (conversation.holderId() == null && this.access.isLead(actor)) {
				conversation.holdBy(HolderKind.TALENT_LEAD, actor.personId().value());
			}
			if (!wasScheduled || !command.scheduledOn().equals(before)) {
				audit("alumni.conversation.scheduled", conversation);
				tellScheduled(actor, conversation);
			}
			return;
		}
		if (conversation.holderId() == null && this.access.isLead(actor)) {
			conversation.holdBy(HolderKind.TALENT_LEAD, actor.personId().value());
		}
		boolean first = conversation.status() != ConversationStatus.HELD;
		conversation.record(command.heldOn(), command.intention(), command.horizonMonths(),
				text(command.collaborations()), text(command.referrals()), text(command.clientRelationships()),
				text(command.knowledgeTransfer()));
		audit(first ? "alumni.conversation.held" : "alumni.conversation.recordChanged", conversation);
	}

	/** Adds a follow-up to a held conversation (or one being held); its owner is told when it is due. */
	@Transactional
	public UUID addFollowUp(Actor actor, UUID conversationId, AddFollowUp command) {
		ExitConversation conversation = readable(actor, conversationId);
		if (!this.access.mayEdit(actor, conversation)) {
			conversation.requireLive();
			throw new io.cocareer.shared.PermissionDenied("alumni.conversation.denied.edit",
					"The holder and the talent lead change a conversation");
		}
		List<InvalidInput> problems = followUpProblems(command, today());
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		UUID owner = command.ownerId().value();
		if (!owner.equals(conversation.talentId()) && !owner.equals(conversation.holderId())
				&& !this.people.find(command.ownerId()).map((p) -> p.status() != PersonStatus.LEFT).orElse(false)) {
			throw new InvalidInput("ownerId", "alumni.conversation.followUp.ownerUnknown", "Choose someone who works here");
		}
		if (!owner.equals(conversation.talentId()) && !owner.equals(conversation.holderId())
				&& !this.proposals.isTalentLead(owner)) {
			throw new InvalidInput("ownerId", "alumni.conversation.followUp.ownerOutside",
					"The owner is the talent, the holder or a talent lead: nobody else reads this conversation");
		}
		FollowUp followUp = conversation.addFollowUp(command.what().strip(), owner, command.dueOn(),
				this.clock.instant());
		audit("alumni.conversation.followUpAdded", conversation);
		return followUp.id();
	}

	@Transactional
	public void markFollowUpDone(Actor actor, UUID conversationId, UUID followUpId) {
		ExitConversation conversation = readable(actor, conversationId);
		FollowUp followUp = conversation.followUp(followUpId)
			.orElseThrow(() -> new io.cocareer.shared.NotFoundException("alumni.conversation.followUp.notFound",
					"There is no such follow-up"));
		if (followUp.doneOn() != null) {
			return;
		}
		if (!this.access.mayMarkDone(actor, conversation, followUp)) {
			conversation.requireLive();
			throw new io.cocareer.shared.PermissionDenied("alumni.conversation.denied.followUp",
					"The holder, the talent lead and the owner mark a follow-up done");
		}
		followUp.markDone(today());
		this.events.publishEvent(NoticeDone.forEveryone(ConversationProposals.followUpAction(followUpId)));
		audit("alumni.conversation.followUpDone", conversation);
	}

	/** Closes a held conversation: it is read only from then on. */
	@Transactional
	public void close(Actor actor, UUID conversationId, long expectedVersion) {
		ExitConversation conversation = editable(actor, conversationId, expectedVersion);
		conversation.close(today());
		audit("alumni.conversation.closed", conversation);
	}

	// ---------------------------------------------------------------- rules on input, all at once

	/** Everything wrong with a conversation to schedule, field by field (the form shows them all). */
	public static List<InvalidInput> scheduleProblems(ScheduleConversation command, LocalDate today) {
		List<InvalidInput> problems = new ArrayList<>();
		if (command.talentId() == null) {
			problems.add(new InvalidInput("talentId", "alumni.conversation.talent.required", "Choose the talent"));
		}
		if (command.scheduledOn() == null) {
			problems.add(new InvalidInput("scheduledOn", "alumni.conversation.scheduledOn.required",
					"Choose the day of the conversation"));
		}
		else if (command.scheduledOn().isBefore(today)) {
			problems.add(new InvalidInput("scheduledOn", "alumni.conversation.scheduledOn.past",
					"The day cannot be in the past"));
		}
		return problems;
	}

	/** Everything wrong with a conversation as saved, field by field. */
	public static List<InvalidInput> updateProblems(UpdateConversation command, ConversationStatus status,
			LocalDate storedScheduledOn, LocalDate today) {
		List<InvalidInput> problems = new ArrayList<>();
		boolean recording = command.heldOn() != null || status == ConversationStatus.HELD;
		if (!recording) {
			if (command.scheduledOn() == null) {
				problems.add(new InvalidInput("scheduledOn", "alumni.conversation.scheduledOn.required",
						"Choose the day of the conversation"));
			}
			else if (command.scheduledOn().isBefore(today) && !command.scheduledOn().equals(storedScheduledOn)) {
				problems.add(new InvalidInput("scheduledOn", "alumni.conversation.scheduledOn.past",
						"The day cannot be in the past"));
			}
			if (command.intention() != null || command.horizonMonths() != null || hasText(command.collaborations())
					|| hasText(command.referrals()) || hasText(command.clientRelationships())
					|| hasText(command.knowledgeTransfer())) {
				problems.add(new InvalidInput("heldOn", "alumni.conversation.heldOn.requiredToRecord",
						"Give the day it was held to record what was said"));
			}
		}
		else {
			if (command.heldOn() == null) {
				problems.add(new InvalidInput("heldOn", "alumni.conversation.heldOn.required",
						"Give the day it was held"));
			}
			else if (command.heldOn().isAfter(today)) {
				problems.add(new InvalidInput("heldOn", "alumni.conversation.heldOn.future",
						"A conversation is recorded once it was held: the day cannot be in the future"));
			}
			if (command.intention() == null) {
				problems.add(new InvalidInput("intention", "alumni.conversation.intention.required",
						"Choose what the talent intends"));
			}
			if (command.horizonMonths() == null) {
				problems.add(new InvalidInput("horizonMonths", "alumni.conversation.horizon.required",
						"Give the horizon in months"));
			}
		}
		if (command.horizonMonths() != null
				&& (command.horizonMonths() < 0 || command.horizonMonths() > MAX_HORIZON_MONTHS)) {
			problems.add(new InvalidInput("horizonMonths", "alumni.conversation.horizon.range",
					"The horizon is between 0 and %d months".formatted(MAX_HORIZON_MONTHS), 0, MAX_HORIZON_MONTHS));
		}
		section(problems, "collaborations", command.collaborations());
		section(problems, "referrals", command.referrals());
		section(problems, "clientRelationships", command.clientRelationships());
		section(problems, "knowledgeTransfer", command.knowledgeTransfer());
		return problems;
	}

	/** Everything wrong with a follow-up to add, field by field. */
	public static List<InvalidInput> followUpProblems(AddFollowUp command, LocalDate today) {
		List<InvalidInput> problems = new ArrayList<>();
		if (!hasText(command.what())) {
			problems.add(new InvalidInput("what", "alumni.conversation.followUp.whatRequired", "Say what is to be done"));
		}
		else if (command.what().strip().length() > MAX_FOLLOW_UP) {
			problems.add(new InvalidInput("what", "alumni.conversation.tooLong",
					"At most %d characters".formatted(MAX_FOLLOW_UP), MAX_FOLLOW_UP));
		}
		if (command.ownerId() == null) {
			problems.add(new InvalidInput("ownerId", "alumni.conversation.followUp.ownerRequired",
					"Choose who does it"));
		}
		if (command.dueOn() == null) {
			problems.add(new InvalidInput("dueOn", "alumni.conversation.followUp.dueRequired",
					"Choose by when it is to be done"));
		}
		else if (command.dueOn().isBefore(today)) {
			problems.add(new InvalidInput("dueOn", "alumni.conversation.followUp.duePast",
					"The day cannot be in the past"));
		}
		return problems;
	}

	private static void section(List<InvalidInput> problems, String field, String value) {
		if (value != null && value.strip().length() > MAX_SECTION) {
			problems.add(new InvalidInput(field, "alumni.conversation.tooLong",
					"At most %d characters".formatted(MAX_SECTION), MAX_SECTION));
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String text(String value) {
		return hasText(value) ? value.strip() : null;
	}

	// ---------------------------------------------------------------- helpers

	private UUID holderOf(Actor actor, HolderKind holder, PersonView talent) {
		if (holder == null) {
			throw new InvalidInput("holder", "alumni.conversation.holder.required",
					"Choose who holds the conversation");
		}
		if (holder == HolderKind.TALENT_LEAD) {
			return actor.personId().value();
		}
		if (talent.managerId() == null) {
			throw new InvalidInput("holder", "alumni.conversation.holder.noManager",
					"This talent has no manager: the talent lead holds it");
		}
		return talent.managerId();
	}

	/** The conversation, if the actor may read it; for anybody else (an administrator, an alumnus too) it does not exist. */
	private ExitConversation readable(Actor actor, UUID conversationId) {
		ExitConversation conversation = this.conversations.findById(conversationId)
			.orElseThrow(ConversationAccess::notFound);
		return this.access.readable(actor, conversation);
	}

	private ExitConversation editable(Actor actor, UUID conversationId, long expectedVersion) {
		ExitConversation conversation = readable(actor, conversationId);
		if (!this.access.mayEdit(actor, conversation)) {
			conversation.requireLive();
			throw new io.cocareer.shared.PermissionDenied("alumni.conversation.denied.edit",
					"The holder and the talent lead change a conversation");
		}
		if (conversation.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("The conversation changed since it was read");
		}
		return conversation;
	}

	private void tellScheduled(Actor actor, ExitConversation conversation) {
		Set<UUID> told = new HashSet<>();
		told.add(conversation.talentId());
		if (conversation.holderId() != null) {
			told.add(conversation.holderId());
		}
		told.remove(actor.personId().value());
		if (!told.isEmpty()) {
			this.events.publishEvent(Notice.toPeople("alumni.conversation.scheduled", told,
					"notice.alumni.conversation.scheduled", List.of(), ConversationProposals.link(conversation.id()),
					"alumni.conversation.scheduled." + conversation.id() + "." + conversation.scheduledOn()));
		}
	}

	/** An entry with no words: which conversation, and where it stands. */
	private void audit(String action, ExitConversation conversation) {
		this.events.publishEvent(AuditEvent.career(action, "alumniConversation", conversation.id(),
				AuditEvent.term("alumni.conversation.status." + conversation.status())));
	}

	private List<ConversationView> views(Actor actor, List<ExitConversation> found) {
		Set<UUID> ids = new HashSet<>();
		found.forEach((c) -> {
			ids.add(c.talentId());
			ids.add(c.holderId());
			c.followUps().forEach((f) -> ids.add(f.ownerId()));
		});
		PersonNames names = this.people.names(ids);
		LocalDate today = today();
		return found.stream().map((c) -> {
			List<FollowUpView> followUps = c.followUps()
				.stream()
				.map((f) -> new FollowUpView(f.id(), f.what(), f.ownerId(),
						(f.ownerId() != null) ? names.of(PersonId.of(f.ownerId()), null) : null, f.dueOn(), f.doneOn(),
						f.overdue(today), this.access.mayMarkDone(actor, c, f)))
				.toList();
			return new ConversationView(c.id(), c.talentId(), names.of(PersonId.of(c.talentId()), null),
					c.holderKind(), c.holderId(),
					(c.holderId() != null) ? names.of(PersonId.of(c.holderId()), null) : null, c.prompt(), c.status(),
					c.dueOn(), c.scheduledOn(), c.heldOn(), c.intention(), c.horizonMonths(), c.collaborations(),
					c.referrals(), c.clientRelationships(), c.knowledgeTransfer(), c.closedOn(), c.overdue(today),
					followUps, c.version(), this.access.mayEdit(actor, c), this.access.mayClose(actor, c),
					this.access.mayChooseHolder(actor, c));
		}).toList();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}

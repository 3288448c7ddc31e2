package io.cocareer.alumni.conversation.internal;

import java.util.UUID;

import io.cocareer.alumni.conversation.ConversationStatus;
import io.cocareer.alumni.conversation.HolderKind;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with pre-emptive exit conversations, in one place.
 * <ul>
 * <li>A conversation is read by the talent it is with, by the talent lead and by its holder
 * (a manager holding it); by nobody else: not the talent's manager when they do not hold it, not
 * administrators, not alumni, not other talents. For them it does not exist (404).</li>
 * <li>The talent lead schedules one for any talent, held by themselves or by the talent's manager;
 * a manager schedules one for a direct report, held by themselves.</li>
 * <li>The holder and the talent lead change its date and its record, add follow-ups and close it;
 * the talent reads it; the owner of a follow-up marks it done too.</li>
 * </ul>
 * Deny by default: every method answers no for an actor who is none of these.
 */
@Component
public class ConversationAccess {

	/** Whether the actor has any part in conversations (a talent, a manager, the talent lead). */
	public boolean takesPart(Actor actor) {
		return actor.personId() != null
				&& (actor.has(Role.TALENT_LEAD) || actor.has(Role.MANAGER) || actor.has(Role.TALENT));
	}

	/** The person the actor acts as, or refused (403) when they have no part in conversations. */
	public UUID participant(Actor actor) {
		if (!takesPart(actor)) {
			throw new PermissionDenied("alumni.conversation.denied",
					"Pre-emptive exit conversations are for the talents, their managers and the talent lead");
		}
		return actor.personId().value();
	}

	public boolean isHolder(Actor actor, ExitConversation conversation) {
		return takesPart(actor) && conversation.holderId() != null && actor.personId().value().equals(conversation.holderId());
	}

	public boolean isTalent(Actor actor, ExitConversation conversation) {
		return takesPart(actor) && actor.personId().value().equals(conversation.talentId());
	}

	public boolean isLead(Actor actor) {
		return takesPart(actor) && actor.isTalentLead();
	}

	/** The talent, the talent lead and the holder; nobody else. */
	public boolean mayRead(Actor actor, ExitConversation conversation) {
		return isLead(actor) || isTalent(actor, conversation) || isHolder(actor, conversation);
	}

	/** The conversation, if the actor may read it; otherwise it does not exist for them. */
	public ExitConversation readable(Actor actor, ExitConversation conversation) {
		if (!mayRead(actor, conversation)) {
			throw notFound();
		}
		return conversation;
	}

	/** The holder and the talent lead, while it is not closed (the talent reads it). */
	public boolean mayEdit(Actor actor, ExitConversation conversation) {
		return conversation.status().live() && (isLead(actor) || isHolder(actor, conversation));
	}

	public boolean mayClose(Actor actor, ExitConversation conversation) {
		return conversation.status() == ConversationStatus.HELD && mayEdit(actor, conversation);
	}

	/** The talent lead alone hands a conversation to the talent's manager or takes it back. */
	public boolean mayChooseHolder(Actor actor, ExitConversation conversation) {
		return conversation.status().live() && isLead(actor);
	}

	/** Whoever may edit it, and the owner of the follow-up. */
	public boolean mayMarkDone(Actor actor, ExitConversation conversation, FollowUp followUp) {
		if (followUp.doneOn() != null || !conversation.status().live() || !mayRead(actor, conversation)) {
			return false;
		}
		return mayEdit(actor, conversation)
				|| (followUp.ownerId() != null && actor.personId().value().equals(followUp.ownerId()));
	}

	/** Whether the actor schedules conversations at all: the talent lead and managers. */
	public boolean maySchedule(Actor actor) {
		return takesPart(actor) && (actor.isTalentLead() || actor.has(Role.MANAGER));
	}

	/**
	 * Whether the actor may schedule one for this talent, held as given: the talent lead for anyone
	 * (held by themselves or by the talent's manager), a manager for a direct report (held by themselves).
	 * @param managesTalent whether the actor is the talent's manager
	 */
	public boolean mayScheduleFor(Actor actor, UUID talentId, HolderKind holder, boolean managesTalent) {
		if (!maySchedule(actor) || actor.personId().value().equals(talentId)) {
			return false;
		}
		if (actor.isTalentLead()) {
			return true;
		}
		return holder == HolderKind.MANAGER && managesTalent;
	}

	public static NotFoundException notFound() {
		return new NotFoundException("alumni.conversation.notFound", "There is no such conversation");
	}

}

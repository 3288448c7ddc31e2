package io.cocareer.toolbox.counselling.internal;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.counselling.FollowUpOwner;
import io.cocareer.toolbox.counselling.SessionStatus;
import io.cocareer.toolbox.counselling.SessionView;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with counselling sessions, in one place.
 * <ul>
 * <li>A session is read by its talent, its counsellor and the talent lead; by nobody else (the
 * talent's manager neither, unless they counsel it; administrators and alumni never). For them it
 * does not exist (404). The notes are read by the same three, and only on the session itself.</li>
 * <li>Staff request sessions for themselves; the talent lead asks one for any talent, a counsellor
 * one with themselves.</li>
 * <li>The talent lead and the counsellor schedule and reschedule it, mark it held, write its notes
 * and agree follow-ups; the three change the agenda before it is held and may cancel it.</li>
 * <li>The owner's side marks a follow-up done: the talent theirs, the counsellor and the talent lead any.</li>
 * <li>The talent lead keeps the list of counsellors and reads every session (lists show no notes).</li>
 * </ul>
 * Deny by default: every method answers no for an actor who is none of these.
 */
@Component
public class CounsellingAccess {

	/** Whether the actor has any part in counselling: staff with a person (the talent lead, managers, talents). */
	public boolean takesPart(Actor actor) {
		return actor != null && actor.personId() != null
				&& (actor.has(Role.TALENT_LEAD) || actor.has(Role.MANAGER) || actor.has(Role.TALENT));
	}

	/** The person the actor acts as, or refused (403) when they have no part in counselling. */
	public UUID participant(Actor actor) {
		if (!takesPart(actor)) {
			throw new PermissionDenied("toolbox.counselling.denied",
					"Career counselling is for the organisation's staff");
		}
		return actor.personId().value();
	}

	public boolean isLead(Actor actor) {
		return takesPart(actor) && actor.isTalentLead();
	}

	public boolean isTalent(Actor actor, CounsellingSession session) {
		return takesPart(actor) && actor.personId().value().equals(session.talentId());
	}

	public boolean isCounsellor(Actor actor, CounsellingSession session) {
		return takesPart(actor) && session.counsellorId() != null
				&& actor.personId().value().equals(session.counsellorId());
	}

	/** The talent, the counsellor and the talent lead; nobody else. */
	public boolean mayRead(Actor actor, CounsellingSession session) {
		return isLead(actor) || isTalent(actor, session) || isCounsellor(actor, session);
	}

	/** The session, if the actor may read it; otherwise it does not exist for them. */
	public CounsellingSession readable(Actor actor, CounsellingSession session) {
		if (!mayRead(actor, session)) {
			throw notFound();
		}
		return session;
	}

	/** The notes: the same three, on the session itself (lists never carry them). */
	public boolean mayReadNotes(Actor actor, CounsellingSession session) {
		return mayRead(actor, session);
	}

	/** The talent lead and the counsellor (one who was erased leaves it to the talent lead). */
	private boolean runs(Actor actor, CounsellingSession session) {
		return isLead(actor) || isCounsellor(actor, session);
	}

	/** The talent lead and the counsellor, while it is requested or scheduled. */
	public boolean maySchedule(Actor actor, CounsellingSession session) {
		return session.status().open() && runs(actor, session) && session.counsellorId() != null;
	}

	/** The three, before it is held. */
	public boolean mayEditAgenda(Actor actor, CounsellingSession session) {
		return session.status().open() && mayRead(actor, session);
	}

	/** The talent lead and the counsellor, once scheduled. */
	public boolean mayMarkHeld(Actor actor, CounsellingSession session) {
		return session.status() == SessionStatus.SCHEDULED && runs(actor, session);
	}

	/** The talent lead and the counsellor, once held. */
	public boolean mayWriteNotes(Actor actor, CounsellingSession session) {
		return session.status() == SessionStatus.HELD && runs(actor, session);
	}

	/** The three, before it is held. */
	public boolean mayCancel(Actor actor, CounsellingSession session) {
		return session.status().open() && mayRead(actor, session);
	}

	/** The talent lead and the counsellor, once held. */
	public boolean mayAddFollowUp(Actor actor, CounsellingSession session) {
		return session.status() == SessionStatus.HELD && runs(actor, session);
	}

	/** The talent lead and the counsellor any; the talent their own. */
	public boolean mayMarkDone(Actor actor, CounsellingSession session, CounsellingFollowUp followUp) {
		if (followUp.doneOn() != null || session.status() != SessionStatus.HELD || !mayRead(actor, session)) {
			return false;
		}
		return runs(actor, session) || (followUp.owner() == FollowUpOwner.TALENT && isTalent(actor, session));
	}

	/** The invite of a scheduled or cancelled session, for the three. */
	public boolean mayDownloadInvite(Actor actor, CounsellingSession session) {
		return mayRead(actor, session) && session.startsAt() != null
				&& (session.status() == SessionStatus.SCHEDULED || session.status() == SessionStatus.CANCELLED);
	}

	/**
	 * Whether the actor may ask for a session of this talent with this counsellor: anyone for
	 * themselves, the talent lead for anyone, a counsellor with themselves; never with oneself as
	 * one's own counsellor.
	 */
	public boolean mayRequestFor(Actor actor, UUID talentId, UUID counsellorId) {
		if (!takesPart(actor) || talentId == null || talentId.equals(counsellorId)) {
			return false;
		}
		UUID me = actor.personId().value();
		return me.equals(talentId) || actor.isTalentLead() || me.equals(counsellorId);
	}

	/** The talent lead keeps the list of counsellors. */
	public boolean mayManageCounsellors(Actor actor) {
		return isLead(actor);
	}

	/** The talent lead reads every session (lists show no notes). */
	public boolean mayListAll(Actor actor) {
		return isLead(actor);
	}

	public SessionView.Permissions permissions(Actor actor, CounsellingSession session) {
		if (!mayRead(actor, session)) {
			return SessionView.Permissions.NONE;
		}
		return new SessionView.Permissions(maySchedule(actor, session), mayEditAgenda(actor, session),
				mayMarkHeld(actor, session), mayReadNotes(actor, session), mayWriteNotes(actor, session),
				mayCancel(actor, session), mayAddFollowUp(actor, session), mayDownloadInvite(actor, session));
	}

	public static NotFoundException notFound() {
		return new NotFoundException("toolbox.counselling.notFound", "There is no such counselling session");
	}

}

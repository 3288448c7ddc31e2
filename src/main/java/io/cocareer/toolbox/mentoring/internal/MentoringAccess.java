package io.cocareer.toolbox.mentoring.internal;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.mentoring.CohortStatus;
import io.cocareer.toolbox.mentoring.PairSide;
import io.cocareer.toolbox.mentoring.PairStatus;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what in mentoring programmes, in one place.
 * <ul>
 * <li>Staff (the talent lead, managers, talents, each a person) take part; administrators and
 * alumni do not: for them nothing here exists.</li>
 * <li>The talent lead creates cohorts, enrols anyone, closes enrolment, runs the matching, pins
 * and forbids pairs, publishes and ends; reads every enrolment, the draft, every pair with its
 * agreement and meetings, but never a meeting's private note, and the feedback only as averages
 * over enough answers.</li>
 * <li>Any member of staff enrols as a mentor in a cohort open for enrolment; a talent as a
 * mentee. They read a cohort open for enrolment and those they are enrolled in (their own
 * enrolment, not the others').</li>
 * <li>A mentor and a mentee read their own pair once the matching is published (a draft is the
 * lead's), with its private notes; they write its agreement, log meetings and give feedback.</li>
 * <li>A manager reads that a direct report is in a cohort and with whom (on "my mentoring"),
 * nothing of the pair's words.</li>
 * </ul>
 * Deny by default: every method answers no for an actor who is none of these.
 */
@Component
public class MentoringAccess {

	/** Whether the actor takes part in mentoring at all: staff who are a person. */
	public boolean takesPart(Actor actor) {
		return actor.personId() != null
				&& (actor.has(Role.TALENT_LEAD) || actor.has(Role.MANAGER) || actor.has(Role.TALENT));
	}

	/** The person the actor acts as, or refused (403) when they take no part. */
	public UUID participant(Actor actor) {
		if (!takesPart(actor)) {
			throw new PermissionDenied("toolbox.mentoring.denied", "Mentoring programmes are for the organisation's staff");
		}
		return actor.personId().value();
	}

	public boolean isLead(Actor actor) {
		return takesPart(actor) && actor.isTalentLead();
	}

	/** The talent lead runs cohorts: creates them, enrols others, matches, publishes and ends. */
	public boolean mayManage(Actor actor) {
		return isLead(actor);
	}

	public void requireManager(Actor actor) {
		if (!mayManage(actor)) {
			throw new PermissionDenied("toolbox.mentoring.denied.manage", "The talent lead runs mentoring cohorts");
		}
	}

	/** Anyone of staff mentors; only talents are mentored (the lead may enrol a talent). */
	public boolean mayEnrolAsMentor(Actor actor, Cohort cohort) {
		return takesPart(actor) && cohort.enrolling();
	}

	public boolean mayEnrolAsMentee(Actor actor, Cohort cohort, boolean isTalent) {
		return takesPart(actor) && cohort.enrolling() && isTalent;
	}

	/**
	 * A cohort: the lead reads every one; others one open for enrolment, or one they are enrolled
	 * in.
	 */
	public boolean mayRead(Actor actor, Cohort cohort, boolean enrolled) {
		if (!takesPart(actor)) {
			return false;
		}
		return isLead(actor) || enrolled || cohort.enrolling();
	}

	public Cohort readable(Actor actor, Cohort cohort, boolean enrolled) {
		if (!mayRead(actor, cohort, enrolled)) {
			throw cohortNotFound();
		}
		return cohort;
	}

	/** The side the actor is on in the pair, or {@code null}. */
	public PairSide sideOf(Actor actor, MentoringPair pair) {
		if (!takesPart(actor)) {
			return null;
		}
		UUID me = actor.personId().value();
		if (me.equals(pair.mentorPersonId())) {
			return PairSide.MENTOR;
		}
		if (me.equals(pair.menteePersonId())) {
			return PairSide.MENTEE;
		}
		return null;
	}

	/** A pair: the lead reads every one; its mentor and mentee once published. */
	public boolean mayReadPair(Actor actor, MentoringPair pair) {
		if (isLead(actor)) {
			return true;
		}
		return pair.status() != PairStatus.DRAFT && sideOf(actor, pair) != null;
	}

	public MentoringPair readablePair(Actor actor, MentoringPair pair) {
		if (!mayReadPair(actor, pair)) {
			throw pairNotFound();
		}
		return pair;
	}

	/** The private notes of meetings: the pair alone, not even the lead. */
	public boolean mayReadPrivateNotes(Actor actor, MentoringPair pair) {
		return pair.status() != PairStatus.DRAFT && sideOf(actor, pair) != null;
	}

	/** The agreement and the meetings log are the pair's to write while it runs. */
	public boolean mayWrite(Actor actor, MentoringPair pair) {
		return pair.status() == PairStatus.ACTIVE && sideOf(actor, pair) != null;
	}

	/** Feedback from each side, once, while it runs or after it ended. */
	public boolean mayGiveFeedback(Actor actor, MentoringPair pair, CohortStatus cohortStatus) {
		return pair.status() != PairStatus.DRAFT && sideOf(actor, pair) != null
				&& (cohortStatus == CohortStatus.RUNNING || cohortStatus == CohortStatus.ENDED);
	}

	public static NotFoundException cohortNotFound() {
		return new NotFoundException("toolbox.mentoring.cohort.notFound", "There is no such cohort");
	}

	public static NotFoundException pairNotFound() {
		return new NotFoundException("toolbox.mentoring.pair.notFound", "There is no such mentoring pair");
	}

}

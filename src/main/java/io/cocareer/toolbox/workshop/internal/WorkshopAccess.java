package io.cocareer.toolbox.workshop.internal;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.workshop.Attendance;
import io.cocareer.toolbox.workshop.Audience;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what with career planning workshops, in one place.
 * <ul>
 * <li>Staff (the talent lead, managers, talents) take part; administrators and alumni do not.</li>
 * <li>A workshop is seen by its audience (everyone on staff, or talents only), its facilitator, the
 * talent lead and whoever holds a seat in it; for anybody else it does not exist (404).</li>
 * <li>The talent lead creates workshops and names any staff person as facilitator; the lead and the
 * facilitator change it, cancel it, enrol someone, see who is enrolled and waiting, record
 * attendance, share materials and read the feedback summary (they "manage" it).</li>
 * <li>People in the audience enrol themselves and leave; materials are for the enrolled and those
 * who manage it; feedback comes from those who attended, and only as an average and unnamed
 * comments to those who manage it.</li>
 * </ul>
 * Deny by default: every method answers no for an actor who is none of these.
 */
@Component
public class WorkshopAccess {

	/** Whether the actor takes part in workshops at all: staff with a person. */
	public boolean takesPart(Actor actor) {
		return actor.personId() != null
				&& (actor.has(Role.TALENT_LEAD) || actor.has(Role.MANAGER) || actor.has(Role.TALENT));
	}

	/** The person the actor acts as, or refused (403) when they take no part in workshops. */
	public UUID participant(Actor actor) {
		if (!takesPart(actor)) {
			throw new PermissionDenied("toolbox.workshop.denied", "Workshops are for the organisation's staff");
		}
		return actor.personId().value();
	}

	public boolean isLead(Actor actor) {
		return takesPart(actor) && actor.isTalentLead();
	}

	public boolean isFacilitator(Actor actor, Workshop workshop) {
		return takesPart(actor) && workshop.facilitatorId() != null
				&& workshop.facilitatorId().equals(actor.personId().value());
	}

	/** The talent lead creates workshops. */
	public boolean mayCreate(Actor actor) {
		return isLead(actor);
	}

	/** Whether the actor belongs to the workshop's audience. */
	public boolean inAudience(Actor actor, Workshop workshop) {
		if (!takesPart(actor)) {
			return false;
		}
		return workshop.audience() == Audience.EVERYONE || actor.has(Role.TALENT);
	}

	/** Whether a person (not the actor) belongs to the audience: staff, and a talent for a talents' workshop. */
	public static boolean inAudience(Audience audience, boolean worksHere, boolean talent) {
		return worksHere && (audience == Audience.EVERYONE || talent);
	}

	/** The talent lead and the facilitator. */
	public boolean mayManage(Actor actor, Workshop workshop) {
		return isLead(actor) || isFacilitator(actor, workshop);
	}

	public boolean maySee(Actor actor, Workshop workshop) {
		return takesPart(actor) && (inAudience(actor, workshop) || mayManage(actor, workshop)
				|| workshop.seatOf(actor.personId().value()).isPresent());
	}

	/** The workshop, if the actor may see it; otherwise it does not exist for them. */
	public Workshop visible(Actor actor, Workshop workshop) {
		if (!maySee(actor, workshop)) {
			throw notFound();
		}
		return workshop;
	}

	/** The workshop, if the actor manages it: 404 when they may not see it, 403 when they only see it. */
	public Workshop managed(Actor actor, Workshop workshop) {
		visible(actor, workshop);
		if (!mayManage(actor, workshop)) {
			throw new PermissionDenied("toolbox.workshop.denied.manage",
					"The facilitator and the talent lead manage a workshop");
		}
		return workshop;
	}

	/** People in the audience enrol themselves while it is open. */
	public boolean mayEnrolSelf(Actor actor, Workshop workshop, java.time.Instant now) {
		return inAudience(actor, workshop) && workshop.open(now)
				&& workshop.seatOf(actor.personId().value()).isEmpty();
	}

	public boolean mayLeave(Actor actor, Workshop workshop, java.time.Instant now) {
		return takesPart(actor) && workshop.open(now) && workshop.seatOf(actor.personId().value()).isPresent();
	}

	/** Materials: the enrolled and those who manage it. */
	public boolean mayReadMaterials(Actor actor, Workshop workshop) {
		return mayManage(actor, workshop) || (takesPart(actor)
				&& workshop.seatOf(actor.personId().value()).map(Seat::enrolled).orElse(false));
	}

	/** Feedback: those who attended. */
	public boolean mayGiveFeedback(Actor actor, Workshop workshop) {
		return takesPart(actor) && workshop.status() == io.cocareer.toolbox.workshop.WorkshopStatus.SCHEDULED
				&& workshop.seatOf(actor.personId().value())
					.map((s) -> s.attendance() == Attendance.ATTENDED)
					.orElse(false);
	}

	public static NotFoundException notFound() {
		return new NotFoundException("toolbox.workshop.notFound", "There is no such workshop");
	}

}

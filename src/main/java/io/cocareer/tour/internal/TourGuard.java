package io.cocareer.tour.internal;

import java.util.Optional;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.tour.Participation;
import io.cocareer.tour.TourNotFoundException;
import io.cocareer.tour.TourState;

import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a tour, in one place for every tour service (deny by default):
 * <ul>
 * <li>the programme's audience is the staff: the talent lead, managers, talents and
 * administrators;</li>
 * <li>the talent, their manager on the tour and the talent lead see a tour; for anyone else it
 * does not exist (404).</li>
 * </ul>
 * Who sees a work package is the catalogue's rule ({@code WorkPackageService}), on the same audience.
 */
@Component
public class TourGuard {

	private final TourRepository tours;

	TourGuard(TourRepository tours) {
		this.tours = tours;
	}

	/** The tour, if the actor takes part in it; otherwise a 404. */
	public Tour participantTour(Actor actor, UUID id) {
		Tour tour = this.tours.findById(id).orElseThrow(() -> new TourNotFoundException(id));
		if (participation(actor, tour).isEmpty()) {
			throw new TourNotFoundException(id);
		}
		return tour;
	}

	/** Why the actor sees the tour; empty if they do not. */
	public Optional<Participation> participation(Actor actor, Tour tour) {
		if (actor.isPerson(PersonId.ofNullable(tour.talentId()))) {
			return Optional.of(Participation.TALENT);
		}
		if (actor.isPerson(PersonId.ofNullable(tour.managerId()))) {
			return Optional.of(Participation.MANAGER);
		}
		if (actor.isTalentLead()) {
			return Optional.of(Participation.TALENT_LEAD);
		}
		return Optional.empty();
	}

	/**
	 * Whether the viewer may make this move by hand (see {@link TourState#byHand()}): the talent
	 * too, but the closing review's start, which is the manager's or the talent lead's.
	 */
	public boolean mayMoveByHand(Participation viewer, TourState target) {
		return target.byHand() && (target != TourState.IN_CLOSING_REVIEW || viewer.forOrganisation());
	}

	/** Whether the viewer may change the plan: the organisation's side, while the tour is still shaped. */
	public boolean mayEditPlan(Tour tour, Participation viewer) {
		return viewer.forOrganisation()
				&& (tour.state() == TourState.DRAFT || tour.state() == TourState.IN_CONVERSATION);
	}

	/** Whether the actor sees every tour (their tours list is all of them): the talent lead. */
	public boolean seesAllTours(Actor actor) {
		return actor.isTalentLead();
	}

	/** Whether the actor's tours list is their team's: a manager who is not the talent lead. */
	public boolean seesTeamTours(Actor actor) {
		return !seesAllTours(actor) && actor.has(Role.MANAGER);
	}

	/** Whether the actor may propose a tour for anyone in the directory, not only their reports: the talent lead. */
	public boolean mayProposeForAnyone(Actor actor) {
		return actor.isTalentLead();
	}

	/** Whether the actor may revise the programme charter: the talent lead. */
	public boolean mayReviseCharter(Actor actor) {
		return actor.isTalentLead();
	}

	/** Whether the actor sees the overview of all tours: the talent lead. */
	public boolean seesOverview(Actor actor) {
		return actor.isTalentLead();
	}

	/** Whether the actor belongs to the programme's audience: the staff. */
	public boolean isStaff(Actor actor) {
		return actor.has(Role.TALENT_LEAD) || actor.has(Role.MANAGER) || actor.has(Role.TALENT)
				|| actor.has(Role.ADMIN);
	}

	public void requireStaff(Actor actor) {
		if (!isStaff(actor)) {
			throw new PermissionDenied("tour.denied.staffOnly", "Tours of duty are for the organisation's staff");
		}
	}

}

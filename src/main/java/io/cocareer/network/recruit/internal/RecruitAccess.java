package io.cocareer.network.recruit.internal;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who may see and do what with candidates: the one place the recruitment decides it. The talent
 * lead keeps them all; a manager sees the candidates they are the hiring manager of and may add
 * to (and remove from) their assets; nobody else sees a candidate, administrators included (they
 * run the system, they do not recruit). Deny by default.
 */
@Component
public class RecruitAccess {

	private final Candidates candidates;

	RecruitAccess(Candidates candidates) {
		this.candidates = candidates;
	}

	/** The talent lead: every candidate, every change, the hire. */
	public boolean mayRecruit(Actor actor) {
		return actor != null && actor.isTalentLead();
	}

	/** A manager with a person, who may be named hiring manager. */
	public boolean mayHireAsManager(Actor actor) {
		return actor != null && actor.personId() != null && actor.has(Role.MANAGER);
	}

	/** Whether the actor has candidates to open at all: the lead, or a manager named on one. */
	public boolean mayOpenCandidates(Actor actor) {
		return mayRecruit(actor)
				|| (mayHireAsManager(actor) && this.candidates.existsByHiringManagerId(actor.personId().value()));
	}

	/** Refuses (403) anyone who may neither recruit nor hire as a manager. */
	public void requireCandidates(Actor actor) {
		if (!mayRecruit(actor) && !mayHireAsManager(actor)) {
			throw new PermissionDenied("recruit.denied", "Only the talent lead and hiring managers see candidates");
		}
	}

	public void requireRecruit(Actor actor) {
		if (!mayRecruit(actor)) {
			throw new PermissionDenied("recruit.denied.lead", "Only the talent lead may do this with a candidate");
		}
	}

	public boolean maySee(Actor actor, Candidate candidate) {
		return mayRecruit(actor) || isHiringManager(actor, candidate);
	}

	/** Name, role, stage, note, removal and hire: the lead's. */
	public boolean mayChange(Actor actor, Candidate candidate) {
		return mayRecruit(actor);
	}

	/** Assets: the lead's and the hiring manager's. */
	public boolean mayChangeAssets(Actor actor, Candidate candidate) {
		return maySee(actor, candidate);
	}

	private boolean isHiringManager(Actor actor, Candidate candidate) {
		UUID manager = candidate.hiringManagerId();
		return manager != null && mayHireAsManager(actor) && manager.equals(actor.personId().value());
	}

}

package io.cocareer.alumni.portal.internal;

import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees and does what in the alumni portal, in one place (deny by default).
 * <ul>
 * <li>An alumnus (the alumnus role and a person, no staff role) reads the published news and
 * opportunities, says they are interested, refers candidates and reads their own referrals, sees
 * and changes their own consent, downloads their own data, erases it, and reads their own career
 * record. Nobody else's.</li>
 * <li>The talent lead (with a person) writes the posts, reads every post with who is interested,
 * and handles the referrals (status, deletion).</li>
 * <li>Managers, talents and administrators see nothing of the alumni's: no post, no interest, no
 * referral, no one's consent or data.</li>
 * </ul>
 * A referral a reader may not see does not exist for them (404).
 */
@Component
public class PortalAccess {

	/** An alumnus acting for themselves. */
	public boolean isAlumnus(Actor actor) {
		return actor != null && actor.personId() != null && actor.has(Role.ALUMNUS) && !actor.isStaff();
	}

	/** The talent lead, acting for the organisation. */
	public boolean isLead(Actor actor) {
		return actor != null && actor.personId() != null && actor.isTalentLead();
	}

	/** Whether the actor reads the posts: alumni (the published ones) and the talent lead (all of them). */
	public boolean mayReadPosts(Actor actor) {
		return isAlumnus(actor) || isLead(actor);
	}

	/** Whether the actor writes posts and sees who is interested: the talent lead. */
	public boolean mayManagePosts(Actor actor) {
		return isLead(actor);
	}

	/** Whether the actor handles the referrals: the talent lead. */
	public boolean mayManageReferrals(Actor actor) {
		return isLead(actor);
	}

	/** Whether the actor may read this referral: the alumnus who made it, and the talent lead. */
	public boolean mayReadReferral(Actor actor, Referral referral) {
		return isLead(actor) || (isAlumnus(actor) && actor.personId().value().equals(referral.referrerId()));
	}

	/** Refuses (403) whoever does not read posts. */
	public void requireReader(Actor actor) {
		if (!mayReadPosts(actor)) {
			throw new PermissionDenied("alumni.portal.denied", "The alumni portal is for alumni and the talent lead");
		}
	}

	/** Refuses (403) whoever is not the talent lead. */
	public void requireLead(Actor actor) {
		if (!isLead(actor)) {
			throw new PermissionDenied("alumni.portal.denied.lead", "Only the talent lead does this");
		}
	}

	/** The alumnus' own person, or refused (403) when the actor is not an alumnus. */
	public UUID requireAlumnus(Actor actor) {
		if (!isAlumnus(actor)) {
			throw new PermissionDenied("alumni.portal.denied.alumnus", "This is for alumni, about themselves");
		}
		return actor.personId().value();
	}

	/** The referral, if the actor may read it; otherwise it does not exist for them. */
	public Referral readable(Actor actor, Referral referral) {
		if (!mayReadReferral(actor, referral)) {
			throw noReferral();
		}
		return referral;
	}

	public static NotFoundException noReferral() {
		return new NotFoundException("alumni.portal.referral.notFound", "There is no such referral");
	}

}

package io.cocareer.tour.matching;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.shared.AccountId;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.talent.MatchingProfile;
import io.cocareer.tour.catalogue.PackageProfile;

import org.springframework.stereotype.Component;

/**
 * Who sees whom in matching, decided here for the service, the package page and the API alike
 * (deny by default):
 * <ul>
 * <li>the talent lead, a package's creator and its sponsor rank candidates for it; nobody else;</li>
 * <li>the talent lead ranks the whole pool; a creator or sponsor ranks only the talents who chose
 * to be discoverable, their own direct reports and the people who expressed interest in the
 * package;</li>
 * <li>a candidate's aspiration words, and a link to their profile, go only to a reader who may read
 * that profile: the talent lead, the talent's direct manager and the talent themself (the rule of
 * {@code TalentProfiles#profile}); others see the name, title, unit, score and how the levels
 * cover the package, which is what discoverability promises;</li>
 * <li>a person's matching open packages are seen by that person, their manager and the talent lead.</li>
 * </ul>
 */
@Component
public class MatchingAccess {

	private final PeopleDirectory people;

	MatchingAccess(PeopleDirectory people) {
		this.people = people;
	}

	/** Whether the actor may rank candidates for the package: the talent lead, its creator or sponsor. */
	boolean mayRank(Actor actor, PackageProfile pkg) {
		return actor.isTalentLead() || pkg.createdBy(AccountId.valueOf(actor.accountId())) || pkg.sponsoredBy(PersonId.valueOf(actor.personId()));
	}

	/** Whether the actor ranks the whole pool (the talent lead) rather than those who may be found. */
	public boolean ranksWholePool(Actor actor) {
		return actor.isTalentLead();
	}

	/** Whether the actor may see a person's matching packages: the person, their manager, the talent lead. */
	public boolean mayRankPackagesFor(Actor actor, UUID personId) {
		return actor.isTalentLead() || actor.isPerson(PersonId.ofNullable(personId)) || this.people.isManagerOf(actor.personId(), PersonId.ofNullable(personId));
	}

	/**
	 * The candidates this actor may see ranked for a package they may rank, and what they may read
	 * of each (one statement for a manager's reports, none for the talent lead).
	 * @param interested the people who expressed interest in the package
	 */
	public Audience audience(Actor actor, Set<UUID> interested) {
		if (ranksWholePool(actor)) {
			return new Audience(true, PersonId.valueOf(actor.personId()), Set.of(), Set.copyOf(interested));
		}
		Set<UUID> reports = new HashSet<>();
		if (actor.personId() != null) {
			this.people.directReports(actor.personId()).forEach((report) -> reports.add(report.id()));
		}
		return new Audience(false, PersonId.valueOf(actor.personId()), Set.copyOf(reports), Set.copyOf(interested));
	}

	/**
	 * The candidates a reader may see for one package.
	 * @param wholePool the talent lead's view: every active talent, every profile readable
	 * @param self the reader's own person id (may be null)
	 * @param reports the reader's direct reports, whose profiles they read
	 * @param interested the people who expressed interest in the package
	 */
	public record Audience(boolean wholePool, UUID self, Set<UUID> reports, Set<UUID> interested) {

		/** Whether this talent may appear among the reader's candidates. */
		public boolean admits(MatchingProfile talent) {
			UUID id = talent.personId().value();
			return this.wholePool || talent.discoverable() || this.reports.contains(id) || this.interested.contains(id)
					|| id.equals(this.self);
		}

		/** Whether the reader may read this candidate's profile (and so their aspiration words). */
		public boolean mayReadProfile(UUID personId) {
			return this.wholePool || this.reports.contains(personId) || personId.equals(this.self);
		}

	}

}

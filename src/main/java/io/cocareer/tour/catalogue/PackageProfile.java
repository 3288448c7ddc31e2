package io.cocareer.tour.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.TourType;

/**
 * A work package as the other parts of the tours read it (matching, the agreement, the closing
 * review), with no reader's rights attached: each applies its own rules to it.
 * @param createdByAccount the account that created it
 * @param competencies what it requires, each at a level of 1 to 5
 */
public record PackageProfile(UUID id, String title, String description, String expectedResults,
		WorkPackageStatus status, TourType tourType, LocalDate startOn, LocalDate endOn, int timeShare, UUID sponsorId,
		UUID createdByAccount, List<RequiredCompetency> competencies) {

	/** Whether this account created it. */
	public boolean createdBy(AccountId accountId) {
		return accountId != null && accountId.value().equals(this.createdByAccount);
	}

	public boolean sponsoredBy(PersonId personId) {
		return personId != null && personId.value().equals(this.sponsorId);
	}

}

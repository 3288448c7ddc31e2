package io.cocareer.tour.agreement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cocareer.tour.TourType;

import org.jspecify.annotations.Nullable;

/**
 * One version of a tour's agreement as its document reads: the tour and both parties, the terms,
 * the programme charter and the mission it carries (for a draft: as they are now), and the
 * signatures.
 * @param binding whether this is the signed version in force
 * @param missing the required fields a draft still lacks before it can be sent
 */
public record AgreementView(UUID id, UUID tourId, int versionNo, AgreementStatus status, boolean binding,
		@Nullable String amendmentReason, String tourTitle, TourType tourType, String talentName, String managerName,
		AgreementTerms terms, @Nullable Integer charterVersionNo, @Nullable String charterText,
		@Nullable Integer missionRevisionNo, @Nullable MissionText mission, @Nullable Instant sentAt,
		@Nullable String talentSignedBy, @Nullable Instant talentSignedAt, boolean rofcAcknowledged,
		@Nullable String managerSignedBy, @Nullable Instant managerSignedAt, String createdByName, Instant createdAt,
		@Nullable String updatedByName, @Nullable Instant updatedAt, long version, List<String> missing) {

	public boolean amendment() {
		return this.versionNo > 1;
	}

	public boolean frozen() {
		return this.status != AgreementStatus.DRAFT;
	}

}

package io.cocareer.tour.agreement;

import java.util.List;
import java.util.UUID;

import io.cocareer.tour.Participation;
import io.cocareer.tour.TourState;

import org.jspecify.annotations.Nullable;

/**
 * A tour's agreement page: every version (newest first), the one being worked on, the one in
 * force, and what the reader may do now.
 * @param current the latest version ({@code null}: none yet)
 * @param binding the signed version in force ({@code null}: nothing signed yet)
 * @param proposal what a new draft starts from: the tour's plan and the default next-tour conversation
 */
public record AgreementsView(UUID tourId, TourState tourState, Participation viewer, List<AgreementView> versions,
		@Nullable AgreementView current, @Nullable AgreementView binding, @Nullable AgreementTerms proposal,
		boolean hasMission, Actions actions) {

	/** What the reader may do with the current version. */
	public record Actions(boolean edit, boolean send, boolean signAsTalent, boolean signAsManager,
			boolean askForChanges, boolean amend) {

	}

}

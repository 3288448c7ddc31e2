package io.cocareer.tour.agreement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an agreement says, as the organisation side drafts it.
 * @param scope specifics: what the tour covers
 * @param nextConversationOn when talent and manager talk about what comes next; before the end,
 * not before the start ({@code null}: the end minus the configured lead time)
 */
public record AgreementTerms(@Nullable String scope, @Nullable LocalDate startOn, @Nullable LocalDate endOn,
		@Nullable Integer timeShare, @Nullable String deliverables, @Nullable String learningGoals,
		@Nullable String visibilityMoments, @Nullable String companyResources, @Nullable String companySponsorship,
		@Nullable String companyCoaching, @Nullable String companyExposure, @Nullable String companyFollowOn,
		@Nullable String companyReference, @Nullable String talentCommitments, @Nullable LocalDate nextConversationOn) {

}

package io.cocareer.tour;

import java.time.LocalDate;

/**
 * What an agreement says, as the organisation side drafts it.
 * @param scope specifics: what the tour covers
 * @param nextConversationOn when talent and manager talk about what comes next; before the end,
 * not before the start ({@code null}: the end minus the configured lead time)
 */
public record AgreementTerms(String scope, LocalDate startOn, LocalDate endOn, Integer timeShare,
		String deliverables, String learningGoals, String visibilityMoments, String companyResources,
		String companySponsorship, String companyCoaching, String companyExposure, String companyFollowOn,
		String companyReference, String talentCommitments, LocalDate nextConversationOn) {

}

package io.cocareer.tour.agreement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.agreement.AgreementStatus;
import io.cocareer.tour.agreement.AgreementTerms;
import io.cocareer.tour.agreement.MissionText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTests {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final ActedBy TARA = new ActedBy(PersonId.of(UUID.randomUUID()), null);

	private static final ActedBy MARCO = new ActedBy(PersonId.of(UUID.randomUUID()), null);

	private static final LocalDate START = LocalDate.of(2027, 1, 1);

	private static final MissionText MISSION = new MissionText("Ship", "Faster onboarding", "Leadership", "A day");

	@Test
	void bothSignaturesFreezeTheVersion() {
		Agreement agreement = sent();

		assertThat(agreement.signAsManager("Marco Rossi", NOW)).isFalse();
		assertThat(agreement.status()).isEqualTo(AgreementStatus.AWAITING_SIGNATURES);
		assertThat(agreement.signAsTalent("Tara Nguyen", true, NOW)).isTrue();

		assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
		assertThat(agreement.rofcAcknowledged()).isTrue();
		assertThatThrownBy(() -> agreement.revise(terms(60), MARCO, NOW))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.code()).isEqualTo("tour.agreement.signed"));
		assertThat(agreement.timeShare()).isEqualTo(40);
		assertThatThrownBy(() -> agreement.askForChanges(TARA, NOW)).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void theTalentSignsOnlyWithTheRightOfFirstConversationAcknowledged() {
		Agreement agreement = sent();

		assertThatThrownBy(() -> agreement.signAsTalent("Tara Nguyen", false, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("rofcAcknowledged");
				assertThat(ex.code()).isEqualTo("tour.agreement.rofcRequired");
			});
		assertThat(agreement.talentSignedAt()).isNull();
	}

	@Test
	void aDraftIsNotSignedAndAnIncompleteOneIsNotSent() {
		Agreement agreement = Agreement.draft(UUID.randomUUID(), incomplete(), MARCO, NOW);

		assertThatThrownBy(() -> agreement.signAsManager("Marco Rossi", NOW)).isInstanceOfSatisfying(
				BusinessRuleViolation.class, (ex) -> assertThat(ex.code()).isEqualTo("tour.agreement.notAwaiting"));
		assertThat(agreement.missing()).containsExactly("deliverables", "talentCommitments");
		assertThatThrownBy(() -> agreement.send(1, "charter", 1, MISSION, NOW))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.getMessage()).contains("deliverables, talentCommitments"));
	}

	@Test
	void askingForChangesClearsEverySignature() {
		Agreement agreement = sent();
		agreement.signAsTalent("Tara Nguyen", true, NOW);

		agreement.askForChanges(MARCO, NOW);

		assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
		assertThat(agreement.talentSignedAt()).isNull();
		assertThat(agreement.rofcAcknowledged()).isFalse();
		agreement.revise(terms(50), MARCO, NOW);
		assertThat(agreement.timeShare()).isEqualTo(50);
	}

	@Test
	void anAmendmentIsTheNextVersionACopyOfTheSignedOneWithAReason() {
		Agreement signed = sent();
		signed.signAsTalent("Tara Nguyen", true, NOW);
		signed.signAsManager("Marco Rossi", NOW);

		Agreement amendment = signed.amend("The pilot grew", MARCO, NOW);
		amendment.revise(terms(60), MARCO, NOW);

		assertThat(amendment.versionNo()).isEqualTo(2);
		assertThat(amendment.isAmendment()).isTrue();
		assertThat(amendment.status()).isEqualTo(AgreementStatus.DRAFT);
		assertThat(amendment.amendmentReason()).isEqualTo("The pilot grew");
		assertThat(amendment.talentSignedAt()).isNull();
		assertThat(amendment.timeShare()).isEqualTo(60);
		assertThat(signed.timeShare()).isEqualTo(40);
		assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
		assertThatThrownBy(() -> signed.amend(" ", MARCO, NOW)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> amendment.amend("again", MARCO, NOW)).isInstanceOfSatisfying(
				BusinessRuleViolation.class, (ex) -> assertThat(ex.code()).isEqualTo("tour.agreement.amendOnlySigned"));
	}

	@Test
	void datesShareAndTheNextConversationAreChecked() {
		assertThatThrownBy(() -> Agreement.draft(UUID.randomUUID(),
				new AgreementTerms("s", START, START.minusDays(1), 40, null, null, null, null, null, null, null, null,
						null, null, START),
				MARCO, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("endOn"));
		assertThatThrownBy(() -> Agreement.draft(UUID.randomUUID(), withShare(101), MARCO, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("timeShare"));
		assertThatThrownBy(() -> Agreement.draft(UUID.randomUUID(), withShare(4), MARCO, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("timeShare"));
		for (LocalDate outside : new LocalDate[] { START.minusDays(1), START.plusMonths(6) }) {
			assertThatThrownBy(() -> Agreement.draft(UUID.randomUUID(), withNext(outside), MARCO, NOW))
				.isInstanceOfSatisfying(InvalidInput.class,
						(ex) -> assertThat(ex.field()).isEqualTo("nextConversationOn"));
		}
		assertThat(Agreement.draft(UUID.randomUUID(), withNext(START), MARCO, NOW).nextConversationOn()).isEqualTo(START);
	}

	@Test
	void sendingCarriesTheCharterAndTheMissionAsTheyAreThen() {
		Agreement agreement = sent();

		assertThat(agreement.charterVersionNo()).isEqualTo(3);
		assertThat(agreement.charterText()).isEqualTo("We do not offer lifetime employment.");
		assertThat(agreement.missionRevisionNo()).isEqualTo(2);
		assertThat(agreement.mission()).isEqualTo(MISSION);
		assertThatThrownBy(() -> agreement.send(3, "x", 2, MISSION, NOW)).isInstanceOfSatisfying(
				BusinessRuleViolation.class, (ex) -> assertThat(ex.code()).isEqualTo("tour.agreement.outForSignature"));
	}

	private static Agreement sent() {
		Agreement agreement = Agreement.draft(UUID.randomUUID(), terms(40), MARCO, NOW);
		agreement.send(3, "We do not offer lifetime employment.", 2, MISSION, NOW);
		return agreement;
	}

	static AgreementTerms terms(int share) {
		return new AgreementTerms("Onboarding", START, START.plusMonths(6), share, "A flow", "Discovery", "All-hands",
				"A designer", "Head of engineering", "Monthly", "Steering", null, null, "Deliver",
				START.plusMonths(4));
	}

	private static AgreementTerms incomplete() {
		return new AgreementTerms("Onboarding", START, START.plusMonths(6), 40, " ", "Discovery", "All-hands",
				"A designer", "Head of engineering", "Monthly", "Steering", null, null, null, START.plusMonths(4));
	}

	private static AgreementTerms withShare(int share) {
		return terms(share);
	}

	private static AgreementTerms withNext(LocalDate next) {
		AgreementTerms t = terms(40);
		return new AgreementTerms(t.scope(), t.startOn(), t.endOn(), t.timeShare(), t.deliverables(), t.learningGoals(),
				t.visibilityMoments(), t.companyResources(), t.companySponsorship(), t.companyCoaching(),
				t.companyExposure(), t.companyFollowOn(), t.companyReference(), t.talentCommitments(), next);
	}

}

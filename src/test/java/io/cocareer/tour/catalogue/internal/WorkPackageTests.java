package io.cocareer.tour.catalogue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.AccountId;
import io.cocareer.shared.ActedBy;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.TourType;
import io.cocareer.tour.catalogue.Quality;
import io.cocareer.tour.catalogue.QualityAssessment;
import io.cocareer.tour.catalogue.QualityRating;
import io.cocareer.tour.catalogue.RequiredCompetency;
import io.cocareer.tour.catalogue.WorkPackageStatus;
import io.cocareer.tour.catalogue.WorkPackageTerms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkPackageTests {

	private static final UUID SPONSOR = UUID.randomUUID();

	private static final UUID UNIT = UUID.randomUUID();

	private static final UUID COACHING = UUID.randomUUID();

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final ActedBy LEAD = new ActedBy(PersonId.of(UUID.randomUUID()), null);

	private static final WorkPackage.Creator CREATOR = new WorkPackage.Creator(UUID.randomUUID(), UUID.randomUUID(),
			"Hannah Berger");

	@Test
	void aNewPackageIsADraft() {
		WorkPackage pkg = draft(terms(4, 4, 4, 4));

		assertThat(pkg.status()).isEqualTo(WorkPackageStatus.DRAFT);
		assertThat(pkg.createdBy(AccountId.of(CREATOR.accountId()))).isTrue();
		assertThat(pkg.competencies()).extracting(PackageCompetency::competencyId).containsExactly(COACHING);
	}

	@Test
	void aPackageGoesFromDraftToOpenToStaffedToClosed() {
		WorkPackage pkg = draft(terms(4, 4, 4, 4));

		pkg.moveTo(WorkPackageStatus.OPEN, LEAD, NOW);
		pkg.moveTo(WorkPackageStatus.STAFFED, LEAD, NOW);
		pkg.moveTo(WorkPackageStatus.CLOSED, LEAD, NOW);

		assertThat(pkg.status()).isEqualTo(WorkPackageStatus.CLOSED);
	}

	@Test
	void aStaffedPackageOpensAgainWhenASeatFreesUp() {
		WorkPackage pkg = draft(terms(4, 4, 4, 4));
		pkg.moveTo(WorkPackageStatus.OPEN, LEAD, NOW);
		pkg.moveTo(WorkPackageStatus.STAFFED, LEAD, NOW);

		pkg.moveTo(WorkPackageStatus.OPEN, LEAD, NOW);

		assertThat(pkg.status()).isEqualTo(WorkPackageStatus.OPEN);
	}

	@Test
	void aDraftCannotBeStaffedDirectly() {
		WorkPackage pkg = draft(terms(4, 4, 4, 4));

		assertThatThrownBy(() -> pkg.moveTo(WorkPackageStatus.STAFFED, LEAD, NOW))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.code()).isEqualTo("tour.package.illegalTransition"))
			.hasMessage("A work package that is DRAFT cannot become STAFFED");
		assertThat(pkg.status()).isEqualTo(WorkPackageStatus.DRAFT);
	}

	@Test
	void aClosedPackageStaysClosedAndCannotBeChanged() {
		WorkPackage pkg = draft(terms(4, 4, 4, 4));
		pkg.moveTo(WorkPackageStatus.CLOSED, LEAD, NOW);

		for (WorkPackageStatus target : WorkPackageStatus.values()) {
			assertThatThrownBy(() -> pkg.moveTo(target, LEAD, NOW)).isInstanceOf(BusinessRuleViolation.class);
		}
		assertThatThrownBy(() -> pkg.revise(terms(4, 4, 4, 4), SPONSOR, Set.of(COACHING), LEAD, NOW))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.code()).isEqualTo("tour.package.closed"));
	}

	@Test
	void movingToTheSameStatusIsRefused() {
		WorkPackage pkg = draft(terms(4, 4, 4, 4));
		pkg.moveTo(WorkPackageStatus.OPEN, LEAD, NOW);

		assertThatThrownBy(() -> pkg.moveTo(WorkPackageStatus.OPEN, LEAD, NOW))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void fourGoodRatingsAreNotWeak() {
		// 4, 3, 5, 3: no rating at or below 2, mean 15 / 4 = 3.75
		QualityAssessment quality = WorkPackage.assess(ratings(4, 3, 5, 3));

		assertThat(quality.weak()).isFalse();
		assertThat(quality.mean()).isEqualTo(3.75);
		assertThat(quality.lowQualities()).isEmpty();
		assertThat(quality.lowMean()).isFalse();
	}

	@Test
	void oneQualityRatedTwoMakesAPackageWeakEvenWithAGoodMean() {
		// 5, 5, 5, 2: mean 17 / 4 = 4.25, but "visible" is rated 2
		QualityAssessment quality = WorkPackage.assess(ratings(5, 5, 5, 2));

		assertThat(quality.weak()).isTrue();
		assertThat(quality.mean()).isEqualTo(4.25);
		assertThat(quality.lowQualities()).containsExactly(Quality.VISIBLE);
		assertThat(quality.lowMean()).isFalse();
	}

	@Test
	void aMeanBelowThreeIsGivenAsASecondReason() {
		// 2, 3, 3, 3: mean 11 / 4 = 2.75 < 3, and "challenging" is rated 2
		QualityAssessment quality = WorkPackage.assess(ratings(2, 3, 3, 3));

		assertThat(quality.weak()).isTrue();
		assertThat(quality.mean()).isEqualTo(2.75);
		assertThat(quality.lowQualities()).containsExactly(Quality.CHALLENGING);
		assertThat(quality.lowMean()).isTrue();
		assertThat(quality.meanText()).isEqualTo("2.8");
	}

	@Test
	void allThreesAreExactlyOnTheBarAndNotWeak() {
		// 3, 3, 3, 3: mean exactly 3.0, nothing at or below 2
		QualityAssessment quality = WorkPackage.assess(ratings(3, 3, 3, 3));

		assertThat(quality.weak()).isFalse();
		assertThat(quality.mean()).isEqualTo(3.0);
	}

	@Test
	void theWeakFlagIsKeptUpToDateOnEveryRevision() {
		WorkPackage pkg = draft(terms(4, 4, 4, 4));
		assertThat(pkg.isWeak()).isFalse();

		pkg.revise(terms(1, 4, 4, 4), SPONSOR, Set.of(COACHING), LEAD, NOW);

		assertThat(pkg.isWeak()).isTrue();
		assertThat(pkg.quality().lowQualities()).containsExactly(Quality.CHALLENGING);
	}

	@Test
	void theEndMustBeAfterTheStart() {
		LocalDate start = LocalDate.of(2027, 1, 1);

		assertInvalid(terms(start, start, 50, 2), "endOn", "tour.package.endAfterStart");
		assertInvalid(terms(start, start.minusDays(1), 50, 2), "endOn", "tour.package.endAfterStart");
		assertThat(draft(terms(start, start.plusDays(1), 50, 2)).endOn()).isEqualTo(start.plusDays(1));
	}

	@Test
	void theTimeShareIsFiveToAHundredPercent() {
		LocalDate start = LocalDate.of(2027, 1, 1);

		assertInvalid(terms(start, start.plusMonths(6), 4, 2), "timeShare", "tour.package.timeShareRange");
		assertInvalid(terms(start, start.plusMonths(6), 101, 2), "timeShare", "tour.package.timeShareRange");
		assertThat(draft(terms(start, start.plusMonths(6), 5, 2)).timeShare()).isEqualTo(5);
		assertThat(draft(terms(start, start.plusMonths(6), 100, 2)).timeShare()).isEqualTo(100);
	}

	@Test
	void aPackageHasOneToFiftySeats() {
		LocalDate start = LocalDate.of(2027, 1, 1);

		assertInvalid(terms(start, start.plusMonths(6), 50, 0), "seats", "tour.package.seatsRange");
		assertInvalid(terms(start, start.plusMonths(6), 50, 51), "seats", "tour.package.seatsRange");
		assertThat(draft(terms(start, start.plusMonths(6), 50, 1)).seats()).isEqualTo(1);
		assertThat(draft(terms(start, start.plusMonths(6), 50, 50)).seats()).isEqualTo(50);
	}

	@Test
	void everyQualityNeedsAJustificationOfAtMostThreeHundredCharacters() {
		Map<Quality, QualityRating> ratings = ratings(4, 4, 4, 4);
		ratings.put(Quality.VALUABLE, new QualityRating(4, " "));
		assertInvalid(withRatings(ratings), "valuableJustification", "tour.field.required");

		ratings.put(Quality.VALUABLE, new QualityRating(4, "x".repeat(301)));
		assertInvalid(withRatings(ratings), "valuableJustification", "tour.field.tooLong");

		ratings.put(Quality.VALUABLE, new QualityRating(6, "Saves a million"));
		assertInvalid(withRatings(ratings), "valuableRating", "tour.package.ratingRange");
	}

	@Test
	void requiredCompetenciesComeFromTheCatalogueOnceEach() {
		WorkPackageTerms unknown = withCompetencies(List.of(new RequiredCompetency(UUID.randomUUID(), 3)));
		assertInvalid(unknown, "competencies[0].competencyId", "tour.package.unknownCompetency");

		WorkPackageTerms twice = withCompetencies(
				List.of(new RequiredCompetency(COACHING, 3), new RequiredCompetency(COACHING, 4)));
		assertInvalid(twice, "competencies[1].competencyId", "tour.package.duplicateCompetency");

		WorkPackageTerms badLevel = withCompetencies(List.of(new RequiredCompetency(COACHING, 0)));
		assertInvalid(badLevel, "competencies[0].level", "tour.package.levelRange");

		// empty rows of a form are dropped
		WorkPackageTerms emptyRow = withCompetencies(
				List.of(new RequiredCompetency(null, null), new RequiredCompetency(COACHING, 2)));
		assertThat(draft(emptyRow).competencies()).hasSize(1);
	}

	private static void assertInvalid(WorkPackageTerms terms, String field, String code) {
		assertThatThrownBy(() -> draft(terms)).isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.code()).isEqualTo(code);
		});
	}

	private static WorkPackage draft(WorkPackageTerms terms) {
		return WorkPackage.draft(terms, SPONSOR, Set.of(COACHING), CREATOR, NOW);
	}

	private static Map<Quality, QualityRating> ratings(int challenging, int interesting, int valuable, int visible) {
		Map<Quality, QualityRating> ratings = new EnumMap<>(Quality.class);
		ratings.put(Quality.CHALLENGING, new QualityRating(challenging, "Stretches the team"));
		ratings.put(Quality.INTERESTING, new QualityRating(interesting, "New technology"));
		ratings.put(Quality.VALUABLE, new QualityRating(valuable, "Cuts churn"));
		ratings.put(Quality.VISIBLE, new QualityRating(visible, "Board sees it"));
		return ratings;
	}

	private static WorkPackageTerms terms(int challenging, int interesting, int valuable, int visible) {
		LocalDate start = LocalDate.of(2027, 1, 1);
		return new WorkPackageTerms("Customer portal", "Rebuild the portal", "Portal live", "E000001", UNIT, start,
				start.plusMonths(6), 40, 2, TourType.TRANSFORMATIONAL, List.of(new RequiredCompetency(COACHING, 3)),
				ratings(challenging, interesting, valuable, visible));
	}

	private static WorkPackageTerms terms(LocalDate start, LocalDate end, int timeShare, int seats) {
		return new WorkPackageTerms("Customer portal", "Rebuild the portal", "Portal live", "E000001", UNIT, start, end,
				timeShare, seats, TourType.ROTATIONAL, List.of(), ratings(4, 4, 4, 4));
	}

	private static WorkPackageTerms withRatings(Map<Quality, QualityRating> ratings) {
		WorkPackageTerms base = terms(4, 4, 4, 4);
		return new WorkPackageTerms(base.title(), base.description(), base.expectedResults(), base.sponsorEmployeeId(),
				base.unitId(), base.startOn(), base.endOn(), base.timeShare(), base.seats(), base.tourType(),
				base.competencies(), ratings);
	}

	private static WorkPackageTerms withCompetencies(List<RequiredCompetency> competencies) {
		WorkPackageTerms base = terms(4, 4, 4, 4);
		return new WorkPackageTerms(base.title(), base.description(), base.expectedResults(), base.sponsorEmployeeId(),
				base.unitId(), base.startOn(), base.endOn(), base.timeShare(), base.seats(), base.tourType(),
				competencies, base.ratings());
	}

}

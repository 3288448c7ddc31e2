package io.cocareer.talent.profile.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.InvalidInput;
import io.cocareer.talent.profile.ProfileRevision;
import io.cocareer.talent.profile.ProfileRevision.Competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TalentProfileTests {

	private static final UUID COACHING = UUID.randomUUID();

	private static final UUID NEGOTIATION = UUID.randomUUID();

	private static final Set<UUID> CATALOGUE = Set.of(COACHING, NEGOTIATION);

	private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

	private final TalentProfile profile = TalentProfile.empty(UUID.randomUUID(), "talent", NOW);

	@Test
	void valuesKeepTheirRankingAndBlankSlotsAreDropped() {
		this.profile.revise(revision(List.of("Learning", "", "  Impact ", " "), List.of()), CATALOGUE, "talent", NOW);

		assertThat(this.profile.rankedValues()).containsExactly("Learning", "Impact");
	}

	@Test
	void aValueListedTwiceIsRejectedAtItsPosition() {
		assertThatThrownBy(() -> this.profile.revise(revision(List.of("Learning", "Impact", "learning"), List.of()),
				CATALOGUE, "talent", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("values[2]");
				assertThat(ex.code()).isEqualTo("talent.profile.duplicateValue");
			});
	}

	@Test
	void moreThanSevenValuesAreRejected() {
		List<String> eight = Arrays.asList("a", "b", "c", "d", "e", "f", "g", "h");

		assertThatThrownBy(() -> this.profile.revise(revision(eight, List.of()), CATALOGUE, "talent", NOW))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.code()).isEqualTo("talent.profile.tooManyValues"));
	}

	@Test
	void aTooLongValueIsRejected() {
		assertThatThrownBy(() -> this.profile.revise(revision(List.of("x".repeat(81)), List.of()), CATALOGUE,
				"talent", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("values[0]"));
	}

	@Test
	void proficiencyOutsideOneToFiveIsRejected() {
		for (int proficiency : new int[] { 0, 6 }) {
			assertThatThrownBy(() -> this.profile.revise(
					revision(List.of(), List.of(new Competency(COACHING, proficiency, null))), CATALOGUE, "talent", NOW))
				.isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
					assertThat(ex.field()).isEqualTo("competencies[0].proficiency");
					assertThat(ex.code()).isEqualTo("talent.profile.proficiencyRange");
				});
		}
	}

	@Test
	void aCompetencyListedTwiceIsRejected() {
		List<Competency> twice = List.of(new Competency(COACHING, 3, null), new Competency(COACHING, 4, "again"));

		assertThatThrownBy(() -> this.profile.revise(revision(List.of(), twice), CATALOGUE, "talent", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("competencies[1].competencyId");
				assertThat(ex.code()).isEqualTo("talent.profile.duplicateCompetency");
			});
	}

	@Test
	void aCompetencyOutsideTheCatalogueIsRejected() {
		List<Competency> unknown = List.of(new Competency(UUID.randomUUID(), 3, null));

		assertThatThrownBy(() -> this.profile.revise(revision(List.of(), unknown), CATALOGUE, "talent", NOW))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.code()).isEqualTo("talent.profile.unknownCompetency"));
	}

	@Test
	void emptyCompetencyRowsAreDroppedAndTheRestKept() {
		List<Competency> rows = new ArrayList<>();
		rows.add(new Competency(NEGOTIATION, 4, " Closed the Nordics deal "));
		rows.add(new Competency(null, null, ""));

		this.profile.revise(revision(List.of(), rows), CATALOGUE, "talent", NOW);

		assertThat(this.profile.competencies()).singleElement().satisfies((level) -> {
			assertThat(level.competencyId()).isEqualTo(NEGOTIATION);
			assertThat(level.proficiency()).isEqualTo(4);
			assertThat(level.evidence()).isEqualTo("Closed the Nordics deal");
		});
	}

	@Test
	void anInvalidRevisionChangesNothing() {
		this.profile.revise(revision(List.of("Learning"), List.of()), CATALOGUE, "talent", NOW);

		assertThatThrownBy(() -> this.profile.revise(revision(List.of("Impact", "Impact"), List.of()), CATALOGUE,
				"talent", NOW))
			.isInstanceOf(InvalidInput.class);
		assertThat(this.profile.rankedValues()).containsExactly("Learning");
	}

	@Test
	void aTooLongAspirationIsRejected() {
		ProfileRevision revision = new ProfileRevision(List.of(), "x".repeat(1001), null, List.of(), null, null,
				List.of(), 0);

		assertThatThrownBy(() -> this.profile.revise(revision, CATALOGUE, "talent", NOW))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.field()).isEqualTo("shortTermAspiration"));
	}

	private static ProfileRevision revision(List<String> values, List<Competency> competencies) {
		return new ProfileRevision(values, "Short", "Long", List.of("Team lead"), "Brand", "Potential", competencies, 0);
	}

}

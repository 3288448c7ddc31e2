package io.cocareer.alumni.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.alumni.entry.internal.CoverageCalculator;
import io.cocareer.alumni.entry.internal.EntryAcknowledgement;
import io.cocareer.people.UnitView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage of hires by unit and cohort: groups of fewer than k hires are hidden, and so is
 * whatever would let one be worked out by subtraction.
 */
class CoverageCalculatorTests {

	private static final LocalDate SINCE = LocalDate.of(2025, 1, 1);

	private static final UnitView ENGINEERING = unit("Engineering");

	private static final UnitView SALES = unit("Sales");

	private static final UnitView LEGAL = unit("Legal");

	private final List<EntryAcknowledgement> hires = new ArrayList<>();

	private final Map<UUID, UUID> unitOf = new HashMap<>();

	private static UnitView unit(String name) {
		return new UnitView(UUID.randomUUID(), name.substring(0, 3).toUpperCase(), name, null, null, 10);
	}

	private void hire(UnitView unit, LocalDate on, int count, int acknowledged) {
		for (int i = 0; i < count; i++) {
			UUID person = UUID.randomUUID();
			EntryAcknowledgement hire = EntryAcknowledgement.hired(person, on, Instant.now());
			if (i < acknowledged) {
				hire.acknowledge(Instant.now());
			}
			this.hires.add(hire);
			this.unitOf.put(person, unit.id());
		}
	}

	private EntryCoverage coverage() {
		return CoverageCalculator.count(this.hires, this.unitOf, List.of(ENGINEERING, SALES, LEGAL), SINCE, 8, 5);
	}

	private static EntryCoverage.Row row(List<EntryCoverage.Row> rows, String label) {
		return rows.stream().filter((r) -> r.label().equals(label)).findFirst().orElseThrow();
	}

	@Test
	void largeGroupsShowTheirCountsAndShare() {
		hire(ENGINEERING, LocalDate.of(2026, 9, 1), 10, 10);
		hire(SALES, LocalDate.of(2026, 9, 1), 6, 0);

		EntryCoverage coverage = coverage();

		assertThat(coverage.total()).isEqualTo(new EntryCoverage.Row("", 16L, 10L, 6L));
		assertThat(coverage.total().percent()).isEqualTo(63);
		assertThat(row(coverage.byUnit(), "Engineering")).isEqualTo(new EntryCoverage.Row("Engineering", 10L, 10L, 0L));
		assertThat(row(coverage.byUnit(), "Sales")).isEqualTo(new EntryCoverage.Row("Sales", 6L, 0L, 6L));
		assertThat(row(coverage.byUnit(), "Legal")).as("no hire: a zero is shown").isEqualTo(new EntryCoverage.Row("Legal", 0L, 0L, 0L));
		assertThat(row(coverage.byCohort(), "2026 Q3")).isEqualTo(new EntryCoverage.Row("2026 Q3", 16L, 10L, 6L));
		assertThat(coverage.byCohort()).hasSize(8).first().extracting(EntryCoverage.Row::label).isEqualTo("2026 Q4");
	}

	@Test
	void aSmallGroupIsHiddenAndSoIsWhatWouldGiveItAwayBySubtraction() {
		hire(ENGINEERING, LocalDate.of(2026, 9, 1), 12, 10);
		hire(SALES, LocalDate.of(2026, 9, 1), 7, 7);
		hire(LEGAL, LocalDate.of(2026, 9, 1), 2, 1);

		EntryCoverage coverage = coverage();

		EntryCoverage.Row legal = row(coverage.byUnit(), "Legal");
		assertThat(legal.hires()).as("2 hires: hidden").isNull();
		assertThat(legal.hidden()).isTrue();
		// the total is shown; Legal = total - Engineering - Sales unless one of those is hidden too
		assertThat(coverage.total().hires()).isEqualTo(21);
		long shownUnits = coverage.byUnit().stream().filter((r) -> r.hires() != null && r.hires() > 0).count();
		assertThat(shownUnits).as("a second unit is hidden with Legal").isLessThanOrEqualTo(1);
		// Engineering's 2 not yet and Legal's 1 are below k: hidden, and not to be worked out from the others
		assertThat(row(coverage.byUnit(), "Engineering").notYet()).isNull();
		for (EntryCoverage.Row r : coverage.byUnit()) {
			if (r.hires() != null && r.acknowledged() != null && r.notYet() == null) {
				assertThat(r.hires() - r.acknowledged()).as("hidden by subtraction in " + r.label()).isGreaterThanOrEqualTo(5);
			}
			if (r.notYet() != null && r.notYet() > 0) {
				assertThat(r.notYet()).isGreaterThanOrEqualTo(5);
			}
		}
	}

	@Test
	void aSmallSplitOfALargeGroupHidesTheSplitButNotTheGroup() {
		hire(ENGINEERING, LocalDate.of(2026, 9, 1), 10, 8);
		hire(SALES, LocalDate.of(2026, 9, 1), 6, 6);

		EntryCoverage.Row engineering = row(coverage().byUnit(), "Engineering");

		assertThat(engineering).as("2 not yet: hidden, and the 8 that would give it away")
			.isEqualTo(new EntryCoverage.Row("Engineering", 10L, null, null));
		assertThat(engineering.percent()).isNull();
	}

	@Test
	void fewerThanKHiresInAllHideEverything() {
		hire(ENGINEERING, LocalDate.of(2026, 9, 1), 3, 2);

		EntryCoverage coverage = coverage();

		assertThat(coverage.total().hidden()).isTrue();
		assertThat(coverage.byUnit()).allSatisfy((r) -> assertThat(r.hires() == null || r.hires() == 0).isTrue());
		assertThat(coverage.byCohort()).allSatisfy((r) -> assertThat(r.hires() == null || r.hires() == 0).isTrue());
	}

	@Test
	void hiresBeforeTheFirstCohortAreNotCountedAndAQuarterIsItsThreeMonths() {
		hire(ENGINEERING, LocalDate.of(2024, 12, 31), 9, 9);
		hire(ENGINEERING, LocalDate.of(2025, 3, 31), 5, 5);
		hire(ENGINEERING, LocalDate.of(2025, 4, 1), 5, 5);

		EntryCoverage coverage = coverage();

		assertThat(coverage.total().hires()).isEqualTo(10);
		assertThat(row(coverage.byCohort(), "2025 Q1").hires()).isEqualTo(5);
		assertThat(row(coverage.byCohort(), "2025 Q2").hires()).isEqualTo(5);
		assertThat(CoverageCalculator.firstDayOfQuarter(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2026, 10, 1));
	}

}

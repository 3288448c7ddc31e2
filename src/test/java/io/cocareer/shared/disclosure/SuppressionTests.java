package io.cocareer.shared.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The suppression of small groups: primary (a count of 1 to k−1 is hidden) and complementary (no
 * total minus its shown parts reveals 1 to k−1 talents or a single hidden cell), over tables with
 * every margin, tried on random tables against an independent check of every line.
 */
class SuppressionTests {

	private static final int K = 5;

	@Test
	void aCountBelowKIsHiddenAndTheSmallestOtherPartWithIt() {
		CountTable table = table(new int[] { 3 }, 10, 3, 8);

		boolean[] hidden = Suppression.protect(table, K);

		assertThat(hidden[table.cell(0)]).as("10").isFalse();
		assertThat(hidden[table.cell(1)]).as("3, below k").isTrue();
		assertThat(hidden[table.cell(2)]).as("8, so that 21 − 10 does not give 3").isTrue();
		assertThat(hidden[table.cell(3)]).as("the total").isFalse();
	}

	@Test
	void twoHiddenCellsThatAddUpToLessThanKGetAThird() {
		CountTable table = table(new int[] { 4 }, 2, 2, 9, 6);

		boolean[] hidden = Suppression.protect(table, K);

		assertThat(hidden[table.cell(0)]).isTrue();
		assertThat(hidden[table.cell(1)]).isTrue();
		assertThat(hidden[table.cell(3)]).as("6, the smallest shown").isTrue();
		assertThat(hidden[table.cell(2)]).isFalse();
		assertLinesHold(table, hidden, K);
	}

	@Test
	void aTotalBelowKIsHiddenWithEveryPart() {
		CountTable table = table(new int[] { 2 }, 1, 3);

		boolean[] hidden = Suppression.protect(table, K);

		assertThat(hidden).containsOnly(true);
	}

	@Test
	void zerosAndGroupsOfKOrMoreStayShown() {
		CountTable table = table(new int[] { 3 }, 0, 5, 12);

		assertThat(Suppression.protect(table, K)).containsOnly(false);
	}

	@Test
	void aUnitHiddenInOneBandIsNotRevealedByItsRowOrColumn() {
		// two units × two bands: unit 0 has 3 in band 0
		CountTable table = new CountTable(2, 2);
		add(table, 3, 0, 0);
		add(table, 9, 0, 1);
		add(table, 7, 1, 0);
		add(table, 8, 1, 1);

		boolean[] hidden = Suppression.protect(table, K);

		assertThat(hidden[table.cell(0, 0)]).isTrue();
		assertLinesHold(table, hidden, K);
	}

	@Test
	void cellsHiddenFromTheStartStayHiddenAndAreProtectedAsWell() {
		CountTable table = table(new int[] { 3 }, 6, 7, 20);
		boolean[] start = new boolean[table.cells()];
		start[table.cell(0)] = true;

		boolean[] hidden = Suppression.protect(table, K, start);

		assertThat(hidden[table.cell(0)]).isTrue();
		assertThat(hidden[table.cell(1)]).as("a second hidden part, so that 6 cannot be worked out").isTrue();
		assertLinesHold(table, hidden, K);
	}

	@Test
	void kBelowTwoIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Suppression.protect(new CountTable(1), 1));
	}

	@Test
	void noLineOfARandomTableRevealsAGroupBelowK() {
		Random random = new Random(20261203L);
		for (int round = 0; round < 300; round++) {
			int units = 1 + random.nextInt(6);
			int reasons = 1 + random.nextInt(2);
			int bands = 2 + random.nextInt(4);
			CountTable table = new CountTable(units, reasons, bands);
			int talents = random.nextInt(80);
			for (int t = 0; t < talents; t++) {
				// skewed, so that small cells are common
				table.add(random.nextInt(1 + random.nextInt(units)), random.nextInt(reasons),
						random.nextInt(1 + random.nextInt(bands)));
			}
			int k = 3 + random.nextInt(5);
			boolean[] hidden = Suppression.protect(table, k);
			assertLinesHold(table, hidden, k);
		}
	}

	/**
	 * The independent check: no shown count is 1 to k−1; in every line with a shown total, the
	 * total minus the shown parts is 0 or at least k and is never a single hidden cell; a hidden
	 * total with talents has a hidden part.
	 */
	static void assertLinesHold(CountTable table, boolean[] hidden, int k) {
		for (int cell = 0; cell < table.cells(); cell++) {
			if (!hidden[cell]) {
				assertThat(table.count(cell)).as("shown cell %d", cell).satisfiesAnyOf((c) -> assertThat(c).isZero(),
						(c) -> assertThat(c).isGreaterThanOrEqualTo(k));
			}
			for (int d = 0; d < table.dimensions(); d++) {
				if (table.coordinate(cell, d) != table.all(d)) {
					continue;
				}
				List<Integer> parts = new ArrayList<>();
				for (int p = 0; p < table.size(d); p++) {
					int[] coordinates = new int[table.dimensions()];
					for (int i = 0; i < coordinates.length; i++) {
						coordinates[i] = table.coordinate(cell, i);
					}
					coordinates[d] = p;
					parts.add(table.cell(coordinates));
				}
				long shown = parts.stream().filter((p) -> !hidden[p]).mapToLong(table::count).sum();
				long hiddenParts = parts.stream().filter((p) -> hidden[p]).count();
				long rest = table.count(cell) - shown;
				if (!hidden[cell]) {
					assertThat(rest).as("total %d minus its shown parts along %d", cell, d)
						.satisfiesAnyOf((r) -> assertThat(r).isZero(), (r) -> assertThat(r).isGreaterThanOrEqualTo(k));
					if (rest > 0) {
						assertThat(hiddenParts).as("hidden parts of line %d/%d", cell, d).isGreaterThanOrEqualTo(2);
					}
				}
				else if (table.count(cell) > 0) {
					assertThat(hiddenParts).as("a hidden total %d is not the sum of shown parts", cell).isPositive();
				}
			}
		}
	}

	private static CountTable table(int[] sizes, int... counts) {
		CountTable table = new CountTable(sizes);
		for (int i = 0; i < counts.length; i++) {
			add(table, counts[i], i);
		}
		return table;
	}

	private static void add(CountTable table, int times, int... coordinates) {
		for (int t = 0; t < times; t++) {
			table.add(coordinates);
		}
	}

}

package io.cocareer.shared.disclosure;

/**
 * Which cells of a {@link CountTable} may be shown so that no group of 1 to k−1 talents can be
 * read from it, alone or by subtraction.
 * <ol>
 * <li>Primary suppression: a count from 1 to k−1 is hidden.</li>
 * <li>Complementary suppression: in every line of the table (a total and its parts along one
 * dimension: an organisation and its units, a unit and its bands, ...) whose total is shown, the
 * hidden parts are none, or at least two that add up to k or more; otherwise the smallest shown
 * part with talents is hidden as well (a zero if there is none, the total if there is no other
 * part). So a total minus the shown parts never gives a group below k, nor one hidden cell.</li>
 * <li>A hidden total (one hidden as a complement) is not the sum of shown parts: one of them is
 * hidden with it.</li>
 * </ol>
 * Repeated until nothing changes: the result is the same for the same table on every call, so a
 * filtered view and the whole organisation are always cells of one protected table. Cells hidden
 * from the start (the views of a population that is itself hidden) stay hidden.
 * <p>
 * This is the classic line-by-line test of statistical disclosure control; it does not solve
 * the linear programmes that combine many lines at once.
 */
public final class Suppression {

	private Suppression() {
	}

	/** The hidden cells of the table for groups of at least {@code k}. */
	public static boolean[] protect(CountTable table, int k) {
		return protect(table, k, new boolean[table.cells()]);
	}

	/** As {@link #protect(CountTable, int)}, with cells that are hidden whatever their count. */
	public static boolean[] protect(CountTable table, int k, boolean[] hiddenAtStart) {
		if (k < 2) {
			throw new IllegalArgumentException("k is at least 2");
		}
		int cells = table.cells();
		boolean[] hidden = hiddenAtStart.clone();
		for (int cell = 0; cell < cells; cell++) {
			long count = table.count(cell);
			if (count >= 1 && count < k) {
				hidden[cell] = true;
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int total = 0; total < cells; total++) {
				for (int i = 0; i < table.dimensions(); i++) {
					if (table.coordinate(total, i) == table.all(i) && checkLine(table, k, hidden, total, i)) {
						changed = true;
					}
				}
			}
		}
		return hidden;
	}

	/** Hides one more cell of the line if it needs to; whether it did. */
	private static boolean checkLine(CountTable table, int k, boolean[] hidden, int total, int dimension) {
		int stride = table.stride(dimension);
		int parts = table.size(dimension);
		int base = total - table.all(dimension) * stride;
		int hiddenParts = 0;
		long hiddenSum = 0;
		for (int p = 0; p < parts; p++) {
			int part = base + p * stride;
			if (hidden[part]) {
				hiddenParts++;
				hiddenSum += table.count(part);
			}
		}
		boolean leaks;
		if (!hidden[total]) {
			leaks = hiddenSum > 0 && (hiddenParts < 2 || hiddenSum < k);
		}
		else {
			leaks = table.count(total) > 0 && hiddenParts == 0;
		}
		if (!leaks) {
			return false;
		}
		int smallest = -1;
		int firstZero = -1;
		for (int p = 0; p < parts; p++) {
			int part = base + p * stride;
			if (hidden[part]) {
				continue;
			}
			long count = table.count(part);
			if (count > 0 && (smallest < 0 || count < table.count(smallest))) {
				smallest = part;
			}
			if (count == 0 && firstZero < 0) {
				firstZero = part;
			}
		}
		int victim = (smallest >= 0) ? smallest : (firstZero >= 0 && !hidden[total]) ? firstZero : total;
		if (hidden[victim]) {
			return false;
		}
		hidden[victim] = true;
		return true;
	}

}

package io.cocareer.shared.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of last month's counts a trend may show beside this month's, so that "now minus then"
 * never gives a change of 1 to k−1 talents in a band (a group that small moved), alone or summed
 * over the hidden bands of a figure.
 * <ol>
 * <li>A band whose change is 1 to k−1 (either way) has its earlier count hidden; so has a band
 * whose count is hidden now.</li>
 * <li>Last month's total is hidden when it changed by 1 to k−1 ({@link #total}).</li>
 * <li>When last month's total is shown, the hidden bands are none or at least two, and their
 * changes add up to 0 or to k or more (either way); otherwise the band with the smallest change
 * among the shown is hidden as well.</li>
 * </ol>
 */
public final class TrendProtection {

	private TrendProtection() {
	}

	/**
	 * Last month's counts as the trend may show them (null: hidden).
	 * @param thenTotal last month's talents, null when not shown
	 * @param nowTotal this month's talents, null when not shown
	 * @param then last month's count per band (null: hidden then)
	 * @param now this month's count per band (null: hidden now)
	 */
	public static List<Long> protect(int k, Long thenTotal, Long nowTotal, List<Long> then, List<Long> now) {
		List<Long> shown = new ArrayList<>(then);
		for (int b = 0; b < shown.size(); b++) {
			if (shown.get(b) != null && (now.get(b) == null || small(now.get(b) - shown.get(b), k))) {
				shown.set(b, null);
			}
		}
		if (total(k, thenTotal, nowTotal) == null) {
			// last month's total is hidden itself (see total): nothing to subtract the shown bands from
			return shown;
		}
		while (true) {
			int hidden = 0;
			long thenHidden = thenTotal;
			long nowHidden = nowTotal;
			for (int b = 0; b < shown.size(); b++) {
				if (shown.get(b) == null) {
					hidden++;
				}
				else {
					thenHidden -= shown.get(b);
					nowHidden -= now.get(b);
				}
			}
			boolean leaks = hidden == 1 || (hidden > 1 && small(nowHidden - thenHidden, k));
			if (!leaks) {
				return shown;
			}
			int victim = -1;
			for (int b = 0; b < shown.size(); b++) {
				if (shown.get(b) != null && (victim < 0
						|| Math.abs(now.get(b) - shown.get(b)) < Math.abs(now.get(victim) - shown.get(victim)))) {
					victim = b;
				}
			}
			if (victim < 0) {
				return shown;
			}
			shown.set(victim, null);
		}
	}

	/**
	 * Last month's total as the trend may show it: hidden when it is hidden, when this month's is,
	 * or when they differ by 1 to k−1 talents.
	 */
	public static Long total(int k, Long thenTotal, Long nowTotal) {
		return (thenTotal == null || nowTotal == null || small(nowTotal - thenTotal, k)) ? null : thenTotal;
	}

	/** A change of 1 to k−1 talents, either way. */
	public static boolean small(long change, int k) {
		long size = Math.abs(change);
		return size >= 1 && size < k;
	}

}

package io.cocareer.shared.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** Now minus then never shows that 1 to k−1 talents moved in or out of a band, alone or together. */
class TrendProtectionTests {

	private static final int K = 5;

	@Test
	void aBandThatChangedByFewerThanKHidesItsEarlierCountAndAnotherWithIt() {
		List<Long> shown = TrendProtection.protect(K, 40L, 40L, list(10L, 20L, 10L), list(12L, 20L, 8L));

		assertThat(shown).containsExactly(null, 20L, null);
	}

	@Test
	void aLoneHiddenBandTakesTheSmallestChangeWithIt() {
		List<Long> shown = TrendProtection.protect(K, 50L, 60L, list(10L, 20L, 20L), list(12L, 30L, 18L));

		// 10 → 12 and 20 → 18 hidden (changes of 2); together they changed by 0, so no third is needed
		assertThat(shown).containsExactly(null, 20L, null);
	}

	@Test
	void aTotalThatChangedByFewerThanKIsHidden() {
		assertThat(TrendProtection.total(K, 40L, 43L)).isNull();
		assertThat(TrendProtection.total(K, 40L, 45L)).isEqualTo(40L);
		assertThat(TrendProtection.total(K, 40L, 40L)).isEqualTo(40L);
	}

	@Test
	void changesOfZeroOrKAndMoreAreShown() {
		assertThat(TrendProtection.protect(K, 30L, 40L, list(10L, 20L), list(10L, 30L))).containsExactly(10L, 20L);
	}

	@Test
	void aBandHiddenNowIsHiddenThen() {
		assertThat(TrendProtection.protect(K, 30L, 30L, list(10L, 20L), list(null, 20L))).containsExactly(null, null);
	}

	@Test
	void noRandomTrendRevealsAChangeBelowK() {
		Random random = new Random(20261203L);
		for (int round = 0; round < 500; round++) {
			int bands = 2 + random.nextInt(4);
			List<Long> then = new ArrayList<>();
			List<Long> now = new ArrayList<>();
			long thenTotal = 0;
			long nowTotal = 0;
			for (int b = 0; b < bands; b++) {
				long before = random.nextInt(30);
				long after = Math.max(0, before + random.nextInt(15) - 7);
				then.add(before);
				now.add(after);
				thenTotal += before;
				nowTotal += after;
			}
			List<Long> shown = TrendProtection.protect(K, thenTotal, nowTotal, then, now);
			if (TrendProtection.total(K, thenTotal, nowTotal) == null) {
				// the total then is hidden: only each shown band's own change can be read
				thenTotal = -1_000;
				nowTotal = -1_000;
			}
			long thenHidden = thenTotal;
			long nowHidden = nowTotal;
			int hidden = 0;
			for (int b = 0; b < bands; b++) {
				if (shown.get(b) == null) {
					hidden++;
					continue;
				}
				assertThat(TrendProtection.small(now.get(b) - shown.get(b), K)).as("band %d of %s → %s", b, then, now).isFalse();
				thenHidden -= shown.get(b);
				nowHidden -= now.get(b);
			}
			if (thenTotal >= 0) {
				assertThat(hidden).as("%s → %s", then, now).isNotEqualTo(1);
				assertThat(TrendProtection.small(nowHidden - thenHidden, K)).as("hidden together, %s → %s", then, now)
					.isFalse();
			}
		}
	}

	private static List<Long> list(Long... values) {
		return new ArrayList<>(Arrays.asList(values));
	}

}

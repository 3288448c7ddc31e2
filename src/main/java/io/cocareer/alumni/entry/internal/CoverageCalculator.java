package io.cocareer.alumni.entry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cocareer.alumni.entry.EntryCoverage;
import io.cocareer.people.UnitView;
import io.cocareer.shared.disclosure.CountTable;
import io.cocareer.shared.disclosure.Suppression;

/**
 * Counts hires by unit, cohort (hire quarter) and whether they acknowledged, in one
 * {@link CountTable} with all margins, protected together by {@link Suppression} so that no group
 * of 1 to k−1 hires can be read or worked out by subtraction from what the page shows.
 */
public final class CoverageCalculator {

	private static final int ACKNOWLEDGED = 0;

	private static final int NOT_YET = 1;

	private CoverageCalculator() {
	}

	public static LocalDate firstDayOfQuarter(LocalDate day) {
		return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
	}

	/**
	 * The coverage of these hires (hired on or after {@code since}, the first day of the first of
	 * {@code cohorts} quarters). A hire whose unit is unknown counts under "no unit" (the last row);
	 * the worklist is left empty.
	 */
	public static EntryCoverage count(List<EntryAcknowledgement> hires, Map<UUID, UUID> unitOf, List<UnitView> units,
			LocalDate since, int cohorts, int k) {
		Map<UUID, Integer> unitIndex = new HashMap<>();
		for (int i = 0; i < units.size(); i++) {
			unitIndex.put(units.get(i).id(), i);
		}
		int noUnit = units.size();
		CountTable table = new CountTable(units.size() + 1, cohorts, 2);
		for (EntryAcknowledgement hire : hires) {
			int cohort = cohortOf(hire.hiredOn(), since);
			if (cohort < 0 || cohort >= cohorts) {
				continue;
			}
			UUID unit = unitOf.get(hire.personId());
			int u = (unit != null && unitIndex.containsKey(unit)) ? unitIndex.get(unit) : noUnit;
			table.add(u, cohort, hire.pending() ? NOT_YET : ACKNOWLEDGED);
		}
		boolean[] hidden = Suppression.protect(table, k);
		int allUnits = table.all(0);
		int allCohorts = table.all(1);
		int allStates = table.all(2);
		List<EntryCoverage.Row> byUnit = new ArrayList<>();
		for (int u = 0; u <= noUnit; u++) {
			if (u == noUnit && table.count(u, allCohorts, allStates) == 0) {
				continue;
			}
			String label = (u < noUnit) ? units.get(u).name() : "";
			byUnit.add(row(table, hidden, label, u, allCohorts, allStates));
		}
		List<EntryCoverage.Row> byCohort = new ArrayList<>();
		for (int c = cohorts - 1; c >= 0; c--) {
			LocalDate start = since.plusMonths(3L * c);
			byCohort.add(row(table, hidden, start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1), allUnits, c,
					allStates));
		}
		return new EntryCoverage(k, since, row(table, hidden, "", allUnits, allCohorts, allStates), byUnit, byCohort,
				List.of());
	}

	private static int cohortOf(LocalDate hiredOn, LocalDate since) {
		if (hiredOn.isBefore(since)) {
			return -1;
		}
		LocalDate quarter = firstDayOfQuarter(hiredOn);
		return (int) (((quarter.getYear() - since.getYear()) * 12L + quarter.getMonthValue() - since.getMonthValue()) / 3);
	}

	private static EntryCoverage.Row row(CountTable table, boolean[] hidden, String label, int unit, int cohort,
			int allStates) {
		return new EntryCoverage.Row(label, shown(table, hidden, table.cell(unit, cohort, allStates)),
				shown(table, hidden, table.cell(unit, cohort, ACKNOWLEDGED)),
				shown(table, hidden, table.cell(unit, cohort, NOT_YET)));
	}

	private static Long shown(CountTable table, boolean[] hidden, int cell) {
		return hidden[cell] ? null : table.count(cell);
	}

}

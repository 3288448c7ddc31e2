package io.cocareer.network.review.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.network.map.ReviewedMap;
import io.cocareer.shared.disclosure.CountTable;
import io.cocareer.shared.disclosure.Suppression;

/**
 * The review's figures over every talent with a map, protected once for every view: a table per
 * figure over unit × designation reason × band, margins included, so that the whole
 * organisation, a unit, a reason and a unit with a reason are cells of one table, hidden by
 * {@link Suppression} together. Pure: the service reads the maps and decides who may see this.
 */
public final class ReviewCalculator {

	/** The unit dimension's last index: talents without a unit. */
	private final int units;

	private final int reasons;

	private final int k;

	private final CountTable population;

	private final boolean[] populationHidden;

	private final List<Figures.Figure> figures;

	private final List<CountTable> tables = new ArrayList<>();

	private final List<boolean[]> hidden = new ArrayList<>();

	private final int heavyMentors;

	/** links[reason or all][unit][other unit]: talents of the unit naming someone in the other unit. */
	private final int[][][] links;

	/**
	 * One talent of the review.
	 * @param unit index of their unit, or the number of units when they have none
	 * @param reason index of their designation reason
	 * @param developerUnits the units of the people of the organisation on their map (same indices)
	 */
	public record Member(int unit, int reason, ReviewedMap map, Set<Integer> developerUnits) {

	}

	public ReviewCalculator(List<Member> members, int units, int reasons, int k) {
		this.units = units;
		this.reasons = reasons;
		this.k = k;
		Map<UUID, Integer> namedBy = new HashMap<>();
		for (Member member : members) {
			member.map().mentorIds().forEach((mentor) -> namedBy.merge(mentor, 1, Integer::sum));
		}
		Set<UUID> heavy = new HashSet<>();
		namedBy.forEach((mentor, talents) -> {
			if (talents >= k) {
				heavy.add(mentor);
			}
		});
		this.heavyMentors = heavy.size();
		this.figures = Figures.all(heavy);

		this.population = new CountTable(units + 1, reasons);
		members.forEach((m) -> this.population.add(m.unit(), m.reason()));
		this.populationHidden = Suppression.protect(this.population, k);

		for (Figures.Figure figure : this.figures) {
			CountTable table = new CountTable(units + 1, reasons, figure.bands().size());
			for (Member m : members) {
				table.add(m.unit(), m.reason(), figure.band().applyAsInt(m.map()));
			}
			boolean[] start = new boolean[table.cells()];
			for (int cell = 0; cell < table.cells(); cell++) {
				start[cell] = this.populationHidden[this.population.cell(table.coordinate(cell, 0), table.coordinate(cell, 1))];
			}
			this.tables.add(table);
			this.hidden.add(Suppression.protect(table, k, start));
		}

		this.links = new int[reasons + 1][units + 1][units + 1];
		for (Member m : members) {
			for (int other : m.developerUnits()) {
				if (other != m.unit()) {
					this.links[m.reason()][m.unit()][other]++;
					this.links[reasons][m.unit()][other]++;
				}
			}
		}
	}

	/** The index standing for every unit (or, in {@link #reasonAll()}, every reason). */
	public int unitAll() {
		return this.units + 1;
	}

	public int reasonAll() {
		return this.reasons;
	}

	public int minGroupSize() {
		return this.k;
	}

	/** Talents with a map in this view, or null when hidden. */
	public Long talents(int unit, int reason) {
		int cell = this.population.cell(unit, reason);
		return this.populationHidden[cell] ? null : this.population.count(cell);
	}

	/** Whether the view has fewer than k talents (rather than being hidden to protect another). */
	public boolean tooFew(int unit, int reason) {
		return this.population.count(unit, reason) < this.k;
	}

	public List<Figures.Figure> figures() {
		return this.figures;
	}

	/** The count of a band of figure {@code f} in this view, or null when hidden. */
	public Long band(int f, int unit, int reason, int band) {
		CountTable table = this.tables.get(f);
		int cell = table.cell(unit, reason, band);
		return this.hidden.get(f)[cell] ? null : table.count(cell);
	}

	/** People of the organisation named as mentor or sponsor by k or more talents each (all talents). */
	public int heavyMentors() {
		return this.heavyMentors;
	}

	/**
	 * Pairs of units (lower index first), both shown in this reason's view, where no talent of
	 * one names anyone of the other in either direction.
	 */
	public List<int[]> missingBridges(int reason) {
		List<int[]> missing = new ArrayList<>();
		for (int one = 0; one < this.units; one++) {
			for (int other = one + 1; other < this.units; other++) {
				if (talents(one, reason) != null && talents(other, reason) != null
						&& this.links[reason][one][other] == 0 && this.links[reason][other][one] == 0) {
					missing.add(new int[] { one, other });
				}
			}
		}
		return missing;
	}

	/** Whether both units are shown in this reason's view (a bridge between them can be judged). */
	public int unitsShown(int reason) {
		int shown = 0;
		for (int unit = 0; unit < this.units; unit++) {
			shown += (talents(unit, reason) != null) ? 1 : 0;
		}
		return shown;
	}

}

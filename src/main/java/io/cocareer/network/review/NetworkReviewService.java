package io.cocareer.network.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.network.GroupSizeSettings;
import io.cocareer.network.map.MapsForReview;
import io.cocareer.network.map.ReviewedMap;
import io.cocareer.network.review.internal.Figures;
import io.cocareer.network.review.internal.ReviewAccess;
import io.cocareer.network.review.internal.ReviewCalculator;
import io.cocareer.network.review.internal.ReviewSnapshots;
import io.cocareer.shared.disclosure.TrendProtection;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.UnitView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.TalentPool;

import org.springframework.stereotype.Service;

/**
 * The review across talents' networks, for the talent lead ({@link ReviewAccess}): the active
 * pool's maps counted per unit, designation reason and band in one protected table, of which a
 * filter picks a view. The first review of a month stores the whole organisation's figures as
 * shown, and the trends compare with the latest earlier month.
 */
@Service
public class NetworkReviewService {

	private final ReviewAccess access;

	private final MapsForReview maps;

	private final TalentPool pool;

	private final PeopleDirectory people;

	private final ReviewSnapshots snapshots;

	private final GroupSizeSettings groups;

	private final Clock clock;

	NetworkReviewService(ReviewAccess access, MapsForReview maps, TalentPool pool, PeopleDirectory people,
			ReviewSnapshots snapshots, GroupSizeSettings groups, Clock clock) {
		this.access = access;
		this.maps = maps;
		this.pool = pool;
		this.people = people;
		this.snapshots = snapshots;
		this.groups = groups;
		this.clock = clock;
	}

	/** Whether the actor reads the review (pages show the link by it). */
	public boolean mayReview(Actor actor) {
		return this.access.mayReview(actor);
	}

	/** The units a review can be filtered by (the organisation's structure, for the filter). */
	public List<UnitView> units(Actor actor) {
		this.access.requireReviewer(actor);
		return this.people.units();
	}

	public NetworkReview review(Actor actor, ReviewFilter filter) {
		this.access.requireReviewer(actor);
		List<UnitView> units = this.people.units();
		Map<UUID, Integer> unitIndex = new HashMap<>();
		for (int i = 0; i < units.size(); i++) {
			unitIndex.put(units.get(i).id(), i);
		}
		if (filter.unitId() != null && !unitIndex.containsKey(filter.unitId())) {
			throw new NotFoundException("network.review.unitNotFound", "There is no such unit");
		}
		ReviewCalculator review = calculate(actor, units, unitIndex);
		LocalDate month = LocalDate.now(this.clock).withDayOfMonth(1);
		snapshot(review, month);
		int unit = (filter.unitId() != null) ? unitIndex.get(filter.unitId()) : review.unitAll();
		int reason = (filter.reason() != null) ? filter.reason().ordinal() : review.reasonAll();
		String unitName = (filter.unitId() != null) ? units.get(unit).name() : null;
		Long talents = review.talents(unit, reason);
		if (talents == null) {
			return new NetworkReview(review.minGroupSize(), filter, unitName, false, null,
					review.tooFew(unit, reason) ? "tooFew" : "protectsAnother", List.of(), review.heavyMentors(), List.of(), 0,
					List.of(), new NetworkReview.Trend(null, List.of()));
		}
		List<NetworkReview.Figure> figures = figures(review, unit, reason);
		List<NetworkReview.Bridge> bridges = new ArrayList<>();
		for (int[] pair : review.missingBridges(reason)) {
			if (filter.unitId() == null || pair[0] == unit || pair[1] == unit) {
				UnitView one = units.get(pair[0]);
				UnitView other = units.get(pair[1]);
				bridges.add(new NetworkReview.Bridge(one.id(), one.name(), other.id(), other.name()));
			}
		}
		NetworkReview.Trend trend = filter.isNone() ? trend(figures, talents, month) : new NetworkReview.Trend(null, List.of());
		return new NetworkReview(review.minGroupSize(), filter, unitName, true, talents, null, figures, review.heavyMentors(),
				bridges, review.unitsShown(reason), recommendations(review, units, unit, reason, figures, bridges), trend);
	}

	/**
	 * Keeps the whole organisation's figures as they are now for {@code month} (its first day),
	 * unless that month has figures already: what the first review of a month does, for the demo
	 * (last month's figures before its story maps) or a monthly job. Whether it stored them.
	 */
	public boolean recordMonth(Actor actor, LocalDate month) {
		this.access.requireReviewer(actor);
		List<UnitView> units = this.people.units();
		Map<UUID, Integer> unitIndex = new HashMap<>();
		for (int i = 0; i < units.size(); i++) {
			unitIndex.put(units.get(i).id(), i);
		}
		LocalDate first = month.withDayOfMonth(1);
		if (this.snapshots.exists(first)) {
			return false;
		}
		snapshot(calculate(actor, units, unitIndex), first);
		return true;
	}

	/**
	 * The figures of {@link #review} as CSV, one band a row ({@code figure,band,talents}), hidden
	 * counts written as {@code hidden}: the same suppression as the page.
	 */
	public String csv(Actor actor, ReviewFilter filter) {
		NetworkReview review = review(actor, filter);
		java.io.StringWriter out = new java.io.StringWriter();
		de.siegmar.fastcsv.writer.CsvWriter csv = de.siegmar.fastcsv.writer.CsvWriter.builder().build(out);
		csv.writeRecord("figure", "band", "talents");
		csv.writeRecord("minGroupSize", "", String.valueOf(review.minGroupSize()));
		if (!review.shown()) {
			csv.writeRecord("talents", "all", review.whyNotShown());
			return flushed(csv, out);
		}
		csv.writeRecord("talents", "all", String.valueOf(review.talents()));
		for (NetworkReview.Figure figure : review.figures()) {
			for (NetworkReview.Band band : figure.bands()) {
				csv.writeRecord(figure.key(), band.key(), band.hidden() ? "hidden" : String.valueOf(band.talents()));
			}
		}
		csv.writeRecord("heavyMentors", "", String.valueOf(review.heavyMentors()));
		return flushed(csv, out);
	}

	private static String flushed(de.siegmar.fastcsv.writer.CsvWriter csv, java.io.StringWriter out) {
		try {
			csv.flush();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toString();
	}

	private ReviewCalculator calculate(Actor actor, List<UnitView> units, Map<UUID, Integer> unitIndex) {
		Map<UUID, DesignationReason> reasons = this.pool.activeReasons(actor);
		List<ReviewedMap> reviewed = this.maps.mapsOf(reasons.keySet());
		Map<UUID, UUID> unitOf = this.people.unitOfEachPerson();
		int noUnit = units.size();
		List<ReviewCalculator.Member> members = new ArrayList<>(reviewed.size());
		for (ReviewedMap map : reviewed) {
			Set<Integer> developerUnits = new HashSet<>();
			for (UUID person : map.internalIds()) {
				Integer index = unitIndex.get(unitOf.get(person));
				if (index != null) {
					developerUnits.add(index);
				}
			}
			Integer index = unitIndex.get(unitOf.get(map.talentId()));
			members.add(new ReviewCalculator.Member((index != null) ? index : noUnit,
					reasons.get(map.talentId()).ordinal(), map, developerUnits));
		}
		return new ReviewCalculator(members, units.size(), DesignationReason.values().length,
				this.groups.minGroupSize());
	}

	private static List<NetworkReview.Figure> figures(ReviewCalculator review, int unit, int reason) {
		List<NetworkReview.Figure> figures = new ArrayList<>();
		for (int f = 0; f < review.figures().size(); f++) {
			Figures.Figure figure = review.figures().get(f);
			List<NetworkReview.Band> bands = new ArrayList<>();
			for (int b = 0; b < figure.bands().size(); b++) {
				Long count = review.band(f, unit, reason, b);
				// a measure defined for every map needs no "not defined" row
				if (figure.bands().get(b).equals(Figures.NOT_DEFINED) && count != null && count == 0) {
					continue;
				}
				bands.add(new NetworkReview.Band(figure.bands().get(b), count));
			}
			figures.add(new NetworkReview.Figure(figure.key(), figure.kind(), bands));
		}
		return figures;
	}

	/** Stores this month's whole-organisation figures (as shown) when none are stored yet. */
	private void snapshot(ReviewCalculator review, LocalDate month) {
		if (this.snapshots.exists(month)) {
			return;
		}
		List<ReviewSnapshots.Figure> rows = new ArrayList<>();
		Long talents = review.talents(review.unitAll(), review.reasonAll());
		if (talents != null) {
			for (NetworkReview.Figure figure : figures(review, review.unitAll(), review.reasonAll())) {
				figure.bands().forEach((band) -> rows.add(new ReviewSnapshots.Figure(figure.key(), band.key(), band.talents())));
			}
		}
		this.snapshots.storeIfNone(month, this.clock.instant(), talents, rows);
	}

	/**
	 * The whole organisation then and now. Last month's counts go through {@link TrendProtection}:
	 * no band shows a change of 1 to k−1 talents, nor do the hidden bands of a figure together.
	 */
	private NetworkReview.Trend trend(List<NetworkReview.Figure> figures, Long talents, LocalDate month) {
		int k = this.groups.minGroupSize();
		return this.snapshots.latestBefore(month).map((then) -> {
			Long thenTalents = TrendProtection.total(k, then.talents(), talents);
			List<NetworkReview.TrendRow> rows = new ArrayList<>();
			rows.add(new NetworkReview.TrendRow("talents", "all", thenTalents, thenTalents, talents, talents));
			for (NetworkReview.Figure figure : figures) {
				List<NetworkReview.Band> bands = figure.bands().stream()
					.filter((band) -> then.figures().containsKey(ReviewSnapshots.Snapshot.key(figure.key(), band.key())))
					.toList();
				List<Long> before = new ArrayList<>();
				List<Long> after = new ArrayList<>();
				for (NetworkReview.Band band : bands) {
					before.add(then.figures().get(ReviewSnapshots.Snapshot.key(figure.key(), band.key())));
					after.add(band.talents());
				}
				// a figure whose bands were not all kept then has no total to subtract from
				Long total = (bands.size() == figure.bands().size()) ? thenTalents : null;
				List<Long> shown = TrendProtection.protect(k, total, talents, before, after);
				for (int b = 0; b < bands.size(); b++) {
					rows.add(new NetworkReview.TrendRow(figure.key(), bands.get(b).key(), shown.get(b), thenTalents,
							bands.get(b).talents(), talents));
				}
			}
			return new NetworkReview.Trend(then.month(), rows);
		}).orElse(new NetworkReview.Trend(null, List.of()));
	}

	/** Advice in words, from figures this view shows (or shows for the units in it). */
	private static List<NetworkReview.Recommendation> recommendations(ReviewCalculator review, List<UnitView> units,
			int unit, int reason, List<NetworkReview.Figure> figures, List<NetworkReview.Bridge> bridges) {
		List<NetworkReview.Recommendation> advice = new ArrayList<>();
		int external = indexOf(review, "externalReach");
		List<NetworkReview.UnitShare> inward = new ArrayList<>();
		List<Integer> candidates = new ArrayList<>();
		if (unit == review.unitAll()) {
			for (int u = 0; u < units.size(); u++) {
				candidates.add(u);
			}
		}
		else {
			candidates.add(unit);
		}
		for (int u : candidates) {
			Long total = review.talents(u, reason);
			Long none = review.band(external, u, reason, 1);
			if (total != null && none != null && total > 0 && none * 2 >= total) {
				inward.add(new NetworkReview.UnitShare(units.get(u).name(), Math.round(100.0 * none / total), total));
			}
		}
		if (!inward.isEmpty()) {
			advice.add(new NetworkReview.Recommendation("network.review.advice.noExternal", List.of(inward)));
		}
		NetworkReview.Figure concentration = figures.stream().filter((f) -> f.key().equals("concentration")).findFirst().orElseThrow();
		Long leaning = concentration.band("reached").talents();
		if (review.heavyMentors() > 0 && leaning != null && leaning > 0) {
			advice.add(new NetworkReview.Recommendation("network.review.advice.concentration",
					List.of(review.heavyMentors(), leaning)));
		}
		if (!bridges.isEmpty()) {
			NetworkReview.Bridge first = bridges.get(0);
			advice.add(new NetworkReview.Recommendation("network.review.advice.bridges",
					List.of(bridges.size(), first.oneUnit(), first.otherUnit())));
		}
		NetworkReview.Figure stale = figures.stream().filter((f) -> f.key().equals("staleTies")).findFirst().orElseThrow();
		Long quiet = stale.band("4plus").talents();
		Long total = review.talents(unit, reason);
		if (quiet != null && total != null && quiet * 4 >= total && quiet > 0) {
			advice.add(new NetworkReview.Recommendation("network.review.advice.stale",
					List.of(Math.round(100.0 * quiet / total))));
		}
		return advice;
	}

	private static int indexOf(ReviewCalculator review, String key) {
		for (int f = 0; f < review.figures().size(); f++) {
			if (review.figures().get(f).key().equals(key)) {
				return f;
			}
		}
		throw new IllegalArgumentException(key);
	}

}

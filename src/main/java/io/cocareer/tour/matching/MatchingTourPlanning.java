package io.cocareer.tour.matching;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.tour.TourPlanning;
import io.cocareer.tour.TourType;
import io.cocareer.tour.catalogue.Quality;
import io.cocareer.tour.catalogue.QualityRating;
import io.cocareer.tour.catalogue.RequiredCompetency;
import io.cocareer.tour.catalogue.WorkPackageService;
import io.cocareer.tour.catalogue.WorkPackageStatus;
import io.cocareer.tour.catalogue.WorkPackageTerms;
import io.cocareer.tour.lifecycle.TourLifecycleService;
import io.cocareer.tour.lifecycle.TourPlan;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tours' answer to {@link TourPlanning}: the catalogue's open seats and packages, this module's
 * scores and the lifecycle's proposal, for the talent lead alone.
 */
@Component
@Transactional
class MatchingTourPlanning implements TourPlanning {

	private final WorkPackageService packages;

	private final MatchingService matching;

	private final TourLifecycleService lifecycle;

	MatchingTourPlanning(WorkPackageService packages, MatchingService matching, TourLifecycleService lifecycle) {
		this.packages = packages;
		this.matching = matching;
		this.lifecycle = lifecycle;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OpenSeats> openSeats(Actor actor, TourType type) {
		requireLead(actor);
		return this.packages.openSeats(type);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Map<UUID, PackageScore>> scores(Actor actor, Collection<UUID> talentIds,
			Collection<UUID> packageIds) {
		Map<UUID, Map<UUID, PackageScore>> scores = new LinkedHashMap<>();
		this.matching.scores(actor, talentIds, packageIds).forEach((talentId, byPackage) -> {
			Map<UUID, PackageScore> converted = new LinkedHashMap<>();
			byPackage.forEach((packageId, match) -> converted.put(packageId, new PackageScore(match.score(),
					match.availability(),
					match.explanation().stream().map((why) -> new Reason(why.code(), why.arguments())).toList())));
			scores.put(talentId, converted);
		});
		return scores;
	}

	@Override
	public UUID propose(Actor actor, UUID talentId, UUID packageId) {
		requireLead(actor);
		return this.lifecycle.propose(actor, new TourPlan(talentId, packageId, null, null, null, null, null, null));
	}

	@Override
	public UUID openRotationalPackage(Actor actor, NewPackage terms) {
		requireLead(actor);
		Map<Quality, QualityRating> ratings = new java.util.EnumMap<>(Quality.class);
		for (Quality quality : Quality.values()) {
			ratings.put(quality, new QualityRating(4, terms.ratingReason()));
		}
		UUID id = this.packages.create(actor, new WorkPackageTerms(terms.title(), terms.description(),
				terms.expectedResults(), terms.sponsorEmployeeId(), terms.unitId(), terms.startOn(), terms.endOn(),
				terms.timeShare(), terms.seats(), TourType.ROTATIONAL,
				terms.competencies().entrySet().stream().map((e) -> new RequiredCompetency(e.getKey(), e.getValue())).toList(),
				ratings));
		this.packages.changeStatus(actor, id, WorkPackageStatus.OPEN, null);
		return id;
	}

	private static void requireLead(Actor actor) {
		if (!actor.isTalentLead()) {
			throw new PermissionDenied("tour.denied.planning", "Only the talent lead plans several tours at once");
		}
	}

}

package io.cocareer.tour;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own career record of tours of duty: the tours they served as the talent (signed or
 * later; not the drafts, conversations and agreements that never came to be), with their mission,
 * results and endorsed wins. Only for the person themselves, whatever their role: a talent, or an
 * alumnus who keeps the record after leaving (the alumni portal's "co-branding" PDF). Nobody else
 * reads another's record here: the tours' own pages are for that.
 */
@Service
public class TourRecords {

	/** The states of a tour that happened (or is happening). */
	private static final Set<TourState> SERVED = EnumSet.of(TourState.SIGNED, TourState.ACTIVE,
			TourState.IN_CLOSING_REVIEW, TourState.COMPLETED, TourState.ENDED_EARLY);

	private final TourRepository tours;

	private final TourPackages packages;

	private final List<TourRecordPart> parts;

	TourRecords(TourRepository tours, TourPackages packages, List<TourRecordPart> parts) {
		this.tours = tours;
		this.packages = packages;
		this.parts = parts;
	}

	/** The reader's own tours as the talent, newest first; none for an account without a person. */
	@Transactional(readOnly = true)
	public List<TourRecord> mine(Actor actor) {
		if (actor.personId() == null) {
			return List.of();
		}
		List<Tour> own = this.tours.findByTalentIdOrderByStartOnDescIdAsc(actor.personId().value())
			.stream()
			.filter((tour) -> SERVED.contains(tour.state()))
			// an early end before the tour began is a tour that never happened
			.filter((tour) -> tour.state() != TourState.ENDED_EARLY || tour.endedOn() == null
					|| !tour.endedOn().isBefore(tour.startOn()))
			.toList();
		List<UUID> ids = own.stream().map(Tour::id).toList();
		Map<UUID, String> missions = new HashMap<>();
		Map<UUID, String> results = new HashMap<>();
		Map<UUID, List<TourRecord.EndorsedWin>> wins = new HashMap<>();
		for (TourRecordPart part : this.parts) {
			missions.putAll(part.missions(ids));
			results.putAll(part.results(ids));
			wins.putAll(part.endorsedWins(ids));
		}
		return own.stream()
			.map((tour) -> new TourRecord(tour.id(), tour.title(), tour.tourType(), tour.state(), tour.startOn(),
					tour.endOn(), tour.endedOn(), packageTitle(tour), missions.get(tour.id()), results.get(tour.id()),
					wins.getOrDefault(tour.id(), List.of())))
			.toList();
	}

	private String packageTitle(Tour tour) {
		if (tour.workPackageId() == null) {
			return null;
		}
		return this.packages.find(tour.workPackageId()).map(TourPackages.TourPackage::title).filter(Objects::nonNull)
			.orElse(null);
	}

}

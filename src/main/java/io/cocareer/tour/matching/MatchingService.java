package io.cocareer.tour.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.PersonId;
import io.cocareer.talent.CompetencyView;
import io.cocareer.talent.CompetencyCatalogue;
import io.cocareer.talent.MatchingProfile;
import io.cocareer.talent.TalentProfiles;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourType;
import io.cocareer.tour.catalogue.PackageProfile;
import io.cocareer.tour.catalogue.RequiredCompetency;
import io.cocareer.tour.catalogue.WorkPackageService;
import io.cocareer.tour.internal.TimeShareLoad;
import io.cocareer.tour.internal.Tour;
import io.cocareer.tour.internal.TourGuard;
import io.cocareer.tour.internal.TourRepository;
import io.cocareer.tour.matching.internal.MatchScoring;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches talents and work packages (DOMAIN §5.3). Who sees whom is {@link MatchingAccess}'s
 * to decide, for the UI and the API alike:
 * <ul>
 * <li>the candidates for a package are ranked for the talent lead and the package's creator or
 * sponsor only (a draft the actor may not see is a 404, anyone else gets a 403): the whole pool
 * for the lead, the discoverable talents, the reader's direct reports and the interested people
 * for a creator or sponsor;</li>
 * <li>the people who expressed interest in the package are always among its candidates, marked so;</li>
 * <li>aspiration words in an explanation go only to a reader who may read the profile;</li>
 * <li>a person's matching OPEN packages are seen by that person, their manager and the talent lead.</li>
 * </ul>
 * Candidates are the people with an active talent designation who have not left, and the
 * interested people who have not left. Talent data
 * comes from {@link TalentProfiles#matchingPool} and {@link TalentProfiles#matchingProfile}, the
 * talent module's bulk reads for matching: this service is their one caller, and shows what it
 * derives from them only under the rules above.
 */
@Service
@Transactional(readOnly = true)
public class MatchingService {

	public static final int MAX_LIMIT = 100;

	private final WorkPackageService packages;

	private final MatchScoring scoring;

	private final PeopleDirectory people;

	private final TalentProfiles talents;

	private final CompetencyCatalogue competencies;

	private final TourRepository tours;

	private final MatchingAccess access;

	private final TourGuard guard;

	MatchingService(WorkPackageService packages, MatchScoring scoring, PeopleDirectory people,
			TalentProfiles talents, CompetencyCatalogue competencies, TourRepository tours, MatchingAccess access,
			TourGuard guard) {
		this.guard = guard;
		this.packages = packages;
		this.scoring = scoring;
		this.people = people;
		this.talents = talents;
		this.competencies = competencies;
		this.tours = tours;
		this.access = access;
	}

	/** Explanation lines that quote the talent's aspirations, shown only to readers of the profile. */
	private static final Set<String> ASPIRATION_REASONS = Set.of("tour.match.reason.sharedWords",
			"tour.match.reason.noSharedWords");

	/**
	 * A talent ranked for a package.
	 * @param interested whether they expressed interest in the package
	 * @param profileReadable whether the reader may open their profile (and so reads their aspiration words)
	 */
	public record CandidateMatch(UUID personId, String name, String title, String unitName, MatchScore match,
			boolean interested, boolean profileReadable) {
	}

	/** An open package ranked for a person. */
	public record PackageMatch(UUID packageId, String title, LocalDate startOn, LocalDate endOn, int timeShare,
			TourType tourType, MatchScore match) {
	}

	/** Whether the actor may rank candidates for the package (to show or hide the card). */
	public boolean mayRankCandidates(Actor actor, UUID packageId) {
		return this.packages.profile(packageId).map((pkg) -> this.access.mayRank(actor, pkg)).orElse(false);
	}

	/**
	 * The best {@code limit} (1 to {@value #MAX_LIMIT}) talents the actor may see for the package,
	 * best first (ties by name, then id), and every interested person besides, in their place.
	 * A bounded number of statements whatever the size of the pool: the package and its
	 * competencies, its interests, two for the pool, the names of the best only (the whole pool is
	 * scored in memory, and only the best are named and explained) and the catalogue.
	 */
	public List<CandidateMatch> rankCandidates(Actor actor, UUID packageId, int limit) {
		this.guard.requireStaff(actor);
		PackageProfile pkg = this.packages.profile(actor, packageId);
		if (!this.access.mayRank(actor, pkg)) {
			throw new PermissionDenied("tour.denied.rankCandidates",
					"Only the talent lead and the package's creator or sponsor see its best candidates");
		}
		Set<UUID> interested = new LinkedHashSet<>(this.packages.interested(packageId));
		MatchingAccess.Audience audience = this.access.audience(actor, interested);
		Map<UUID, Integer> requiredById = new HashMap<>();
		pkg.competencies().forEach((need) -> requiredById.put(need.competencyId(), need.level()));
		Map<UUID, String> catalogue = competencyNames();
		MatchScoring.Terms packageWords = words(pkg, catalogue);
		List<MatchingProfile> pool = new ArrayList<>(
				this.talents.matchingPool(requiredById.keySet()).stream().filter(audience::admits).toList());
		// the interested who are not in the pool (no designation) are candidates too
		Set<UUID> inPool = new HashSet<>();
		pool.forEach((talent) -> inPool.add(talent.personId().value()));
		for (UUID personId : interested) {
			if (!inPool.contains(personId)) {
				MatchingProfile own = this.talents.matchingProfile(PersonId.of(personId));
				Map<UUID, Integer> levels = new HashMap<>(own.levels());
				levels.keySet().retainAll(requiredById.keySet());
				pool.add(new MatchingProfile(PersonId.of(personId), levels, own.aspirations(), own.discoverable()));
			}
		}
		Map<UUID, List<TimeShareLoad.Commitment>> committed = committedDuring(pkg.startOn(), pkg.endOn(), null);
		int size = pool.size();
		List<MatchScoring.Terms> talentWords = new ArrayList<>(size);
		double[] values = new double[size];
		for (int i = 0; i < size; i++) {
			MatchingProfile talent = pool.get(i);
			talentWords.add(MatchScoring.tokens(talent.aspirations()));
			values[i] = this.scoring.value(requiredById, talent.levels(), talentWords.get(i), packageWords,
					availability(committed.get(talent.personId().value()), pkg));
		}
		List<Named> best = best(pool, values, clamp(limit), interested);
		Map<String, Integer> required = required(pkg, catalogue);
		return best.stream().map((named) -> {
			int i = named.index();
			UUID personId = named.person().id();
			MatchScore match = this.scoring.score(required, byName(pool.get(i).levels(), catalogue),
					talentWords.get(i), packageWords, availability(committed.get(personId), pkg));
			boolean readable = audience.mayReadProfile(personId);
			return new CandidateMatch(personId, named.person().fullName(), named.person().title(),
					named.person().unitName(), readable ? match : withoutAspirationWords(match),
					interested.contains(personId), readable);
		}).toList();
	}

	/** The match with the lines quoting aspirations replaced by one saying they are private. */
	private static MatchScore withoutAspirationWords(MatchScore match) {
		List<MatchReason> why = new ArrayList<>();
		for (MatchReason reason : match.explanation()) {
			if (ASPIRATION_REASONS.contains(reason.code())) {
				why.add(new MatchReason("tour.match.reason.aspirationsPrivate"));
			}
			else {
				why.add(reason);
			}
		}
		return new MatchScore(match.score(), match.skillFit(), match.aspirationFit(), match.stretch(),
				match.availability(), match.weights(), List.copyOf(why));
	}

	/** A talent of the pool (by index) with their name, among the best. */
	private record Named(int index, double value, PersonSummary person) {

	}

	/**
	 * The best {@code limit} of the pool by value, then name, then id, leaving out people who have
	 * left. Names are read only for the talents at or above the value of the {@code limit}-th best
	 * (ties included, so the order by name is the same as sorting the whole pool would give); for
	 * each of those found to have left, the next best are read too.
	 */
	private List<Named> best(List<MatchingProfile> pool, double[] values, int limit, Set<UUID> interested) {
		int size = values.length;
		double[] ascending = values.clone();
		Arrays.sort(ascending);
		boolean[] seen = new boolean[size];
		int seenCount = 0;
		List<Named> eligible = new ArrayList<>();
		// the interested are named first, whatever their score: they are listed in any case
		List<Integer> wanting = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			if (interested.contains(pool.get(i).personId().value())) {
				seen[i] = true;
				seenCount++;
				wanting.add(i);
			}
		}
		List<Named> asking = new ArrayList<>();
		if (!wanting.isEmpty()) {
			Map<UUID, PersonSummary> names = this.people
				.summaries(wanting.stream().map((i) -> pool.get(i).personId().value()).toList());
			for (int i : wanting) {
				PersonSummary person = names.get(pool.get(i).personId().value());
				if (person != null && person.status() != PersonStatus.LEFT) {
					asking.add(new Named(i, values[i], person));
				}
			}
		}
		while (eligible.size() < limit && seenCount < size) {
			int wanted = seenCount + (limit - eligible.size());
			double threshold = ascending[Math.max(0, size - wanted)];
			List<Integer> batch = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				if (!seen[i] && values[i] >= threshold) {
					seen[i] = true;
					batch.add(i);
				}
			}
			seenCount += batch.size();
			Map<UUID, PersonSummary> names = this.people
				.summaries(batch.stream().map((i) -> pool.get(i).personId().value()).toList());
			for (int i : batch) {
				PersonSummary person = names.get(pool.get(i).personId().value());
				if (person != null && person.status() != PersonStatus.LEFT) {
					eligible.add(new Named(i, values[i], person));
				}
			}
		}
		Comparator<Named> order = Comparator.comparingDouble((Named named) -> -named.value())
			.thenComparing((named) -> named.person().fullName(), String.CASE_INSENSITIVE_ORDER)
			.thenComparing((named) -> named.person().id());
		List<Named> listed = new ArrayList<>(eligible.stream().sorted(order).limit(limit).toList());
		listed.addAll(asking);
		listed.sort(order);
		return listed;
	}

	public List<PackageMatch> rankPackages(Actor actor, UUID personId, int limit) {
		this.guard.requireStaff(actor);
		if (!this.access.mayRankPackagesFor(actor, personId)) {
			throw new PermissionDenied("tour.denied.matchesOfOthers",
					"Only the person, their manager and the talent lead see a person's package matches");
		}
		if (this.people.find(PersonId.ofNullable(personId)).isEmpty()) {
			throw new NotFoundException("tour.matches.personNotFound", "Person %s not found".formatted(personId));
		}
		Map<UUID, String> catalogue = competencyNames();
		MatchingProfile talent = this.talents.matchingProfile(PersonId.of(personId));
		Map<String, Integer> levels = byName(talent.levels(), catalogue);
		MatchScoring.Terms talentWords = MatchScoring.tokens(talent.aspirations());
		List<PackageMatch> matches = new ArrayList<>();
		List<TimeShareLoad.Commitment> committed = committedDuring(null, null, personId).getOrDefault(personId,
				List.of());
		for (PackageProfile pkg : this.packages.openPackages()) {
			MatchScore match = this.scoring.score(required(pkg, catalogue), levels, talentWords, words(pkg, catalogue),
					availability(committed, pkg));
			matches.add(new PackageMatch(pkg.id(), pkg.title(), pkg.startOn(), pkg.endOn(), pkg.timeShare(),
					pkg.tourType(), match));
		}
		return matches.stream()
			.sorted(Comparator.comparingDouble((PackageMatch m) -> -m.match().score())
				.thenComparing(PackageMatch::title, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(PackageMatch::packageId))
			.limit(clamp(limit))
			.toList();
	}

	/**
	 * Each talent's match on each of the packages found, explanation included, in a few statements
	 * per talent: for planning several tours at once, by the talent lead alone (others get a 403).
	 */
	public Map<UUID, Map<UUID, MatchScore>> scores(Actor actor, java.util.Collection<UUID> talentIds,
			java.util.Collection<UUID> packageIds) {
		this.guard.requireStaff(actor);
		if (!actor.isTalentLead()) {
			throw new PermissionDenied("tour.denied.planning", "Only the talent lead plans several tours at once");
		}
		Map<UUID, String> catalogue = competencyNames();
		List<PackageProfile> found = new ArrayList<>();
		for (UUID packageId : new LinkedHashSet<>(packageIds)) {
			this.packages.profile(packageId).ifPresent(found::add);
		}
		List<Map<String, Integer>> required = new ArrayList<>();
		List<MatchScoring.Terms> packageWords = new ArrayList<>();
		for (PackageProfile pkg : found) {
			required.add(required(pkg, catalogue));
			packageWords.add(words(pkg, catalogue));
		}
		Map<UUID, Map<UUID, MatchScore>> scores = new java.util.LinkedHashMap<>();
		for (UUID personId : new LinkedHashSet<>(talentIds)) {
			MatchingProfile talent = this.talents.matchingProfile(PersonId.of(personId));
			Map<String, Integer> levels = byName(talent.levels(), catalogue);
			MatchScoring.Terms talentWords = MatchScoring.tokens(talent.aspirations());
			List<TimeShareLoad.Commitment> committed = committedDuring(null, null, personId).getOrDefault(personId,
					List.of());
			Map<UUID, MatchScore> byPackage = new java.util.LinkedHashMap<>();
			for (int p = 0; p < found.size(); p++) {
				PackageProfile pkg = found.get(p);
				byPackage.put(pkg.id(), this.scoring.score(required.get(p), levels, talentWords, packageWords.get(p),
						availability(committed, pkg)));
			}
			scores.put(personId, byPackage);
		}
		return scores;
	}

	/**
	 * The free share of the person's week over the package window, against what the package asks:
	 * min(1, (100 − peak committed share) / package share), 0 when the week is full (DOMAIN §5.3).
	 * @param committed the person's committed tours (null: none)
	 */
	static double availability(List<TimeShareLoad.Commitment> committed, PackageProfile pkg) {
		if (committed == null || committed.isEmpty()) {
			return 1.0;
		}
		int free = TimeShareLoad.FULL_WEEK - TimeShareLoad.peak(committed, pkg.startOn(), pkg.endOn());
		return Math.max(0.0, Math.min(1.0, (double) free / pkg.timeShare()));
	}

	/**
	 * Committed tours (signed or being signed) by talent, in one statement: those overlapping the
	 * window, or all of one person's.
	 */
	private Map<UUID, List<TimeShareLoad.Commitment>> committedDuring(LocalDate from, LocalDate to, UUID personId) {
		List<Tour> found = (personId != null)
				? this.tours.findByTalentIdAndStateIn(personId, TourState.committing())
				: this.tours.committedBetween(TourState.committing(), from, to);
		Map<UUID, List<TimeShareLoad.Commitment>> byTalent = new HashMap<>();
		for (Tour tour : found) {
			byTalent.computeIfAbsent(tour.talentId(), (key) -> new ArrayList<>())
				.add(tour.commitment());
		}
		return byTalent;
	}

	private Map<UUID, String> competencyNames() {
		Map<UUID, String> names = new HashMap<>();
		for (CompetencyView competency : this.competencies.competencies()) {
			names.put(competency.id(), competency.name());
		}
		return names;
	}

	/** Levels keyed by competency name, as the scoring and its explanation want them. */
	private static Map<String, Integer> byName(Map<UUID, Integer> levels, Map<UUID, String> names) {
		Map<String, Integer> named = new HashMap<>();
		levels.forEach((id, level) -> named.put(names.getOrDefault(id, id.toString()), level));
		return named;
	}

	private static Map<String, Integer> required(PackageProfile pkg, Map<UUID, String> names) {
		Map<String, Integer> required = new HashMap<>();
		for (RequiredCompetency competency : pkg.competencies()) {
			required.put(names.getOrDefault(competency.competencyId(), competency.competencyId().toString()),
					competency.level());
		}
		return required;
	}

	/** The package's tags: the words of its title, description and results, and of the competencies it asks for. */
	private static MatchScoring.Terms words(PackageProfile pkg, Map<UUID, String> catalogue) {
		List<String> texts = new ArrayList<>();
		texts.add(pkg.title());
		texts.add(pkg.description());
		texts.add(pkg.expectedResults());
		pkg.competencies().forEach((need) -> texts.add(catalogue.get(need.competencyId())));
		return MatchScoring.tokens(texts);
	}

	private static int clamp(int limit) {
		return Math.max(1, Math.min(MAX_LIMIT, limit));
	}

}

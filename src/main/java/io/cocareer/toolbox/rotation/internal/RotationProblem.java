package io.cocareer.toolbox.rotation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.toolbox.assignment.Assignment;
import io.cocareer.toolbox.assignment.AssignmentProblem;
import io.cocareer.toolbox.assignment.AssignmentProblem.Candidate;
import io.cocareer.toolbox.assignment.AssignmentProblem.Pair;
import io.cocareer.toolbox.assignment.AssignmentProblem.Side;
import io.cocareer.toolbox.assignment.Assignments;
import io.cocareer.toolbox.rotation.RuleKind;
import io.cocareer.toolbox.rotation.UnplacedReason;
import io.cocareer.tour.TourPlanning.PackageScore;

/**
 * A rotation plan as an {@link AssignmentProblem}, and its result as pairs and unplaced talents:
 * <ul>
 * <li>each eligible talent takes one seat; one who has left or has no manager takes none;</li>
 * <li>each package offers its open seats (a package without one is no candidate of anybody);</li>
 * <li>a pair is allowed when the talent's week has room over the package's dates (availability
 * above 0) and the score, the tours' matching score × 1000 rounded, is above 0, unless the lead
 * forbids it;</li>
 * <li>the lead's pins are pinned pairs (a pin on a pair that is not allowed cannot hold);</li>
 * <li>no load spreading: a package's seats are alike.</li>
 * </ul>
 * Pure computation, no storage.
 */
public final class RotationProblem {

	private RotationProblem() {
	}

	/**
	 * A talent of the cohort.
	 * @param ineligible why they take no seat at all, {@code null} when they may
	 */
	public record Talent(UUID personId, UnplacedReason ineligible) {

	}

	/** A package with its open seats. */
	public record Seats(UUID packageId, int open) {

	}

	/** A pin or forbid of the lead. */
	public record Rule(UUID personId, UUID packageId, RuleKind kind) {

	}

	/** A chosen pair with its score (0 to 1000). */
	public record Chosen(UUID personId, UUID packageId, int score, boolean pinned) {

	}

	/** A talent without a seat and why. */
	public record Left(UUID personId, UnplacedReason reason) {

	}

	/** The result of a run. */
	public record Result(List<Chosen> pairs, List<Left> unplaced, long totalScore) {

	}

	/** The matching score in points: × 1000, rounded. */
	public static int points(double score) {
		return (int) Math.round(Math.max(0.0, Math.min(1.0, score)) * 1000);
	}

	/** Whether the pair may be chosen at all, the lead's word aside. */
	public static boolean eligible(PackageScore score) {
		return score != null && score.availability() > 0 && points(score.score()) > 0;
	}

	/** The plan as an assignment problem. */
	public static AssignmentProblem build(List<Talent> talents, List<Seats> packages,
			Map<UUID, Map<UUID, PackageScore>> scores, List<Rule> rules) {
		Set<String> forbidden = new HashSet<>();
		List<Pair> pinned = new ArrayList<>();
		for (Rule rule : rules) {
			if (rule.kind() == RuleKind.FORBID) {
				forbidden.add(key(rule.personId(), rule.packageId()));
			}
			else {
				pinned.add(new Pair(rule.personId().toString(), rule.packageId().toString()));
			}
		}
		List<Side> people = new ArrayList<>();
		List<Candidate> candidates = new ArrayList<>();
		Set<UUID> packageIds = new HashSet<>();
		packages.forEach((p) -> packageIds.add(p.packageId()));
		for (Talent talent : talents) {
			boolean may = talent.ineligible() == null;
			people.add(new Side(talent.personId().toString(), may ? 1 : 0));
			if (!may) {
				continue;
			}
			for (Seats pkg : packages) {
				if (pkg.open() <= 0) {
					continue;
				}
				PackageScore score = scores.getOrDefault(talent.personId(), Map.of()).get(pkg.packageId());
				if (eligible(score) && !forbidden.contains(key(talent.personId(), pkg.packageId()))) {
					candidates.add(new Candidate(talent.personId().toString(), pkg.packageId().toString(),
							points(score.score())));
				}
			}
		}
		List<Side> places = packages.stream().map((p) -> new Side(p.packageId().toString(), Math.max(0, p.open()))).toList();
		// a pin naming a talent or a package outside the plan is not a pair of it
		Set<String> personIds = new HashSet<>();
		talents.forEach((t) -> personIds.add(t.personId().toString()));
		List<Pair> known = pinned.stream()
			.filter((p) -> personIds.contains(p.person()) && packageIds.contains(UUID.fromString(p.place())))
			.toList();
		return new AssignmentProblem(people, places, candidates, known, 0);
	}

	/** Solves the plan; throws {@link io.cocareer.toolbox.assignment.InfeasiblePins} when a pin cannot hold. */
	public static Result solve(List<Talent> talents, List<Seats> packages, Map<UUID, Map<UUID, PackageScore>> scores,
			List<Rule> rules) {
		AssignmentProblem problem = build(talents, packages, scores, rules);
		Assignment assignment = Assignments.optimal(problem);
		Set<String> pins = new HashSet<>();
		problem.pinned().forEach((p) -> pins.add(key(p.person(), p.place())));
		Map<UUID, Chosen> byPerson = new LinkedHashMap<>();
		for (Candidate c : assignment.pairs()) {
			byPerson.put(UUID.fromString(c.person()), new Chosen(UUID.fromString(c.person()), UUID.fromString(c.place()),
					(int) c.score(), pins.contains(key(c.person(), c.place()))));
		}
		Set<String> withCandidates = new HashSet<>();
		problem.candidates().forEach((c) -> withCandidates.add(c.person()));
		List<Chosen> pairs = new ArrayList<>();
		List<Left> unplaced = new ArrayList<>();
		for (Talent talent : talents) {
			Chosen chosen = byPerson.get(talent.personId());
			if (chosen != null) {
				pairs.add(chosen);
			}
			else if (talent.ineligible() != null) {
				unplaced.add(new Left(talent.personId(), talent.ineligible()));
			}
			else if (!withCandidates.contains(talent.personId().toString())) {
				unplaced.add(new Left(talent.personId(), UnplacedReason.NO_CANDIDATE));
			}
			else {
				unplaced.add(new Left(talent.personId(), UnplacedReason.SEATS_TAKEN));
			}
		}
		return new Result(pairs, unplaced, assignment.totalScore());
	}

	private static String key(Object person, Object place) {
		return person + "|" + place;
	}

}

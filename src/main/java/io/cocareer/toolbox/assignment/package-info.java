/**
 * The optimal assignment that mentoring and rotation planning share (issue 11; DOMAIN.md §5.2):
 * people to places (mentees to mentors, talents to the seats of rotational packages) with
 * capacities on both sides, a score per allowed pair, pinned pairs, and a penalty that spreads load
 * over the places instead of piling it on a few. Solved exactly as a minimum-cost flow by cost
 * scaling on arrays ({@code CostScalingFlow}; JGraphT's capacity scaling remains as a check, see
 * BENCHMARKS.md for both against OR-Tools); as many people as capacity allows are placed, and among
 * those placements the one with the highest total score.
 * <p>
 * Pure computation: no storage, no pages, no readers. Who may see a problem's people and scores is
 * the calling module's policy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career toolbox: optimal assignment")
package io.cocareer.toolbox.assignment;

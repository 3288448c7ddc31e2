package io.cocareer.toolbox.guidance.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.guidance.StepStatus;

/**
 * The rules that decide where each step of each approach is, from counts of what happened (the
 * read model's signals and the talent pool's size). A step is under way once the first records it
 * makes exist, and in place once what it leads to has happened too. Each rule names the figure it
 * rests on, which the talent lead sees beside the status.
 * <p>
 * Open developmental networks: a talent's map is private and the network module publishes nothing
 * when one is drawn, so the organisation knows of maps only those their talents chose to share
 * ({@code network.shared}); steps 2, 6 and 7 count those, and are in place from k sharing talents,
 * the size from which the review across talents shows anything.
 */
public final class ProgressRules {

	private final Map<Signal, Long> counts;

	private final int k;

	private final Supplier<Long> designatedTalents;

	/**
	 * @param counts how many subjects each signal has (missing: none)
	 * @param k the smallest group a figure about people may describe
	 */
	public ProgressRules(Map<Signal, Long> counts, int k) {
		this(counts, k, () -> counts.getOrDefault(Signal.DESIGNATED_TALENTS, 0L));
	}

	/**
	 * @param designatedTalents how many talents are designated now, read only if a rule needs it
	 * (the talent pool is asked once, and not for a page whose steps do not count talents)
	 */
	public ProgressRules(Map<Signal, Long> counts, int k, Supplier<Long> designatedTalents) {
		this.counts = new EnumMap<>(Signal.class);
		this.counts.putAll(counts);
		this.k = k;
		this.designatedTalents = designatedTalents;
	}

	/** The status of a step and the signal whose count it shows. */
	public Progress of(Approach approach, int step) {
		return switch (approach) {
			case TOURS_OF_DUTY -> tours(step);
			case OPEN_DEVELOPMENTAL_NETWORKS -> networks(step);
			case ALUMNI_AND_BOOMERANGS -> alumni(step);
		};
	}

	private Progress tours(int step) {
		return switch (step) {
			// the charter states the alliance from installation (version 1 ships with the tours), and
			// every agreement carries its statement: under way once the charter is revised or an
			// agreement carries it to a talent, in place once an agreement with it is signed by both
			case 1 -> rule(Signal.AGREEMENT_SIGNED, any(Signal.CHARTER_PUBLISHED) || any(Signal.AGREEMENT_SENT),
					any(Signal.AGREEMENT_SIGNED));
			// talents are designated with profiles; a tour was shaped for one of them
			case 2 -> rule(Signal.DESIGNATED_TALENTS, any(Signal.DESIGNATED_TALENTS),
					any(Signal.DESIGNATED_TALENTS) && any(Signal.TOUR_PROPOSED));
			// open work packages exist; a tour runs on one
			case 3 -> rule(Signal.PACKAGE_OPEN, any(Signal.PACKAGE_OPEN) || any(Signal.TOUR_FROM_PACKAGE),
					any(Signal.PACKAGE_OPEN) && any(Signal.TOUR_FROM_PACKAGE));
			// missions are drafted together; one led to a signed agreement
			case 4 -> rule(Signal.MISSION_DRAFTED, any(Signal.MISSION_DRAFTED),
					any(Signal.MISSION_DRAFTED) && any(Signal.AGREEMENT_SIGNED));
			// agreements are out for signature; one is signed by both
			case 5 -> rule(Signal.AGREEMENT_SIGNED, any(Signal.AGREEMENT_SENT) || any(Signal.AGREEMENT_SIGNED),
					any(Signal.AGREEMENT_SIGNED));
			// resources and obstacles are logged; one was followed up
			case 6 -> rule(Signal.WORK_ITEM_LOGGED, any(Signal.WORK_ITEM_LOGGED),
					any(Signal.WORK_ITEM_LOGGED) && any(Signal.WORK_ITEM_UPDATED));
			// tours run with check-ins or wins; one was completed through its closing review
			case 7 -> rule(Signal.CHECK_IN_NOTED,
					any(Signal.TOUR_ACTIVE) || any(Signal.CHECK_IN_NOTED) || any(Signal.WIN_PUBLISHED),
					any(Signal.TOUR_COMPLETED) && (any(Signal.CHECK_IN_NOTED) || any(Signal.WIN_PUBLISHED)));
			default -> throw new IllegalArgumentException("A step is 1 to 7, not " + step);
		};
	}

	private Progress networks(int step) {
		return switch (step) {
			// candidates are assessed for their connections; one was hired
			case 1 -> rule(Signal.CANDIDATE_ADDED, any(Signal.CANDIDATE_ADDED), any(Signal.CANDIDATE_HIRED));
			// talents have maps (the organisation knows those shared with it); k of them
			case 2 -> rule(Signal.NETWORK_SHARED, any(Signal.NETWORK_SHARED), atLeastK(Signal.NETWORK_SHARED));
			// offers and requests are posted; one exchange was done
			case 3 -> rule(Signal.EXCHANGE_POSTED, any(Signal.EXCHANGE_POSTED) || any(Signal.EXCHANGE_DONE),
					any(Signal.EXCHANGE_DONE));
			// plan activities or networking funds exist; an activity was done
			case 4 -> rule(Signal.PLAN_ACTIVITY_ADDED,
					any(Signal.PLAN_ACTIVITY_ADDED) || any(Signal.FUND_BUDGET_SET) || any(Signal.PLAN_ACTIVITY_DONE),
					any(Signal.PLAN_ACTIVITY_DONE));
			// introductions are asked for; one was made
			case 5 -> rule(Signal.INTRODUCTION_ASKED, any(Signal.INTRODUCTION_ASKED) || any(Signal.INTRODUCTION_MADE),
					any(Signal.INTRODUCTION_MADE));
			// a map's health is shared with someone; someone read a shared map and its nudges
			case 6 -> rule(Signal.NETWORK_SHARED, any(Signal.NETWORK_SHARED),
					any(Signal.NETWORK_SHARED) && any(Signal.SHARED_NETWORK_READ));
			// something to review across talents; enough talents to show a figure
			case 7 -> rule(Signal.NETWORK_SHARED,
					any(Signal.NETWORK_SHARED) || any(Signal.EXCHANGE_DONE) || any(Signal.INTRODUCTION_MADE),
					atLeastK(Signal.NETWORK_SHARED));
			default -> throw new IllegalArgumentException("A step is 1 to 7, not " + step);
		};
	}

	private Progress alumni(int step) {
		return switch (step) {
			// a mobility policy is published; talents use the honest place to say their horizon
			case 1 -> rule(Signal.POLICY_PUBLISHED, any(Signal.POLICY_PUBLISHED),
					any(Signal.POLICY_PUBLISHED) && any(Signal.HORIZON_SET));
			// new hires are reminded of the programme; they acknowledge it
			case 2 -> rule(Signal.ENTRY_ACKNOWLEDGED, any(Signal.ENTRY_REMINDED) || any(Signal.ENTRY_ACKNOWLEDGED),
					any(Signal.ENTRY_ACKNOWLEDGED));
			// horizons prompt conversations, which are scheduled; one was held and closed
			case 3 -> rule(Signal.CONVERSATION_SCHEDULED,
					any(Signal.HORIZON_SET) || any(Signal.CONVERSATION_SCHEDULED) || any(Signal.CONVERSATION_CLOSED),
					any(Signal.CONVERSATION_CLOSED));
			// exits are recorded; one ended with a connection protocol the person consented to
			case 4 -> rule(Signal.EXIT_COMPLETED, any(Signal.EXIT_STARTED) || any(Signal.EXIT_COMPLETED),
					any(Signal.EXIT_WITH_CONSENT));
			// alumni ask to come back; a request was decided
			case 5 -> rule(Signal.REENTRY_ASKED, any(Signal.REENTRY_ASKED) || any(Signal.REENTRY_DECIDED),
					any(Signal.REENTRY_DECIDED));
			// boomerangs are re-hired; a repatriation was reviewed
			case 6 -> rule(Signal.REHIRED, any(Signal.REHIRED),
					any(Signal.REHIRED) && (any(Signal.RETURN_RATED) || any(Signal.REPATRIATION_REVIEWED)));
			// there are alumni to review; enough for the review to show its figures
			case 7 -> rule(Signal.EXIT_COMPLETED, any(Signal.EXIT_COMPLETED) || any(Signal.ALUMNI_INTERACTION),
					atLeastK(Signal.EXIT_COMPLETED));
			default -> throw new IllegalArgumentException("A step is 1 to 7, not " + step);
		};
	}

	/** The count of a signal, shown only when it is not about people or counts at least k. */
	public Long shown(Signal signal) {
		long n = count(signal);
		return (!signal.aboutPeople() || n >= this.k) ? n : null;
	}

	public long count(Signal signal) {
		if (signal == Signal.DESIGNATED_TALENTS && !this.counts.containsKey(signal)) {
			Long talents = this.designatedTalents.get();
			this.counts.put(signal, (talents != null) ? talents : 0L);
		}
		return this.counts.getOrDefault(signal, 0L);
	}

	private boolean any(Signal signal) {
		return count(signal) > 0;
	}

	private boolean atLeastK(Signal signal) {
		return count(signal) >= this.k;
	}

	private static Progress rule(Signal figure, boolean underWay, boolean inPlace) {
		StepStatus status = inPlace ? StepStatus.IN_PLACE : (underWay ? StepStatus.UNDER_WAY : StepStatus.NOT_STARTED);
		return new Progress(status, figure);
	}

	/**
	 * A step's progress.
	 * @param figure the signal whose count the talent lead sees beside it
	 */
	public record Progress(StepStatus status, Signal figure) {

	}

}

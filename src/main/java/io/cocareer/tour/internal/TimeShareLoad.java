package io.cocareer.tour.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * How much of a talent's week their committed tours take, day by day. A new commitment is refused
 * when on any day it would push the total past 100 %: two tours of 50 % that do not overlap each
 * other leave room for a third of 50 % across both, so the peak matters, not the sum.
 */
public final class TimeShareLoad {

	public static final int FULL_WEEK = 100;

	private TimeShareLoad() {
	}

	/** A tour already holding part of the talent's week. */
	public record Commitment(UUID tourId, String title, LocalDate startOn, LocalDate endOn, int timeShare) {

	}

	/** The first stretch of days where the total goes past 100 %, with what makes it up. */
	public record Overload(LocalDate from, LocalDate to, int total, List<Commitment> others) {

	}

	/**
	 * The first overload the new share would cause over [startOn, endOn] next to the others, if any.
	 * The loads only change where a commitment starts or ends, so those days are the only ones checked.
	 */
	public static Optional<Overload> check(List<Commitment> others, LocalDate startOn, LocalDate endOn,
			int timeShare) {
		TreeSet<LocalDate> changes = new TreeSet<>();
		changes.add(startOn);
		for (Commitment other : others) {
			if (overlaps(other, startOn, endOn)) {
				if (other.startOn().isAfter(startOn)) {
					changes.add(other.startOn());
				}
				if (other.endOn().isBefore(endOn)) {
					changes.add(other.endOn().plusDays(1));
				}
			}
		}
		for (LocalDate day : changes) {
			List<Commitment> onDay = new ArrayList<>();
			int total = timeShare;
			for (Commitment other : others) {
				if (!other.startOn().isAfter(day) && !other.endOn().isBefore(day)) {
					onDay.add(other);
					total += other.timeShare();
				}
			}
			if (total > FULL_WEEK) {
				LocalDate to = endOn;
				for (Commitment other : onDay) {
					to = other.endOn().isBefore(to) ? other.endOn() : to;
				}
				LocalDate next = changes.higher(day);
				if (next != null && next.minusDays(1).isBefore(to)) {
					to = next.minusDays(1);
				}
				return Optional.of(new Overload(day, to, total, onDay));
			}
		}
		return Optional.empty();
	}

	/**
	 * The highest total of the commitments on any day between the two. Totals only rise where a
	 * commitment starts, so the first day and those starts are the only days to look at.
	 */
	public static int peak(List<Commitment> commitments, LocalDate from, LocalDate to) {
		int peak = 0;
		List<LocalDate> days = new ArrayList<>(List.of(from));
		for (Commitment commitment : commitments) {
			if (commitment.startOn().isAfter(from) && !commitment.startOn().isAfter(to)) {
				days.add(commitment.startOn());
			}
		}
		for (LocalDate day : days) {
			int total = 0;
			for (Commitment commitment : commitments) {
				if (!commitment.startOn().isAfter(day) && !commitment.endOn().isBefore(day)) {
					total += commitment.timeShare();
				}
			}
			peak = Math.max(peak, total);
		}
		return peak;
	}

	private static boolean overlaps(Commitment other, LocalDate from, LocalDate to) {
		return !other.startOn().isAfter(to) && !other.endOn().isBefore(from);
	}

}

package io.cocareer.network.review;

import java.util.UUID;

import io.cocareer.talent.DesignationReason;

/**
 * Whose networks the review counts: the talents of one unit, of one designation reason, or both;
 * {@code null} means all.
 */
public record ReviewFilter(UUID unitId, DesignationReason reason) {

	public static ReviewFilter none() {
		return new ReviewFilter(null, null);
	}

	public boolean isNone() {
		return this.unitId == null && this.reason == null;
	}

}

package io.cocareer.talent.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.cocareer.talent.DesignationReason;
import io.cocareer.talent.DesignationView;

/**
 * A designation over JSON, in the pool's API and inside a profile's. Top-level, so that both
 * parts share its one schema, {@code TalentDesignationResponse}.
 */
public record TalentDesignationResponse(UUID personId, DesignationReason reason, String evidence, LocalDate reviewOn,
		int performance, int potential, String nineBoxLabel, String designatedBy, Instant designatedAt,
		@Nullable Instant endedAt, @Nullable String endReason, boolean active, boolean reviewOverdue, long version) {

	public static TalentDesignationResponse of(DesignationView view) {
		if (view == null) {
			return null;
		}
		return new TalentDesignationResponse(view.personId(), view.reason(), view.evidence(), view.reviewOn(),
				view.performance(), view.potential(), view.nineBoxLabel(), view.designatedBy(), view.designatedAt(),
				view.endedAt(), view.endReason(), view.active(), view.reviewOverdue(), view.version());
	}

}

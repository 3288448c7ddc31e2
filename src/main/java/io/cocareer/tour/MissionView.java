package io.cocareer.tour;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A tour's mission conversation: the latest revision, every revision (newest first) and the
 * comments (oldest first).
 * @param latest {@code null} until the first save
 * @param editable whether the mission may still be revised (until the agreement goes out for signature)
 */
public record MissionView(UUID tourId, @Nullable Revision latest, List<Revision> revisions, List<Comment> comments,
		boolean editable) {

	public int latestNo() {
		return (this.latest != null) ? this.latest.revisionNo() : 0;
	}

	public record Revision(int revisionNo, MissionText text, String authorName, Instant createdAt) {

	}

	public record Comment(UUID id, @Nullable Integer revisionNo, String body, String authorName, Instant createdAt) {

	}

}

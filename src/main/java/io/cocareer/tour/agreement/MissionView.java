package io.cocareer.tour.agreement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A tour's mission conversation: the latest revision, every revision (newest first) and the
 * comments (oldest first).
 * @param latest {@code null} until the first save
 * @param editable whether the mission may still be revised (until the agreement goes out for signature)
 * @param open the parts of the latest revision still to write, and by whom (all of them before the first)
 * @param required the fields a revision by the reader must fill (see {@link MissionText#requiredFor})
 */
public record MissionView(UUID tourId, @Nullable Revision latest, List<Revision> revisions, List<Comment> comments,
		boolean editable, List<OpenPart> open, java.util.Set<String> required) {

	/**
	 * A part of the mission nobody has written yet.
	 * @param writerName who writes it (the talent, or the manager for the organisation); {@code null}: either side
	 * @param yours whether the reader's side writes it
	 */
	public record OpenPart(String field, MissionText.Writer writer, @Nullable String writerName, boolean yours) {

	}

	public int latestNo() {
		return (this.latest != null) ? this.latest.revisionNo() : 0;
	}

	public record Revision(int revisionNo, MissionText text, String authorName, Instant createdAt) {

	}

	public record Comment(UUID id, @Nullable Integer revisionNo, String body, String authorName, Instant createdAt) {

	}

}

package io.cocareer.talent;

import java.time.Instant;
import java.util.UUID;

import io.cocareer.shared.PersonId;
import io.cocareer.shared.PrivateData;

/** A note on a talent's profile by their manager or the talent lead. */
@PrivateData
public record NoteView(UUID id, PersonId personId, String authorName, String body, Instant createdAt) {

}

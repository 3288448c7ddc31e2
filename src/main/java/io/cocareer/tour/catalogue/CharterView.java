package io.cocareer.tour.catalogue;

import java.time.Instant;

/** One version of the programme charter; {@code current} when it is the latest. */
public record CharterView(int versionNo, String body, String author, Instant createdAt, boolean current) {

}

package io.cocareer.alumni.exit;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Section 5: an item of the knowledge handover checklist, with its owner, due date and whether it is done. */
public record HandoverItem(@Nullable String item, @Nullable UUID ownerId, @Nullable LocalDate dueOn, @Nullable Boolean done) {

}

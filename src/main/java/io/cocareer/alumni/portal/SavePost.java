package io.cocareer.alumni.portal;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.alumni.CollaborationKind;

import org.jspecify.annotations.Nullable;

/**
 * A post as the talent lead writes it.
 * @param collaborationKind what kind of collaboration (a collaboration opportunity only)
 * @param workPackageId the tours' work package a role is about, if any
 * @param closesOn the last day alumni may answer, if any
 */
public record SavePost(@Nullable PostKind kind, @Nullable CollaborationKind collaborationKind, @Nullable String title,
		@Nullable String body, @Nullable UUID workPackageId, @Nullable LocalDate closesOn) {

}

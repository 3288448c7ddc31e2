package io.cocareer.alumni.portal;

import java.time.LocalDate;
import java.util.UUID;

import io.cocareer.alumni.CollaborationKind;

import org.jspecify.annotations.Nullable;

/**
 * A post as its reader sees it.
 * @param workPackageTitle the title of the work package a role is about, if any
 * @param open whether alumni may still answer it (published and not past its closing date)
 * @param interested whether the reader (an alumnus) said they are interested
 * @param interestCount how many alumni are interested: for the talent lead only (0 for alumni)
 */
public record PostView(UUID id, PostKind kind, @Nullable CollaborationKind collaborationKind, String title,
		String body, @Nullable UUID workPackageId, @Nullable String workPackageTitle, LocalDate publishedOn,
		@Nullable LocalDate closesOn, boolean open, boolean interested, int interestCount, long version) {

}

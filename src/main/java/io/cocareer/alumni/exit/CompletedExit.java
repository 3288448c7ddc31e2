package io.cocareer.alumni.exit;

import java.time.LocalDate;

import io.cocareer.identity.AlumniAccess;

import org.jspecify.annotations.Nullable;

/**
 * A completed exit: the day the person left and, with their consent, their alumni portal account
 * (with the one-time password of a new one, shown to the talent lead this once).
 */
public record CompletedExit(LocalDate leftOn, @Nullable AlumniAccess portal) {

}

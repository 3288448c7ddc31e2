package io.cocareer.alumni;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;

import org.jspecify.annotations.Nullable;

/**
 * An exit protocol was completed: the person's employment ended on {@code leftOn} (the people
 * module has recorded it in the same transaction). Published by {@code alumni.exit}; the register
 * makes the person an alumnus from it (a portal account only with {@code consent}).
 * @param reasonCode the code of the reason in the talent lead's taxonomy
 * @param consent the contact consent given at exit, or {@code null} when none was given
 * @param interviewReasonCode the main reason the exit interview gave, or {@code null} without an
 * interview; it feeds only anonymous summaries of at least k people, whatever the anonymity choice
 */
public record ExitCompleted(PersonId personId, LocalDate leftOn, String reasonCode, ExitReasonKind reasonKind,
		RehireEligibility eligibility, @Nullable ContactConsent consent, @Nullable String interviewReasonCode) {

}

package io.cocareer.alumni.register;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;

/** An alumnus withdrew their contact consent: from now on nobody writes to them, and they leave the directory. */
public record AlumniConsentWithdrawn(PersonId personId, LocalDate on) {

}

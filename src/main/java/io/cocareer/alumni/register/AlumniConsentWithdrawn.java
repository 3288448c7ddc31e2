package io.cocareer.alumni.register;

import java.time.LocalDate;

import io.cocareer.shared.PersonId;

public record AlumniConsentWithdrawn(PersonId personId, LocalDate on) {

}

package io.cocareer.toolbox.assessment;

import java.time.LocalDate;

/** A centre's title, day and purpose, to set one up or change them. */
public record NewCentre(String title, LocalDate heldOn, String purpose) {

}

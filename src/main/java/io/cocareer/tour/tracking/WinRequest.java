package io.cocareer.tour.tracking;

import java.time.LocalDate;

/** A win as written; the audience counts only when the talent writes it. */
public record WinRequest(String title, String story, LocalDate wonOn, WinAudience audience) {

}

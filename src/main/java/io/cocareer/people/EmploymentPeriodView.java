package io.cocareer.people;

import java.time.LocalDate;

public record EmploymentPeriodView(LocalDate startedOn, LocalDate endedOn, String endReason) {

	public boolean isCurrent() {
		return this.endedOn == null;
	}

}

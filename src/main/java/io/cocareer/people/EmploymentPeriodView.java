package io.cocareer.people;

import java.time.LocalDate;

import io.cocareer.shared.PrivateData;

/** A period of someone's employment: personal (who may see it: {@code PeopleGuard}). */
@PrivateData
public record EmploymentPeriodView(LocalDate startedOn, LocalDate endedOn, String endReason) {

	public boolean isCurrent() {
		return this.endedOn == null;
	}

}

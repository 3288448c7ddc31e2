package io.cocareer.people;

import java.util.List;

import io.cocareer.shared.PrivateData;

/**
 * Everything the person page shows, as the caller may see it: the employment history is
 * {@code null} unless the caller is the talent lead, an administrator, the person or their
 * direct manager. {@code mayErase}: the talent lead, for a person who has left and is not erased yet.
 */
@PrivateData
public record PersonProfile(PersonView person, String managerEmployeeId, List<PersonSummary> directReports,
		List<EmploymentPeriodView> employmentHistory, boolean mayManage, boolean mayErase) {

	public boolean historyVisible() {
		return this.employmentHistory != null;
	}

}

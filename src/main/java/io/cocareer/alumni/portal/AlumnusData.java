package io.cocareer.alumni.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cocareer.people.EmploymentPeriodView;
import io.cocareer.people.PersonStatus;
import io.cocareer.shared.PrivateData;
import io.cocareer.tour.TourRecord;

import org.jspecify.annotations.Nullable;

/**
 * Everything the platform holds about an alumnus, for their own download: the people module's
 * record of them, their tours of duty, and each alumni module's part by its name
 * ({@link io.cocareer.alumni.AlumnusDataPart}).
 */
@PrivateData
public record AlumnusData(Instant generatedAt, Person person, List<TourRecord> careerRecord,
		Map<String, Object> parts) {

	/** The people module's record of the person. */
	public record Person(String employeeId, String firstName, String lastName, String email, @Nullable String title,
			@Nullable String unit, LocalDate hireDate, PersonStatus status, List<EmploymentPeriodView> employmentPeriods) {

	}

}

package io.cocareer.people.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cocareer.people.ImportRowError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PeopleCsvValidationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

	private static final String HEADER = "employee_id,first_name,last_name,email,title,unit_code,manager_employee_id,hire_date\n";

	/** Two people already known: E1 (the boss) and E2 who reports to E1. */
	private static final PeopleCsv.Snapshot ORGANISATION = new PeopleCsv.Snapshot(Map.of(
			"E1", new PeopleCsv.Existing("E1", "boss@example.com", "Bea", "Boss", "CEO", "EXEC", null, LocalDate.of(2010, 1, 1)),
			"E2", new PeopleCsv.Existing("E2", "dev@example.com", "Dan", "Dev", "Engineer", "ENG", "E1", LocalDate.of(2020, 5, 1))),
			Set.of("EXEC", "ENG"));

	private static PeopleCsv.Result read(String rows) {
		return PeopleCsv.read(HEADER + rows, ORGANISATION, TODAY);
	}

	@Test
	void validFileSaysWhatEachRowWouldDo() {
		PeopleCsv.Result result = read("""
				E1,Bea,Boss,boss@example.com,CEO,EXEC,,2010-01-01
				E2,Dan,Dev,dev@example.com,Senior engineer,ENG,E1,2020-05-01
				E3,Eve,New,eve@example.com,,eng,E2,2026-10-01
				""");

		assertThat(result.errors()).isEmpty();
		assertThat(result.actions()).containsExactly(PeopleCsv.Action.UNCHANGED, PeopleCsv.Action.UPDATE,
				PeopleCsv.Action.CREATE);
		assertThat(result.rows().get(2).unitCode()).isEqualTo("ENG");
	}

	@Test
	void missingRequiredFieldsAreReportedWithTheirRowAndColumn() {
		PeopleCsv.Result result = read("""
				E3,,New,eve@example.com,,ENG,,2026-10-01
				,Finn,New,finn@example.com,,ENG,,
				""");

		assertThat(result.errors()).extracting(ImportRowError::row, ImportRowError::column, ImportRowError::code)
			.containsExactly(tuple(2, "first_name", "people.import.error.required"),
					tuple(3, "employee_id", "people.import.error.required"),
					tuple(3, "hire_date", "people.import.error.required"));
		assertThat(result.rows()).isEmpty();
	}

	@Test
	void badDatesAndFutureHireDatesAreRejected() {
		PeopleCsv.Result result = read("""
				E3,Eve,New,eve@example.com,,ENG,,01/10/2026
				E4,Finn,New,finn@example.com,,ENG,,2027-01-01
				""");

		assertThat(result.errors()).extracting(ImportRowError::row, ImportRowError::code)
			.containsExactly(tuple(2, "people.import.error.date"), tuple(3, "people.import.error.futureDate"));
	}

	@Test
	void invalidEmailAndEmployeeIdAreRejected() {
		PeopleCsv.Result result = read("""
				E3,Eve,New,eve-at-example.com,,ENG,,2026-10-01
				E 4,Finn,New,finn@example.com,,ENG,,2026-10-01
				""");

		assertThat(result.errors()).extracting(ImportRowError::row, ImportRowError::column, ImportRowError::code)
			.containsExactly(tuple(2, "email", "people.import.error.email"),
					tuple(3, "employee_id", "people.import.error.employeeIdFormat"));
	}

	@Test
	void duplicateEmployeeIdsAndEmailsWithinTheFileAreReportedOnEachRow() {
		PeopleCsv.Result result = read("""
				E3,Eve,New,eve@example.com,,ENG,,2026-10-01
				E3,Eva,Newer,eva@example.com,,ENG,,2026-10-01
				E5,Gus,New,EVE@example.com,,ENG,,2026-10-01
				""");

		assertThat(result.errors()).extracting(ImportRowError::row, ImportRowError::code)
			.containsExactly(tuple(2, "people.import.error.duplicateEmployeeId"),
					tuple(2, "people.import.error.duplicateEmail"), tuple(3, "people.import.error.duplicateEmployeeId"),
					tuple(4, "people.import.error.duplicateEmail"));
	}

	@Test
	void anEmailOfAnotherExistingEmployeeIsRejected() {
		PeopleCsv.Result result = read("""
				E3,Eve,New,dev@example.com,,ENG,,2026-10-01
				""");

		assertThat(result.errors()).extracting(ImportRowError::row, ImportRowError::code, ImportRowError::value)
			.containsExactly(tuple(2, "people.import.error.emailTaken", "dev@example.com"));
	}

	@Test
	void unknownManagerUnknownUnitAndSelfManagerAreRejected() {
		PeopleCsv.Result result = read("""
				E3,Eve,New,eve@example.com,,ENG,E99,2026-10-01
				E4,Finn,New,finn@example.com,,NOPE,,2026-10-01
				E5,Gus,New,gus@example.com,,ENG,E5,2026-10-01
				""");

		assertThat(result.errors()).extracting(ImportRowError::row, ImportRowError::column, ImportRowError::code)
			.containsExactly(tuple(2, "manager_employee_id", "people.import.error.unknownManager"),
					tuple(3, "unit_code", "people.import.error.unknownUnit"),
					tuple(4, "manager_employee_id", "people.import.error.selfManager"));
	}

	@Test
	void aManagerLaterInTheFileIsKnown() {
		PeopleCsv.Result result = read("""
				E3,Eve,New,eve@example.com,,ENG,E4,2026-10-01
				E4,Finn,New,finn@example.com,,ENG,E1,2026-10-01
				""");

		assertThat(result.errors()).isEmpty();
	}

	@Test
	void aCycleThroughTheFileAndTheDatabaseIsRejected() {
		// E1 is made to report to the new E3, who reports to E2, who (in the database) reports to E1
		PeopleCsv.Result result = read("""
				E1,Bea,Boss,boss@example.com,CEO,EXEC,E3,2010-01-01
				E3,Eve,New,eve@example.com,,ENG,E2,2026-10-01
				""");

		assertThat(result.errors()).extracting(ImportRowError::row, ImportRowError::code)
			.containsExactly(tuple(2, "people.import.error.managerCycle"), tuple(3, "people.import.error.managerCycle"));
	}

	@Test
	void aNewUnitCodeIsAcceptedWhenTheFileNamesTheUnit() {
		PeopleCsv.Result result = PeopleCsv.read("""
				employee_id,first_name,last_name,email,title,unit_code,manager_employee_id,hire_date,unit_name
				E3,Eve,New,eve@example.com,,DATA,,2026-10-01,Data platform
				E4,Finn,New,finn@example.com,,DATA,,2026-10-01,
				""", ORGANISATION, TODAY);

		assertThat(result.errors()).isEmpty();
		assertThat(result.newUnits()).containsExactly(Map.entry("DATA", "Data platform"));
	}

	@Test
	void aMissingColumnRejectsTheWholeFile() {
		PeopleCsv.Result result = PeopleCsv.read("""
				employee_id,first_name,last_name,email,title,unit_code,hire_date
				E3,Eve,New,eve@example.com,,ENG,2026-10-01
				""", ORGANISATION, TODAY);

		assertThat(result.errors()).extracting(ImportRowError::row, ImportRowError::column, ImportRowError::code)
			.containsExactly(tuple(1, "manager_employee_id", "people.import.error.missingColumn"));
	}

	@Test
	void anEmptyFileIsRejected() {
		assertThat(PeopleCsv.read(HEADER, ORGANISATION, TODAY).errors()).extracting(ImportRowError::code)
			.containsExactly("people.import.error.empty");
		assertThat(PeopleCsv.read("", ORGANISATION, TODAY).errors()).extracting(ImportRowError::code)
			.containsExactly("people.import.error.empty");
	}

}

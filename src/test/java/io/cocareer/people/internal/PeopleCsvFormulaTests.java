package io.cocareer.people.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV injection (OWASP): the export never writes a cell a spreadsheet would run as a formula,
 * and importing that export gives back exactly the values that were exported.
 */
class PeopleCsvFormulaTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

	static Stream<String> hostileValues() {
		return Stream.of("=1+1", "+SUM(A1:A10)", "-2*3", "@cmd|' /C calc'!A0", "\t=1+1", "\r=1+1",
				"=HYPERLINK(\"http://evil.example\",\"click\")", "'=already quoted", "''=twice", "-", "@", "=");
	}

	@ParameterizedTest
	@MethodSource("hostileValues")
	void theExportPutsAQuoteInFrontOfEveryFormula(String value) {
		String cell = PeopleCsv.exportCell(value);

		assertThat(cell).startsWith("'");
		assertThat(cell.substring(1)).isEqualTo(value);
		assertThat(PeopleCsv.importCell(cell)).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Alice", "O'Brien", "'quoted' word", "Senior engineer, data", "E000123", "a=b", "x-y",
			"ann@example.com", "" })
	void harmlessValuesAreExportedAsTheyAre(String value) {
		assertThat(PeopleCsv.exportCell(value)).isEqualTo(value);
		assertThat(PeopleCsv.importCell(value)).isEqualTo(value);
	}

	@Test
	void theImportNoLongerTrimsALeadingTabIntoAFormula() {
		assertThat(PeopleCsv.importCell("\t=1+1")).isEqualTo("\t=1+1");
		assertThat(PeopleCsv.importCell(" \t+SUM(A1) ")).isEqualTo(" \t+SUM(A1)");
		assertThat(PeopleCsv.importCell("  Alice\t")).as("other values are still trimmed").isEqualTo("Alice");
		assertThat(PeopleCsv.importCell("'=1+1")).as("a spreadsheet's own quote is taken off").isEqualTo("=1+1");
	}

	@Test
	void anyValueComesBackUnchangedFromItsExportedCell() {
		Random random = new Random(17);
		String alphabet = "'=+-@\t\r\n ,\"aZ9;|";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder value = new StringBuilder();
			int length = random.nextInt(7);
			for (int j = 0; j < length; j++) {
				value.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String cell = PeopleCsv.exportCell(value.toString());
			assertThat(PeopleCsv.importCell(cell)).as("value %s", escape(value.toString())).isEqualTo(value.toString());
			assertThat(cell).as("value %s", escape(value.toString())).doesNotStartWith("=").doesNotStartWith("+")
				.doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
		}
	}

	@Test
	void aFileExportedWithHostileValuesIsReadBackUnchanged() throws IOException {
		Map<String, PeopleCsv.Existing> people = new LinkedHashMap<>();
		List<String> hostile = hostileValues().toList();
		for (int i = 0; i < hostile.size(); i++) {
			String id = "H" + i;
			String value = hostile.get(i);
			people.put(id, new PeopleCsv.Existing(id, "h" + i + "@example.com", value, "Last" + value, value + " title",
					"ENG", (i > 0) ? "H0" : null, LocalDate.of(2020, 1, 1)));
		}
		PeopleCsv.Snapshot organisation = new PeopleCsv.Snapshot(people, Set.of("ENG"));
		StringWriter out = new StringWriter();
		try (CsvWriter csv = CsvWriter.builder().build(out)) {
			csv.writeRecord(PeopleCsv.EXPORT_COLUMNS);
			for (PeopleCsv.Existing person : people.values()) {
				csv.writeRecord(cells(person.employeeId(), person.firstName(), person.lastName(), person.email(),
						person.title(), person.unitCode(), person.managerEmployeeId(), person.hireDate().toString(),
						"Engineering"));
			}
		}

		PeopleCsv.Result result = PeopleCsv.read(out.toString(), organisation, TODAY);

		assertThat(out.toString()).doesNotContain(",=", ",+", ",-", ",@", ",\t", ",\"=", ",\"+", ",\"-", ",\"@",
				",\"\t", ",\"\r");
		assertThat(result.errors()).isEmpty();
		assertThat(result.actions()).hasSize(hostile.size()).containsOnly(PeopleCsv.Action.UNCHANGED);
		assertThat(result.rows()).extracting(PeopleCsv.Row::firstName).containsExactlyElementsOf(hostile);
	}

	private static String[] cells(String... values) {
		return Stream.of(values).map((v) -> (v != null) ? PeopleCsv.exportCell(v) : "").toArray(String[]::new);
	}

	private static String escape(String value) {
		return value.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
	}

}

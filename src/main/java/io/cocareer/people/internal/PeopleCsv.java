package io.cocareer.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

import io.cocareer.people.ImportPreviewRow;
import io.cocareer.people.ImportRowError;

/**
 * Reads and checks an HR export (pure: no database, no Spring). The whole file is checked
 * against itself and against a snapshot of the people who already exist, so that an import
 * either runs completely or not at all.
 */
public final class PeopleCsv {

	public static final String EMPLOYEE_ID = "employee_id";

	public static final String FIRST_NAME = "first_name";

	public static final String LAST_NAME = "last_name";

	public static final String EMAIL = "email";

	public static final String TITLE = "title";

	public static final String UNIT_CODE = "unit_code";

	public static final String MANAGER = "manager_employee_id";

	public static final String HIRE_DATE = "hire_date";

	/** Optional: a unit code that does not exist yet is created with this name. */
	public static final String UNIT_NAME = "unit_name";

	public static final List<String> REQUIRED_COLUMNS = List.of(EMPLOYEE_ID, FIRST_NAME, LAST_NAME, EMAIL, TITLE,
			UNIT_CODE, MANAGER, HIRE_DATE);

	/** What the export writes: the import columns, then the unit name so a file can seed an empty system. */
	public static final List<String> EXPORT_COLUMNS = List.of(EMPLOYEE_ID, FIRST_NAME, LAST_NAME, EMAIL, TITLE,
			UNIT_CODE, MANAGER, HIRE_DATE, UNIT_NAME);

	public static final Pattern EMPLOYEE_ID_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	// deliberately simple: one @, something on each side, a dot in the domain, no spaces
	private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Map<String, Integer> MAX_LENGTH = Map.of(EMPLOYEE_ID, 40, FIRST_NAME, 80, LAST_NAME, 80, EMAIL,
			254, TITLE, 120, UNIT_CODE, 40, UNIT_NAME, 120);

	private static final int PREVIEW_ROWS = 10;

	/** What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"): =, +, -, @, tab, carriage return. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private PeopleCsv() {
	}

	/** A person as the file describes them (trimmed; email lower case; unit code upper case). */
	public record Row(int row, String employeeId, String firstName, String lastName, String email, String title,
			String unitCode, String unitName, String managerEmployeeId, LocalDate hireDate) {

		boolean sameAs(Existing existing) {
			return Objects.equals(this.firstName, existing.firstName()) && Objects.equals(this.lastName, existing.lastName())
					&& Objects.equals(this.email, existing.email()) && Objects.equals(this.title, existing.title())
					&& Objects.equals(this.unitCode, existing.unitCode())
					&& Objects.equals(this.managerEmployeeId, existing.managerEmployeeId())
					&& Objects.equals(this.hireDate, existing.hireDate());
		}

	}

	/** A person who already exists, in the terms of the file. */
	public record Existing(String employeeId, String email, String firstName, String lastName, String title,
			String unitCode, String managerEmployeeId, LocalDate hireDate) {

	}

	/** The organisation as it is now: people by employee id and the unit codes. */
	public record Snapshot(Map<String, Existing> people, Set<String> unitCodes) {

		public static Snapshot empty() {
			return new Snapshot(Map.of(), Set.of());
		}

	}

	public enum Action {

		CREATE, UPDATE, UNCHANGED

	}

	/** The outcome of reading a file: rows and what each would do, or the errors that stop it. */
	public record Result(List<String> columns, int dataRows, List<Row> rows, List<Action> actions,
			List<ImportRowError> errors, List<ImportPreviewRow> preview, Map<String, String> newUnits) {

		public boolean isValid() {
			return this.errors.isEmpty();
		}

		public int count(Action action) {
			return (int) this.actions.stream().filter((a) -> a == action).count();
		}

		/** Data rows in the file (the header not counted), valid or not. */
		public int totalRows() {
			return this.dataRows;
		}

	}

	public static Result read(String content, Snapshot snapshot, LocalDate today) {
		return new Reader(snapshot, today).read(content);
	}

	/** The first rows of a file, as written, for the preview table. */
	public static List<ImportPreviewRow> preview(String content) {
		List<ImportPreviewRow> preview = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = reader(content)) {
			for (CsvRecord record : reader) {
				if (record.getStartingLineNumber() == 1) {
					continue;
				}
				if (preview.size() == PREVIEW_ROWS) {
					break;
				}
				preview.add(new ImportPreviewRow((int) record.getStartingLineNumber(), record.getFields()));
			}
		}
		catch (CsvParseException | java.io.IOException ex) {
			// the errors of the batch say what is wrong; the preview just stops
		}
		return preview;
	}

	/** The header row as written (for the preview table). */
	public static List<String> header(String content) {
		try (CsvReader<CsvRecord> reader = reader(content)) {
			for (CsvRecord record : reader) {
				return record.getFields();
			}
		}
		catch (CsvParseException | java.io.IOException ex) {
			// nothing readable: no header to show
		}
		return List.of();
	}

	/**
	 * A value as the export writes it: a value a spreadsheet would run as a formula gets a single
	 * quote in front (as OWASP recommends), and so does a value the import would otherwise change
	 * (whitespace around it, or a quote in front of one of these), so that {@link #importCell} gives
	 * back exactly the value written.
	 */
	public static String exportCell(String value) {
		return needsQuote(value) ? "'" + value : value;
	}

	/**
	 * A cell as the import reads it: the quote the export added is taken off (exactly that one, and
	 * nothing is trimmed then); otherwise the value is trimmed, except that whitespace in front of a
	 * formula character is kept: trimming must not turn a harmless "\t=..." into a formula.
	 */
	static String importCell(String raw) {
		if (raw.startsWith("'") && needsQuote(raw.substring(1))) {
			return raw.substring(1);
		}
		String stripped = raw.strip();
		if (startsFormula(stripped) && stripped.length() < raw.stripTrailing().length()) {
			return raw.stripTrailing();
		}
		return stripped;
	}

	/** A formula character first (after any quotes), or whitespace the import would trim. */
	private static boolean needsQuote(String value) {
		if (value.isEmpty()) {
			return false;
		}
		int first = 0;
		while (first < value.length() && value.charAt(first) == '\'') {
			first++;
		}
		String rest = value.substring(first);
		return startsFormula(rest) || (!rest.isEmpty() && Character.isWhitespace(rest.charAt(0)))
				|| Character.isWhitespace(value.charAt(value.length() - 1));
	}

	private static boolean startsFormula(String value) {
		return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
	}

	private static CsvReader<CsvRecord> reader(String content) {
		String text = (content.startsWith("\uFEFF")) ? content.substring(1) : content;
		return CsvReader.builder().allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true).ofCsvRecord(text);
	}

	private static final class Reader {

		private final Snapshot snapshot;

		private final LocalDate today;

		private final List<ImportRowError> errors = new ArrayList<>();

		private final List<Row> rows = new ArrayList<>();

		// every data row, including those with errors of their own: duplicates are reported on all of them
		private final List<Row> allRows = new ArrayList<>();

		private final List<ImportPreviewRow> preview = new ArrayList<>();

		private final Map<String, String> newUnits = new LinkedHashMap<>();

		// every employee id in the file, rows with errors included, so a manager is never "unknown" twice
		private final Set<String> fileEmployeeIds = new HashSet<>();

		private List<String> columns = List.of();

		Reader(Snapshot snapshot, LocalDate today) {
			this.snapshot = snapshot;
			this.today = today;
		}

		Result read(String content) {
			Map<String, Integer> index = null;
			try (CsvReader<CsvRecord> reader = reader(content)) {
				for (CsvRecord record : reader) {
					int line = (int) record.getStartingLineNumber();
					if (index == null) {
						index = header(record, line);
						if (index == null) {
							return result(List.of());
						}
						continue;
					}
					if (this.preview.size() < PREVIEW_ROWS) {
						this.preview.add(new ImportPreviewRow(line, record.getFields()));
					}
					Row row = row(record, line, index);
					if (row != null) {
						this.rows.add(row);
					}
				}
			}
			catch (CsvParseException | java.io.IOException ex) {
				this.errors.add(new ImportRowError(lineOf(ex), null, "people.import.error.unreadable", null));
				return result(List.of());
			}
			if (index == null || this.allRows.isEmpty()) {
				this.errors.add(new ImportRowError(1, null, "people.import.error.empty", null));
				return result(List.of());
			}
			checkAcrossRows();
			return result(actions());
		}

		private Map<String, Integer> header(CsvRecord record, int line) {
			Map<String, Integer> index = new HashMap<>();
			List<String> names = new ArrayList<>();
			for (int i = 0; i < record.getFieldCount(); i++) {
				String name = record.getField(i).strip().toLowerCase(Locale.ROOT);
				names.add(name);
				index.putIfAbsent(name, i);
			}
			this.columns = names;
			boolean complete = true;
			for (String column : REQUIRED_COLUMNS) {
				if (!index.containsKey(column)) {
					this.errors.add(new ImportRowError(line, column, "people.import.error.missingColumn", column));
					complete = false;
				}
			}
			return complete ? index : null;
		}

		private Row row(CsvRecord record, int line, Map<String, Integer> index) {
			int before = this.errors.size();
			String employeeId = required(record, line, index, EMPLOYEE_ID);
			if (employeeId != null) {
				this.fileEmployeeIds.add(employeeId);
			}
			if (employeeId != null && !EMPLOYEE_ID_PATTERN.matcher(employeeId).matches()) {
				error(line, EMPLOYEE_ID, "people.import.error.employeeIdFormat", employeeId);
			}
			String firstName = required(record, line, index, FIRST_NAME);
			String lastName = required(record, line, index, LAST_NAME);
			String email = required(record, line, index, EMAIL);
			if (email != null) {
				email = email.toLowerCase(Locale.ROOT);
				if (!EMAIL_PATTERN.matcher(email).matches()) {
					error(line, EMAIL, "people.import.error.email", email);
				}
			}
			String title = optional(record, line, index, TITLE);
			String unitCode = optional(record, line, index, UNIT_CODE);
			unitCode = (unitCode != null) ? unitCode.toUpperCase(Locale.ROOT) : null;
			String unitName = optional(record, line, index, UNIT_NAME);
			if (unitCode != null && !this.snapshot.unitCodes().contains(unitCode)) {
				if (unitName != null) {
					this.newUnits.putIfAbsent(unitCode, unitName);
				}
				else if (!this.newUnits.containsKey(unitCode)) {
					error(line, UNIT_CODE, "people.import.error.unknownUnit", unitCode);
				}
			}
			String manager = optional(record, line, index, MANAGER);
			if (manager != null && manager.equals(employeeId)) {
				error(line, MANAGER, "people.import.error.selfManager", manager);
			}
			LocalDate hireDate = null;
			String hire = required(record, line, index, HIRE_DATE);
			if (hire != null) {
				try {
					hireDate = LocalDate.parse(hire);
					if (hireDate.isAfter(this.today)) {
						error(line, HIRE_DATE, "people.import.error.futureDate", hire);
					}
				}
				catch (DateTimeParseException ex) {
					error(line, HIRE_DATE, "people.import.error.date", hire);
				}
			}
			Row row = new Row(line, employeeId, firstName, lastName, email, title, unitCode, unitName, manager, hireDate);
			this.allRows.add(row);
			// a row with an error of its own is left out of the manager and cycle checks
			return (this.errors.size() > before) ? null : row;
		}

		/** Duplicates, unknown managers and cycles: only visible when looking at all rows and the database. */
		private void checkAcrossRows() {
			Map<String, List<Row>> byEmployeeId = new LinkedHashMap<>();
			Map<String, List<Row>> byEmail = new LinkedHashMap<>();
			for (Row row : this.allRows) {
				if (row.employeeId() != null) {
					byEmployeeId.computeIfAbsent(row.employeeId(), (k) -> new ArrayList<>()).add(row);
				}
				if (row.email() != null) {
					byEmail.computeIfAbsent(row.email(), (k) -> new ArrayList<>()).add(row);
				}
			}
			Map<String, String> existingEmails = new HashMap<>();
			this.snapshot.people().values().forEach((p) -> existingEmails.put(p.email(), p.employeeId()));
			for (Row row : this.allRows) {
				if (row.employeeId() != null && byEmployeeId.get(row.employeeId()).size() > 1) {
					error(row.row(), EMPLOYEE_ID, "people.import.error.duplicateEmployeeId", row.employeeId());
				}
				if (row.email() != null && byEmail.get(row.email()).size() > 1) {
					error(row.row(), EMAIL, "people.import.error.duplicateEmail", row.email());
				}
				String owner = (row.email() != null) ? existingEmails.get(row.email()) : null;
				if (owner != null && !owner.equals(row.employeeId())) {
					error(row.row(), EMAIL, "people.import.error.emailTaken", row.email());
				}
			}
			for (Row row : this.rows) {
				String manager = row.managerEmployeeId();
				if (manager != null && !manager.equals(row.employeeId()) && !this.fileEmployeeIds.contains(manager)
						&& !this.snapshot.people().containsKey(manager)) {
					error(row.row(), MANAGER, "people.import.error.unknownManager", manager);
				}
			}
			Map<String, Row> validRows = new LinkedHashMap<>();
			this.rows.forEach((row) -> validRows.putIfAbsent(row.employeeId(), row));
			checkCycles(validRows);
			this.errors.sort(Comparator.comparingInt(ImportRowError::row));
		}

		/** Reporting lines after the import (file rows override the database) must stay a tree. */
		private void checkCycles(Map<String, Row> fileRows) {
			Graph<String, DefaultEdge> lines = new DefaultDirectedGraph<>(DefaultEdge.class);
			for (Existing person : this.snapshot.people().values()) {
				if (!fileRows.containsKey(person.employeeId()) && person.managerEmployeeId() != null) {
					addLine(lines, person.employeeId(), person.managerEmployeeId());
				}
			}
			for (Row row : fileRows.values()) {
				if (row.managerEmployeeId() != null && !row.managerEmployeeId().equals(row.employeeId())) {
					addLine(lines, row.employeeId(), row.managerEmployeeId());
				}
			}
			Set<String> inCycles = new CycleDetector<>(lines).findCycles();
			for (Row row : this.rows) {
				if (inCycles.contains(row.employeeId()) && row.managerEmployeeId() != null
						&& inCycles.contains(row.managerEmployeeId())) {
					error(row.row(), MANAGER, "people.import.error.managerCycle", row.managerEmployeeId());
				}
			}
		}

		private static void addLine(Graph<String, DefaultEdge> lines, String person, String manager) {
			lines.addVertex(person);
			lines.addVertex(manager);
			lines.addEdge(person, manager);
		}

		private List<Action> actions() {
			List<Action> actions = new ArrayList<>(this.rows.size());
			for (Row row : this.rows) {
				Existing existing = this.snapshot.people().get(row.employeeId());
				if (existing == null) {
					actions.add(Action.CREATE);
				}
				else {
					actions.add(row.sameAs(existing) ? Action.UNCHANGED : Action.UPDATE);
				}
			}
			return actions;
		}

		private Result result(List<Action> actions) {
			List<Row> rows = this.errors.isEmpty() ? this.rows : List.of();
			return new Result(this.columns, this.allRows.size(), rows, this.errors.isEmpty() ? actions : List.of(), List.copyOf(this.errors),
					this.preview, this.newUnits);
		}

		private String required(CsvRecord record, int line, Map<String, Integer> index, String column) {
			String value = optional(record, line, index, column);
			if (value == null) {
				error(line, column, "people.import.error.required", null);
			}
			return value;
		}

		private String optional(CsvRecord record, int line, Map<String, Integer> index, String column) {
			Integer i = index.get(column);
			if (i == null || i >= record.getFieldCount()) {
				return null;
			}
			String value = importCell(record.getField(i));
			if (value.isEmpty()) {
				return null;
			}
			Integer max = MAX_LENGTH.get(column);
			if (max != null && value.length() > max) {
				error(line, column, "people.import.error.tooLong", String.valueOf(max));
			}
			return value;
		}

		private void error(int line, String column, String code, String value) {
			String shown = (value != null && value.length() > 200) ? value.substring(0, 200) : value;
			this.errors.add(new ImportRowError(line, column, code, shown));
		}

		private static int lineOf(Exception ex) {
			Matcher matcher = Pattern.compile("line (\\d+)").matcher(String.valueOf(ex.getMessage()));
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
		}

	}

}

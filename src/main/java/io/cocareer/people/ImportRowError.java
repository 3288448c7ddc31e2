package io.cocareer.people;

/**
 * One problem found in an import file. {@code row} is the line in the file (the header is row
 * 1), {@code column} the CSV column at fault (or {@code null} for the whole row), {@code code} a
 * message key whose argument is {@code value}.
 */
public record ImportRowError(int row, String column, String code, String value) {

}

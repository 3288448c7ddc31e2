package io.cocareer.network.plan;

import java.util.List;

import io.cocareer.shared.InvalidInput;

/**
 * The people met could not all go onto the map (one is already on it, say): nothing of the step
 * is stored, neither the activity done nor any developer, and each row says what was wrong. The
 * field of the first row is the refusal's own, for the API.
 */
public class PeopleMetRefused extends InvalidInput {

	private final List<Row> rows;

	public PeopleMetRefused(List<Row> rows) {
		super(rows.get(0).field(), rows.get(0).code(), rows.get(0).message(), rows.get(0).arguments());
		this.rows = List.copyOf(rows);
	}

	public List<Row> rows() {
		return this.rows;
	}

	/**
	 * What was wrong with one person met.
	 * @param field such as {@code peopleMet[1].name}
	 */
	public record Row(int index, String field, String code, String message, Object[] arguments) {

	}

}

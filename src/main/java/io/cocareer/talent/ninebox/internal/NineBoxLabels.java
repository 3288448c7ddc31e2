package io.cocareer.talent.ninebox.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the 9-box's cell labels; everyone reads them through {@code TalentReadModel#labels}. */
@Component
public class NineBoxLabels {

	private final JdbcClient jdbc;

	NineBoxLabels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void relabel(int performance, int potential, String label) {
		this.jdbc.sql("update nine_box_label set label = :label where performance = :performance and potential = :potential")
			.param("label", label)
			.param("performance", performance)
			.param("potential", potential)
			.update();
	}

}

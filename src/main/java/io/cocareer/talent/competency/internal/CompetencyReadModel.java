package io.cocareer.talent.competency.internal;

import java.util.List;
import java.util.UUID;

import io.cocareer.talent.CompetencyView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Plain-SQL reads of the competency catalogue, one statement each. */
@Component
public class CompetencyReadModel {

	private final JdbcClient jdbc;

	CompetencyReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The catalogue by category, then name. */
	public List<CompetencyView> catalogue() {
		return this.jdbc.sql("select id, name, category, description from competency order by category, name")
			.query((rs, row) -> new CompetencyView(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("category"), rs.getString("description")))
			.list();
	}

	public List<UUID> catalogueIds() {
		return this.jdbc.sql("select id from competency").query(UUID.class).list();
	}

}

package io.cocareer.alumni.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory's query over the profiles alone (one table, no join): every word typed must be in
 * the normalised search text ({@code like '%word%'} per word; a trigram index serves it on
 * PostgreSQL), ordered by name. The alumni's directory holds the listed and contactable profiles,
 * the talent lead's every profile. One page query, and a count only when the page is full or not
 * the first.
 */
@Component
public class DirectorySearch {

	private static final String COLUMNS = """
			select person_id, employer, role_title, skills, headline, location, linkedin_url, listed, contactable
			from alumni_profile""";

	private final JdbcClient jdbc;

	DirectorySearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of the profiles that hold every word, by name; {@code listedOnly}: the alumni's directory. */
	public PageResult<Row> page(List<String> words, boolean listedOnly, Paging paging) {
		Where where = where(words, listedOnly);
		List<Row> rows = this.jdbc.sql(COLUMNS + where.sql() + " order by sort_name, person_id limit :limit offset :offset")
			.params(where.params())
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(DirectorySearch::row)
			.list();
		long total = (paging.page() == 0 && rows.size() < paging.size()) ? rows.size()
				: this.jdbc.sql("select count(*) from alumni_profile" + where.sql())
					.params(where.params())
					.query(Long.class)
					.single();
		return new PageResult<>(rows, paging.page(), paging.size(), total);
	}

	/** The ids of every profile that holds every word, by name: for a filter the profiles do not hold (the tier). */
	public List<UUID> ids(List<String> words, boolean listedOnly) {
		Where where = where(words, listedOnly);
		return this.jdbc.sql("select person_id from alumni_profile" + where.sql() + " order by sort_name, person_id")
			.params(where.params())
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.list();
	}

	/** The rows of these profiles, in the order of the ids. */
	public List<Row> rows(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Row> byId = this.jdbc.sql(COLUMNS + " where person_id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(DirectorySearch::row)
			.list()
			.stream()
			.collect(Collectors.toMap(Row::personId, Function.identity()));
		List<Row> ordered = new ArrayList<>();
		ids.forEach((id) -> {
			Row row = byId.get(id);
			if (row != null) {
				ordered.add(row);
			}
		});
		return ordered;
	}

	private static Where where(List<String> words, boolean listedOnly) {
		StringBuilder sql = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (listedOnly) {
			sql.append(" and listed = true and contactable = true");
		}
		for (int i = 0; i < words.size(); i++) {
			sql.append(" and search_text like :word").append(i);
			params.put("word" + i, "%" + words.get(i) + "%");
		}
		return new Where(sql.toString(), params);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String skills = rs.getString("skills");
		return new Row(rs.getObject("person_id", UUID.class), rs.getString("employer"), rs.getString("role_title"),
				(skills == null || skills.isEmpty()) ? List.of() : List.of(skills.split("\n")), rs.getString("headline"),
				rs.getString("location"), rs.getString("linkedin_url"), rs.getBoolean("listed"),
				rs.getBoolean("contactable"));
	}

	private record Where(String sql, Map<String, Object> params) {

	}

	/** A profile as the directory reads it (its name comes from the people module). */
	public record Row(UUID personId, String employer, String roleTitle, List<String> skills, String headline,
			String location, String linkedinUrl, boolean listed, boolean contactable) {

	}

}

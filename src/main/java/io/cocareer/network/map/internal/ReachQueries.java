package io.cocareer.network.map.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cocareer.network.Arena;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind {@code NetworkReach}: how many distinct talents' maps reach an external
 * organisation or an arena, only where at least {@code k} do. The database suppresses the smaller
 * groups ({@code having}), so no count below {@code k} and no talent ever leaves this class.
 */
@Component
public class ReachQueries {

	private final JdbcClient jdbc;

	ReachQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Distinct talents per external organisation (trimmed, lower case), where at least {@code k}. */
	public Map<String, Long> organisations(int k) {
		Map<String, Long> reach = new LinkedHashMap<>();
		this.jdbc.sql("""
				select lower(trim(organisation)) as organisation, count(distinct talent_id) as talents
				from network_developer
				where internal = false and organisation is not null and trim(organisation) <> ''
				group by lower(trim(organisation))
				having count(distinct talent_id) >= :k
				order by organisation""")
			.param("k", k)
			.query((row, n) -> Map.entry(row.getString("organisation"), row.getLong("talents")))
			.list()
			.forEach((entry) -> reach.merge(entry.getKey(), entry.getValue(), Math::max));
		return reach;
	}

	/** Distinct talents per arena of their developers, where at least {@code k}. */
	public Map<Arena, Long> arenas(int k) {
		Map<Arena, Long> reach = new LinkedHashMap<>();
		this.jdbc.sql("""
				select arena, count(distinct talent_id) as talents
				from network_developer
				group by arena
				having count(distinct talent_id) >= :k
				order by arena""")
			.param("k", k)
			.query((row, n) -> Map.entry(row.getString("arena"), row.getLong("talents")))
			.list()
			.forEach((entry) -> reach.put(Arena.valueOf(entry.getKey()), entry.getValue()));
		return reach;
	}

}

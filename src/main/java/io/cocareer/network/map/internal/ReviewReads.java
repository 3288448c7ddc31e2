package io.cocareer.network.map.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.SupportFunction;
import io.cocareer.network.health.EgoMap;
import io.cocareer.network.health.NetworkHealth;
import io.cocareer.network.map.ReviewedMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The set-based reads of {@code MapsForReview}: developers, their support and the ties of a chunk
 * of talents in three statements, measured in parallel. Checks no actor (see {@code MapsForReview}).
 */
@Component
public class ReviewReads {

	/** Talents a chunk: three statements each, with at most this many ids in a list. */
	static final int CHUNK = 1_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReviewReads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<ReviewedMap> mapsOf(Collection<UUID> talentIds) {
		LocalDate today = LocalDate.now(this.clock);
		List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(talentIds));
		List<ReviewedMap> maps = new ArrayList<>(ids.size());
		for (int from = 0; from < ids.size(); from += CHUNK) {
			maps.addAll(chunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)), today));
		}
		return maps;
	}

	private List<ReviewedMap> chunk(List<UUID> talents, LocalDate today) {
		Map<UUID, List<Row>> developers = new HashMap<>();
		Map<UUID, Row> byId = new HashMap<>();
		this.jdbc.sql("""
				select id, talent_id, person_id, internal, arena, developer_role, closeness, last_contact
				from network_developer where talent_id in (:talents)""")
			.param("talents", talents)
			.query((rs) -> {
				java.sql.Date last = rs.getDate("last_contact");
				Row row = new Row(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
						rs.getBoolean("internal"), Arena.valueOf(rs.getString("arena")),
						DeveloperRole.valueOf(rs.getString("developer_role")), rs.getInt("closeness"),
						(last != null) ? last.toLocalDate() : null, EnumSet.noneOf(SupportFunction.class));
				developers.computeIfAbsent(rs.getObject("talent_id", UUID.class), (t) -> new ArrayList<>()).add(row);
				byId.put(row.id(), row);
			});
		this.jdbc.sql("""
				select s.developer_id, s.support_function from network_developer_support s
				join network_developer d on d.id = s.developer_id where d.talent_id in (:talents)""")
			.param("talents", talents)
			.query((rs) -> {
				Row row = byId.get(rs.getObject("developer_id", UUID.class));
				if (row != null) {
					row.support().add(SupportFunction.valueOf(rs.getString("support_function")));
				}
			});
		Map<UUID, List<EgoMap.Tie<UUID>>> ties = new HashMap<>();
		this.jdbc.sql("select talent_id, one_id, other_id from network_tie where talent_id in (:talents)")
			.param("talents", talents)
			.query((rs) -> {
				ties.computeIfAbsent(rs.getObject("talent_id", UUID.class), (t) -> new ArrayList<>())
					.add(new EgoMap.Tie<>(rs.getObject("one_id", UUID.class), rs.getObject("other_id", UUID.class)));
			});
		return developers.entrySet()
			.parallelStream()
			.map((entry) -> reviewed(entry.getKey(), entry.getValue(), ties.getOrDefault(entry.getKey(), List.of()), today))
			.toList();
	}

	private static ReviewedMap reviewed(UUID talentId, List<Row> rows, List<EgoMap.Tie<UUID>> ties, LocalDate today) {
		List<EgoMap.Developer<UUID>> developers = new ArrayList<>(rows.size());
		Set<Arena> arenas = EnumSet.noneOf(Arena.class);
		Set<UUID> mentors = new HashSet<>();
		Set<UUID> internalIds = new HashSet<>();
		int internal = 0;
		for (Row row : rows) {
			developers.add(new EgoMap.Developer<>(row.id(), row.arena(), row.internal(), row.closeness(), row.support(),
					row.lastContact()));
			arenas.add(row.arena());
			internal += row.internal() ? 1 : 0;
			if (row.personId() != null) {
				internalIds.add(row.personId());
				if (row.role() == DeveloperRole.MENTOR || row.role() == DeveloperRole.SPONSOR) {
					mentors.add(row.personId());
				}
			}
		}
		NetworkHealth health = NetworkHealth.of(new EgoMap<>(developers, ties), NetworkHealth.Thresholds.DEFAULT, today);
		return new ReviewedMap(talentId, health, internal, rows.size() - internal, arenas, mentors, internalIds);
	}

	private record Row(UUID id, UUID personId, boolean internal, Arena arena, DeveloperRole role, int closeness,
			LocalDate lastContact, Set<SupportFunction> support) {

	}

}

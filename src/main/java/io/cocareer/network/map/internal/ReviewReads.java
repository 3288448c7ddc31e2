package io.cocareer.network.map.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.cocareer.network.Arena;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.SupportFunction;
import io.cocareer.network.health.EgoMap;
import io.cocareer.network.health.NetworkHealth;
import io.cocareer.network.map.ReviewedMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The set-based reads of {@code MapsForReview}: every developer, their support and every tie in
 * one scan of each table (no list of ids: H2 compares an IN list row by row), grouped by talent in
 * memory and measured in parallel; maps of people not asked for are skipped. Checks no actor (see
 * {@code MapsForReview}).
 */
@Component
public class ReviewReads {

	private static final SupportFunction[] FUNCTIONS = SupportFunction.values();

	/** Two threads for the scans beside the caller's: daemons, so that they never hold the platform up. */
	private static final java.util.concurrent.ExecutorService SCANS = java.util.concurrent.Executors.newFixedThreadPool(2,
			(runnable) -> {
				Thread thread = new Thread(runnable, "network-review-scan");
				thread.setDaemon(true);
				return thread;
			});

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ReviewReads(DataSource dataSource, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		// stream in large fetches (PostgreSQL keeps a cursor open in the read-only transaction)
		this.jdbc.setFetchSize(10_000);
		this.clock = clock;
	}

	/**
	 * The three scans run side by side (the support and the ties on connections of their own, the
	 * developers in the caller's read-only transaction); a tie or support whose developer was not
	 * read (changed in the meantime) is left out rather than trusted.
	 */
	public List<ReviewedMap> mapsOf(Collection<UUID> talentIds) {
		LocalDate today = LocalDate.now(this.clock);
		Set<UUID> wanted = (talentIds instanceof Set<UUID> set) ? set : new HashSet<>(talentIds);
		CompletableFuture<Map<UUID, Integer>> support = CompletableFuture.supplyAsync(this::support, SCANS);
		CompletableFuture<Map<UUID, List<EgoMap.Tie<UUID>>>> ties = CompletableFuture.supplyAsync(() -> ties(wanted), SCANS);
		Map<UUID, List<Row>> developers = new HashMap<>();
		this.jdbc.query("""
				select talent_id, id, person_id, internal, arena, developer_role, closeness, last_contact
				from network_developer""", (ResultSet rs) -> {
			UUID talent = rs.getObject(1, UUID.class);
			if (!wanted.contains(talent)) {
				return;
			}
			java.sql.Date last = rs.getDate(8);
			developers.computeIfAbsent(talent, (t) -> new ArrayList<>(16))
				.add(new Row(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getBoolean(4),
						Arena.valueOf(rs.getString(5)), DeveloperRole.valueOf(rs.getString(6)), rs.getInt(7),
						(last != null) ? last.toLocalDate() : null));
		});
		Map<UUID, Integer> functions = support.join();
		Map<UUID, List<EgoMap.Tie<UUID>>> tiesByTalent = ties.join();
		return developers.entrySet()
			.parallelStream()
			.map((entry) -> reviewed(entry.getKey(), entry.getValue(), functions,
					tiesByTalent.getOrDefault(entry.getKey(), List.of()), today))
			.toList();
	}

	private Map<UUID, Integer> support() {
		Map<UUID, Integer> support = new HashMap<>();
		this.jdbc.query("select developer_id, support_function from network_developer_support", (ResultSet rs) -> {
			support.merge(rs.getObject(1, UUID.class), 1 << SupportFunction.valueOf(rs.getString(2)).ordinal(),
					(a, b) -> a | b);
		});
		return support;
	}

	private Map<UUID, List<EgoMap.Tie<UUID>>> ties(Set<UUID> wanted) {
		Map<UUID, List<EgoMap.Tie<UUID>>> ties = new HashMap<>();
		this.jdbc.query("select talent_id, one_id, other_id from network_tie", (ResultSet rs) -> {
			UUID talent = rs.getObject(1, UUID.class);
			if (wanted.contains(talent)) {
				ties.computeIfAbsent(talent, (t) -> new ArrayList<>())
					.add(new EgoMap.Tie<>(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)));
			}
		});
		return ties;
	}

	private static Set<SupportFunction> functions(int mask) {
		Set<SupportFunction> set = EnumSet.noneOf(SupportFunction.class);
		for (SupportFunction function : FUNCTIONS) {
			if ((mask & (1 << function.ordinal())) != 0) {
				set.add(function);
			}
		}
		return set;
	}

	private static ReviewedMap reviewed(UUID talentId, List<Row> rows, Map<UUID, Integer> support,
			List<EgoMap.Tie<UUID>> allTies, LocalDate today) {
		Set<UUID> ids = new HashSet<>();
		rows.forEach((row) -> ids.add(row.id()));
		List<EgoMap.Tie<UUID>> ties = allTies.stream()
			.filter((tie) -> ids.contains(tie.one()) && ids.contains(tie.other()) && !tie.one().equals(tie.other()))
			.toList();
		List<EgoMap.Developer<UUID>> developers = new ArrayList<>(rows.size());
		Set<Arena> arenas = EnumSet.noneOf(Arena.class);
		Set<UUID> mentors = new HashSet<>();
		Set<UUID> internalIds = new HashSet<>();
		int internal = 0;
		for (Row row : rows) {
			developers.add(new EgoMap.Developer<>(row.id(), row.arena(), row.internal(), row.closeness(),
					functions(support.getOrDefault(row.id(), 0)), row.lastContact()));
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

	/** A developer as read (their support functions are read beside, one bit per function's ordinal). */
	private record Row(UUID id, UUID personId, boolean internal, Arena arena, DeveloperRole role, int closeness,
			LocalDate lastContact) {

	}

}

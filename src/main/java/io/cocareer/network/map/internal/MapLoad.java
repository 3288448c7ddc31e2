package io.cocareer.network.map.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cocareer.network.NetworkLoad;
import io.cocareer.network.SupportFunction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's side of {@link NetworkLoad}: developers, their support and the ties between them in
 * JDBC batches (750,000 developers of a generated organisation one entity at a time would take
 * many minutes). Public only so that the generator's plain tests can build it; everything else
 * reaches it as {@link NetworkLoad}.
 */
@Service
public class MapLoad implements NetworkLoad {

	private static final int BATCH = 5_000;

	private final JdbcTemplate jdbc;

	public MapLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void maps(List<LoadedMap> maps, Instant createdAt) {
		Timestamp created = Timestamp.from(createdAt);
		List<Object[]> developers = new ArrayList<>();
		List<Object[]> support = new ArrayList<>();
		List<Object[]> ties = new ArrayList<>();
		for (LoadedMap map : maps) {
			for (LoadedDeveloper d : map.developers()) {
				developers.add(new Object[] { d.id(), map.talentId(), (d.personId() != null) ? d.personId().value() : null, d.name(), d.organisation(), d.internal(),
						d.arena().name(), d.role().name(), d.closeness(), d.contactFrequency().name(),
						(d.lastContact() != null) ? Date.valueOf(d.lastContact()) : null, created });
				for (SupportFunction function : SupportFunction.values()) {
					if (d.support().contains(function)) {
						support.add(new Object[] { d.id(), function.name() });
					}
				}
			}
			for (LoadedTie t : map.ties()) {
				boolean ordered = t.oneId().compareTo(t.otherId()) < 0;
				ties.add(new Object[] { t.id(), map.talentId(), ordered ? t.oneId() : t.otherId(),
						ordered ? t.otherId() : t.oneId(), created });
			}
			if (developers.size() >= BATCH) {
				flush(developers, support, ties);
			}
		}
		flush(developers, support, ties);
	}

	private void flush(List<Object[]> developers, List<Object[]> support, List<Object[]> ties) {
		if (!developers.isEmpty()) {
			this.jdbc.batchUpdate("""
					insert into network_developer (id, talent_id, person_id, name, organisation, internal, arena, developer_role,
					  closeness, contact_frequency, last_contact, created_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", developers);
		}
		if (!support.isEmpty()) {
			this.jdbc.batchUpdate("insert into network_developer_support (developer_id, support_function) values (?, ?)",
					support);
		}
		if (!ties.isEmpty()) {
			this.jdbc.batchUpdate("insert into network_tie (id, talent_id, one_id, other_id, created_at) values (?, ?, ?, ?, ?)",
					ties);
		}
		developers.clear();
		support.clear();
		ties.clear();
	}

}

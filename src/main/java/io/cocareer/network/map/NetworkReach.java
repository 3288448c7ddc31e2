package io.cocareer.network.map;

import java.util.Locale;
import java.util.Map;

import io.cocareer.network.Arena;
import io.cocareer.network.GroupSizeSettings;
import io.cocareer.network.map.internal.ReachQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the organisation's people reach through their developmental networks, as the recruitment
 * of candidates asks it ("does anyone here already know someone at Fabrikam Bank?"): a trusted
 * read across all maps that <strong>reveals no map</strong>. It answers counts of distinct talents
 * only, never a talent, a developer or a name of a person, and only for the organisations and
 * arenas that at least {@code k} talents reach ({@link GroupSizeSettings}, never below 5): an
 * organisation reached by fewer is simply absent, the same as one nobody reaches. It takes no
 * actor because it is about no one; whoever shows its answer decides who may read it.
 */
@Service
public class NetworkReach {

	private final ReachQueries queries;

	private final GroupSizeSettings groups;

	NetworkReach(ReachQueries queries, GroupSizeSettings groups) {
		this.queries = queries;
		this.groups = groups;
	}

	/** The smallest group a figure here describes. */
	public int minGroupSize() {
		return this.groups.minGroupSize();
	}

	/**
	 * Distinct talents per external developers' organisation, keyed by {@link #normalise(String)},
	 * only where at least {@code k} talents name a developer there.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> organisations() {
		return Map.copyOf(this.queries.organisations(this.groups.minGroupSize()));
	}

	/** Distinct talents per arena of their developers, only where at least {@code k} talents have one. */
	@Transactional(readOnly = true)
	public Map<Arena, Long> arenas() {
		return Map.copyOf(this.queries.arenas(this.groups.minGroupSize()));
	}

	/** An organisation's name as the reach compares it: trimmed and in lower case. */
	public static String normalise(String organisation) {
		return (organisation == null) ? "" : organisation.strip().toLowerCase(Locale.ROOT);
	}

}

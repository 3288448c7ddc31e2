package io.cocareer.network;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The smallest group of talents a figure about their networks may describe ({@code k}), for the
 * review across talents and the reach a candidate adds: a figure about fewer talents is
 * suppressed. Configurable with {@code cocareer.network.min-group-size}, never below 5 (a lower
 * setting is raised to 5, so a typo cannot expose a map).
 * @param minGroupSize k
 */
@ConfigurationProperties("cocareer.network")
public record GroupSizeSettings(@DefaultValue("5") int minGroupSize) {

	/** The floor no setting goes under. */
	public static final int FLOOR = 5;

	public GroupSizeSettings {
		minGroupSize = Math.max(FLOOR, minGroupSize);
	}

	/** Whether a group of this many talents may be shown. */
	public boolean shows(long talents) {
		return talents >= this.minGroupSize;
	}

}

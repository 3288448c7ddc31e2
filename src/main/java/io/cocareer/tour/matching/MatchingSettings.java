package io.cocareer.tour.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weights of the match score (DOMAIN §5.3): a product decision, so configuration, and echoed
 * with every match so a ranking can be explained later. {@code stretchTarget} is the mean gap g*
 * (in levels) at which the stretch term peaks.
 */
@ConfigurationProperties("cocareer.tour.matching")
public record MatchingSettings(double skill, double aspiration, double stretch, double stretchTarget) {

	public static final MatchingSettings DEFAULTS = new MatchingSettings(0.5, 0.3, 0.2, 1.0);

	public MatchingSettings {
		if (stretchTarget <= 0) {
			// a non-positive target would divide by zero; fall back to the documented default
			stretchTarget = 1.0;
		}
	}

}

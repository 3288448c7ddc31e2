package io.cocareer.alumni;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The smallest group of people an organisation-wide figure about alumni and boomerangs may
 * describe ({@code k}): the review across alumni and the coverage at entry show a count, a rate or
 * a mean only over k or more people. Configurable with {@code cocareer.alumni.min-group-size},
 * never below 5 (a lower setting is raised to 5, so a typo cannot point to anyone). In the root so
 * that every nested module that counts people reads the same k.
 * @param minGroupSize k
 */
@ConfigurationProperties("cocareer.alumni")
public record AlumniGroupSizeSettings(@DefaultValue("5") int minGroupSize) {

	/** The floor no setting goes under. */
	public static final int FLOOR = 5;

	public AlumniGroupSizeSettings {
		minGroupSize = Math.max(FLOOR, minGroupSize);
	}

	/** Whether a group of this many people may be shown. */
	public boolean shows(long people) {
		return people >= this.minGroupSize;
	}

}

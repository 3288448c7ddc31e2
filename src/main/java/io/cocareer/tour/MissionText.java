package io.cocareer.tour;

import org.jspecify.annotations.Nullable;

/**
 * What talent and organisation agree the tour is for, in their own words (one revision's text).
 * @param objective what the tour sets out to do
 * @param companyGains what the organisation gains
 * @param talentGains what the talent gains for their career brand
 * @param successMeasures how both sides will tell that it worked
 */
public record MissionText(@Nullable String objective, @Nullable String companyGains, @Nullable String talentGains,
		@Nullable String successMeasures) {

	/** The fields in their order, by name, as forms, diffs and the API name them. */
	public static final java.util.List<String> FIELDS = java.util.List.of("objective", "companyGains", "talentGains",
			"successMeasures");

	public String field(String name) {
		return switch (name) {
			case "objective" -> this.objective;
			case "companyGains" -> this.companyGains;
			case "talentGains" -> this.talentGains;
			case "successMeasures" -> this.successMeasures;
			default -> throw new IllegalArgumentException(name);
		};
	}

}

package io.cocareer.tour.agreement;

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

	/**
	 * Who writes a field: the objective and the success measures are both sides', the
	 * organisation's gains the organisation's (manager or talent lead), the talent's gains the
	 * talent's. A revision may leave the other side's part for them to write.
	 */
	public enum Writer {

		EITHER, ORGANISATION, TALENT;

		public String messageKey() {
			return "tour.mission.writer." + name();
		}

	}

	public static Writer writerOf(String field) {
		return switch (field) {
			case "companyGains" -> Writer.ORGANISATION;
			case "talentGains" -> Writer.TALENT;
			case "objective", "successMeasures" -> Writer.EITHER;
			default -> throw new IllegalArgumentException(field);
		};
	}

	/**
	 * The fields a revision by this side must fill: the objective (what the conversation is about)
	 * and the side's own part. The other side's part and the success measures may wait.
	 */
	public static java.util.Set<String> requiredFor(boolean organisation) {
		return organisation ? java.util.Set.of("objective", "companyGains") : java.util.Set.of("objective", "talentGains");
	}

	/** The fields still empty, in their order. */
	public java.util.List<String> missing() {
		return FIELDS.stream().filter((f) -> field(f) == null || field(f).isBlank()).toList();
	}

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

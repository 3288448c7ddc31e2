package io.cocareer.toolbox.overview;

import java.util.Locale;

import io.cocareer.shared.InvalidInput;

/** The infographic as the seeds give it, or with the organisation's own figures (the talent lead's). */
public enum InfographicVariant {

	GENERIC, ORGANISATION;

	/** The variant as a URL parameter names it ({@code generic}, {@code organisation}); generic when none. */
	public static InfographicVariant parse(String text) {
		if (text == null || text.isBlank()) {
			return GENERIC;
		}
		for (InfographicVariant variant : values()) {
			if (variant.name().equalsIgnoreCase(text.strip())) {
				return variant;
			}
		}
		throw new InvalidInput("variant", "toolbox.overview.infographic.variant.invalid",
				"The variant is generic or organisation");
	}

	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

}

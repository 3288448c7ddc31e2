package io.cocareer.toolbox.overview;

import java.util.Locale;

import io.cocareer.shared.InvalidInput;

/** Which infographic: what is in the toolbox and when to use it, or how to use the co-creation approaches. */
public enum InfographicKind {

	TOOLBOX, APPROACHES;

	/** The kind as a URL parameter names it ({@code toolbox}, {@code approaches}); {@code toolbox} when none. */
	public static InfographicKind parse(String text) {
		if (text == null || text.isBlank()) {
			return TOOLBOX;
		}
		for (InfographicKind kind : values()) {
			if (kind.name().equalsIgnoreCase(text.strip())) {
				return kind;
			}
		}
		throw new InvalidInput("kind", "toolbox.overview.infographic.kind.invalid",
				"The kind is toolbox or approaches");
	}

	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

}

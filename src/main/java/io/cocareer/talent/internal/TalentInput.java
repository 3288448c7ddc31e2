package io.cocareer.talent.internal;

import io.cocareer.shared.InvalidInput;

/** Typed input the talent module's parts check alike. */
public final class TalentInput {

	private TalentInput() {
	}

	/** The text stripped; blank is {@code talent.field.required}, longer than {@code max} {@code talent.field.tooLong}. */
	public static String required(String typed, String field, int max) {
		if (typed == null || typed.isBlank()) {
			throw new InvalidInput(field, "talent.field.required", "Required");
		}
		String clean = typed.strip();
		if (clean.length() > max) {
			throw new InvalidInput(field, "talent.field.tooLong", "At most %d characters".formatted(max), max);
		}
		return clean;
	}

}

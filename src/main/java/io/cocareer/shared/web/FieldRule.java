package io.cocareer.shared.web;

/**
 * What a form field asks of its value, read from the constraints its form validates with (see
 * {@link FormRules}): whether it is required, its longest length, its smallest and largest number.
 * Pages mark and state these; the same constraints refuse a value that breaks them.
 */
public record FieldRule(boolean required, Integer maxLength, Long min, Long max) {

	public static final FieldRule NONE = new FieldRule(false, null, null, null);

	/** Whether the field has a limit a page states ("up to 300 characters", "between 5 and 100"). */
	public boolean limited() {
		return this.maxLength != null || (this.min != null && this.max != null);
	}

	FieldRule requiring(boolean required) {
		return new FieldRule(this.required || required, this.maxLength, this.min, this.max);
	}

}

package io.cocareer.alumni.directory.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.InteractionKind;
import io.cocareer.alumni.register.RecordInteraction;

/** An interaction with an alumnus as the talent lead records it; the value (in euros) only for a collaboration. */
public class InteractionForm {

	@NotNull(message = "{alumni.register.interaction.kindRequired}")
	private InteractionKind kind;

	@NotNull(message = "{alumni.register.interaction.dateRequired}")
	private LocalDate occurredOn;

	@NotBlank(message = "{alumni.register.interaction.summaryRequired}")
	@Size(max = 500, message = "{alumni.directory.validation.tooLong}")
	private String summary;

	@DecimalMin(value = "0", message = "{alumni.register.interaction.negativeValue}")
	@Digits(integer = 12, fraction = 2, message = "{alumni.directory.interaction.valueFormat}")
	private BigDecimal value;

	RecordInteraction toCommand() {
		Long cents = (this.value != null && this.kind == InteractionKind.COLLABORATION)
				? this.value.movePointRight(2).longValue() : null;
		return new RecordInteraction(this.kind, this.occurredOn, this.summary, cents);
	}

	public InteractionKind getKind() {
		return this.kind;
	}

	public void setKind(InteractionKind kind) {
		this.kind = kind;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

}

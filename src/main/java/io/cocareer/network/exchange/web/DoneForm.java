package io.cocareer.network.exchange.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.cocareer.network.exchange.ExchangeService;

/** What came of an exchange, and when it happened. */
public class DoneForm {

	@NotBlank(message = "{network.exchange.done.outcomeRequired}")
	@Size(max = ExchangeService.MAX_OUTCOME, message = "{network.exchange.validation.tooLong}")
	private String outcome;

	private LocalDate doneOn;

	private Long version;

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public LocalDate getDoneOn() {
		return this.doneOn;
	}

	public void setDoneOn(LocalDate doneOn) {
		this.doneOn = doneOn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

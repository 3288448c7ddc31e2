package io.cocareer.alumni.review.web;

/**
 * The review's period as typed (text, so that a date of the wrong form is shown back with its
 * error next to it); empty fields take the last 12 months.
 */
public class PeriodForm {

	private String from;

	private String to;

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

}

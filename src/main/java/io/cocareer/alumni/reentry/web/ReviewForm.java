package io.cocareer.alumni.reentry.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The 12-month review's rating. */
public class ReviewForm {

	@NotNull(message = "{alumni.reentry.plan.ratingRange}")
	@Min(value = 1, message = "{alumni.reentry.plan.ratingRange}")
	@Max(value = 5, message = "{alumni.reentry.plan.ratingRange}")
	private Integer rating;

	public Integer getRating() {
		return this.rating;
	}

	public void setRating(Integer rating) {
		this.rating = rating;
	}

}

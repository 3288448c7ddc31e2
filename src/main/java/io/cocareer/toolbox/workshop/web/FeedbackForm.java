package io.cocareer.toolbox.workshop.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.workshop.WorkshopService;

/** An attendee's rating from 1 to 5 and an optional comment. */
public class FeedbackForm {

	@NotNull(message = "{toolbox.workshop.feedback.ratingRequired}")
	@Min(value = 1, message = "{toolbox.workshop.feedback.ratingRange}")
	@Max(value = 5, message = "{toolbox.workshop.feedback.ratingRange}")
	private Integer rating;

	@Size(max = WorkshopService.MAX_COMMENT, message = "{toolbox.workshop.validation.tooLong}")
	private String comment;

	public Integer getRating() {
		return this.rating;
	}

	public void setRating(Integer rating) {
		this.rating = rating;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}

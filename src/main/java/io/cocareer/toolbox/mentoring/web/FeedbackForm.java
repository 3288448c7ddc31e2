package io.cocareer.toolbox.mentoring.web;

import jakarta.validation.constraints.Size;

import io.cocareer.toolbox.mentoring.MentoringPairService;
import io.cocareer.toolbox.mentoring.NewFeedback;

/** End-of-programme feedback: a rating from 1 to 5 and a comment. */
public class FeedbackForm {

	private Integer rating;

	@Size(max = MentoringPairService.MAX_TEXT)
	private String comment;

	NewFeedback toCommand() {
		return new NewFeedback(this.rating, this.comment);
	}

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

package io.cocareer.toolbox.mentoring.web;

import jakarta.validation.constraints.Size;

import io.cocareer.shared.PersonId;
import io.cocareer.toolbox.mentoring.MentorEnrolmentRequest;
import io.cocareer.toolbox.mentoring.MentoringService;

/**
 * A mentor's enrolment or its change: whom (the lead names someone by employee id; empty: the
 * reader), how many mentees, the topics, the availability.
 */
public class MentorForm {

	private String person;

	private Integer capacity = 1;

	@Size(max = 1000)
	private String topics;

	@Size(max = MentoringService.MAX_AVAILABILITY)
	private String availability;

	private Long version;

	MentorEnrolmentRequest toRequest(PersonId personId) {
		return new MentorEnrolmentRequest(personId, this.capacity, this.topics, this.availability);
	}

	public String getPerson() {
		return this.person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public String getTopics() {
		return this.topics;
	}

	public void setTopics(String topics) {
		this.topics = topics;
	}

	public String getAvailability() {
		return this.availability;
	}

	public void setAvailability(String availability) {
		this.availability = availability;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

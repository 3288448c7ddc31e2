package io.cocareer.toolbox.mentoring.web;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import io.cocareer.shared.PersonId;
import io.cocareer.toolbox.mentoring.MenteeEnrolmentRequest;
import io.cocareer.toolbox.mentoring.PreviousMentor;

/**
 * A mentee's enrolment: whom (the lead names a talent by employee id; empty: the reader), their
 * goals as topics, a preferred mentor among those enrolled, someone outside their unit, a previous
 * mentor again or not.
 */
public class MenteeForm {

	private String person;

	@Size(max = 1000)
	private String goals;

	private UUID preferredMentor;

	private boolean preferOtherUnit;

	private PreviousMentor previousMentor = PreviousMentor.NEUTRAL;

	MenteeEnrolmentRequest toRequest(PersonId personId) {
		return new MenteeEnrolmentRequest(personId, this.goals, PersonId.ofNullable(this.preferredMentor),
				this.preferOtherUnit, this.previousMentor);
	}

	public String getPerson() {
		return this.person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public String getGoals() {
		return this.goals;
	}

	public void setGoals(String goals) {
		this.goals = goals;
	}

	public UUID getPreferredMentor() {
		return this.preferredMentor;
	}

	public void setPreferredMentor(UUID preferredMentor) {
		this.preferredMentor = preferredMentor;
	}

	public boolean isPreferOtherUnit() {
		return this.preferOtherUnit;
	}

	public void setPreferOtherUnit(boolean preferOtherUnit) {
		this.preferOtherUnit = preferOtherUnit;
	}

	public PreviousMentor getPreviousMentor() {
		return this.previousMentor;
	}

	public void setPreviousMentor(PreviousMentor previousMentor) {
		this.previousMentor = previousMentor;
	}

}

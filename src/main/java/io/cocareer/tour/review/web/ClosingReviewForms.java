package io.cocareer.tour.review.web;

import jakarta.validation.constraints.Size;

import io.cocareer.tour.review.ClosingReviewView;
import io.cocareer.tour.review.CompanyAssessment;
import io.cocareer.tour.review.NextStep;
import io.cocareer.tour.review.TalentReflection;

/** The two sections of the closing review as forms: the talent's reflection and the company's view. */
final class ClosingReviewForms {

	private ClosingReviewForms() {
	}

	/** Starting the review; before the tour's end date with the reason it ends early. */
	public static class Start {

		@Size(max = 1000, message = "{tour.validation.tooLong}")
		private String earlyEndReason;

		private Long version;

		static Start of(io.cocareer.tour.TourView tour) {
			Start form = new Start();
			form.version = tour.version();
			return form;
		}

		public String getEarlyEndReason() {
			return this.earlyEndReason;
		}

		public void setEarlyEndReason(String earlyEndReason) {
			this.earlyEndReason = earlyEndReason;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	public static class Reflection {

		@Size(max = 4000, message = "{tour.validation.tooLong}")
		private String talentResults;

		@Size(max = 2000, message = "{tour.validation.tooLong}")
		private String gainedSkills;

		@Size(max = 2000, message = "{tour.validation.tooLong}")
		private String gainedKnowledge;

		@Size(max = 2000, message = "{tour.validation.tooLong}")
		private String gainedNetwork;

		@Size(max = 2000, message = "{tour.validation.tooLong}")
		private String gainedReputation;

		private int version;

		static Reflection of(ClosingReviewView review) {
			Reflection form = new Reflection();
			form.talentResults = review.talentResults();
			form.gainedSkills = review.gainedSkills();
			form.gainedKnowledge = review.gainedKnowledge();
			form.gainedNetwork = review.gainedNetwork();
			form.gainedReputation = review.gainedReputation();
			form.version = review.talentVersion();
			return form;
		}

		TalentReflection reflection() {
			return new TalentReflection(this.talentResults, this.gainedSkills, this.gainedKnowledge,
					this.gainedNetwork, this.gainedReputation);
		}

		public String getTalentResults() {
			return this.talentResults;
		}

		public void setTalentResults(String talentResults) {
			this.talentResults = talentResults;
		}

		public String getGainedSkills() {
			return this.gainedSkills;
		}

		public void setGainedSkills(String gainedSkills) {
			this.gainedSkills = gainedSkills;
		}

		public String getGainedKnowledge() {
			return this.gainedKnowledge;
		}

		public void setGainedKnowledge(String gainedKnowledge) {
			this.gainedKnowledge = gainedKnowledge;
		}

		public String getGainedNetwork() {
			return this.gainedNetwork;
		}

		public void setGainedNetwork(String gainedNetwork) {
			this.gainedNetwork = gainedNetwork;
		}

		public String getGainedReputation() {
			return this.gainedReputation;
		}

		public void setGainedReputation(String gainedReputation) {
			this.gainedReputation = gainedReputation;
		}

		public int getVersion() {
			return this.version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	public static class Assessment {

		@Size(max = 4000, message = "{tour.validation.tooLong}")
		private String companyResults;

		private NextStep nextStep;

		@Size(max = 2000, message = "{tour.validation.tooLong}")
		private String nextStepNote;

		private int version;

		static Assessment of(ClosingReviewView review) {
			Assessment form = new Assessment();
			form.companyResults = review.companyResults();
			form.nextStep = review.nextStep();
			form.nextStepNote = review.nextStepNote();
			form.version = review.companyVersion();
			return form;
		}

		CompanyAssessment assessment() {
			return new CompanyAssessment(this.companyResults, this.nextStep, this.nextStepNote);
		}

		public String getCompanyResults() {
			return this.companyResults;
		}

		public void setCompanyResults(String companyResults) {
			this.companyResults = companyResults;
		}

		public NextStep getNextStep() {
			return this.nextStep;
		}

		public void setNextStep(NextStep nextStep) {
			this.nextStep = nextStep;
		}

		public String getNextStepNote() {
			return this.nextStepNote;
		}

		public void setNextStepNote(String nextStepNote) {
			this.nextStepNote = nextStepNote;
		}

		public int getVersion() {
			return this.version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

}

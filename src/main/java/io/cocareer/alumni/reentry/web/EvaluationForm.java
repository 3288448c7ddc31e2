package io.cocareer.alumni.reentry.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.reentry.ReentryService;

/** What the evaluator enters for the factors that are not computed. */
public class EvaluationForm {

	private String hiringManagerEmployeeId;

	@Min(value = 1, message = "{alumni.reentry.ratingRange}")
	@Max(value = 5, message = "{alumni.reentry.ratingRange}")
	private Integer priorRating;

	@Min(value = 1, message = "{alumni.reentry.ratingRange}")
	@Max(value = 5, message = "{alumni.reentry.ratingRange}")
	private Integer interimRelevance;

	private boolean rootCauseFixed;

	@Size(max = ReentryService.MAX_TEXT, message = "{alumni.reentry.tooLongField}")
	private String rootCauseNote;

	private Boolean coordinationHeavy;

	private Boolean outsiderResistant;

	private Boolean realisticPremium;

	@Size(max = ReentryService.MAX_TEXT, message = "{alumni.reentry.tooLongField}")
	private String premiumNote;

	@Size(max = ReentryService.MAX_TEXT, message = "{alumni.reentry.tooLongField}")
	private String eligibilityOverrideNote;

	private Long version;

	public String getHiringManagerEmployeeId() {
		return this.hiringManagerEmployeeId;
	}

	public void setHiringManagerEmployeeId(String hiringManagerEmployeeId) {
		this.hiringManagerEmployeeId = hiringManagerEmployeeId;
	}

	public Integer getPriorRating() {
		return this.priorRating;
	}

	public void setPriorRating(Integer priorRating) {
		this.priorRating = priorRating;
	}

	public Integer getInterimRelevance() {
		return this.interimRelevance;
	}

	public void setInterimRelevance(Integer interimRelevance) {
		this.interimRelevance = interimRelevance;
	}

	public boolean isRootCauseFixed() {
		return this.rootCauseFixed;
	}

	public void setRootCauseFixed(boolean rootCauseFixed) {
		this.rootCauseFixed = rootCauseFixed;
	}

	public String getRootCauseNote() {
		return this.rootCauseNote;
	}

	public void setRootCauseNote(String rootCauseNote) {
		this.rootCauseNote = rootCauseNote;
	}

	public Boolean getCoordinationHeavy() {
		return this.coordinationHeavy;
	}

	public void setCoordinationHeavy(Boolean coordinationHeavy) {
		this.coordinationHeavy = coordinationHeavy;
	}

	public Boolean getOutsiderResistant() {
		return this.outsiderResistant;
	}

	public void setOutsiderResistant(Boolean outsiderResistant) {
		this.outsiderResistant = outsiderResistant;
	}

	public Boolean getRealisticPremium() {
		return this.realisticPremium;
	}

	public void setRealisticPremium(Boolean realisticPremium) {
		this.realisticPremium = realisticPremium;
	}

	public String getPremiumNote() {
		return this.premiumNote;
	}

	public void setPremiumNote(String premiumNote) {
		this.premiumNote = premiumNote;
	}

	public String getEligibilityOverrideNote() {
		return this.eligibilityOverrideNote;
	}

	public void setEligibilityOverrideNote(String eligibilityOverrideNote) {
		this.eligibilityOverrideNote = eligibilityOverrideNote;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

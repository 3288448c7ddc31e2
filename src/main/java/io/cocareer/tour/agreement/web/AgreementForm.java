package io.cocareer.tour.agreement.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.tour.agreement.AgreementTerms;
import io.cocareer.tour.agreement.internal.Agreement;
import io.cocareer.tour.internal.Tour;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * An agreement draft as a form; {@code version} is the draft's version the writer started from.
 * A draft is saved with its dates and share; the texts may wait until it is sent. The limits are
 * the agreement's own ({@link Agreement#MAX_TEXT}, {@link Tour#MIN_TIME_SHARE} ...).
 */
public class AgreementForm {

	@Size(max = Agreement.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String scope;

	@NotNull(message = "{tour.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startOn;

	@NotNull(message = "{tour.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endOn;

	@NotNull(message = "{tour.validation.required}")
	@Min(value = Tour.MIN_TIME_SHARE, message = "{tour.validation.timeShare}")
	@Max(value = Tour.MAX_TIME_SHARE, message = "{tour.validation.timeShare}")
	private Integer timeShare;

	@Size(max = Agreement.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String deliverables;

	@Size(max = Agreement.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String learningGoals;

	@Size(max = Agreement.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String visibilityMoments;

	@Size(max = Agreement.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String companyResources;

	@Size(max = Agreement.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String companySponsorship;

	@Size(max = Agreement.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String companyCoaching;

	@Size(max = Agreement.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String companyExposure;

	@Size(max = Agreement.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String companyFollowOn;

	@Size(max = Agreement.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String companyReference;

	@Size(max = Agreement.MAX_TEXT, message = "{tour.validation.tooLong}")
	private String talentCommitments;

	@NotNull(message = "{tour.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextConversationOn;

	private Long version;

	static AgreementForm of(AgreementTerms terms, Long version) {
		AgreementForm form = new AgreementForm();
		form.scope = terms.scope();
		form.startOn = terms.startOn();
		form.endOn = terms.endOn();
		form.timeShare = terms.timeShare();
		form.deliverables = terms.deliverables();
		form.learningGoals = terms.learningGoals();
		form.visibilityMoments = terms.visibilityMoments();
		form.companyResources = terms.companyResources();
		form.companySponsorship = terms.companySponsorship();
		form.companyCoaching = terms.companyCoaching();
		form.companyExposure = terms.companyExposure();
		form.companyFollowOn = terms.companyFollowOn();
		form.companyReference = terms.companyReference();
		form.talentCommitments = terms.talentCommitments();
		form.nextConversationOn = terms.nextConversationOn();
		form.version = version;
		return form;
	}

	/**
	 * The rules between the dates, checked with the field constraints so that every error shows at
	 * once (the agreement checks them again: an API write gets the same words).
	 */
	void checkDates(BindingResult result) {
		if (this.startOn == null || this.endOn == null) {
			return;
		}
		if (!this.endOn.isAfter(this.startOn) && !result.hasFieldErrors("endOn")) {
			result.rejectValue("endOn", "tour.field.endBeforeStart", "The end must come after the start");
		}
		else if (this.nextConversationOn != null && !result.hasFieldErrors("nextConversationOn")
				&& (!this.nextConversationOn.isBefore(this.endOn) || this.nextConversationOn.isBefore(this.startOn))) {
			result.rejectValue("nextConversationOn", "tour.agreement.nextConversationOutside",
					"The next-tour conversation must be on or after the start and before the end");
		}
	}

	AgreementTerms terms() {
		return new AgreementTerms(this.scope, this.startOn, this.endOn, this.timeShare, this.deliverables, this.learningGoals, this.visibilityMoments, this.companyResources, this.companySponsorship, this.companyCoaching, this.companyExposure, this.companyFollowOn, this.companyReference, this.talentCommitments, this.nextConversationOn);
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public LocalDate getStartOn() {
		return this.startOn;
	}

	public void setStartOn(LocalDate startOn) {
		this.startOn = startOn;
	}

	public LocalDate getEndOn() {
		return this.endOn;
	}

	public void setEndOn(LocalDate endOn) {
		this.endOn = endOn;
	}

	public Integer getTimeShare() {
		return this.timeShare;
	}

	public void setTimeShare(Integer timeShare) {
		this.timeShare = timeShare;
	}

	public String getDeliverables() {
		return this.deliverables;
	}

	public void setDeliverables(String deliverables) {
		this.deliverables = deliverables;
	}

	public String getLearningGoals() {
		return this.learningGoals;
	}

	public void setLearningGoals(String learningGoals) {
		this.learningGoals = learningGoals;
	}

	public String getVisibilityMoments() {
		return this.visibilityMoments;
	}

	public void setVisibilityMoments(String visibilityMoments) {
		this.visibilityMoments = visibilityMoments;
	}

	public String getCompanyResources() {
		return this.companyResources;
	}

	public void setCompanyResources(String companyResources) {
		this.companyResources = companyResources;
	}

	public String getCompanySponsorship() {
		return this.companySponsorship;
	}

	public void setCompanySponsorship(String companySponsorship) {
		this.companySponsorship = companySponsorship;
	}

	public String getCompanyCoaching() {
		return this.companyCoaching;
	}

	public void setCompanyCoaching(String companyCoaching) {
		this.companyCoaching = companyCoaching;
	}

	public String getCompanyExposure() {
		return this.companyExposure;
	}

	public void setCompanyExposure(String companyExposure) {
		this.companyExposure = companyExposure;
	}

	public String getCompanyFollowOn() {
		return this.companyFollowOn;
	}

	public void setCompanyFollowOn(String companyFollowOn) {
		this.companyFollowOn = companyFollowOn;
	}

	public String getCompanyReference() {
		return this.companyReference;
	}

	public void setCompanyReference(String companyReference) {
		this.companyReference = companyReference;
	}

	public String getTalentCommitments() {
		return this.talentCommitments;
	}

	public void setTalentCommitments(String talentCommitments) {
		this.talentCommitments = talentCommitments;
	}

	public LocalDate getNextConversationOn() {
		return this.nextConversationOn;
	}

	public void setNextConversationOn(LocalDate nextConversationOn) {
		this.nextConversationOn = nextConversationOn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

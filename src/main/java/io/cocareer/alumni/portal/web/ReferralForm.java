package io.cocareer.alumni.portal.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.portal.AlumniReferralService;
import io.cocareer.alumni.portal.ReferCandidate;

/** A candidate as the alumnus refers them: for a post of the portal, or a role in their own words. */
public class ReferralForm {

	@NotBlank(message = "{alumni.portal.referral.nameRequired}")
	@Size(max = AlumniReferralService.MAX_NAME, message = "{alumni.portal.tooLong}")
	private String candidateName;

	@NotBlank(message = "{alumni.portal.referral.emailRequired}")
	@Email(message = "{alumni.portal.referral.emailInvalid}")
	@Size(max = AlumniReferralService.MAX_EMAIL, message = "{alumni.portal.tooLong}")
	private String candidateEmail;

	private UUID postId;

	@Size(max = AlumniReferralService.MAX_REFERRED_FOR, message = "{alumni.portal.tooLong}")
	private String referredFor;

	@NotBlank(message = "{alumni.portal.referral.reasonRequired}")
	@Size(max = AlumniReferralService.MAX_REASON, message = "{alumni.portal.tooLong}")
	private String reason;

	ReferCandidate toCommand() {
		return new ReferCandidate(this.candidateName, this.candidateEmail, this.postId, this.referredFor, this.reason);
	}

	public String getCandidateName() {
		return this.candidateName;
	}

	public void setCandidateName(String candidateName) {
		this.candidateName = candidateName;
	}

	public String getCandidateEmail() {
		return this.candidateEmail;
	}

	public void setCandidateEmail(String candidateEmail) {
		this.candidateEmail = candidateEmail;
	}

	public UUID getPostId() {
		return this.postId;
	}

	public void setPostId(UUID postId) {
		this.postId = postId;
	}

	public String getReferredFor() {
		return this.referredFor;
	}

	public void setReferredFor(String referredFor) {
		this.referredFor = referredFor;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}

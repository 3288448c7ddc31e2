package io.cocareer.alumni.portal.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.alumni.portal.ReferralStatus;
import io.cocareer.shared.BusinessRuleViolation;

/**
 * A candidate an alumnus referred: the talent lead takes it from new to in process, then hired or
 * declined. It holds the candidate's name and email, so it goes when the alumnus is erased.
 */
@Entity
@Table(name = "alumni_referral")
public class Referral {

	@Id
	private UUID id;

	private UUID referrerId;

	private UUID postId;

	private String referredFor;

	private String candidateName;

	private String candidateEmail;

	private String reason;

	@Enumerated(EnumType.STRING)
	private ReferralStatus status;

	private UUID interactionId;

	private Instant createdAt;

	private Instant statusChangedAt;

	@Version
	private Long version;

	protected Referral() {
		// for JPA
	}

	public Referral(UUID referrerId, UUID postId, String referredFor, String candidateName, String candidateEmail,
			String reason, Instant now) {
		this.id = UUID.randomUUID();
		this.referrerId = referrerId;
		this.postId = postId;
		this.referredFor = referredFor;
		this.candidateName = candidateName;
		this.candidateEmail = candidateEmail;
		this.reason = reason;
		this.status = ReferralStatus.NEW;
		this.createdAt = now;
		this.statusChangedAt = now;
	}

	/** The talent lead moves it on; a hired or declined referral is closed. */
	public void moveTo(ReferralStatus target, Instant now) {
		if (this.status.closed()) {
			throw new BusinessRuleViolation("alumni.portal.referral.closed",
					"This referral is closed: the candidate was hired or declined");
		}
		if (target == this.status) {
			return;
		}
		this.status = target;
		this.statusChangedAt = now;
	}

	public void loggedAs(UUID interactionId) {
		this.interactionId = interactionId;
	}

	/** For the demo only: the referral was made earlier. */
	public void backdate(Instant createdAt) {
		this.createdAt = createdAt;
		this.statusChangedAt = createdAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID referrerId() {
		return this.referrerId;
	}

	public UUID postId() {
		return this.postId;
	}

	public String referredFor() {
		return this.referredFor;
	}

	public String candidateName() {
		return this.candidateName;
	}

	public String candidateEmail() {
		return this.candidateEmail;
	}

	public String reason() {
		return this.reason;
	}

	public ReferralStatus status() {
		return this.status;
	}

	public UUID interactionId() {
		return this.interactionId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant statusChangedAt() {
		return this.statusChangedAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}

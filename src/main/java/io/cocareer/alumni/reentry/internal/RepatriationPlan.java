package io.cocareer.alumni.reentry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.alumni.reentry.RepatriationItemKind;
import io.cocareer.shared.BusinessRuleViolation;

/**
 * A boomerang's repatriation plan: made at the rehire with the default items (what changed,
 * re-onboarding, network reactivation, a buddy, a first tour), each owned by the hiring manager
 * (or the talent lead) and due within the first weeks; reviewed once, 12 months after the rehire.
 */
@Entity
@Table(name = "alumni_repatriation_plan")
public class RepatriationPlan {

	@Id
	private UUID id;

	private UUID personId;

	private UUID requestId;

	private LocalDate rehiredOn;

	private UUID unitId;

	private UUID managerId;

	private Integer reviewRating;

	private LocalDate reviewedOn;

	private Instant createdAt;

	@Version
	private Long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false)
	private List<RepatriationItem> items = new ArrayList<>();

	protected RepatriationPlan() {
		// for JPA
	}

	/**
	 * The plan with its default items: owned by the manager (the lead for what the lead does),
	 * due 2, 4, 6, 2 and 8 weeks after the rehire.
	 */
	public RepatriationPlan(UUID personId, UUID requestId, LocalDate rehiredOn, UUID unitId, UUID managerId,
			UUID leadId, Instant now) {
		this.id = UUID.randomUUID();
		this.personId = personId;
		this.requestId = requestId;
		this.rehiredOn = rehiredOn;
		this.unitId = unitId;
		this.managerId = managerId;
		this.createdAt = now;
		UUID owner = (managerId != null) ? managerId : leadId;
		int position = 0;
		for (RepatriationItemKind kind : RepatriationItemKind.values()) {
			int weeks = switch (kind) {
				case WHAT_CHANGED, BUDDY -> 2;
				case RE_ONBOARDING -> 4;
				case NETWORK_REACTIVATION -> 6;
				case FIRST_TOUR -> 8;
			};
			UUID itemOwner = (kind == RepatriationItemKind.RE_ONBOARDING || kind == RepatriationItemKind.FIRST_TOUR)
					? leadId : owner;
			this.items.add(new RepatriationItem(kind, position++, itemOwner, rehiredOn.plusWeeks(weeks)));
		}
	}

	public void review(int rating, LocalDate on) {
		if (this.reviewRating != null) {
			throw new BusinessRuleViolation("alumni.reentry.plan.review.already", "The return is already rated");
		}
		this.reviewRating = rating;
		this.reviewedOn = on;
	}

	public Optional<RepatriationItem> item(UUID itemId) {
		return this.items.stream().filter((i) -> i.id().equals(itemId)).findFirst();
	}

	public Optional<RepatriationItem> item(RepatriationItemKind kind) {
		return this.items.stream().filter((i) -> i.kind() == kind).findFirst();
	}

	/** Someone was erased: whatever named them goes (the plan of the erased person goes whole). */
	public void forgetPerson(UUID erased) {
		if (erased.equals(this.managerId)) {
			this.managerId = null;
		}
		this.items.forEach((i) -> i.forgetPerson(erased));
	}

	public UUID id() {
		return this.id;
	}

	public UUID personId() {
		return this.personId;
	}

	public UUID requestId() {
		return this.requestId;
	}

	public LocalDate rehiredOn() {
		return this.rehiredOn;
	}

	public UUID unitId() {
		return this.unitId;
	}

	public UUID managerId() {
		return this.managerId;
	}

	public Integer reviewRating() {
		return this.reviewRating;
	}

	public LocalDate reviewedOn() {
		return this.reviewedOn;
	}

	public List<RepatriationItem> items() {
		return this.items.stream().sorted(Comparator.comparingInt(RepatriationItem::position)).toList();
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}

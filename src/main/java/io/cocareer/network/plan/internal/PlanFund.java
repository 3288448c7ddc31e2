package io.cocareer.network.plan.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A talent's networking fund for one calendar year: the budget the talent lead set, or none for
 * the default. Every change of what the fund commits locks this row first, so two requests cannot
 * both take the last of it.
 */
@Entity
@Table(name = "network_plan_fund")
public class PlanFund {

	@Id
	private UUID id;

	private UUID talentId;

	@Column(name = "fund_year")
	private int year;

	private Long budgetCents;

	@Version
	private Long version;

	protected PlanFund() {
		// for JPA
	}

	public PlanFund(UUID talentId, int year) {
		this.id = UUID.randomUUID();
		this.talentId = talentId;
		this.year = year;
	}

	public void setBudget(long cents) {
		this.budgetCents = cents;
	}

	public UUID talentId() {
		return this.talentId;
	}

	public int year() {
		return this.year;
	}

	/** The budget set by the talent lead; {@code null} for the default. */
	public Long budgetCents() {
		return this.budgetCents;
	}

}

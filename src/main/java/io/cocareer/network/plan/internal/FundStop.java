package io.cocareer.network.plan.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A talent who has left: their plan stays theirs, their fund spends no more. */
@Entity
@Table(name = "network_plan_fund_stop")
public class FundStop {

	@Id
	private UUID talentId;

	private LocalDate stoppedOn;

	protected FundStop() {
		// for JPA
	}

	public FundStop(UUID talentId, LocalDate stoppedOn) {
		this.talentId = talentId;
		this.stoppedOn = stoppedOn;
	}

	public UUID talentId() {
		return this.talentId;
	}

	public LocalDate stoppedOn() {
		return this.stoppedOn;
	}

}

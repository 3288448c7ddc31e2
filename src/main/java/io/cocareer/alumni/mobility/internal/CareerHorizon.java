package io.cocareer.alumni.mobility.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.alumni.mobility.HorizonKind;

/** A talent's confidential career horizon: one a talent, theirs to change, share, unshare or clear. */
@Entity
@Table(name = "alumni_career_horizon")
public class CareerHorizon {

	@Id
	private UUID personId;

	@Enumerated(EnumType.STRING)
	private HorizonKind kind;

	private Integer withinMonths;

	private String note;

	private boolean sharedWithManager;

	private Instant updatedAt;

	// a wrapper: null until stored, so that saving a new horizon persists it
	@Version
	private Long version;

	protected CareerHorizon() {
		// for JPA
	}

	public CareerHorizon(UUID personId) {
		this.personId = personId;
	}

	/**
	 * Sets the horizon; whether the talent now says they may look outside sooner or for the first time
	 * (what prompts a pre-emptive exit conversation).
	 */
	public boolean set(HorizonKind kind, Integer withinMonths, String note, boolean shared, Instant now) {
		boolean newlyOutside = kind == HorizonKind.EXPLORING_OUTSIDE
				&& (this.kind != HorizonKind.EXPLORING_OUTSIDE || !withinMonths.equals(this.withinMonths));
		this.kind = kind;
		this.withinMonths = (kind == HorizonKind.EXPLORING_OUTSIDE) ? withinMonths : null;
		this.note = note;
		this.sharedWithManager = shared;
		this.updatedAt = now;
		return newlyOutside;
	}

	public UUID personId() {
		return this.personId;
	}

	public HorizonKind kind() {
		return this.kind;
	}

	public Integer withinMonths() {
		return this.withinMonths;
	}

	public String note() {
		return this.note;
	}

	public boolean sharedWithManager() {
		return this.sharedWithManager;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	public boolean isNew() {
		return this.version == null;
	}

}

package io.cocareer.network.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.network.plan.ActivityKind;
import io.cocareer.network.plan.ActivityStatus;

/**
 * One activity of a talent's development plan. Its share of the fund is its estimated cost while
 * planned, its actual cost once done, nothing once cancelled.
 */
@Entity
@Table(name = "network_plan_activity")
public class PlanActivity {

	@Id
	private UUID id;

	private UUID talentId;

	@Enumerated(EnumType.STRING)
	private ActivityKind kind;

	private String title;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private long estimatedCents;

	@Enumerated(EnumType.STRING)
	private ActivityStatus status;

	private String outcome;

	private Long actualCents;

	private LocalDate doneOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "network_plan_activity_gap", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "gap_id")
	private Set<UUID> gapIds = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "network_plan_person_met", joinColumns = @JoinColumn(name = "activity_id"))
	@OrderColumn(name = "row_no")
	private List<PersonMet> peopleMet = new ArrayList<>();

	private Instant createdAt;

	// a wrapper: null until stored, so that saving a new activity persists it
	@Version
	private Long version;

	protected PlanActivity() {
		// for JPA
	}

	public PlanActivity(UUID talentId, ActivityKind kind, String title, LocalDate startsOn, LocalDate endsOn,
			Set<UUID> gapIds, long estimatedCents, Instant now) {
		this.id = UUID.randomUUID();
		this.talentId = talentId;
		this.status = ActivityStatus.PLANNED;
		this.createdAt = now;
		change(kind, title, startsOn, endsOn, gapIds, estimatedCents);
	}

	public final void change(ActivityKind kind, String title, LocalDate startsOn, LocalDate endsOn, Set<UUID> gapIds,
			long estimatedCents) {
		this.kind = kind;
		this.title = title;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.gapIds.clear();
		this.gapIds.addAll(gapIds);
		this.estimatedCents = estimatedCents;
	}

	public void cancel() {
		this.status = ActivityStatus.CANCELLED;
	}

	public void done(String outcome, long actualCents, LocalDate doneOn, List<PersonMet> peopleMet) {
		this.status = ActivityStatus.DONE;
		this.outcome = outcome;
		this.actualCents = actualCents;
		this.doneOn = doneOn;
		this.peopleMet.clear();
		this.peopleMet.addAll(peopleMet);
	}

	/** What the activity takes from the fund of its year: estimated while planned, actual once done. */
	public long fundShare() {
		return switch (this.status) {
			case PLANNED -> this.estimatedCents;
			case DONE -> (this.actualCents != null) ? this.actualCents : 0;
			case CANCELLED -> 0;
		};
	}

	/** The calendar year whose fund the activity draws on: the year it starts. */
	public int year() {
		return this.startsOn.getYear();
	}

	public UUID id() {
		return this.id;
	}

	public UUID talentId() {
		return this.talentId;
	}

	public ActivityKind kind() {
		return this.kind;
	}

	public String title() {
		return this.title;
	}

	public LocalDate startsOn() {
		return this.startsOn;
	}

	public LocalDate endsOn() {
		return this.endsOn;
	}

	public long estimatedCents() {
		return this.estimatedCents;
	}

	public ActivityStatus status() {
		return this.status;
	}

	public String outcome() {
		return this.outcome;
	}

	public Long actualCents() {
		return this.actualCents;
	}

	public LocalDate doneOn() {
		return this.doneOn;
	}

	public Set<UUID> gapIds() {
		return Set.copyOf(this.gapIds);
	}

	public List<PersonMet> peopleMet() {
		return List.copyOf(this.peopleMet);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}

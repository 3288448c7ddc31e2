package io.cocareer.toolbox.rotation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.toolbox.rotation.PlanStatus;
import io.cocareer.toolbox.rotation.RuleKind;
import io.cocareer.toolbox.rotation.UnplacedReason;

/**
 * A rotation plan: its cohort, its packages with their seats at the last run, the lead's pins and
 * forbids, and the last run's result (pairs with their explanations, unplaced talents with why).
 * A draft until confirmed; then each pair names the tour proposed from it.
 */
@Entity
@Table(name = "toolbox_rotation_plan")
public class RotationPlan {

	@Id
	private UUID id;

	private String name;

	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	private UUID createdBy;

	private Instant createdAt;

	private Instant plannedAt;

	private UUID confirmedBy;

	private Instant confirmedAt;

	private long totalScore;

	@ElementCollection
	@CollectionTable(name = "toolbox_rotation_cohort", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "person_id")
	private Set<UUID> cohort = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "toolbox_rotation_package", joinColumns = @JoinColumn(name = "plan_id"))
	private List<PlannedPackage> packages = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "toolbox_rotation_rule", joinColumns = @JoinColumn(name = "plan_id"))
	private List<Rule> rules = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "toolbox_rotation_pair", joinColumns = @JoinColumn(name = "plan_id"))
	private List<Pair> pairs = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "toolbox_rotation_unplaced", joinColumns = @JoinColumn(name = "plan_id"))
	private List<Unplaced> unplaced = new ArrayList<>();

	@Version
	private Long version;

	protected RotationPlan() {
	}

	public static RotationPlan draft(String name, UUID createdBy, Set<UUID> cohort, Instant now) {
		RotationPlan plan = new RotationPlan();
		plan.id = UUID.randomUUID();
		plan.name = name;
		plan.status = PlanStatus.DRAFT;
		plan.createdBy = createdBy;
		plan.createdAt = now;
		plan.plannedAt = now;
		plan.cohort.addAll(cohort);
		return plan;
	}

	/** Stores a run's result: the packages as they were, the pairs and the unplaced. */
	public void planned(List<PlannedPackage> seen, List<Pair> chosen, List<Unplaced> left, Instant now) {
		this.packages.clear();
		this.packages.addAll(seen);
		this.pairs.clear();
		this.pairs.addAll(chosen);
		this.unplaced.clear();
		this.unplaced.addAll(left);
		this.totalScore = chosen.stream().mapToLong(Pair::score).sum();
		this.plannedAt = now;
	}

	/** Sets the lead's word on a pair ({@code null}: none). */
	public void rule(UUID personId, UUID packageId, RuleKind kind) {
		this.rules.removeIf((r) -> r.personId().equals(personId) && r.packageId().equals(packageId));
		if (kind != null) {
			this.rules.add(new Rule(personId, packageId, kind));
		}
	}

	public void confirmed(UUID by, Instant now) {
		this.status = PlanStatus.CONFIRMED;
		this.confirmedBy = by;
		this.confirmedAt = now;
	}

	/** The person's lines leave the plan; where they made or confirmed it, they are no longer named. */
	public void erase(UUID personId) {
		this.cohort.remove(personId);
		this.rules.removeIf((r) -> r.personId().equals(personId));
		this.pairs.removeIf((p) -> p.personId().equals(personId));
		this.unplaced.removeIf((u) -> u.personId().equals(personId));
		this.totalScore = this.pairs.stream().mapToLong(Pair::score).sum();
		if (personId.equals(this.createdBy)) {
			this.createdBy = null;
		}
		if (personId.equals(this.confirmedBy)) {
			this.confirmedBy = null;
		}
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public PlanStatus status() {
		return this.status;
	}

	public UUID createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant plannedAt() {
		return this.plannedAt;
	}

	public UUID confirmedBy() {
		return this.confirmedBy;
	}

	public Instant confirmedAt() {
		return this.confirmedAt;
	}

	public long totalScore() {
		return this.totalScore;
	}

	public Set<UUID> cohort() {
		return this.cohort;
	}

	public List<PlannedPackage> packages() {
		return this.packages;
	}

	public List<Rule> rules() {
		return this.rules;
	}

	public List<Pair> pairs() {
		return this.pairs;
	}

	public List<Unplaced> unplaced() {
		return this.unplaced;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	/** A package of the plan, as the last run saw it. */
	@Embeddable
	public static class PlannedPackage {

		private UUID packageId;

		private String title;

		private int openSeats;

		private boolean stillOpen;

		protected PlannedPackage() {
		}

		public PlannedPackage(UUID packageId, String title, int openSeats, boolean stillOpen) {
			this.packageId = packageId;
			this.title = title;
			this.openSeats = openSeats;
			this.stillOpen = stillOpen;
		}

		public UUID packageId() {
			return this.packageId;
		}

		public String title() {
			return this.title;
		}

		public int openSeats() {
			return this.openSeats;
		}

		public boolean stillOpen() {
			return this.stillOpen;
		}

	}

	/** A pin or a forbid. */
	@Embeddable
	public static class Rule {

		private UUID personId;

		private UUID packageId;

		@Enumerated(EnumType.STRING)
		private RuleKind kind;

		protected Rule() {
		}

		public Rule(UUID personId, UUID packageId, RuleKind kind) {
			this.personId = personId;
			this.packageId = packageId;
			this.kind = kind;
		}

		public UUID personId() {
			return this.personId;
		}

		public UUID packageId() {
			return this.packageId;
		}

		public RuleKind kind() {
			return this.kind;
		}

	}

	/** A proposed pair, its score (× 1000), its explanation (JSON) and, once confirmed, its tour. */
	@Embeddable
	public static class Pair {

		private UUID personId;

		private UUID packageId;

		private int score;

		private boolean pinned;

		private String explanation;

		private UUID tourId;

		protected Pair() {
		}

		public Pair(UUID personId, UUID packageId, int score, boolean pinned, String explanation) {
			this.personId = personId;
			this.packageId = packageId;
			this.score = score;
			this.pinned = pinned;
			this.explanation = explanation;
		}

		public UUID personId() {
			return this.personId;
		}

		public UUID packageId() {
			return this.packageId;
		}

		public int score() {
			return this.score;
		}

		public boolean pinned() {
			return this.pinned;
		}

		public String explanation() {
			return this.explanation;
		}

		public UUID tourId() {
			return this.tourId;
		}

		public void proposed(UUID tour) {
			this.tourId = tour;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Pair that && Objects.equals(this.personId, that.personId);
		}

		@Override
		public int hashCode() {
			return Objects.hashCode(this.personId);
		}

	}

	/** A talent without a seat. */
	@Embeddable
	public static class Unplaced {

		private UUID personId;

		@Enumerated(EnumType.STRING)
		private UnplacedReason reason;

		protected Unplaced() {
		}

		public Unplaced(UUID personId, UnplacedReason reason) {
			this.personId = personId;
			this.reason = reason;
		}

		public UUID personId() {
			return this.personId;
		}

		public UnplacedReason reason() {
			return this.reason;
		}

	}

}

package io.cocareer.toolbox.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.NotFoundException;
import io.cocareer.toolbox.assessment.CentreStatus;
import io.cocareer.toolbox.assessment.ExerciseKind;

/**
 * An assessment centre: its title, day and purpose, its exercises, the competencies it assesses,
 * the matrix of which exercise observes which, and its assessors. Its set-up changes only while it
 * is being set up; then it opens for ratings, then for its wash-up.
 */
@Entity
@Table(name = "assessment_centre")
public class AssessmentCentre {

	@Id
	private UUID id;

	private String title;

	private LocalDate heldOn;

	private String purpose;

	@Enumerated(EnumType.STRING)
	private CentreStatus status;

	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "centre_id", nullable = false)
	@OrderBy("position")
	private List<Exercise> exercises = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "assessment_centre_competency", joinColumns = @JoinColumn(name = "centre_id"))
	@Column(name = "competency_id")
	private Set<UUID> competencyIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "assessment_observation", joinColumns = @JoinColumn(name = "centre_id"))
	private Set<Observation> observations = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "assessment_assessor", joinColumns = @JoinColumn(name = "centre_id"))
	@Column(name = "person_id")
	private Set<UUID> assessorIds = new HashSet<>();

	@Version
	private Long version;

	protected AssessmentCentre() {
		// for JPA
	}

	public static AssessmentCentre setUp(String title, LocalDate heldOn, String purpose, Instant now) {
		AssessmentCentre centre = new AssessmentCentre();
		centre.id = UUID.randomUUID();
		centre.title = title;
		centre.heldOn = heldOn;
		centre.purpose = purpose;
		centre.status = CentreStatus.SETUP;
		centre.createdAt = now;
		return centre;
	}

	/** Its title, day and purpose change until its wash-up. */
	public void describe(String title, LocalDate heldOn, String purpose) {
		if (this.status == CentreStatus.WASH_UP) {
			throw new BusinessRuleViolation("toolbox.assessment.rule.washUpStarted",
					"The wash-up has started: the centre no longer changes");
		}
		this.title = title;
		this.heldOn = heldOn;
		this.purpose = purpose;
	}

	public Exercise addExercise(String name, ExerciseKind kind, String description) {
		requireSetup();
		int position = this.exercises.stream().mapToInt(Exercise::position).max().orElse(0) + 1;
		Exercise exercise = new Exercise(name, kind, description, position);
		this.exercises.add(exercise);
		return exercise;
	}

	public void removeExercise(UUID exerciseId) {
		requireSetup();
		Exercise exercise = exercise(exerciseId);
		this.exercises.remove(exercise);
		this.observations.removeIf((o) -> o.exerciseId().equals(exerciseId));
	}

	public void addCompetency(UUID competencyId) {
		requireSetup();
		this.competencyIds.add(competencyId);
	}

	public void removeCompetency(UUID competencyId) {
		requireSetup();
		this.competencyIds.remove(competencyId);
		this.observations.removeIf((o) -> o.competencyId().equals(competencyId));
	}

	/** Sets one cell of the matrix: whether the exercise observes the competency. */
	public void observe(UUID exerciseId, UUID competencyId, boolean observes) {
		requireSetup();
		exercise(exerciseId);
		if (!this.competencyIds.contains(competencyId)) {
			throw new NotFoundException("toolbox.assessment.competency.notInCentre",
					"This centre does not assess this competency");
		}
		Observation cell = new Observation(exerciseId, competencyId);
		if (observes) {
			this.observations.add(cell);
		}
		else {
			this.observations.remove(cell);
		}
	}

	public void addAssessor(UUID personId) {
		requireSetup();
		this.assessorIds.add(personId);
	}

	public void removeAssessor(UUID personId) {
		requireSetup();
		this.assessorIds.remove(personId);
	}

	/** Opens the centre for the assessors' ratings; the caller checked it is ready. */
	public void openRatings() {
		requireSetup();
		this.status = CentreStatus.RATING;
	}

	/** Starts the wash-up: the ratings are frozen, the chair records the consensus. */
	public void startWashUp() {
		if (this.status != CentreStatus.RATING) {
			throw new BusinessRuleViolation("toolbox.assessment.rule.notRating",
					"The wash-up starts once the centre is open for ratings");
		}
		this.status = CentreStatus.WASH_UP;
	}

	public void requireSetup() {
		if (this.status != CentreStatus.SETUP) {
			throw new BusinessRuleViolation("toolbox.assessment.rule.setupClosed",
					"The centre is open for ratings: its set-up no longer changes");
		}
	}

	public Exercise exercise(UUID exerciseId) {
		return findExercise(exerciseId).orElseThrow(() -> new NotFoundException("toolbox.assessment.exercise.notFound",
				"This centre has no such exercise"));
	}

	public Optional<Exercise> findExercise(UUID exerciseId) {
		return this.exercises.stream().filter((e) -> e.id().equals(exerciseId)).findFirst();
	}

	/** The matrix: per exercise (in order), the competencies it observes. */
	public Map<UUID, Set<UUID>> matrix() {
		Map<UUID, Set<UUID>> matrix = new LinkedHashMap<>();
		this.exercises.forEach((e) -> matrix.put(e.id(), new HashSet<>()));
		this.observations.forEach((o) -> {
			if (matrix.containsKey(o.exerciseId()) && this.competencyIds.contains(o.competencyId())) {
				matrix.get(o.exerciseId()).add(o.competencyId());
			}
		});
		return matrix;
	}

	public boolean isAssessor(UUID personId) {
		return personId != null && this.assessorIds.contains(personId);
	}

	public UUID id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public LocalDate heldOn() {
		return this.heldOn;
	}

	public String purpose() {
		return this.purpose;
	}

	public CentreStatus status() {
		return this.status;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public List<Exercise> exercises() {
		return List.copyOf(this.exercises);
	}

	public Set<UUID> competencyIds() {
		return Set.copyOf(this.competencyIds);
	}

	public Set<UUID> assessorIds() {
		return Set.copyOf(this.assessorIds);
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}

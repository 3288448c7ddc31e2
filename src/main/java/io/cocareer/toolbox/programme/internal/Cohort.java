package io.cocareer.toolbox.programme.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.toolbox.programme.ParticipantStatus;

/** A cohort of a track: its dates, its capacity, its participants and their progress. */
@Entity(name = "ProgrammeCohort")
@Table(name = "toolbox_programme_cohort")
public class Cohort {

	@Id
	private UUID id;

	private UUID trackId;

	private String name;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private Integer capacity;

	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "cohort_id", nullable = false)
	@OrderBy("enrolledOn, id")
	private List<Participant> participants = new ArrayList<>();

	@Version
	private Long version;

	protected Cohort() {
		// for JPA
	}

	public Cohort(UUID trackId, String name, LocalDate startsOn, LocalDate endsOn, Integer capacity, Instant now) {
		this.id = UUID.randomUUID();
		this.trackId = trackId;
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.capacity = capacity;
		this.createdAt = now;
	}

	/** Enrols a person once; never beyond the capacity (withdrawn participants free their place). */
	public Participant enrol(UUID personId, LocalDate on) {
		if (participant(personId).isPresent()) {
			throw new InvalidInput("personId", "toolbox.programme.enrol.already",
					"This person is already in the cohort");
		}
		if (this.capacity != null && enrolled() >= this.capacity) {
			throw new BusinessRuleViolation("toolbox.programme.enrol.full", "The cohort is full: %d places",
					this.capacity);
		}
		if (this.endsOn != null && this.endsOn.isBefore(on)) {
			throw new BusinessRuleViolation("toolbox.programme.enrol.ended", "The cohort has ended");
		}
		Participant participant = new Participant(personId, on);
		this.participants.add(participant);
		return participant;
	}

	/** A new name and dates; the service checks them as when the cohort was created. */
	public void reschedule(String name, LocalDate startsOn, LocalDate endsOn) {
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	/** Whether the cohort began: it started by today, or somebody is (or was) in it. */
	public boolean began(LocalDate today) {
		return !this.startsOn.isAfter(today) || !this.participants.isEmpty();
	}

	/** The modules on which a participant (withdrawn ones too: their history stays) has progress. */
	public Set<UUID> modulesWithProgress() {
		Set<UUID> modules = new HashSet<>();
		this.participants.forEach((p) -> modules.addAll(p.modulesWithProgress()));
		return modules;
	}

	/** Forgets the module for every participant: it carries no progress (rows set back to not started go). */
	public void forgetModule(UUID moduleId) {
		this.participants.forEach((p) -> p.forget(moduleId));
	}

	/**
	 * Completes the participants still enrolled who have now completed every required module (after
	 * a required module they had not started left the track).
	 * @return how many completed
	 */
	public int completeWhoIsDone(List<UUID> required) {
		return (int) this.participants.stream().filter((p) -> p.completeIfDone(required)).count();
	}

	/** Participants not withdrawn. */
	public int enrolled() {
		return (int) this.participants.stream().filter((p) -> p.status() != ParticipantStatus.WITHDRAWN).count();
	}

	public Optional<Participant> participant(UUID personId) {
		return this.participants.stream().filter((p) -> p.personId().equals(personId)).findFirst();
	}

	public Optional<Participant> participantById(UUID participantId) {
		return this.participants.stream().filter((p) -> p.id().equals(participantId)).findFirst();
	}

	public void remove(Participant participant) {
		this.participants.remove(participant);
	}

	/** For the demo: the cohort's dates move back by the days. */
	void backdate(int days) {
		this.startsOn = this.startsOn.minusDays(days);
		this.endsOn = (this.endsOn != null) ? this.endsOn.minusDays(days) : null;
	}

	public UUID id() {
		return this.id;
	}

	public UUID trackId() {
		return this.trackId;
	}

	public String name() {
		return this.name;
	}

	public LocalDate startsOn() {
		return this.startsOn;
	}

	public LocalDate endsOn() {
		return this.endsOn;
	}

	public Integer capacity() {
		return this.capacity;
	}

	public List<Participant> participants() {
		return List.copyOf(this.participants);
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}

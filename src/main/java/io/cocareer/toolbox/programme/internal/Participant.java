package io.cocareer.toolbox.programme.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.toolbox.programme.ParticipantStatus;
import io.cocareer.toolbox.programme.ProgressState;

/**
 * A person in a cohort: their progress per module, completed once every required module is, or
 * withdrawn (the history stays).
 */
@Entity
@Table(name = "toolbox_programme_participant")
public class Participant {

	@Id
	private UUID id;

	private UUID personId;

	@Enumerated(EnumType.STRING)
	private ParticipantStatus status;

	private LocalDate enrolledOn;

	private LocalDate completedOn;

	private LocalDate withdrawnOn;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "participant_id", nullable = false)
	private List<ModuleProgress> progress = new ArrayList<>();

	protected Participant() {
		// for JPA
	}

	Participant(UUID personId, LocalDate on) {
		this.id = UUID.randomUUID();
		this.personId = personId;
		this.status = ParticipantStatus.ENROLLED;
		this.enrolledOn = on;
	}

	/**
	 * Sets the progress on a module, then whether they completed the track: every required module
	 * completed, on the day the last was (or no longer, when one goes back).
	 * @param required the ids of the track's required modules
	 */
	public void progress(UUID moduleId, ProgressState state, LocalDate today, List<UUID> required) {
		if (this.status == ParticipantStatus.WITHDRAWN) {
			throw new BusinessRuleViolation("toolbox.programme.rule.withdrawn",
					"This participant has withdrawn: their progress no longer changes");
		}
		ModuleProgress entry = progressOn(moduleId).orElseGet(() -> {
			ModuleProgress created = new ModuleProgress(moduleId, today);
			this.progress.add(created);
			return created;
		});
		entry.set(state, today);
		boolean done = !required.isEmpty() && required.stream()
			.allMatch((m) -> progressOn(m).map((p) -> p.state() == ProgressState.COMPLETED).orElse(false));
		if (done) {
			this.status = ParticipantStatus.COMPLETED;
			this.completedOn = required.stream()
				.map((m) -> progressOn(m).orElseThrow().completedOn())
				.max(LocalDate::compareTo)
				.orElse(today);
		}
		else {
			this.status = ParticipantStatus.ENROLLED;
			this.completedOn = null;
		}
	}

	public void withdraw(LocalDate on) {
		if (this.status == ParticipantStatus.WITHDRAWN) {
			return;
		}
		if (this.status == ParticipantStatus.COMPLETED) {
			throw new BusinessRuleViolation("toolbox.programme.rule.completed",
					"This participant completed the track: there is nothing to withdraw from");
		}
		this.status = ParticipantStatus.WITHDRAWN;
		this.withdrawnOn = on;
	}

	public Optional<ModuleProgress> progressOn(UUID moduleId) {
		return this.progress.stream().filter((p) -> p.moduleId().equals(moduleId)).findFirst();
	}

	/** For the demo: every date moves back by the days. */
	void backdate(int days) {
		this.enrolledOn = this.enrolledOn.minusDays(days);
		this.completedOn = (this.completedOn != null) ? this.completedOn.minusDays(days) : null;
		this.withdrawnOn = (this.withdrawnOn != null) ? this.withdrawnOn.minusDays(days) : null;
		this.progress.forEach((p) -> p.backdate(days));
	}

	public UUID id() {
		return this.id;
	}

	public UUID personId() {
		return this.personId;
	}

	public ParticipantStatus status() {
		return this.status;
	}

	public LocalDate enrolledOn() {
		return this.enrolledOn;
	}

	public LocalDate completedOn() {
		return this.completedOn;
	}

	public LocalDate withdrawnOn() {
		return this.withdrawnOn;
	}

	public List<ModuleProgress> progress() {
		return List.copyOf(this.progress);
	}

}

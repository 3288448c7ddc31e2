package io.cocareer.toolbox.programme.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
		if (done(required)) {
			this.status = ParticipantStatus.COMPLETED;
			this.completedOn = lastCompletion(required, today);
		}
		else {
			this.status = ParticipantStatus.ENROLLED;
			this.completedOn = null;
		}
	}

	/**
	 * Completes an enrolled participant who has completed every required module (when the
	 * required modules changed under them), on the day they completed the last.
	 * @return whether they completed now
	 */
	boolean completeIfDone(List<UUID> required) {
		if (this.status != ParticipantStatus.ENROLLED || !done(required)) {
			return false;
		}
		this.status = ParticipantStatus.COMPLETED;
		this.completedOn = lastCompletion(required, null);
		return true;
	}

	/** The modules on which they have progress (in progress or completed). */
	Set<UUID> modulesWithProgress() {
		return this.progress.stream()
			.filter((p) -> p.state() != ProgressState.NOT_STARTED)
			.map(ModuleProgress::moduleId)
			.collect(Collectors.toSet());
	}

	/** Forgets a module they have no progress on (a row set back to not started, if any). */
	void forget(UUID moduleId) {
		progressOn(moduleId).ifPresent((p) -> {
			if (p.state() != ProgressState.NOT_STARTED) {
				throw new IllegalStateException("A module with progress is never forgotten");
			}
			this.progress.remove(p);
		});
	}

	private boolean done(List<UUID> required) {
		return !required.isEmpty() && required.stream()
			.allMatch((m) -> progressOn(m).map((p) -> p.state() == ProgressState.COMPLETED).orElse(false));
	}

	private LocalDate lastCompletion(List<UUID> required, LocalDate otherwise) {
		return required.stream()
			.map((m) -> progressOn(m).orElseThrow().completedOn())
			.max(LocalDate::compareTo)
			.orElse(otherwise);
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

package io.cocareer.toolbox.programme.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.toolbox.programme.ProgressState;

/** A participant's progress on one module: not started, in progress, completed on a day. */
@Entity
@Table(name = "toolbox_programme_progress")
public class ModuleProgress {

	@Id
	private UUID id;

	private UUID moduleId;

	@Enumerated(EnumType.STRING)
	private ProgressState state;

	private LocalDate completedOn;

	private LocalDate updatedOn;

	protected ModuleProgress() {
		// for JPA
	}

	ModuleProgress(UUID moduleId, LocalDate today) {
		this.id = UUID.randomUUID();
		this.moduleId = moduleId;
		this.state = ProgressState.NOT_STARTED;
		this.updatedOn = today;
	}

	void set(ProgressState state, LocalDate today) {
		if (state == this.state) {
			return;
		}
		this.state = state;
		this.completedOn = (state == ProgressState.COMPLETED) ? today : null;
		this.updatedOn = today;
	}

	void backdate(int days) {
		this.completedOn = (this.completedOn != null) ? this.completedOn.minusDays(days) : null;
		this.updatedOn = this.updatedOn.minusDays(days);
	}

	public UUID moduleId() {
		return this.moduleId;
	}

	public ProgressState state() {
		return this.state;
	}

	public LocalDate completedOn() {
		return this.completedOn;
	}

}

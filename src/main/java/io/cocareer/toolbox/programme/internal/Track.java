package io.cocareer.toolbox.programme.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.cocareer.toolbox.programme.TrackKind;

/** A leadership or expert track of a programme: modules in order. */
@Entity
@Table(name = "toolbox_programme_track")
public class Track {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private TrackKind kind;

	private String name;

	private int position;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "track_id", nullable = false)
	@OrderBy("position")
	private List<ProgrammeModule> modules = new ArrayList<>();

	protected Track() {
		// for JPA
	}

	Track(TrackKind kind, String name, int position) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.name = name;
		this.position = position;
	}

	/** A module at the end of the track. */
	public ProgrammeModule addModule(String title, String description, Integer effortHours, boolean required) {
		ProgrammeModule module = new ProgrammeModule(this.modules.size() + 1, title, description, effortHours, required);
		this.modules.add(module);
		return module;
	}

	public UUID id() {
		return this.id;
	}

	public TrackKind kind() {
		return this.kind;
	}

	public String name() {
		return this.name;
	}

	public List<ProgrammeModule> modules() {
		return List.copyOf(this.modules);
	}

}

package io.cocareer.toolbox.programme.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.toolbox.programme.TrackKind;

/** A development programme: its tracks, each with its modules in order. */
@Entity
@Table(name = "toolbox_programme")
public class Programme {

	@Id
	private UUID id;

	private String name;

	private String description;

	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "programme_id", nullable = false)
	@OrderBy("position")
	private List<Track> tracks = new ArrayList<>();

	@Version
	private Long version;

	protected Programme() {
		// for JPA
	}

	public Programme(String name, String description, Instant now) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.description = description;
		this.createdAt = now;
	}

	public Track addTrack(TrackKind kind, String name) {
		Track track = new Track(kind, name, this.tracks.size());
		this.tracks.add(track);
		return track;
	}

	public void describe(String name, String description) {
		this.name = name;
		this.description = description;
	}

	public Optional<Track> track(UUID trackId) {
		return this.tracks.stream().filter((t) -> t.id().equals(trackId)).findFirst();
	}

	/** The track that holds the module. */
	public Optional<Track> trackOfModule(UUID moduleId) {
		return this.tracks.stream().filter((t) -> t.module(moduleId).isPresent()).findFirst();
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public String description() {
		return this.description;
	}

	public List<Track> tracks() {
		return List.copyOf(this.tracks);
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}

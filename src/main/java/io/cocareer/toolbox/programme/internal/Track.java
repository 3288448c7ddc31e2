package io.cocareer.toolbox.programme.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.toolbox.programme.MoveDirection;
import io.cocareer.toolbox.programme.TrackKind;

/**
 * A leadership or expert track of a programme: modules in order. Its kind is what participants
 * signed up for, so it changes only before any cohort of the track began; a module on which a
 * participant has progress keeps its place and stays, so that every record reads as it was made.
 */
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

	public void rename(String name) {
		this.name = name;
	}

	/**
	 * A new kind, refused once a cohort of the track began (started, or anybody enrolled).
	 * @param cohortBegan whether a cohort of this track began
	 */
	public void changeKind(TrackKind kind, boolean cohortBegan) {
		if (kind == null || kind == this.kind) {
			return;
		}
		if (cohortBegan) {
			throw new BusinessRuleViolation("toolbox.programme.track.kindFixed",
					"A cohort of this track has begun: its kind stays what participants signed up for");
		}
		this.kind = kind;
	}

	public void describeModule(UUID moduleId, String title, String description, Integer effortHours) {
		module(moduleId).orElseThrow(ProgrammeAccess::moduleNotFound).describe(title, description, effortHours);
	}

	/**
	 * Swaps the module with its neighbour above or below; refused at either end, and when a
	 * participant has progress on either of the two.
	 * @param withProgress the modules of this track on which a participant of any cohort has progress
	 */
	public void move(UUID moduleId, MoveDirection direction, Set<UUID> withProgress) {
		ProgrammeModule module = module(moduleId).orElseThrow(ProgrammeAccess::moduleNotFound);
		List<ProgrammeModule> ordered = this.modules.stream()
			.sorted(Comparator.comparingInt(ProgrammeModule::position))
			.toList();
		int from = ordered.indexOf(module);
		int to = (direction == MoveDirection.UP) ? from - 1 : from + 1;
		if (to < 0 || to >= ordered.size()) {
			throw new BusinessRuleViolation(
					(direction == MoveDirection.UP) ? "toolbox.programme.module.alreadyFirst"
							: "toolbox.programme.module.alreadyLast",
					(direction == MoveDirection.UP) ? "This module is already the first of its track"
							: "This module is already the last of its track");
		}
		ProgrammeModule neighbour = ordered.get(to);
		for (ProgrammeModule touched : List.of(module, neighbour)) {
			if (withProgress.contains(touched.id())) {
				throw new BusinessRuleViolation("toolbox.programme.module.moveWithProgress",
						"Participants have progress on \"%s\": modules with progress keep their place, as participants followed them",
						touched.title());
			}
		}
		// the list keeps the order it was read in (by position): only the two positions swap
		module.placeAt(to + 1);
		neighbour.placeAt(from + 1);
	}

	/**
	 * Takes the module out of the track (the others close up); refused when a participant has
	 * progress on it.
	 * @param withProgress the modules of this track on which a participant of any cohort has progress
	 */
	public void remove(UUID moduleId, Set<UUID> withProgress) {
		this.modules.remove(requireRemovable(moduleId, withProgress));
		renumber();
	}

	/**
	 * The module, when it may be removed: refused when a participant has progress on it.
	 * @param withProgress the modules of this track on which a participant of any cohort has progress
	 */
	public ProgrammeModule requireRemovable(UUID moduleId, Set<UUID> withProgress) {
		ProgrammeModule module = module(moduleId).orElseThrow(ProgrammeAccess::moduleNotFound);
		if (withProgress.contains(moduleId)) {
			throw new BusinessRuleViolation("toolbox.programme.module.removeWithProgress",
					"Participants have progress on \"%s\": it stays, so that their records stay whole", module.title());
		}
		return module;
	}

	public Optional<ProgrammeModule> module(UUID moduleId) {
		return this.modules.stream().filter((m) -> m.id().equals(moduleId)).findFirst();
	}

	/** The ids of the required modules. */
	public List<UUID> requiredModules() {
		return this.modules.stream().filter(ProgrammeModule::required).map(ProgrammeModule::id).toList();
	}

	/** Positions 1 to n again, in the order they stand. */
	private void renumber() {
		List<ProgrammeModule> ordered = this.modules.stream()
			.sorted(Comparator.comparingInt(ProgrammeModule::position))
			.toList();
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).placeAt(i + 1);
		}
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

	/** The modules in their order (also after a move in this transaction). */
	public List<ProgrammeModule> modules() {
		return this.modules.stream().sorted(Comparator.comparingInt(ProgrammeModule::position)).toList();
	}

}

package io.cocareer.toolbox.assessment.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.cocareer.toolbox.assessment.ExerciseKind;

/** An exercise of a centre: in-tray, role play, group discussion, presentation … with its description. */
@Entity
@Table(name = "assessment_exercise")
public class Exercise {

	@Id
	private UUID id;

	private String name;

	@Enumerated(EnumType.STRING)
	private ExerciseKind kind;

	private String description;

	@Column(name = "position_no")
	private int position;

	protected Exercise() {
		// for JPA
	}

	Exercise(String name, ExerciseKind kind, String description, int position) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.kind = kind;
		this.description = description;
		this.position = position;
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public ExerciseKind kind() {
		return this.kind;
	}

	public String description() {
		return this.description;
	}

	public int position() {
		return this.position;
	}

}

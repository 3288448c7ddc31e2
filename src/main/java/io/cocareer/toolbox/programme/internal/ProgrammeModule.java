package io.cocareer.toolbox.programme.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A module of a track: its place in the order, title, description, expected effort, required or elective. */
@Entity
@Table(name = "toolbox_programme_module")
public class ProgrammeModule {

	@Id
	private UUID id;

	private int position;

	private String title;

	private String description;

	private Integer effortHours;

	private boolean required;

	protected ProgrammeModule() {
		// for JPA
	}

	ProgrammeModule(int position, String title, String description, Integer effortHours, boolean required) {
		this.id = UUID.randomUUID();
		this.position = position;
		this.title = title;
		this.description = description;
		this.effortHours = effortHours;
		this.required = required;
	}

	void describe(String title, String description, Integer effortHours) {
		this.title = title;
		this.description = description;
		this.effortHours = effortHours;
	}

	void placeAt(int position) {
		this.position = position;
	}

	public UUID id() {
		return this.id;
	}

	public int position() {
		return this.position;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public Integer effortHours() {
		return this.effortHours;
	}

	public boolean required() {
		return this.required;
	}

}

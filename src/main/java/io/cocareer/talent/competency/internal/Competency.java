package io.cocareer.talent.competency.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the competency catalogue that profiles pick from. */
@Entity
@Table(name = "competency")
public class Competency {

	@Id
	private UUID id;

	private String name;

	private String category;

	private String description;

	protected Competency() {
		// for JPA
	}

	public Competency(String name, String category, String description) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.category = category;
		this.description = description;
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

}

package io.cocareer.toolbox.workshop.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something the facilitator shares with the enrolled: a title and a link or a text. */
@Entity
@Table(name = "toolbox_workshop_material")
public class Material {

	@Id
	private UUID id;

	private String title;

	private String link;

	private String body;

	private Instant addedAt;

	protected Material() {
		// for JPA
	}

	Material(String title, String link, String body, Instant addedAt) {
		this.id = UUID.randomUUID();
		this.title = title;
		this.link = link;
		this.body = body;
		this.addedAt = addedAt;
	}

	public UUID id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public String link() {
		return this.link;
	}

	public String body() {
		return this.body;
	}

	public Instant addedAt() {
		return this.addedAt;
	}

}

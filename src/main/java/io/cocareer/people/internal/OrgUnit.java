package io.cocareer.people.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "org_unit")
public class OrgUnit {

	@Id
	private UUID id;

	private String code;

	private String name;

	private UUID parentId;

	@Version
	private long version;

	protected OrgUnit() {
		// for JPA
	}

	public OrgUnit(String code, String name, UUID parentId) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.name = name;
		this.parentId = parentId;
	}

	public UUID id() {
		return this.id;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
	}

	public UUID parentId() {
		return this.parentId;
	}

	public void rename(String name) {
		this.name = name;
	}

}

package io.cocareer.network.map.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.network.Arena;
import io.cocareer.network.ContactFrequency;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.map.SaveDeveloper;
import io.cocareer.network.SupportFunction;
import io.cocareer.shared.PersonId;

/**
 * One developer on a talent's map: a person of the organisation (named by their person id, so a
 * change of name shows everywhere) or an external contact named here.
 */
@Entity
@Table(name = "network_developer")
public class Developer {

	@Id
	private UUID id;

	private UUID talentId;

	private UUID personId;

	private String name;

	private String organisation;

	private boolean internal;

	@Enumerated(EnumType.STRING)
	private Arena arena;

	@Enumerated(EnumType.STRING)
	@Column(name = "developer_role")
	private DeveloperRole role;

	private int closeness;

	@Enumerated(EnumType.STRING)
	private ContactFrequency contactFrequency;

	private LocalDate lastContact;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "network_developer_support", joinColumns = @JoinColumn(name = "developer_id"))
	@Column(name = "support_function")
	@Enumerated(EnumType.STRING)
	private Set<SupportFunction> support = new HashSet<>();

	private Instant createdAt;

	// a wrapper: null until stored, so that saving a new developer persists it (a merge of the
	// assigned id would store it a second time, support and all, at version 1)
	@Version
	private Long version;

	protected Developer() {
		// for JPA
	}

	public Developer(UUID talentId, SaveDeveloper details, Instant now) {
		this.id = UUID.randomUUID();
		this.talentId = talentId;
		this.createdAt = now;
		change(details);
	}

	/** Takes the details as given; the service has checked them. */
	public void change(SaveDeveloper details) {
		this.personId = PersonId.valueOf(details.personId());
		this.internal = details.personId() != null;
		this.name = (details.personId() != null) ? null : details.name();
		this.organisation = details.organisation();
		this.arena = details.arena();
		this.role = details.role();
		this.closeness = details.closeness();
		this.contactFrequency = details.contactFrequency();
		this.lastContact = details.lastContact();
		// only a real change touches the collection: Hibernate counts any touch as one (and a new version)
		if (!this.support.equals(details.support())) {
			this.support.clear();
			this.support.addAll(details.support());
		}
	}

	/** The person this developer was is erased: they stay on the map, no longer named. */
	public void forgetPerson(String placeholder) {
		this.personId = null;
		this.name = placeholder;
	}

	public UUID id() {
		return this.id;
	}

	public UUID talentId() {
		return this.talentId;
	}

	public UUID personId() {
		return this.personId;
	}

	public String name() {
		return this.name;
	}

	/** Works for the organisation: named by a person id, or was until that person was erased. */
	public boolean internal() {
		return this.internal;
	}

	public String organisation() {
		return this.organisation;
	}

	public Arena arena() {
		return this.arena;
	}

	public DeveloperRole role() {
		return this.role;
	}

	public int closeness() {
		return this.closeness;
	}

	public ContactFrequency contactFrequency() {
		return this.contactFrequency;
	}

	public LocalDate lastContact() {
		return this.lastContact;
	}

	public Set<SupportFunction> support() {
		return Set.copyOf(this.support);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}

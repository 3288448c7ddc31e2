package io.cocareer.alumni.directory.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An alumnus' profile of themselves after leaving, and whether they are listed in the directory.
 * Made empty and unlisted when their exit completes. Its search text and sort name hold their
 * name as the people module gave it at the last change, for the search alone (pages show the
 * name as it is now).
 */
@Entity
@Table(name = "alumni_profile")
public class AlumniProfile {

	@Id
	private UUID personId;

	private String employer;

	private String roleTitle;

	private String skills;

	private String headline;

	private String location;

	private String linkedinUrl;

	private boolean listed;

	private boolean contactable;

	private String sortName;

	private String searchText;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	@Column(nullable = false)
	private long version;

	protected AlumniProfile() {
		// for JPA
	}

	public AlumniProfile(UUID personId, String firstName, String lastName, boolean contactable, Instant now) {
		this.personId = personId;
		this.contactable = contactable;
		this.createdAt = now;
		this.updatedAt = now;
		rename(firstName, lastName);
	}

	/** The profile as its alumnus saves it. */
	public void change(String employer, String roleTitle, List<String> skills, String headline, String location,
			String linkedinUrl, boolean listed, Instant now) {
		this.employer = employer;
		this.roleTitle = roleTitle;
		this.skills = skills.isEmpty() ? null : String.join("\n", skills);
		this.headline = headline;
		this.location = location;
		this.linkedinUrl = linkedinUrl;
		this.listed = listed;
		this.updatedAt = now;
		index();
	}

	/** The name the search finds them by, as the people module has it now. */
	public void rename(String firstName, String lastName) {
		this.sortName = SearchText.of(lastName, firstName);
		index();
	}

	/** Every word of the name and of the profile (the order of words does not matter to the search). */
	private void index() {
		this.searchText = SearchText.of(this.sortName, this.employer, this.roleTitle, this.skills, this.headline,
				this.location);
	}

	public void contactable(boolean contactable) {
		this.contactable = contactable;
	}

	public UUID personId() {
		return this.personId;
	}

	public String employer() {
		return this.employer;
	}

	public String roleTitle() {
		return this.roleTitle;
	}

	public List<String> skills() {
		return (this.skills == null || this.skills.isEmpty()) ? List.of() : List.of(this.skills.split("\n"));
	}

	public String headline() {
		return this.headline;
	}

	public String location() {
		return this.location;
	}

	public String linkedinUrl() {
		return this.linkedinUrl;
	}

	public boolean listed() {
		return this.listed;
	}

	public boolean contactable() {
		return this.contactable;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return this.version;
	}

}

package io.cocareer.alumni.directory.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.cocareer.alumni.directory.AlumniDirectory;
import io.cocareer.alumni.directory.AlumniProfileView;
import io.cocareer.alumni.directory.SaveProfile;

/** The alumnus' own profile as they fill it in: skills one a line (or separated by commas). */
public class ProfileForm {

	@Size(max = AlumniDirectory.MAX_EMPLOYER, message = "{alumni.directory.validation.tooLong}")
	private String employer;

	@Size(max = AlumniDirectory.MAX_ROLE, message = "{alumni.directory.validation.tooLong}")
	private String role;

	@Size(max = 2000, message = "{alumni.directory.validation.tooLong}")
	private String skills;

	@Size(max = AlumniDirectory.MAX_HEADLINE, message = "{alumni.directory.validation.tooLong}")
	private String headline;

	@Size(max = AlumniDirectory.MAX_LOCATION, message = "{alumni.directory.validation.tooLong}")
	private String location;

	@Size(max = AlumniDirectory.MAX_LINKEDIN, message = "{alumni.directory.validation.tooLong}")
	@Pattern(regexp = "\\s*|\\s*" + AlumniDirectory.LINKEDIN_PATTERN + "\\s*",
			message = "{alumni.directory.profile.linkedinInvalid}")
	private String linkedinUrl;

	private boolean listed;

	private Long version;

	static ProfileForm of(AlumniProfileView profile) {
		ProfileForm form = new ProfileForm();
		form.employer = profile.employer();
		form.role = profile.role();
		form.skills = String.join("\n", profile.skills());
		form.headline = profile.headline();
		form.location = profile.location();
		form.linkedinUrl = profile.linkedinUrl();
		form.listed = Boolean.TRUE.equals(profile.listed());
		form.version = profile.version();
		return form;
	}

	SaveProfile toCommand() {
		return new SaveProfile(this.employer, this.role, skillList(), this.headline, this.location, this.linkedinUrl,
				this.listed);
	}

	List<String> skillList() {
		return (this.skills == null) ? List.of() : Arrays.asList(this.skills.split("[\\n,;]"));
	}

	public String getEmployer() {
		return this.employer;
	}

	public void setEmployer(String employer) {
		this.employer = employer;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getSkills() {
		return this.skills;
	}

	public void setSkills(String skills) {
		this.skills = skills;
	}

	public String getHeadline() {
		return this.headline;
	}

	public void setHeadline(String headline) {
		this.headline = headline;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getLinkedinUrl() {
		return this.linkedinUrl;
	}

	public void setLinkedinUrl(String linkedinUrl) {
		this.linkedinUrl = linkedinUrl;
	}

	public boolean isListed() {
		return this.listed;
	}

	public void setListed(boolean listed) {
		this.listed = listed;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

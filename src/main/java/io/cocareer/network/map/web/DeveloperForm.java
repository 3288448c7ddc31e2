package io.cocareer.network.map.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import io.cocareer.network.Arena;
import io.cocareer.network.ContactFrequency;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.map.NetworkMapView;
import io.cocareer.network.SupportFunction;

import org.springframework.format.annotation.DateTimeFormat;

/** A developer as the add and edit forms hold them: a person picked by name, or an external contact. */
public class DeveloperForm {

	@Size(max = 40, message = "{network.validation.tooLong}")
	private String employeeId;

	@Size(max = 120, message = "{network.validation.tooLong}")
	private String name;

	@Size(max = 120, message = "{network.validation.tooLong}")
	private String organisation;

	@NotNull(message = "{network.field.required}")
	private Arena arena;

	@NotNull(message = "{network.field.required}")
	private DeveloperRole role;

	@NotNull(message = "{network.field.required}")
	@Min(value = 1, message = "{network.developer.closenessRange}")
	@Max(value = 5, message = "{network.developer.closenessRange}")
	private Integer closeness = 3;

	@NotNull(message = "{network.field.required}")
	private ContactFrequency contactFrequency = ContactFrequency.MONTHLY;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PastOrPresent(message = "{network.developer.contactInFuture}")
	private LocalDate lastContact;

	private Set<SupportFunction> support = EnumSet.noneOf(SupportFunction.class);

	private long version;

	static DeveloperForm of(NetworkMapView.DeveloperView developer, String employeeId) {
		DeveloperForm form = new DeveloperForm();
		form.employeeId = employeeId;
		form.name = (developer.personId() == null) ? developer.name() : null;
		form.organisation = developer.organisation();
		form.arena = developer.arena();
		form.role = developer.role();
		form.closeness = developer.closeness();
		form.contactFrequency = developer.contactFrequency();
		form.lastContact = developer.lastContact();
		form.support = developer.support().isEmpty() ? EnumSet.noneOf(SupportFunction.class)
				: EnumSet.copyOf(developer.support());
		form.version = developer.version();
		return form;
	}

	public String getEmployeeId() {
		return this.employeeId;
	}

	public void setEmployeeId(String employeeId) {
		this.employeeId = employeeId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public Arena getArena() {
		return this.arena;
	}

	public void setArena(Arena arena) {
		this.arena = arena;
	}

	public DeveloperRole getRole() {
		return this.role;
	}

	public void setRole(DeveloperRole role) {
		this.role = role;
	}

	public Integer getCloseness() {
		return this.closeness;
	}

	public void setCloseness(Integer closeness) {
		this.closeness = closeness;
	}

	public ContactFrequency getContactFrequency() {
		return this.contactFrequency;
	}

	public void setContactFrequency(ContactFrequency contactFrequency) {
		this.contactFrequency = contactFrequency;
	}

	public LocalDate getLastContact() {
		return this.lastContact;
	}

	public void setLastContact(LocalDate lastContact) {
		this.lastContact = lastContact;
	}

	public Set<SupportFunction> getSupport() {
		return this.support;
	}

	public void setSupport(Set<SupportFunction> support) {
		this.support = (support == null) ? EnumSet.noneOf(SupportFunction.class) : support;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

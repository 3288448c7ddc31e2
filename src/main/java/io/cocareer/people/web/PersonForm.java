package io.cocareer.people.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.cocareer.people.PersonProfile;
import io.cocareer.people.PersonView;
import io.cocareer.people.SavePerson;

import org.springframework.format.annotation.DateTimeFormat;

/** The create and edit form of a person; the manager is given by employee id (usable at any size). */
public class PersonForm {

	@NotBlank(message = "{people.validation.required}")
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}", message = "{people.validation.employeeId}")
	private String employeeId;

	@NotBlank(message = "{people.validation.required}")
	@Size(max = 80, message = "{people.validation.tooLong}")
	private String firstName;

	@NotBlank(message = "{people.validation.required}")
	@Size(max = 80, message = "{people.validation.tooLong}")
	private String lastName;

	@NotBlank(message = "{people.validation.required}")
	@Email(message = "{people.validation.email}")
	@Size(max = 254, message = "{people.validation.tooLong}")
	private String email;

	@Size(max = 120, message = "{people.validation.tooLong}")
	private String title;

	private UUID unitId;

	@Size(max = 40, message = "{people.validation.tooLong}")
	private String managerEmployeeId;

	@NotNull(message = "{people.validation.required}")
	@PastOrPresent(message = "{people.validation.hireDateFuture}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate hireDate;

	private Long version;

	static PersonForm from(PersonProfile profile) {
		PersonView person = profile.person();
		PersonForm form = new PersonForm();
		form.employeeId = person.employeeId();
		form.firstName = person.firstName();
		form.lastName = person.lastName();
		form.email = person.email();
		form.title = person.title();
		form.unitId = person.unitId();
		form.managerEmployeeId = profile.managerEmployeeId();
		form.hireDate = person.hireDate();
		form.version = person.version();
		return form;
	}

	SavePerson toCommand(UUID managerId) {
		return new SavePerson(this.employeeId, this.firstName, this.lastName, this.email, this.title, this.unitId,
				managerId, this.hireDate);
	}

	public String getEmployeeId() {
		return this.employeeId;
	}

	public void setEmployeeId(String employeeId) {
		this.employeeId = employeeId;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public UUID getUnitId() {
		return this.unitId;
	}

	public void setUnitId(UUID unitId) {
		this.unitId = unitId;
	}

	public String getManagerEmployeeId() {
		return this.managerEmployeeId;
	}

	public void setManagerEmployeeId(String managerEmployeeId) {
		this.managerEmployeeId = managerEmployeeId;
	}

	public LocalDate getHireDate() {
		return this.hireDate;
	}

	public void setHireDate(LocalDate hireDate) {
		this.hireDate = hireDate;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

package io.cocareer.network.recruit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

/** What the people module needs to make the candidate a person: the person form's fields. */
public class HireForm {

	@NotBlank(message = "{recruit.field.required}")
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}", message = "{recruit.hire.employeeId}")
	private String employeeId;

	@NotBlank(message = "{recruit.field.required}")
	@Size(max = 80, message = "{recruit.field.tooLong}")
	private String firstName;

	@NotBlank(message = "{recruit.field.required}")
	@Size(max = 80, message = "{recruit.field.tooLong}")
	private String lastName;

	@NotBlank(message = "{recruit.field.required}")
	@Email(message = "{recruit.hire.email}")
	@Size(max = 254, message = "{recruit.field.tooLong}")
	private String email;

	@Size(max = 120, message = "{recruit.field.tooLong}")
	private String title;

	private UUID unitId;

	@Size(max = 40, message = "{recruit.field.tooLong}")
	private String managerEmployeeId;

	@NotNull(message = "{recruit.field.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate hireDate;

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

}

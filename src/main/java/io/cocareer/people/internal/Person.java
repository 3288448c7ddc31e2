package io.cocareer.people.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.cocareer.people.PersonStatus;
import io.cocareer.shared.BusinessRuleViolation;

/**
 * A person of the organisation. Employment periods are part of the aggregate: leaving closes
 * the open period, a rehire opens a new one, and the history stays.
 */
@Entity
@Table(name = "person")
public class Person {

	@Id
	private UUID id;

	private String employeeId;

	private String email;

	private String firstName;

	private String lastName;

	private String title;

	private UUID unitId;

	private UUID managerId;

	private LocalDate hireDate;

	@Enumerated(EnumType.STRING)
	private PersonStatus status;

	private String searchText;

	/** The day the person's personal data was erased: the row stays, for what refers to it. */
	private LocalDate erasedOn;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "person_id", nullable = false)
	private List<EmploymentPeriod> employmentPeriods = new ArrayList<>();

	protected Person() {
		// for JPA
	}

	public static Person hire(String employeeId, String firstName, String lastName, String email, String title,
			UUID unitId, LocalDate hireDate, Instant now) {
		Person person = new Person();
		person.id = UUID.randomUUID();
		person.createdAt = now;
		person.status = PersonStatus.ACTIVE;
		person.employmentPeriods.add(new EmploymentPeriod(hireDate));
		person.change(employeeId, firstName, lastName, email, title, unitId, hireDate, now);
		return person;
	}

	public void change(String employeeId, String firstName, String lastName, String email, String title, UUID unitId,
			LocalDate hireDate, Instant now) {
		this.employeeId = employeeId.strip();
		this.firstName = firstName.strip();
		this.lastName = lastName.strip();
		this.email = normaliseEmail(email);
		this.title = (title == null || title.isBlank()) ? null : title.strip();
		this.unitId = unitId;
		this.hireDate = hireDate;
		this.updatedAt = now;
		this.searchText = searchTextOf(this.firstName, this.lastName, this.email, this.employeeId, this.title);
	}

	/** Reporting lines must stay a tree: nobody manages themselves. Cycles are checked by the service. */
	public void reportTo(UUID managerId) {
		if (this.id.equals(managerId)) {
			throw new BusinessRuleViolation("people.rule.selfManager", "A person cannot be their own manager");
		}
		this.managerId = managerId;
	}

	public void leave(LocalDate on, String reason, Instant now) {
		if (this.status == PersonStatus.LEFT) {
			throw new BusinessRuleViolation("people.rule.alreadyLeft", "This person has already left");
		}
		EmploymentPeriod current = currentPeriod();
		if (on.isBefore(current.startedOn())) {
			throw new BusinessRuleViolation("people.rule.leaveBeforeStart",
					"Leaving date is before the start of the current employment");
		}
		current.end(on, reason);
		this.status = PersonStatus.LEFT;
		this.managerId = null;
		this.updatedAt = now;
	}

	public void rehire(LocalDate on, UUID unitId, Instant now) {
		if (this.status != PersonStatus.LEFT) {
			throw new BusinessRuleViolation("people.rule.notLeft", "Only someone who has left can be rehired");
		}
		LocalDate lastEnd = lastPeriod().endedOn();
		if (lastEnd != null && !on.isAfter(lastEnd)) {
			throw new BusinessRuleViolation("people.rule.rehireBeforeLeaving", "A rehire must start after the last leaving date");
		}
		this.employmentPeriods.add(new EmploymentPeriod(on));
		this.status = PersonStatus.ACTIVE;
		this.unitId = unitId;
		this.updatedAt = now;
	}

	/**
	 * Erases what identifies the person, keeping the row (and its id) for what refers to it: the
	 * name goes blank (pages show a neutral label), the email and the employee id are replaced by
	 * values made of the id (both must stay unique, and the employee id is what HR's import would
	 * match the person again by), the title, unit and manager go. Only someone who has left.
	 */
	public void erase(LocalDate on, Instant now) {
		if (this.erasedOn != null) {
			throw new BusinessRuleViolation("people.erase.already", "This person has already been erased");
		}
		if (this.status != PersonStatus.LEFT) {
			throw new BusinessRuleViolation("people.erase.notLeft",
					"Only a person who has left the organisation can be erased");
		}
		String token = this.id.toString().replace("-", "");
		this.employeeId = "ERASED-" + token;
		this.email = "erased-" + token + "@erased.invalid";
		this.firstName = "";
		this.lastName = "";
		this.title = null;
		this.unitId = null;
		this.managerId = null;
		this.searchText = "";
		this.erasedOn = on;
		this.updatedAt = now;
	}

	public boolean erased() {
		return this.erasedOn != null;
	}

	public static String normaliseEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public static String searchTextOf(String firstName, String lastName, String email, String employeeId, String title) {
		String text = String.join(" ", firstName, lastName, email, employeeId, (title != null) ? title : "");
		return text.toLowerCase(Locale.ROOT);
	}

	private EmploymentPeriod currentPeriod() {
		EmploymentPeriod last = lastPeriod();
		if (last.endedOn() != null) {
			throw new BusinessRuleViolation("people.rule.noCurrentEmployment", "This person has no current employment");
		}
		return last;
	}

	private EmploymentPeriod lastPeriod() {
		return this.employmentPeriods.stream().max(Comparator.comparing(EmploymentPeriod::startedOn)).orElseThrow();
	}

	public UUID id() {
		return this.id;
	}

	public String employeeId() {
		return this.employeeId;
	}

	public String email() {
		return this.email;
	}

	public String firstName() {
		return this.firstName;
	}

	public String lastName() {
		return this.lastName;
	}

	public String title() {
		return this.title;
	}

	public UUID unitId() {
		return this.unitId;
	}

	public UUID managerId() {
		return this.managerId;
	}

	public LocalDate hireDate() {
		return this.hireDate;
	}

	public PersonStatus status() {
		return this.status;
	}

	public long version() {
		return this.version;
	}

	public List<EmploymentPeriod> employmentPeriods() {
		return this.employmentPeriods.stream().sorted(Comparator.comparing(EmploymentPeriod::startedOn)).toList();
	}

}

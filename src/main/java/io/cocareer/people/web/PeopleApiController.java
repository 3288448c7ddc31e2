package io.cocareer.people.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.cocareer.people.EmploymentPeriodView;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PersonProfile;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.people.SavePerson;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** People as JSON: the directory, a person (history only for who may see it), and HR's writes. */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApiController {

	private final PeopleService people;

	PeopleApiController(PeopleService people) {
		this.people = people;
	}

	@GetMapping
	PageResponse search(@RequestParam(required = false) String q, @RequestParam(required = false) UUID unit,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Actor actor) {
		PageResult<PersonSummary> result = this.people.search(actor, q, unit, Paging.of(page, size));
		return new PageResponse(result.items().stream().map(PersonItem::from).toList(), result.page(), result.size(),
				result.total());
	}

	@GetMapping("/{id}")
	PersonResponse get(@PathVariable UUID id, Actor actor) {
		return PersonResponse.from(this.people.profile(actor, id));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<PersonResponse> create(@Valid @RequestBody PersonRequest request, Actor actor) {
		UUID id = this.people.create(actor, request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/people/" + id))
			.body(PersonResponse.from(this.people.profile(actor, id)));
	}

	@PutMapping("/{id}")
	PersonResponse update(@PathVariable UUID id, @Valid @RequestBody UpdatePersonRequest request, Actor actor) {
		this.people.update(actor, id, request.person().toCommand(), request.version());
		return PersonResponse.from(this.people.profile(actor, id));
	}

	@PostMapping("/{id}/leaving")
	PersonResponse recordLeaving(@PathVariable UUID id, @Valid @RequestBody LeavingRequest request, Actor actor) {
		this.people.recordLeaving(actor, id, request.leftOn(), request.reason().strip());
		return PersonResponse.from(this.people.profile(actor, id));
	}

	@PostMapping("/{id}/rehire")
	PersonResponse rehire(@PathVariable UUID id, @Valid @RequestBody RehireRequest request, Actor actor) {
		this.people.rehire(actor, id, request.rehiredOn(), request.unitId());
		return PersonResponse.from(this.people.profile(actor, id));
	}

	/**
	 * Erases a person who has left (the talent lead alone): the person as they are afterwards, named
	 * by the neutral label. Refused with a problem for anyone still employed.
	 */
	@PostMapping("/{id}/erasure")
	PersonResponse erase(@PathVariable UUID id, Actor actor) {
		this.people.erase(actor, id);
		return PersonResponse.from(this.people.profile(actor, id));
	}

	/** The same CSV as the page's export (the import's columns), streamed. */
	@ApiResponse(responseCode = "200", description = "The people as CSV, in the import's columns",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@GetMapping("/export")
	void export(Actor actor, HttpServletResponse response) throws IOException {
		this.people.requireManagePeople(actor);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"people.csv\"");
		this.people.exportCsv(actor, response.getWriter());
	}

	record PageResponse(List<PersonItem> items, int page, int size, long total) {

	}

	record PersonItem(UUID id, String employeeId, String name, @Nullable String email, @Nullable String title,
			@Nullable String unit, String status) {

		static PersonItem from(PersonSummary summary) {
			return new PersonItem(summary.id(), summary.employeeId(), summary.fullName(), summary.email(),
					summary.title(), summary.unitName(), summary.status().name());
		}

	}

	record PersonRequest(
			@NotBlank(message = "{people.validation.required}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}",
					message = "{people.validation.employeeId}") String employeeId,
			@NotBlank(message = "{people.validation.required}") @Size(max = 80) String firstName,
			@NotBlank(message = "{people.validation.required}") @Size(max = 80) String lastName,
			@NotBlank(message = "{people.validation.required}") @Email(message = "{people.validation.email}") @Size(max = 254) String email,
			@Size(max = 120) String title, UUID unitId, UUID managerId,
			@NotNull(message = "{people.validation.required}") @PastOrPresent(
					message = "{people.validation.hireDateFuture}") LocalDate hireDate) {

		SavePerson toCommand() {
			return new SavePerson(this.employeeId, this.firstName, this.lastName, this.email, this.title, this.unitId,
					this.managerId, this.hireDate);
		}

	}

	/** A person as read (with its version), changed and sent back. */
	record UpdatePersonRequest(
			@NotBlank(message = "{people.validation.required}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}",
					message = "{people.validation.employeeId}") String employeeId,
			@NotBlank(message = "{people.validation.required}") @Size(max = 80) String firstName,
			@NotBlank(message = "{people.validation.required}") @Size(max = 80) String lastName,
			@NotBlank(message = "{people.validation.required}") @Email(message = "{people.validation.email}") @Size(max = 254) String email,
			@Size(max = 120) String title, UUID unitId, UUID managerId,
			@NotNull(message = "{people.validation.required}") @PastOrPresent(
					message = "{people.validation.hireDateFuture}") LocalDate hireDate,
			@NotNull(message = "{people.validation.required}") Long version) {

		PersonRequest person() {
			return new PersonRequest(this.employeeId, this.firstName, this.lastName, this.email, this.title,
					this.unitId, this.managerId, this.hireDate);
		}

	}

	record LeavingRequest(@NotNull(message = "{people.validation.required}") LocalDate leftOn,
			@NotBlank(message = "{people.validation.required}") @Size(max = 200) String reason) {

	}

	record RehireRequest(@NotNull(message = "{people.validation.required}") LocalDate rehiredOn, UUID unitId) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PersonResponse(UUID id, String employeeId, String firstName, String lastName, String name, String email,
			@Nullable String title, @Nullable UUID unitId, @Nullable String unit, @Nullable UUID managerId,
			@Nullable String managerName, @Nullable String managerEmployeeId, LocalDate hireDate, String status,
			long version, List<PersonItem> directReports, List<Period> employmentHistory) {

		static PersonResponse from(PersonProfile profile) {
			PersonView p = profile.person();
			List<Period> history = profile.historyVisible()
					? profile.employmentHistory().stream().map(Period::from).toList() : null;
			return new PersonResponse(p.id(), p.employeeId(), p.firstName(), p.lastName(), p.fullName(), p.email(),
					p.title(), p.unitId(), p.unitName(), p.managerId(), p.managerName(), profile.managerEmployeeId(),
					p.hireDate(), p.status().name(), p.version(),
					profile.directReports().stream().map(PersonItem::from).toList(), history);
		}

	}

	record Period(LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable String endReason) {

		static Period from(EmploymentPeriodView view) {
			return new Period(view.startedOn(), view.endedOn(), view.endReason());
		}

	}

}

package io.cocareer.people.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.people.PeopleService;
import io.cocareer.people.UnitView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organisation units as JSON. */
@RestController
@RequestMapping("/api/v1/units")
class UnitApiController {

	private final PeopleService people;

	UnitApiController(PeopleService people) {
		this.people = people;
	}

	@GetMapping
	List<UnitResponse> list(Actor actor) {
		return this.people.units(actor).stream().map(UnitResponse::from).toList();
	}

	@GetMapping("/{id}")
	UnitResponse get(@PathVariable UUID id, Actor actor) {
		return this.people.units(actor).stream()
			.filter((unit) -> unit.id().equals(id))
			.findFirst()
			.map(UnitResponse::from)
			.orElseThrow(() -> new NotFoundException("people.unit.notFound", "Unit %s not found".formatted(id), id));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<UnitResponse> create(@Valid @RequestBody UnitRequest request, Actor actor) {
		UUID id = this.people.createUnit(actor, request.code(), request.name(), request.parentId());
		return ResponseEntity.created(URI.create("/api/v1/units/" + id)).body(get(id, actor));
	}

	record UnitRequest(
			@NotBlank(message = "{people.validation.required}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}",
					message = "{people.validation.unitCode}") String code,
			@NotBlank(message = "{people.validation.required}") @Size(max = 120) String name, UUID parentId) {

	}

	record UnitResponse(UUID id, String code, String name, @Nullable UUID parentId, @Nullable String parentName,
			long headcount) {

		static UnitResponse from(UnitView unit) {
			return new UnitResponse(unit.id(), unit.code(), unit.name(), unit.parentId(), unit.parentName(),
					unit.headcount());
		}

	}

}

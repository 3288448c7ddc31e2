package io.cocareer.talent.competency.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.talent.competency.CompetencyService;
import io.cocareer.talent.CompetencyView;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The competency catalogue over JSON: everyone reads it, the talent lead adds to it (403 for
 * others). Its schemas are {@code TalentCompetency…}.
 */
@RestController
@RequestMapping("/api/v1/competencies")
class TalentCompetencyApiController {

	private final CompetencyService competencies;

	TalentCompetencyApiController(CompetencyService competencies) {
		this.competencies = competencies;
	}

	@GetMapping
	List<Response> competencies() {
		return this.competencies.competencies().stream().map(Response::of).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<Response> addCompetency(Actor actor, @Valid @RequestBody Request request) {
		UUID id = this.competencies.addCompetency(actor, request.name(), request.category(), request.description());
		CompetencyView created = this.competencies.competencies()
			.stream()
			.filter((competency) -> competency.id().equals(id))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/competencies/" + id)).body(Response.of(created));
	}

	/** Schema {@code TalentCompetencyResponse}. */
	record Response(UUID id, String name, String category, @Nullable String description) {

		static Response of(CompetencyView view) {
			return new Response(view.id(), view.name(), view.category(), view.description());
		}

	}

	/** Schema {@code TalentCompetencyRequest}. */
	record Request(@NotBlank @Size(max = 80) String name, @NotBlank @Size(max = 40) String category,
			@Size(max = 400) String description) {

	}

}

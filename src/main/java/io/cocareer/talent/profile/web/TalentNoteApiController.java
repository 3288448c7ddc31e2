package io.cocareer.talent.profile.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.cocareer.shared.Actor;
import io.cocareer.talent.NoteView;
import io.cocareer.talent.profile.TalentProfileService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notes on a talent's profile over JSON: read by whoever reads the profile (404 for anyone
 * else), written by the manager and the talent lead. Its schemas are {@code TalentNote…}.
 */
@RestController
@RequestMapping("/api/v1/talents/{personId}/notes")
class TalentNoteApiController {

	private final TalentProfileService profiles;

	TalentNoteApiController(TalentProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	List<Response> notes(Actor actor, @PathVariable UUID personId) {
		return this.profiles.notes(actor, personId).stream().map(Response::of).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<Response> addNote(Actor actor, @PathVariable UUID personId, @Valid @RequestBody Request request) {
		UUID noteId = this.profiles.addNote(actor, personId, request.body());
		NoteView note = this.profiles.notes(actor, personId)
			.stream()
			.filter((candidate) -> candidate.id().equals(noteId))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/talents/" + personId + "/notes/" + noteId))
			.body(Response.of(note));
	}

	/** Schema {@code TalentNoteRequest}. */
	record Request(@NotBlank @Size(max = 4000) String body) {

	}

	/** Schema {@code TalentNoteResponse}. */
	record Response(UUID id, String authorName, String body, Instant createdAt) {

		static Response of(NoteView note) {
			return new Response(note.id(), note.authorName(), note.body(), note.createdAt());
		}

	}

}

package io.cocareer.alumni.exit.web;

import java.net.URI;
import java.util.List;

import io.cocareer.alumni.ExitReasonKind;
import io.cocareer.alumni.exit.ExitReasonService;
import io.cocareer.alumni.exit.ExitReasonView;
import io.cocareer.alumni.exit.SaveExitReason;
import io.cocareer.shared.Actor;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The talent lead's taxonomy of exit reasons over JSON. */
@RestController
@RequestMapping("/api/v1/exit-reasons")
class ExitReasonApiController {

	private final ExitReasonService reasons;

	ExitReasonApiController(ExitReasonService reasons) {
		this.reasons = reasons;
	}

	@GetMapping
	List<ExitReasonView> all(Actor actor) {
		return this.reasons.all(actor);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ExitReasonView> create(Actor actor, @RequestBody ReasonRequest request) {
		String code = this.reasons.create(actor, request.toCommand(true));
		return ResponseEntity.created(URI.create("/api/v1/exit-reasons/" + code)).body(this.reasons.find(code).orElseThrow());
	}

	@PutMapping("/{code}")
	ExitReasonView change(Actor actor, @PathVariable String code, @RequestBody ReasonRequest request) {
		this.reasons.change(actor, code, request.toCommand(false), request.version());
		return this.reasons.find(code).orElseThrow();
	}

	record ReasonRequest(@Nullable String code, @Nullable String label, @Nullable ExitReasonKind kind,
			@Nullable Boolean active, @Nullable Long version) {

		SaveExitReason toCommand(boolean creating) {
			return new SaveExitReason(this.code, this.label, this.kind, (this.active == null) || this.active);
		}

	}

}

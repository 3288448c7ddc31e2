package io.cocareer.tour.support.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.shared.Actor;
import io.cocareer.shared.TourId;
import io.cocareer.tour.Impact;
import io.cocareer.tour.support.OverdueWorkItem;
import io.cocareer.tour.support.TourWorkService;
import io.cocareer.tour.support.WorkItemDraft;
import io.cocareer.tour.support.WorkItemKind;
import io.cocareer.tour.support.WorkItemStatus;
import io.cocareer.tour.support.WorkItemView;

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

/**
 * A running tour's resource requests and obstacles over JSON, with the rules of the page: a tour
 * the caller is not part of is a 404 (the sponsor's too); items are added and changed while the
 * tour runs (409 otherwise); a stale version is a 409. The talent lead reads all overdue items.
 */
@RestController
@RequestMapping("/api/v1/tours")
class TourWorkApiController {

	private final TourWorkService work;

	TourWorkApiController(TourWorkService work) {
		this.work = work;
	}

	@GetMapping("/{id}/work")
	List<WorkItemView> list(Actor actor, @PathVariable UUID id) {
		return this.work.items(actor, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/work")
	ResponseEntity<WorkItemView> add(Actor actor, @PathVariable UUID id, @Valid @RequestBody AddRequest request) {
		UUID itemId = this.work.add(actor, TourId.of(id), request.kind(), request.draft());
		return ResponseEntity.created(URI.create("/api/v1/tours/" + id + "/work/" + itemId))
			.body(this.work.item(actor, TourId.of(id), itemId));
	}

	@GetMapping("/{id}/work/{itemId}")
	WorkItemView get(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId) {
		return this.work.item(actor, TourId.of(id), itemId);
	}

	@PutMapping("/{id}/work/{itemId}")
	WorkItemView update(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId,
			@Valid @RequestBody UpdateRequest request) {
		this.work.update(actor, TourId.of(id), itemId, request.draft(), request.version());
		return this.work.item(actor, TourId.of(id), itemId);
	}

	/** Every open item past its date on a running tour: the talent lead only (403 otherwise). */
	@GetMapping("/overdue-items")
	List<OverdueWorkItem> overdue(Actor actor) {
		return this.work.overdueItems(actor);
	}

	/**
	 * A new resource request (what, why) or obstacle (what = its description, impact), with its
	 * owner by id or employee id, and its date.
	 */
	record AddRequest(@NotNull WorkItemKind kind, @NotNull @Size(max = 300) String what,
			@Size(max = 2000) String why, Impact impact, UUID ownerId, @Size(max = 20) String ownerEmployeeId,
			@NotNull LocalDate dueOn) {

		WorkItemDraft draft() {
			return new WorkItemDraft(this.what, this.why, this.impact, this.ownerId, this.ownerEmployeeId, this.dueOn,
					null, null);
		}

	}

	/** The item as it should be now: all of its fields, its status (with a note to decline or resolve) and the version read. */
	record UpdateRequest(@NotNull @Size(max = 300) String what, @Size(max = 2000) String why, Impact impact,
			UUID ownerId, @Size(max = 20) String ownerEmployeeId, @NotNull LocalDate dueOn,
			@NotNull WorkItemStatus status, @Size(max = 2000) String statusNote, @NotNull @Min(0) Long version) {

		WorkItemDraft draft() {
			return new WorkItemDraft(this.what, this.why, this.impact, this.ownerId, this.ownerEmployeeId, this.dueOn,
					this.status, this.statusNote);
		}

	}

}

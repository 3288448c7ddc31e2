package io.cocareer.tour.agreement.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.cocareer.shared.Actor;
import io.cocareer.shared.TourId;
import io.cocareer.tour.agreement.AgreementService;
import io.cocareer.tour.agreement.AgreementTerms;
import io.cocareer.tour.agreement.AgreementView;
import io.cocareer.tour.agreement.AgreementsView;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * A tour's agreement over JSON, with the rules of the page: the organisation side drafts, sends
 * and amends; talent and manager sign (the talent acknowledging the Right of First Conversation);
 * a signed version is frozen (409 {@code tour.agreement.signed}); a share that takes the talent
 * past 100 % is refused with the numbers (400 on {@code timeShare}).
 */
@RestController
@RequestMapping("/api/v1/tours/{id}/agreement")
class AgreementApiController {

	private final AgreementService agreements;

	private final AgreementPdf pdf;

	AgreementApiController(AgreementService agreements, AgreementPdf pdf) {
		this.agreements = agreements;
		this.pdf = pdf;
	}

	/** Every version, the current one, the binding one, and what the caller may do. */
	@GetMapping
	AgreementsView get(Actor actor, @PathVariable UUID id) {
		return this.agreements.get(actor, id);
	}

	@GetMapping("/versions/{versionNo}")
	AgreementView version(Actor actor, @PathVariable UUID id, @PathVariable int versionNo) {
		return this.agreements.document(actor, id, versionNo);
	}

	@GetMapping(path = "/versions/{versionNo}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id, @PathVariable int versionNo) {
		AgreementView agreement = this.agreements.document(actor, id, versionNo);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(AgreementPdf.fileName(agreement)).build().toString())
			.body(this.pdf.render(agreement, Locale.ENGLISH));
	}

	/** Writes the draft (the first version, the current draft, or an open amendment). */
	@PutMapping("/draft")
	AgreementsView saveDraft(Actor actor, @PathVariable UUID id, @Valid @RequestBody DraftRequest request) {
		this.agreements.saveDraft(actor, TourId.of(id), request.terms(), request.version());
		return this.agreements.get(actor, id);
	}

	@PostMapping("/send")
	AgreementsView send(Actor actor, @PathVariable UUID id) {
		this.agreements.send(actor, TourId.of(id));
		return this.agreements.get(actor, id);
	}

	@PostMapping("/sign")
	AgreementsView sign(Actor actor, @PathVariable UUID id, @Valid @RequestBody SignRequest request) {
		this.agreements.sign(actor, TourId.of(id), Boolean.TRUE.equals(request.rofcAcknowledged()));
		return this.agreements.get(actor, id);
	}

	@PostMapping("/ask-changes")
	AgreementsView askForChanges(Actor actor, @PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
		this.agreements.askForChanges(actor, id, request.reason());
		return this.agreements.get(actor, id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/amendments")
	ResponseEntity<AgreementsView> amend(Actor actor, @PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
		this.agreements.amend(actor, id, request.reason());
		return ResponseEntity.status(201).body(this.agreements.get(actor, id));
	}

	record DraftRequest(@Size(max = 4000) String scope, @NotNull LocalDate startOn, @NotNull LocalDate endOn,
			@NotNull @Min(5) @Max(100) Integer timeShare, @Size(max = 4000) String deliverables,
			@Size(max = 4000) String learningGoals, @Size(max = 4000) String visibilityMoments,
			@Size(max = 4000) String companyResources, @Size(max = 4000) String companySponsorship,
			@Size(max = 4000) String companyCoaching, @Size(max = 4000) String companyExposure,
			@Size(max = 4000) String companyFollowOn, @Size(max = 4000) String companyReference,
			@Size(max = 4000) String talentCommitments, @NotNull LocalDate nextConversationOn,
			@Min(0) Long version) {

		AgreementTerms terms() {
			return new AgreementTerms(this.scope, this.startOn, this.endOn, this.timeShare, this.deliverables,
					this.learningGoals, this.visibilityMoments, this.companyResources, this.companySponsorship,
					this.companyCoaching, this.companyExposure, this.companyFollowOn, this.companyReference,
					this.talentCommitments, this.nextConversationOn);
		}

	}

	record SignRequest(Boolean rofcAcknowledged) {

	}

	record ReasonRequest(@Size(max = 2000) String reason) {

	}

}

package io.cocareer.tour.agreement.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.shared.Actor;
import io.cocareer.shared.TourId;
import io.cocareer.shared.web.PageProblems;
import io.cocareer.tour.TourService;
import io.cocareer.tour.agreement.AgreementService;
import io.cocareer.tour.agreement.AgreementView;
import io.cocareer.tour.agreement.AgreementsView;
import io.cocareer.tour.web.TourPages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A tour's agreement page: the document (any version), the draft form for the organisation side,
 * sending, signing, asking for changes, amending, and the PDF of the same document.
 */
@Controller
@RequestMapping("/tours/{id}")
class AgreementController {

	static final String VIEW = "tours/agreement/agreement";

	private final TourService tours;

	private final AgreementService agreements;

	private final AgreementPdf pdf;

	AgreementController(TourService tours, AgreementService agreements, AgreementPdf pdf) {
		this.tours = tours;
		this.agreements = agreements;
		this.pdf = pdf;
	}

	@GetMapping("/agreement")
	String page(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer version, Model model) {
		AgreementsView page = this.agreements.get(actor, id);
		model.addAttribute("form", form(page));
		return page(actor, id, page, version, model);
	}

	@PostMapping("/agreement")
	String save(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.checkDates(result);
		if (!result.hasErrors()) {
			int[] no = new int[1];
			Optional<PageProblems.Refusal> refused = TourPages.PROBLEMS
				.refusal(() -> no[0] = this.agreements.saveDraft(actor, TourId.of(id), form.terms(), form.getVersion()));
			if (refused.isEmpty()) {
				redirect.addFlashAttribute("message", "tour.agreement.saved");
				redirect.addFlashAttribute("messageArgs", new Object[] { no[0] });
				return "redirect:/tours/" + id + "/agreement";
			}
			if (refused.get().invalidInput() || refused.get().stale()) {
				refused.get().rejectIn(result);
			}
			else {
				// shown above the page: the form itself may be gone (a signed agreement offers an amendment instead)
				refused.get().show(model);
			}
		}
		return page(actor, id, this.agreements.get(actor, id), null, model);
	}

	@PostMapping("/agreement/send")
	String send(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "tour.agreement.sentDone", () -> this.agreements.send(actor, TourId.of(id)));
	}

	@PostMapping("/agreement/sign")
	String sign(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean rofcAcknowledged,
			RedirectAttributes redirect) {
		return act(id, redirect, "tour.agreement.signedDone", () -> this.agreements.sign(actor, TourId.of(id), rofcAcknowledged));
	}

	@PostMapping("/agreement/ask-changes")
	String askForChanges(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "tour.agreement.changesAskedDone",
				() -> this.agreements.askForChanges(actor, id, reason));
	}

	@PostMapping("/agreement/amend")
	String amend(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "tour.agreement.amendmentStartedDone", () -> this.agreements.amend(actor, id, reason));
	}

	@GetMapping("/agreement.pdf")
	ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer version,
			Locale locale) {
		AgreementView agreement = this.agreements.document(actor, id, version);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(AgreementPdf.fileName(agreement)).build().toString())
			.body(this.pdf.render(agreement, locale));
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		Optional<PageProblems.Refusal> refused = TourPages.PROBLEMS.refusal(action);
		refused.ifPresentOrElse((r) -> {
			r.flash(redirect);
			if (r.invalidInput()) {
				// the agreement's one field outside a form (the acknowledgement) is marked too
				redirect.addFlashAttribute("problemField", r.field());
			}
		}, () -> redirect.addFlashAttribute("message", done));
		return "redirect:/tours/" + id + "/agreement";
	}

	private static AgreementForm form(AgreementsView page) {
		if (page.current() != null) {
			return AgreementForm.of(page.current().terms(), page.current().version());
		}
		return AgreementForm.of(page.proposal(), null);
	}

	private String page(Actor actor, UUID id, AgreementsView page, Integer version, Model model) {
		model.addAttribute("tour", this.tours.get(actor, id));
		model.addAttribute("profile", this.tours.talentProfile(actor, TourId.of(id)).orElse(null));
		model.addAttribute("agreement", page);
		AgreementView doc = page.current();
		if (version != null) {
			doc = this.agreements.document(actor, id, version);
		}
		model.addAttribute("doc", doc);
		return VIEW;
	}

}

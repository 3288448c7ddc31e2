package io.cocareer.alumni.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import io.cocareer.alumni.ContactCadence;
import io.cocareer.alumni.ContactChannel;
import io.cocareer.alumni.portal.AlumniPortalService;
import io.cocareer.alumni.portal.AlumniPostService;
import io.cocareer.alumni.portal.AlumniReferralService;
import io.cocareer.alumni.register.AlumnusRecord;
import io.cocareer.shared.Actor;
import io.cocareer.shared.web.PageProblems;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alumnus' portal pages: news, opportunities with "I'm interested", referring a candidate,
 * consent settings, their data, erasure and the career record (page and PDF).
 */
@Controller
@RequestMapping("/portal")
class PortalController {

	private static final PageProblems PROBLEMS = new PageProblems("alumni.portal.stale");

	private final AlumniPostService posts;

	private final AlumniReferralService referrals;

	private final AlumniPortalService portal;

	private final CareerRecordPdf pdf;

	PortalController(AlumniPostService posts, AlumniReferralService referrals, AlumniPortalService portal,
			CareerRecordPdf pdf) {
		this.posts = posts;
		this.referrals = referrals;
		this.portal = portal;
		this.pdf = pdf;
	}

	@GetMapping("/news")
	String news(Actor actor, Model model) {
		model.addAttribute("posts", this.posts.news(actor));
		return "alumni/portal/news";
	}

	@GetMapping("/opportunities")
	String opportunities(Actor actor, Model model) {
		var all = this.posts.opportunities(actor);
		model.addAttribute("open", all.stream().filter((p) -> p.open()).toList());
		model.addAttribute("closed", all.stream().filter((p) -> !p.open()).toList());
		model.addAttribute("mayExpressInterest", this.posts.mayExpressInterest(actor));
		return "alumni/portal/opportunities";
	}

	@PostMapping("/opportunities/{postId}/interest")
	String interested(Actor actor, @PathVariable UUID postId, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.posts.expressInterest(actor, postId))) {
			redirect.addFlashAttribute("message", "alumni.portal.interest.recorded");
		}
		return "redirect:/portal/opportunities#post-" + postId;
	}

	@GetMapping("/referrals")
	String referrals(Actor actor, Model model) {
		return referralsPage(actor, new ReferralForm(), model);
	}

	@PostMapping("/referrals")
	String refer(Actor actor, @Valid @ModelAttribute("referralForm") ReferralForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.getPostId() == null && (form.getReferredFor() == null || form.getReferredFor().isBlank())) {
			result.rejectValue("referredFor", "alumni.portal.referral.forRequired");
		}
		if (!result.hasErrors() && PROBLEMS.created(result, () -> this.referrals.refer(actor, form.toCommand())).isPresent()) {
			redirect.addFlashAttribute("message", "alumni.portal.referral.made");
			return "redirect:/portal/referrals";
		}
		return referralsPage(actor, form, model);
	}

	@GetMapping("/consent")
	String consent(Actor actor, Model model) {
		AlumnusRecord record = this.portal.myRecord(actor).orElse(null);
		return consentPage(actor, record, ConsentForm.of((record != null) ? record.consent() : null), model);
	}

	@PostMapping("/consent")
	String changeConsent(Actor actor, @Valid @ModelAttribute("consentForm") ConsentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && PROBLEMS.saved(result,
				() -> this.portal.changeConsent(actor, form.getEmail(), form.getChannels(), form.getCadence()))) {
			redirect.addFlashAttribute("message", "alumni.portal.consent.changed");
			return "redirect:/portal/consent";
		}
		return consentPage(actor, this.portal.myRecord(actor).orElse(null), form, model);
	}

	@PostMapping("/consent/withdraw")
	String withdraw(Actor actor, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.portal.withdrawConsent(actor))) {
			redirect.addFlashAttribute("message", "alumni.portal.consent.withdrawn");
		}
		return "redirect:/portal/consent";
	}

	@GetMapping("/data")
	String data(Actor actor, Model model) {
		var data = this.portal.myData(actor);
		var parts = new java.util.ArrayList<String>(List.of("person", "careerRecord"));
		parts.addAll(data.parts().keySet());
		model.addAttribute("parts", parts);
		return "alumni/portal/data";
	}

	@GetMapping("/erase")
	String erase(Actor actor, Model model) {
		this.portal.myName(actor);
		model.addAttribute("eraseForm", new EraseForm());
		return "alumni/portal/erase";
	}

	@PostMapping("/erase")
	String eraseConfirmed(Actor actor, @ModelAttribute("eraseForm") EraseForm form, BindingResult result,
			HttpServletRequest request, Model model) {
		if (PROBLEMS.saved(result, () -> this.portal.erase(actor, form.getConfirmation()))) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			return "redirect:/login?logout";
		}
		return "alumni/portal/erase";
	}

	@GetMapping("/career-record")
	String careerRecord(Actor actor, Model model) {
		model.addAttribute("name", this.portal.myName(actor));
		model.addAttribute("tours", this.portal.careerRecord(actor));
		model.addAttribute("organisation", this.pdf.organisationName());
		return "alumni/portal/career-record";
	}

	@GetMapping("/career-record.pdf")
	ResponseEntity<byte[]> careerRecordPdf(Actor actor, Locale locale) {
		return pdfResponse(this.pdf.render(this.portal.myName(actor), this.portal.careerRecord(actor), locale));
	}

	static ResponseEntity<byte[]> pdfResponse(byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("career-record.pdf").build().toString())
			.body(pdf);
	}

	private String referralsPage(Actor actor, ReferralForm form, Model model) {
		model.addAttribute("mine", this.referrals.mine(actor));
		model.addAttribute("openPosts", this.posts.openOpportunities(actor));
		model.addAttribute("referralForm", form);
		return "alumni/portal/referrals";
	}

	private String consentPage(Actor actor, AlumnusRecord record, ConsentForm form, Model model) {
		this.portal.isAlumnus(actor);
		model.addAttribute("record", record);
		model.addAttribute("consentForm", form);
		model.addAttribute("channels", List.of(ContactChannel.values()));
		model.addAttribute("cadences", List.of(ContactCadence.values()));
		return "alumni/portal/consent";
	}

}

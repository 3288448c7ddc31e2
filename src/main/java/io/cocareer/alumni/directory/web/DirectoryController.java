package io.cocareer.alumni.directory.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.alumni.AlumniTier;
import io.cocareer.alumni.directory.AlumniDirectory;
import io.cocareer.alumni.directory.AlumniProfileView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PageResult;
import io.cocareer.shared.Paging;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The alumni directory's pages: the search (with the tier filter for the talent lead), one
 * alumnus' profile, and the alumnus' own profile in the portal.
 */
@Controller
class DirectoryController {

	private static final PageProblems PROBLEMS = new PageProblems("alumni.directory.stale");

	private static final int PAGE_SIZE = 25;

	private final AlumniDirectory directory;

	DirectoryController(AlumniDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/alumni/directory")
	String directory(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) AlumniTier tier, @RequestParam(required = false) Integer page,
			Model model) {
		boolean lead = this.directory.seesEveryone(actor);
		AlumniTier filter = lead ? tier : null;
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("tier", filter);
		model.addAttribute("lead", lead);
		model.addAttribute("tiers", List.of(AlumniTier.values()));
		model.addAttribute("mayKeepProfile", this.directory.mayKeepProfile(actor));
		model.addAttribute("baseUrl", baseUrl(q, filter));
		if (!PROBLEMS.shown(model, () -> model.addAttribute("found",
				this.directory.search(actor, q, filter, Paging.of(page, PAGE_SIZE))))) {
			model.addAttribute("found", new PageResult<AlumniProfileView>(List.of(), 0, PAGE_SIZE, 0));
		}
		return "alumni/directory/directory";
	}

	@GetMapping("/alumni/directory/{personId}")
	String profile(Actor actor, @PathVariable UUID personId, Model model) {
		model.addAttribute("profile", this.directory.profile(actor, PersonId.of(personId)));
		model.addAttribute("lead", this.directory.seesEveryone(actor));
		return "alumni/directory/profile";
	}

	@GetMapping("/portal/profile")
	String myProfile(Actor actor, Model model) {
		AlumniProfileView profile = this.directory.myProfile(actor);
		return profilePage(profile, ProfileForm.of(profile), model);
	}

	@PostMapping("/portal/profile")
	String saveMyProfile(Actor actor, @Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && PROBLEMS.saved(result,
				() -> this.directory.saveMyProfile(actor, form.toCommand(), Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "alumni.directory.profile.saved");
			return "redirect:/portal/profile";
		}
		return profilePage(this.directory.myProfile(actor), form, model);
	}

	private static String profilePage(AlumniProfileView profile, ProfileForm form, Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("profileForm", form);
		return "alumni/directory/my-profile";
	}

	/** The search as a query string, for the pager. */
	static String baseUrl(String q, AlumniTier tier) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/alumni/directory").queryParam("q", (q != null) ? q : "");
		if (tier != null) {
			url.queryParam("tier", tier);
		}
		return url.encode().build().toUriString();
	}

}

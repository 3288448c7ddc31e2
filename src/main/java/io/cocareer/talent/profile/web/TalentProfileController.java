package io.cocareer.talent.profile.web;

import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.web.PageSections;
import io.cocareer.shared.web.PageSlot;
import io.cocareer.talent.competency.CompetencyService;
import io.cocareer.talent.CompetencyView;
import io.cocareer.talent.profile.TalentProfileService;
import io.cocareer.talent.TalentProfileView;
import io.cocareer.talent.web.EndDesignationForm;
import io.cocareer.talent.web.TalentPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A talent's profile: reading it, the talent editing it, and notes by manager and lead. */
@Controller
@RequestMapping("/talents")
class TalentProfileController implements TalentPage {

	static final String VIEW_PROFILE = "talents/profile/profile";

	static final String VIEW_FORM = "talents/profile/profile-form";

	private final TalentProfileService talents;

	private final CompetencyService competencies;

	private final PageSections sections;

	TalentProfileController(TalentProfileService talents, CompetencyService competencies, PageSections sections) {
		this.talents = talents;
		this.competencies = competencies;
		this.sections = sections;
	}

	/** A hand-made post with an absurd list index (values[9999]) is ignored, not a server error. */
	@InitBinder
	void initBinder(WebDataBinder binder) {
		// an index past Spring's limit (256) is then ignored; the limit cannot be set here, since the
		// shared StrictInputBinding has configured the binder already
		binder.setIgnoreInvalidFields(true);
	}

	@GetMapping("/me")
	String mine(Actor actor, Model model) {
		return this.talents.ownProfile(actor)
			.map((id) -> "redirect:/talents/" + id)
			.orElseGet(() -> {
				model.addAttribute("mayStart", this.talents.mayStartProfile(actor));
				return "talents/profile/no-profile";
			});
	}

	@GetMapping("/{personId}")
	String profile(Actor actor, @PathVariable UUID personId, Model model) {
		model.addAttribute("profile", this.talents.profile(actor, personId));
		model.addAttribute("noteForm", new NoteForm());
		model.addAttribute("endForm", new EndDesignationForm());
		return profilePage(actor, personId, model);
	}

	/** The talent chooses whether creators and sponsors of work packages may find them. */
	@PostMapping("/{personId}/discoverability")
	String chooseDiscoverability(Actor actor, @PathVariable UUID personId,
			@RequestParam(required = false) Boolean discoverable, RedirectAttributes redirect) {
		boolean chosen = Boolean.TRUE.equals(discoverable);
		this.talents.chooseDiscoverability(actor, personId, chosen);
		redirect.addFlashAttribute("message",
				chosen ? "talent.discoverability.nowDiscoverable" : "talent.discoverability.nowHidden");
		return "redirect:/talents/" + personId + "#discoverability";
	}

	@PostMapping("/{personId}/notes")
	String addNote(Actor actor, @PathVariable UUID personId, @Valid @ModelAttribute("noteForm") NoteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			if (PROBLEMS.saved(result, (ex) -> "body", () -> this.talents.addNote(actor, personId, form.getBody()))) {
				redirect.addFlashAttribute("message", "talent.note.added");
				return "redirect:/talents/" + personId + "#notes";
			}
		}
		model.addAttribute("profile", this.talents.profile(actor, personId));
		model.addAttribute("endForm", new EndDesignationForm());
		return profilePage(actor, personId, model);
	}

	/** The profile page with what other modules show on it (the talent's tours), as the reader may read them. */
	private String profilePage(Actor actor, UUID personId, Model model) {
		model.addAttribute("sections", this.sections.of(PageSlot.TALENT_PROFILE, actor, personId));
		return VIEW_PROFILE;
	}

	@GetMapping("/{personId}/edit")
	String editForm(Actor actor, @PathVariable UUID personId, Model model) {
		TalentProfileView profile = editable(actor, personId);
		ProfileForm form = ProfileForm.of(profile);
		form.pad();
		model.addAttribute("form", form);
		return form(model, profile);
	}

	/** Only the talent themself gets here; "add row" and "remove row" redisplay without saving. */
	@PostMapping("/{personId}/edit")
	String edit(Actor actor, @PathVariable UUID personId, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, @RequestParam(required = false) String addCompetency,
			@RequestParam(required = false) Integer removeCompetency, Model model, RedirectAttributes redirect) {
		TalentProfileView profile = editable(actor, personId);
		if (addCompetency != null) {
			form.getCompetencies().add(new ProfileForm.CompetencyRow());
			return form(model, profile);
		}
		if (removeCompetency != null && removeCompetency >= 0 && removeCompetency < form.getCompetencies().size()) {
			form.getCompetencies().remove(removeCompetency.intValue());
			form.pad();
			return form(model, profile);
		}
		if (result.hasErrors()) {
			form.pad();
			return form(model, profile);
		}
		if (PROBLEMS.saved(result, () -> this.talents.reviseProfile(actor, personId, form.revision()))) {
			redirect.addFlashAttribute("message", "talent.profile.saved");
			return "redirect:/talents/" + personId;
		}
		form.pad();
		return form(model, profile);
	}

	private TalentProfileView editable(Actor actor, UUID personId) {
		TalentProfileView profile = this.talents.profile(actor, personId);
		if (!profile.editable()) {
			throw new PermissionDenied("talent.denied.editOthers", "Only the talent edits their profile");
		}
		return profile;
	}

	private String form(Model model, TalentProfileView profile) {
		model.addAttribute("profile", profile);
		model.addAttribute("catalogue", CompetencyView.byCategory(this.competencies.competencies()));
		return VIEW_FORM;
	}

}

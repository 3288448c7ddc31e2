package io.cocareer.network.recruit.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.network.Arena;
import io.cocareer.network.recruit.AssetKind;
import io.cocareer.network.recruit.CandidateService;
import io.cocareer.network.recruit.CandidateStage;
import io.cocareer.network.recruit.CandidateView;
import io.cocareer.network.recruit.HireCandidate;
import io.cocareer.network.recruit.ReachEvaluation;
import io.cocareer.network.recruit.SaveAsset;
import io.cocareer.network.recruit.SaveCandidate;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

import org.springframework.context.MessageSource;
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
 * "Recruiting for connections": the candidates, their network assets, the reach they would add
 * and their hire. The service decides who sees which candidate; the pages show its {@code may…}.
 */
@Controller
@RequestMapping("/network/candidates")
class CandidateController implements RecruitPage {

	private final CandidateService candidates;

	private final PeopleDirectory people;

	private final MessageSource messages;

	CandidateController(CandidateService candidates, PeopleDirectory people, MessageSource messages) {
		this.candidates = candidates;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping
	String list(Actor actor, @RequestParam(required = false) String stage, Model model) {
		return listPage(actor, stage, new CandidateForm(), model);
	}

	@PostMapping
	String create(Actor actor, @Valid @ModelAttribute("candidateForm") CandidateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		SaveCandidate details = details(form, result);
		var created = result.hasErrors() ? java.util.Optional.<UUID>empty()
				: PROBLEMS.created(result, () -> this.candidates.create(actor, details));
		if (created.isPresent()) {
			redirect.addFlashAttribute("message", "recruit.candidate.added");
			return "redirect:/network/candidates/" + created.get();
		}
		return listPage(actor, null, form, model);
	}

	@GetMapping("/{candidateId}")
	String candidate(Actor actor, @PathVariable UUID candidateId, Model model, Locale locale) {
		CandidateView candidate = this.candidates.get(actor, candidateId);
		return detailPage(actor, candidate, model, locale);
	}

	@PostMapping("/{candidateId}/edit")
	String change(Actor actor, @PathVariable UUID candidateId, @Valid @ModelAttribute("candidateForm") CandidateForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		CandidateView candidate = this.candidates.get(actor, candidateId);
		SaveCandidate details = details(form, result);
		if (!result.hasErrors()
				&& PROBLEMS.saved(result, () -> this.candidates.change(actor, candidateId, details, form.getVersion()))) {
			redirect.addFlashAttribute("message", "recruit.candidate.changed");
			return "redirect:/network/candidates/" + candidateId;
		}
		return detailPage(actor, candidate, model, locale);
	}

	@PostMapping("/{candidateId}/stage")
	String stage(Actor actor, @PathVariable UUID candidateId, @Valid @ModelAttribute("stageForm") StageForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		CandidateView candidate = this.candidates.get(actor, candidateId);
		if (!result.hasErrors() && PROBLEMS.saved(result, "stage",
				() -> this.candidates.moveTo(actor, candidateId, form.getStage(), form.getVersion()))) {
			redirect.addFlashAttribute("message", "recruit.stage.changed");
			return "redirect:/network/candidates/" + candidateId;
		}
		return detailPage(actor, candidate, model, locale);
	}

	@PostMapping("/{candidateId}/assets")
	String addAsset(Actor actor, @PathVariable UUID candidateId, @Valid @ModelAttribute("assetForm") AssetForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		CandidateView candidate = this.candidates.get(actor, candidateId);
		SaveAsset details = asset(form, result);
		if (!result.hasErrors() && PROBLEMS.created(result, "name",
				() -> this.candidates.addAsset(actor, candidateId, details)).isPresent()) {
			redirect.addFlashAttribute("message", "recruit.asset.added");
			return "redirect:/network/candidates/" + candidateId + "#assets";
		}
		return detailPage(actor, candidate, model, locale);
	}

	@PostMapping("/{candidateId}/assets/{assetId}/remove")
	String removeAsset(Actor actor, @PathVariable UUID candidateId, @PathVariable UUID assetId,
			RedirectAttributes redirect) {
		this.candidates.removeAsset(actor, candidateId, assetId);
		redirect.addFlashAttribute("message", "recruit.asset.removed");
		return "redirect:/network/candidates/" + candidateId + "#assets";
	}

	@PostMapping("/{candidateId}/hire")
	String hire(Actor actor, @PathVariable UUID candidateId, @Valid @ModelAttribute("hireForm") HireForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		CandidateView candidate = this.candidates.get(actor, candidateId);
		UUID managerId = null;
		String managerEmployeeId = (form.getManagerEmployeeId() != null) ? form.getManagerEmployeeId().strip() : "";
		if (!managerEmployeeId.isEmpty()) {
			managerId = this.people.personIdOf(managerEmployeeId).orElse(null);
			if (managerId == null) {
				result.rejectValue("managerEmployeeId", "recruit.candidate.unknownManager");
			}
		}
		HireCandidate details = new HireCandidate(form.getEmployeeId(), form.getFirstName(), form.getLastName(),
				form.getEmail(), form.getTitle(), form.getUnitId(), managerId, form.getHireDate());
		if (!result.hasErrors() && PROBLEMS.created(result, "employeeId",
				() -> this.candidates.hire(actor, candidateId, details)).isPresent()) {
			redirect.addFlashAttribute("message", "recruit.hire.done");
			return "redirect:/network/candidates/" + candidateId;
		}
		return detailPage(actor, candidate, model, locale);
	}

	@PostMapping("/{candidateId}/delete")
	String delete(Actor actor, @PathVariable UUID candidateId, RedirectAttributes redirect) {
		this.candidates.delete(actor, candidateId);
		redirect.addFlashAttribute("message", "recruit.candidate.removed");
		return "redirect:/network/candidates";
	}

	private String listPage(Actor actor, String stage, CandidateForm form, Model model) {
		CandidateStage filter = null;
		if (stage != null && !stage.isBlank()) {
			filter = parseStage(stage);
			if (filter == null) {
				model.addAttribute("filterProblem", "recruit.filter.unknownStage");
			}
		}
		model.addAttribute("candidates", this.candidates.list(actor, filter));
		model.addAttribute("stageFilter", filter);
		model.addAttribute("stages", List.of(CandidateStage.values()));
		model.addAttribute("settableStages", settableStages());
		model.addAttribute("mayRecruit", this.candidates.mayRecruit(actor));
		model.addAttribute("candidateForm", form);
		return "network/recruit/list";
	}

	private String detailPage(Actor actor, CandidateView candidate, Model model, Locale locale) {
		ReachEvaluation evaluation = this.candidates.evaluation(actor, candidate.id());
		model.addAttribute("candidate", candidate);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("summary", RecruitPage.summary(this.messages, evaluation, locale));
		model.addAttribute("mayRecruit", this.candidates.mayRecruit(actor));
		model.addAttribute("stages", settableStages());
		model.addAttribute("kinds", List.of(AssetKind.values()));
		model.addAttribute("arenas", List.of(Arena.values()));
		model.addAttribute("units", this.people.units());
		if (!model.containsAttribute("candidateForm")) {
			model.addAttribute("candidateForm", editForm(candidate));
		}
		if (!model.containsAttribute("stageForm")) {
			StageForm stage = new StageForm();
			stage.setStage(candidate.stage());
			stage.setVersion(candidate.version());
			model.addAttribute("stageForm", stage);
		}
		if (!model.containsAttribute("assetForm")) {
			model.addAttribute("assetForm", new AssetForm());
		}
		if (!model.containsAttribute("hireForm")) {
			model.addAttribute("hireForm", hireForm(candidate));
		}
		return "network/recruit/candidate";
	}

	private CandidateForm editForm(CandidateView candidate) {
		CandidateForm form = new CandidateForm();
		form.setName(candidate.name());
		form.setRoleAppliedFor(candidate.roleAppliedFor());
		form.setStage(candidate.stage());
		form.setNote(candidate.note());
		form.setVersion(candidate.version());
		if (candidate.hiringManagerId() != null) {
			form.setHiringManagerEmployeeId(this.people.find(PersonId.of(candidate.hiringManagerId()))
				.map(PersonView::employeeId).orElse(null));
		}
		return form;
	}

	private HireForm hireForm(CandidateView candidate) {
		HireForm form = new HireForm();
		String name = candidate.name().strip();
		int space = name.lastIndexOf(' ');
		form.setFirstName((space > 0) ? name.substring(0, space) : name);
		form.setLastName((space > 0) ? name.substring(space + 1) : "");
		form.setTitle(candidate.roleAppliedFor());
		form.setHireDate(this.candidates.today());
		if (candidate.hiringManagerId() != null) {
			this.people.find(PersonId.of(candidate.hiringManagerId())).ifPresent((manager) -> {
				form.setManagerEmployeeId(manager.employeeId());
				form.setUnitId(manager.unitId());
			});
		}
		return form;
	}

	/** The form as the service takes it; a hiring manager nobody has is shown on the form. */
	private SaveCandidate details(CandidateForm form, BindingResult result) {
		PersonId manager = null;
		String employeeId = (form.getHiringManagerEmployeeId() != null) ? form.getHiringManagerEmployeeId().strip() : "";
		if (!employeeId.isEmpty()) {
			manager = this.people.personIdOf(employeeId).map(PersonId::of).orElse(null);
			if (manager == null) {
				result.rejectValue("hiringManagerEmployeeId", "recruit.candidate.unknownManager");
			}
		}
		return new SaveCandidate(form.getName(), form.getRoleAppliedFor(), form.getStage(), form.getNote(), manager);
	}

	/** An arena is chosen, anything else named; the missing one is shown on the form. */
	private static SaveAsset asset(AssetForm form, BindingResult result) {
		if (form.getKind() == AssetKind.ARENA) {
			if (form.getArena() == null) {
				result.rejectValue("arena", "recruit.asset.arenaRequired");
			}
			return new SaveAsset(AssetKind.ARENA, (form.getArena() != null) ? form.getArena().name() : null,
					form.getDescription());
		}
		if (form.getKind() != null && (form.getName() == null || form.getName().isBlank())) {
			result.rejectValue("name", "recruit.asset.nameRequired");
		}
		return new SaveAsset(form.getKind(), form.getName(), form.getDescription());
	}

	private static List<CandidateStage> settableStages() {
		return java.util.Arrays.stream(CandidateStage.values()).filter(CandidateStage::settable).toList();
	}

	private static CandidateStage parseStage(String stage) {
		for (CandidateStage s : CandidateStage.values()) {
			if (s.name().equalsIgnoreCase(stage.strip())) {
				return s;
			}
		}
		return null;
	}

}

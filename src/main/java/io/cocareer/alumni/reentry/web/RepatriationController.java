package io.cocareer.alumni.reentry.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.alumni.reentry.ItemProgress;
import io.cocareer.alumni.reentry.RepatriationItemView;
import io.cocareer.alumni.reentry.RepatriationPlanView;
import io.cocareer.alumni.reentry.RepatriationService;
import io.cocareer.alumni.reentry.SaveRepatriationItem;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

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
 * A boomerang's repatriation plan: the tenure before and after, the items with their owners, due
 * dates and progress (the first tour proposed through the tour module's page), and the 12-month
 * review. The lead and the hiring manager edit it; the boomerang reads their own.
 */
@Controller
@RequestMapping("/alumni/repatriation")
class RepatriationController {

	private final RepatriationService repatriation;

	private final PeopleDirectory directory;

	RepatriationController(RepatriationService repatriation, PeopleDirectory directory) {
		this.repatriation = repatriation;
		this.directory = directory;
	}

	@GetMapping("/{personId}")
	String plan(Actor actor, @PathVariable UUID personId, Model model) {
		return page(actor, personId, null, null, model);
	}

	@PostMapping("/{personId}/items/{itemId}")
	String changeItem(Actor actor, @PathVariable UUID personId, @PathVariable UUID itemId,
			@Valid @ModelAttribute("itemForm") PlanItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID owner = person(form.getOwnerEmployeeId(), "ownerEmployeeId", result);
		UUID buddy = person(form.getBuddyEmployeeId(), "buddyEmployeeId", result);
		if (!result.hasErrors() && ReentryController.PROBLEMS.saved(result, (ex) -> field(ex.code(),
				io.cocareer.shared.web.PageProblems.fieldOf(ex)),
				() -> this.repatriation.changeItem(actor, personId, itemId, new SaveRepatriationItem(form.getNote(), owner,
						form.getDueOn(), form.getProgress(), buddy, form.getWorkPackageId()), form.getVersion()))) {
			redirect.addFlashAttribute("message", "alumni.reentry.plan.itemSaved");
			return "redirect:/alumni/repatriation/" + personId + "#item-" + itemId;
		}
		return page(actor, personId, itemId, form, model);
	}

	@PostMapping("/{personId}/review")
	String review(Actor actor, @PathVariable UUID personId, @Valid @ModelAttribute("reviewForm") ReviewForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && ReentryController.PROBLEMS.saved(result, "rating",
				() -> this.repatriation.review(actor, personId, form.getRating()))) {
			redirect.addFlashAttribute("message", "alumni.reentry.plan.reviewed");
			return "redirect:/alumni/repatriation/" + personId;
		}
		return page(actor, personId, null, null, model);
	}

	private String page(Actor actor, UUID personId, UUID failedItem, PlanItemForm failedForm, Model model) {
		RepatriationPlanView plan = this.repatriation.plan(actor, personId);
		model.addAttribute("plan", plan);
		model.addAttribute("progresses", List.of(ItemProgress.values()));
		model.addAttribute("failedItem", failedItem);
		if (failedForm == null) {
			// the first form of the page binds th:object for the fields' constraints
			model.addAttribute("itemForm", new PlanItemForm());
		}
		model.addAttribute("itemForms", plan.items().stream()
			.map((i) -> (i.id().equals(failedItem) && failedForm != null) ? failedForm : form(i))
			.toList());
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", new ReviewForm());
		}
		return "alumni/reentry/plan";
	}

	private PlanItemForm form(RepatriationItemView item) {
		PlanItemForm form = new PlanItemForm();
		form.setNote(item.note());
		form.setDueOn(item.dueOn());
		form.setProgress(item.progress());
		form.setWorkPackageId(item.workPackageId());
		form.setVersion(item.version());
		if (item.ownerId() != null) {
			this.directory.find(PersonId.of(item.ownerId())).ifPresent((p) -> form.setOwnerEmployeeId(p.employeeId()));
		}
		if (item.buddyId() != null) {
			this.directory.find(PersonId.of(item.buddyId())).ifPresent((p) -> form.setBuddyEmployeeId(p.employeeId()));
		}
		return form;
	}

	private UUID person(String employeeId, String field, BindingResult result) {
		if (employeeId == null || employeeId.isBlank()) {
			return null;
		}
		UUID found = this.directory.findByEmployeeId(employeeId.strip()).map(PersonView::id).orElse(null);
		if (found == null) {
			result.rejectValue(field, "alumni.reentry.personUnknown");
		}
		return found;
	}

	private static String field(String code, String field) {
		if (field == null) {
			return "progress";
		}
		return switch (field) {
			case "ownerId" -> "ownerEmployeeId";
			case "buddyId" -> "buddyEmployeeId";
			default -> field;
		};
	}

}

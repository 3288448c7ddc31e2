package io.cocareer.tour.support.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.Impact;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourView;
import io.cocareer.tour.support.TourWorkService;
import io.cocareer.tour.support.WorkItemKind;
import io.cocareer.tour.support.WorkItemView;
import io.cocareer.tour.web.TourPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A tour's resource requests and obstacles: the list, adding one of each kind, and updating one. */
@Controller
@RequestMapping("/tours/{id}/work")
class TourWorkController {

	static final String VIEW_WORK = "tours/support/work";

	static final String VIEW_ITEM = "tours/support/work-item-form";

	private final TourService tours;

	private final TourWorkService work;

	private final PeopleDirectory people;

	TourWorkController(TourService tours, TourWorkService work, PeopleDirectory people) {
		this.tours = tours;
		this.work = work;
		this.people = people;
	}

	@GetMapping
	String page(Actor actor, @PathVariable UUID id, Model model) {
		TourView tour = this.tours.get(actor, id);
		WorkItemForm resource = new WorkItemForm();
		resource.setOwnerEmployeeId(employeeIdOf(tour.manager().id()));
		WorkItemForm obstacle = new WorkItemForm();
		obstacle.setOwnerEmployeeId(employeeIdOf(tour.manager().id()));
		model.addAttribute("resourceForm", resource);
		model.addAttribute("obstacleForm", obstacle);
		return page(actor, tour, model, null);
	}

	@PostMapping("/resources")
	String addResource(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("resourceForm") WorkItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return add(actor, id, WorkItemKind.RESOURCE, form, result, model, redirect, "obstacleForm");
	}

	@PostMapping("/obstacles")
	String addObstacle(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("obstacleForm") WorkItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return add(actor, id, WorkItemKind.OBSTACLE, form, result, model, redirect, "resourceForm");
	}

	@GetMapping("/{itemId}")
	String editForm(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId, Model model) {
		WorkItemView item = this.work.item(actor, id, itemId);
		model.addAttribute("form", WorkItemForm.of(item, employeeIdOf(item.ownerId())));
		return itemPage(actor, id, item, model);
	}

	@PostMapping("/{itemId}")
	String update(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId,
			@Valid @ModelAttribute("form") WorkItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		WorkItemView item = this.work.item(actor, id, itemId);
		if (!result.hasErrors()) {
			if (TourPages.PROBLEMS.saved(result, () -> this.work.update(actor, id, itemId, form.draft(), form.getVersion()))) {
				redirect.addFlashAttribute("message", "tour.work.saved");
				return "redirect:/tours/" + id + "/work#item-" + itemId;
			}
		}
		return itemPage(actor, id, item, model);
	}

	private String add(Actor actor, UUID id, WorkItemKind kind, WorkItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect, String otherForm) {
		TourView tour = this.tours.get(actor, id);
		if (!result.hasErrors()) {
			Optional<UUID> itemId = TourPages.PROBLEMS.created(result, () -> this.work.add(actor, id, kind, form.draft()));
			if (itemId.isPresent()) {
				redirect.addFlashAttribute("message", "tour.work.added." + kind);
				return "redirect:/tours/" + id + "/work#item-" + itemId.get();
			}
		}
		WorkItemForm other = new WorkItemForm();
		other.setOwnerEmployeeId(employeeIdOf(tour.manager().id()));
		model.addAttribute(otherForm, other);
		return page(actor, tour, model, kind);
	}

	private String page(Actor actor, TourView tour, Model model, WorkItemKind failed) {
		List<WorkItemView> items = this.work.items(actor, tour.id());
		model.addAttribute("tour", tour);
		model.addAttribute("tab", "work");
		model.addAttribute("resources", items.stream().filter((i) -> i.kind() == WorkItemKind.RESOURCE).toList());
		model.addAttribute("obstacles", items.stream().filter((i) -> i.kind() == WorkItemKind.OBSTACLE).toList());
		model.addAttribute("overdue", items.stream().filter(WorkItemView::overdue).count());
		model.addAttribute("mayAdd", this.work.mayAdd(actor, tour.id()));
		model.addAttribute("failed", failed);
		model.addAttribute("impacts", Impact.values());
		return VIEW_WORK;
	}

	private String itemPage(Actor actor, UUID id, WorkItemView item, Model model) {
		TourView tour = this.tours.get(actor, id);
		model.addAttribute("tour", tour);
		model.addAttribute("tab", "work");
		model.addAttribute("item", item);
		model.addAttribute("impacts", Impact.values());
		model.addAttribute("statuses", item.kind().statuses());
		return VIEW_ITEM;
	}

	/** The owner as the person picker holds them: their employee id. */
	private String employeeIdOf(UUID personId) {
		return this.people.find(PersonId.ofNullable(personId)).map(PersonView::employeeId).orElse(null);
	}

}

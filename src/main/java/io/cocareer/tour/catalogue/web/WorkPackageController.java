package io.cocareer.tour.catalogue.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PermissionDenied;
import io.cocareer.shared.Paging;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageSection;
import io.cocareer.talent.CompetencyView;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourType;
import io.cocareer.tour.catalogue.PackageFilter;
import io.cocareer.tour.catalogue.Quality;
import io.cocareer.tour.catalogue.WorkPackagePageSection;
import io.cocareer.tour.catalogue.WorkPackageService;
import io.cocareer.tour.catalogue.WorkPackageStatus;
import io.cocareer.tour.catalogue.WorkPackageView;
import io.cocareer.tour.web.TourPages;

import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The work package catalogue: browsing, creating, editing, moving along, and expressing interest. */
@Controller
@RequestMapping("/tours")
class WorkPackageController {

	static final String VIEW_LIST = "tours/catalogue/packages";

	static final String VIEW_DETAIL = "tours/catalogue/package";

	static final String VIEW_FORM = "tours/catalogue/package-form";

	private final WorkPackageService packages;

	private final TourService tours;

	/** Matching's part of the pages (suggestions, candidates): it reads the catalogue, so it contributes. */
	private final ObjectProvider<WorkPackagePageSection> sections;

	WorkPackageController(WorkPackageService packages, TourService tours,
			ObjectProvider<WorkPackagePageSection> sections) {
		this.packages = packages;
		this.tours = tours;
		this.sections = sections;
	}

	@GetMapping("/packages")
	String catalogue(Actor actor, @RequestParam(required = false) WorkPackageStatus status,
			@RequestParam(required = false) UUID unitId, @RequestParam(required = false) TourType tourType,
			@RequestParam(required = false) Boolean weak, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Model model) {
		PackageFilter filter = new PackageFilter(status, unitId, tourType, weak, q);
		model.addAttribute("packages", this.packages.catalogue(actor, filter, Paging.of(page, 24)));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", WorkPackageStatus.values());
		model.addAttribute("tourTypes", TourType.values());
		model.addAttribute("units", this.packages.units());
		model.addAttribute("mayCreate", this.packages.mayCreate(actor));
		model.addAttribute("suggested", Map.of());
		this.sections.orderedStream().forEach((section) -> model.addAllAttributes(section.onCatalogue(actor)));
		String query = UriComponentsBuilder.fromPath("/tours/packages")
			.queryParamIfPresent("status", Optional.ofNullable(status))
			.queryParamIfPresent("unitId", Optional.ofNullable(unitId))
			.queryParamIfPresent("tourType", Optional.ofNullable(tourType))
			.queryParamIfPresent("weak", Optional.ofNullable(weak))
			.queryParamIfPresent("q", Optional.ofNullable(filter.words()))
			.encode()
			.build()
			.toUriString();
		// the pager appends "&page=n"
		model.addAttribute("baseUrl", query.contains("?") ? query : query + "?");
		return VIEW_LIST;
	}

	@GetMapping("/packages/new")
	String newForm(Actor actor, Model model) {
		requireMayCreate(actor);
		WorkPackageForm form = WorkPackageForm.empty();
		form.setSponsorEmployeeId(this.packages.defaultSponsorEmployeeId(actor));
		model.addAttribute("form", form);
		return form(model, null);
	}

	@PostMapping("/packages/new")
	String create(Actor actor, @Valid @ModelAttribute("form") WorkPackageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireMayCreate(actor);
		if (!result.hasErrors()) {
			Optional<UUID> id = TourPages.PROBLEMS.created(result, () -> this.packages.create(actor, form.terms()));
			if (id.isPresent()) {
				redirect.addFlashAttribute("message", "tour.package.created");
				return "redirect:/tours/packages/" + id.get();
			}
		}
		form.pad();
		return form(model, null);
	}

	@GetMapping("/packages/{id}")
	String detail(Actor actor, @PathVariable UUID id, Model model) {
		WorkPackageView pkg = this.packages.get(actor, id);
		model.addAttribute("pkg", pkg);
		model.addAttribute("qualities", Quality.values());
		// of the people listed, those the reader may propose a tour for, once the package is open
		Set<UUID> listed = new HashSet<>();
		if (pkg.interests() != null) {
			pkg.interests().forEach((interest) -> listed.add(interest.personId()));
		}
		List<PageSection> contributed = new ArrayList<>();
		this.sections.orderedStream().forEach((section) -> {
			WorkPackagePageSection.PackagePart part = section.onPackage(actor, id);
			contributed.addAll(part.sections());
			listed.addAll(part.listed());
		});
		contributed.sort(Comparator.comparingInt(PageSection::order));
		model.addAttribute("sections", contributed);
		model.addAttribute("proposable", (pkg.status() == WorkPackageStatus.OPEN)
				? this.tours.proposableAmong(actor, listed) : Set.of());
		return VIEW_DETAIL;
	}

	@GetMapping("/packages/{id}/edit")
	String editForm(Actor actor, @PathVariable UUID id, Model model) {
		WorkPackageView pkg = managed(actor, id);
		model.addAttribute("form", WorkPackageForm.of(pkg));
		return form(model, pkg);
	}

	@PostMapping("/packages/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") WorkPackageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		WorkPackageView pkg = managed(actor, id);
		if (!result.hasErrors()) {
			if (TourPages.PROBLEMS.saved(result, () -> this.packages.update(actor, id, form.terms(), form.getVersion()))) {
				redirect.addFlashAttribute("message", "tour.package.saved");
				return "redirect:/tours/packages/" + id;
			}
		}
		form.pad();
		return form(model, pkg);
	}

	@PostMapping("/packages/{id}/status")
	String changeStatus(Actor actor, @PathVariable UUID id, @RequestParam WorkPackageStatus status,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		if (TourPages.PROBLEMS.attempted(redirect,
				() -> this.packages.changeStatus(actor, id, status, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "tour.status.changed");
		}
		return "redirect:/tours/packages/" + id;
	}

	@PostMapping("/packages/{id}/interest")
	String expressInterest(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		if (TourPages.PROBLEMS.attempted(redirect, () -> this.packages.expressInterest(actor, id, note))) {
			redirect.addFlashAttribute("message", "tour.interest.expressed");
		}
		return "redirect:/tours/packages/" + id + "#interest";
	}

	@PostMapping("/packages/{id}/interest/withdraw")
	String withdrawInterest(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		this.packages.withdrawInterest(actor, id);
		redirect.addFlashAttribute("message", "tour.interest.withdrawn");
		return "redirect:/tours/packages/" + id + "#interest";
	}

	private void requireMayCreate(Actor actor) {
		if (!this.packages.mayCreate(actor)) {
			throw new PermissionDenied("tour.denied.createPackage",
					"Only the talent lead and managers create work packages");
		}
	}

	private WorkPackageView managed(Actor actor, UUID id) {
		WorkPackageView pkg = this.packages.get(actor, id);
		if (!pkg.mayManage()) {
			throw new PermissionDenied("tour.denied.notYourPackage",
					"Only its creator, its sponsor and the talent lead change a work package");
		}
		return pkg;
	}

	private String form(Model model, WorkPackageView pkg) {
		model.addAttribute("pkg", pkg);
		model.addAttribute("units", this.packages.units());
		model.addAttribute("tourTypes", TourType.values());
		model.addAttribute("qualities", Quality.values());
		model.addAttribute("catalogue", byCategory(this.packages.competencyCatalogue()));
		return VIEW_FORM;
	}

	private static Map<String, List<CompetencyView>> byCategory(List<CompetencyView> catalogue) {
		Map<String, List<CompetencyView>> groups = new TreeMap<>();
		catalogue.forEach((competency) -> groups.computeIfAbsent(competency.category(), (key) -> new ArrayList<>())
			.add(competency));
		groups.values().forEach((group) -> group.sort((a, b) -> a.name().compareToIgnoreCase(b.name())));
		return groups;
	}



}

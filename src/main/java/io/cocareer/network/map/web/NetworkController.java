package io.cocareer.network.map.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.network.Arena;
import io.cocareer.network.ContactFrequency;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.map.NetworkMapView;
import io.cocareer.network.ShareAudience;
import io.cocareer.network.ShareScope;
import io.cocareer.network.map.NetworkExport;
import io.cocareer.network.map.NetworkService;
import io.cocareer.network.map.NetworkSharing;
import io.cocareer.network.map.SharedNetwork;
import io.cocareer.network.map.SaveDeveloper;
import io.cocareer.network.SupportFunction;
import io.cocareer.network.health.NetworkHealth;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.web.PageSections;
import io.cocareer.shared.web.PageSlot;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
 * "My network": the signed-in talent's developers, the ties between them, the developers they
 * want, and what the map says (health and nudges). Only ever the reader's own map.
 */
@Controller
@RequestMapping("/network")
class NetworkController implements NetworkPage {

	private final NetworkService network;

	private final NetworkSharing sharing;

	private final NetworkExport export;

	private final PeopleDirectory people;

	private final MessageSource messages;

	private final PageSections sections;

	NetworkController(NetworkService network, NetworkSharing sharing, NetworkExport export, PeopleDirectory people,
			MessageSource messages, PageSections sections) {
		this.network = network;
		this.sharing = sharing;
		this.export = export;
		this.people = people;
		this.messages = messages;
		this.sections = sections;
	}

	@GetMapping
	String map(Actor actor, Model model, Locale locale) {
		return page(actor, model, locale, new DeveloperForm(), new TieForm(), new GapForm());
	}

	@PostMapping("/shares")
	String share(Actor actor, @Valid @ModelAttribute("shareForm") ShareForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()
				&& PROBLEMS.saved(result, "audience", () -> this.sharing.share(actor, form.getAudience(), form.getScope()))) {
			redirect.addFlashAttribute("message", "network.share.shared");
			return "redirect:/network#sharing";
		}
		model.addAttribute("shareForm", form);
		return page(actor, model, locale, new DeveloperForm(), new TieForm(), new GapForm());
	}

	@PostMapping("/shares/{audience}/revoke")
	String revoke(Actor actor, @PathVariable ShareAudience audience, RedirectAttributes redirect) {
		this.sharing.revoke(actor, audience);
		redirect.addFlashAttribute("message", "network.share.revoked");
		return "redirect:/network#sharing";
	}

	/** A network its talent shares with the reader: the health, and the map if they share it whole. */
	@GetMapping("/talents/{personId}")
	String shared(Actor reader, @PathVariable UUID personId, Model model, Locale locale) {
		NetworkHealth health = this.sharing.sharedHealth(reader, PersonId.of(personId)).health();
		SharedNetwork shared = this.sharing.sharedWith(reader).stream()
			.filter((s) -> s.talentId().equals(personId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("network.notShared", "There is no such network"));
		model.addAttribute("shared", shared);
		model.addAttribute("health", health);
		model.addAttribute("nudges", health.nudges().stream().map((n) -> this.nudge(n, locale)).toList());
		if (shared.scope() == ShareScope.MAP) {
			NetworkMapView map = this.sharing.sharedMap(reader, PersonId.of(personId));
			Map<UUID, String> names = new LinkedHashMap<>();
			map.developers().forEach((d) -> names.put(d.id(), d.name()));
			model.addAttribute("map", map);
			model.addAttribute("names", names);
		}
		return "network/shared";
	}

	@GetMapping("/export.graphml")
	ResponseEntity<String> exportGraphml(Actor actor) {
		// built before anything is answered: a refusal still answers as one
		return NetworkPage.download(this.export.graphml(actor), "application/graphml+xml", "my-network.graphml");
	}

	@GetMapping("/export.csv")
	ResponseEntity<String> exportCsv(Actor actor) {
		return NetworkPage.download(this.export.csv(actor), "text/csv", "my-network.csv");
	}

	/** Deletes the whole map, once the talent has ticked that they mean it. */
	@PostMapping("/delete")
	String deleteMap(Actor actor, @org.springframework.web.bind.annotation.RequestParam(required = false) String confirm,
			RedirectAttributes redirect) {
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("problem", "network.delete.unconfirmed");
			return "redirect:/network#delete";
		}
		this.network.deleteMyMap(actor);
		redirect.addFlashAttribute("message", "network.delete.done");
		return "redirect:/network";
	}

	@PostMapping("/developers")
	String addDeveloper(Actor actor, @Valid @ModelAttribute("developerForm") DeveloperForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		SaveDeveloper details = details(form, result);
		if (!result.hasErrors() && PROBLEMS.created(result, () -> this.network.addDeveloper(actor, details)).isPresent()) {
			redirect.addFlashAttribute("message", "network.developer.added");
			return "redirect:/network";
		}
		return page(actor, model, locale, form, new TieForm(), new GapForm());
	}

	@GetMapping("/developers/{developerId}/edit")
	String editDeveloper(Actor actor, @PathVariable UUID developerId, Model model) {
		NetworkMapView.DeveloperView developer = ownDeveloper(actor, developerId);
		String employeeId = (developer.personId() != null)
				? this.people.find(PersonId.of(developer.personId())).map(PersonView::employeeId).orElse(null) : null;
		return editPage(actor, developer, DeveloperForm.of(developer, employeeId), model);
	}

	@PostMapping("/developers/{developerId}/edit")
	String changeDeveloper(Actor actor, @PathVariable UUID developerId,
			@Valid @ModelAttribute("developerForm") DeveloperForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NetworkMapView.DeveloperView developer = ownDeveloper(actor, developerId);
		SaveDeveloper details = details(form, result);
		if (!result.hasErrors() && PROBLEMS.saved(result,
				() -> this.network.changeDeveloper(actor, developerId, details, form.getVersion()))) {
			redirect.addFlashAttribute("message", "network.developer.changed");
			return "redirect:/network";
		}
		return editPage(actor, developer, form, model);
	}

	@PostMapping("/developers/{developerId}/remove")
	String removeDeveloper(Actor actor, @PathVariable UUID developerId, RedirectAttributes redirect) {
		this.network.removeDeveloper(actor, developerId);
		redirect.addFlashAttribute("message", "network.developer.removed");
		return "redirect:/network";
	}

	@PostMapping("/ties")
	String addTie(Actor actor, @Valid @ModelAttribute("tieForm") TieForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors() && PROBLEMS.created(result, "otherId",
				() -> this.network.addTie(actor, form.getOneId(), form.getOtherId())).isPresent()) {
			redirect.addFlashAttribute("message", "network.tie.added");
			return "redirect:/network#ties";
		}
		return page(actor, model, locale, new DeveloperForm(), form, new GapForm());
	}

	@PostMapping("/ties/{tieId}/remove")
	String removeTie(Actor actor, @PathVariable UUID tieId, RedirectAttributes redirect) {
		this.network.removeTie(actor, tieId);
		redirect.addFlashAttribute("message", "network.tie.removed");
		return "redirect:/network#ties";
	}

	@PostMapping("/gaps")
	String addGap(Actor actor, @Valid @ModelAttribute("gapForm") GapForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors() && PROBLEMS.created(result,
				() -> this.network.addGap(actor, form.getRole(), form.getArena(), form.getDescription())).isPresent()) {
			redirect.addFlashAttribute("message", "network.gap.added");
			return "redirect:/network#desired";
		}
		return page(actor, model, locale, new DeveloperForm(), new TieForm(), form);
	}

	@PostMapping("/gaps/{gapId}/remove")
	String removeGap(Actor actor, @PathVariable UUID gapId, RedirectAttributes redirect) {
		this.network.removeGap(actor, gapId);
		redirect.addFlashAttribute("message", "network.gap.removed");
		return "redirect:/network#desired";
	}

	/** The form as the service takes it; a person who cannot be found, or nobody named, is shown on the form. */
	private SaveDeveloper details(DeveloperForm form, BindingResult result) {
		PersonId personId = null;
		String employeeId = (form.getEmployeeId() != null) ? form.getEmployeeId().strip() : "";
		if (!employeeId.isEmpty()) {
			personId = this.people.personIdOf(employeeId).map(PersonId::of).orElse(null);
			if (personId == null) {
				result.rejectValue("employeeId", "network.developer.unknownPerson");
			}
		}
		else if (form.getName() == null || form.getName().isBlank()) {
			result.rejectValue("name", "network.developer.nameRequired");
		}
		int closeness = (form.getCloseness() != null) ? form.getCloseness() : 0;
		return new SaveDeveloper(personId, (personId != null) ? null : form.getName(), form.getOrganisation(),
				form.getArena(), form.getRole(), closeness, form.getContactFrequency(), form.getLastContact(),
				form.getSupport());
	}

	private NetworkMapView.DeveloperView ownDeveloper(Actor actor, UUID developerId) {
		return this.network.myMap(actor).developer(developerId)
			.orElseThrow(() -> new NotFoundException("network.developer.notFound", "There is no such entry on your map"));
	}

	private String editPage(Actor actor, NetworkMapView.DeveloperView developer, DeveloperForm form, Model model) {
		model.addAttribute("developer", developer);
		model.addAttribute("developerForm", form);
		choices(actor, model);
		return "network/developer-edit";
	}

	private String page(Actor actor, Model model, Locale locale, DeveloperForm developerForm, TieForm tieForm,
			GapForm gapForm) {
		NetworkMapView map = this.network.myMap(actor);
		NetworkHealth health = this.network.myHealth(actor, map).health();
		Map<UUID, String> names = new LinkedHashMap<>();
		map.developers().forEach((d) -> names.put(d.id(), d.name()));
		model.addAttribute("map", map);
		model.addAttribute("names", names);
		model.addAttribute("graphJson", graphJson(map, locale));
		model.addAttribute("health", health);
		model.addAttribute("nudges",
				health.nudges().stream().map((n) -> this.nudge(n, locale)).toList());
		model.addAttribute("developerForm", developerForm);
		model.addAttribute("tieForm", tieForm);
		model.addAttribute("gapForm", gapForm);
		if (!model.containsAttribute("shareForm")) {
			model.addAttribute("shareForm", new ShareForm());
		}
		model.addAttribute("shares", this.sharing.myShares(actor));
		model.addAttribute("mayShare", this.sharing.mayShare(actor));
		model.addAttribute("sharedWithMe", this.sharing.sharedWith(actor));
		model.addAttribute("audiences", List.of(ShareAudience.values()));
		model.addAttribute("scopes", List.of(ShareScope.values()));
		model.addAttribute("sections", this.sections.of(PageSlot.NETWORK_MAP, actor, null));
		choices(actor, model);
		return "network/map";
	}

	/**
	 * The map as the graph script reads it, in a JSON data island: every less-than sign is written
	 * as a JSON unicode escape, so no name can close the script element it sits in.
	 */
	private String graphJson(NetworkMapView map, Locale locale) {
		Map<String, Object> graph = new LinkedHashMap<>();
		graph.put("talent", this.messages.getMessage("network.graph.you", null, locale));
		graph.put("developers", map.developers().stream().map((d) -> Map.of("id", d.id().toString(), "name", d.name(),
				"arena", d.arena().name(), "closeness", d.closeness(), "edit", "/network/developers/" + d.id() + "/edit")).toList());
		graph.put("ties", map.ties().stream()
			.map((t) -> Map.of("id", t.id().toString(), "one", t.oneId().toString(), "other", t.otherId().toString()))
			.toList());
		graph.put("gaps", map.gaps().stream().map((g) -> Map.of("id", g.id().toString(), "label", g.description())).toList());
		return GRAPH_JSON.writeValueAsString(graph).replace("<", "\\u003c");
	}

	private static final tools.jackson.databind.json.JsonMapper GRAPH_JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	private Map<String, String> nudge(NetworkHealth.Nudge nudge, Locale locale) {
		return Map.of("kind", nudge.kind().name(), "text", NetworkPage.nudgeText(this.messages, nudge, locale));
	}

	private void choices(Actor actor, Model model) {
		model.addAttribute("mayPickPeople", this.network.mayNamePeople(actor));
		choices(model);
	}

	private static void choices(Model model) {
		model.addAttribute("arenas", List.of(Arena.values()));
		model.addAttribute("roles", List.of(DeveloperRole.values()));
		model.addAttribute("frequencies", List.of(ContactFrequency.values()));
		model.addAttribute("functions", List.of(SupportFunction.values()));
		model.addAttribute("closenesses", List.of(1, 2, 3, 4, 5));
	}

}

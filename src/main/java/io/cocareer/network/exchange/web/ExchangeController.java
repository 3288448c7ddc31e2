package io.cocareer.network.exchange.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.network.exchange.ExchangeFilter;
import io.cocareer.network.exchange.ExchangeItemView;
import io.cocareer.network.exchange.ExchangeMatchView;
import io.cocareer.network.exchange.ExchangeService;
import io.cocareer.network.exchange.ItemDirection;
import io.cocareer.network.exchange.ItemSource;
import io.cocareer.network.exchange.MatchState;
import io.cocareer.network.exchange.ResourceKind;
import io.cocareer.network.exchange.SupportType;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Paging;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageProblems;

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
 * The resource exchange's pages: the marketplace with its filters and the reader's own items and
 * matches, posting and changing an offer or a request, an item with its matches, and a match with
 * its answers and its outcome.
 */
@Controller
@RequestMapping("/network/exchange")
class ExchangeController {

	/** A refusal on the exchange's pages, with a lost race in its own words. */
	private static final PageProblems PROBLEMS = new PageProblems("network.exchange.stale");

	private final ExchangeService exchange;

	ExchangeController(ExchangeService exchange) {
		this.exchange = exchange;
	}

	@GetMapping
	String market(Actor actor, @RequestParam(required = false) ItemDirection direction,
			@RequestParam(required = false) ResourceKind kind, @RequestParam(required = false) SupportType type,
			@RequestParam(required = false) ItemSource source, @RequestParam(required = false) Integer page,
			Model model) {
		ExchangeFilter filter = new ExchangeFilter(direction, kind, type, source);
		model.addAttribute("filter", filter);
		model.addAttribute("baseUrl", "/network/exchange?" + query(filter));
		model.addAttribute("market", this.exchange.market(actor, filter, Paging.of(page, 25)));
		model.addAttribute("mine", this.exchange.myItems(actor));
		List<ExchangeMatchView> matches = this.exchange.myMatches(actor);
		model.addAttribute("live", matches.stream().filter((m) -> m.state() == MatchState.PROPOSED
				|| m.state() == MatchState.AGREED).toList());
		model.addAttribute("done", matches.stream().filter((m) -> m.state() == MatchState.DONE).toList());
		model.addAttribute("summary", this.exchange.summary(actor));
		model.addAttribute("exchangesDone", this.exchange.exchangesDone(actor));
		choices(model);
		return "network/exchange/market";
	}

	@GetMapping("/new")
	String newItem(Actor actor, @RequestParam(required = false) ItemDirection direction, Model model) {
		ItemForm form = new ItemForm();
		form.setDirection((direction != null) ? direction : ItemDirection.OFFER);
		return formPage(actor, form, null, model);
	}

	@PostMapping("/items")
	String post(Actor actor, @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			var created = PROBLEMS.created(result, () -> this.exchange.post(actor, form.toCommand()));
			if (created.isPresent()) {
				redirect.addFlashAttribute("message", "network.exchange.item.posted");
				return "redirect:/network/exchange/items/" + created.get();
			}
		}
		return formPage(actor, form, null, model);
	}

	@GetMapping("/items/{itemId}")
	String item(Actor actor, @PathVariable UUID itemId, Model model) {
		return itemPage(actor, itemId, new ProposeForm(), model);
	}

	@GetMapping("/items/{itemId}/edit")
	String edit(Actor actor, @PathVariable UUID itemId, Model model) {
		ExchangeItemView item = this.exchange.item(actor, itemId);
		return formPage(actor, ItemForm.of(item), item, model);
	}

	@PostMapping("/items/{itemId}/edit")
	String change(Actor actor, @PathVariable UUID itemId, @Valid @ModelAttribute("itemForm") ItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ExchangeItemView item = this.exchange.item(actor, itemId);
		form.setDirection(item.direction());
		form.setFromOrganisation(item.fromOrganisation());
		if (!result.hasErrors() && PROBLEMS.saved(result,
				() -> this.exchange.change(actor, itemId, form.toCommand(), Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "network.exchange.item.changed");
			return "redirect:/network/exchange/items/" + itemId;
		}
		return formPage(actor, form, item, model);
	}

	@PostMapping("/items/{itemId}/withdraw")
	String withdraw(Actor actor, @PathVariable UUID itemId, RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.exchange.withdraw(actor, itemId))) {
			redirect.addFlashAttribute("message", "network.exchange.item.withdrawn");
		}
		return "redirect:/network/exchange/items/" + itemId;
	}

	@PostMapping("/items/{itemId}/matches")
	String propose(Actor actor, @PathVariable UUID itemId, @Valid @ModelAttribute("proposeForm") ProposeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			var proposed = PROBLEMS.created(result, "itemId",
					() -> this.exchange.propose(actor, itemId, form.getItemId()));
			if (proposed.isPresent()) {
				redirect.addFlashAttribute("message", "network.exchange.match.proposed");
				return "redirect:/network/exchange/matches/" + proposed.get();
			}
		}
		model.addAttribute("proposeFailed", true);
		return itemPage(actor, itemId, form, model);
	}

	@GetMapping("/matches/{matchId}")
	String match(Actor actor, @PathVariable UUID matchId, Model model) {
		DoneForm form = new DoneForm();
		return matchPage(actor, matchId, form, model);
	}

	@PostMapping("/matches/{matchId}/accept")
	String accept(Actor actor, @PathVariable UUID matchId, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.exchange.accept(actor, matchId, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "network.exchange.match.accepted");
		}
		return "redirect:/network/exchange/matches/" + matchId;
	}

	@PostMapping("/matches/{matchId}/decline")
	String decline(Actor actor, @PathVariable UUID matchId, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		if (PROBLEMS.attempted(redirect, () -> this.exchange.decline(actor, matchId, Versions.required(version)))) {
			redirect.addFlashAttribute("message", "network.exchange.match.declined");
		}
		return "redirect:/network/exchange/matches/" + matchId;
	}

	@PostMapping("/matches/{matchId}/done")
	String done(Actor actor, @PathVariable UUID matchId, @Valid @ModelAttribute("doneForm") DoneForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && PROBLEMS.saved(result, () -> this.exchange.recordDone(actor, matchId,
				form.getOutcome(), form.getDoneOn(), Versions.required(form.getVersion())))) {
			redirect.addFlashAttribute("message", "network.exchange.match.recorded");
			return "redirect:/network/exchange/matches/" + matchId;
		}
		return matchPage(actor, matchId, form, model);
	}

	private String itemPage(Actor actor, UUID itemId, ProposeForm form, Model model) {
		ExchangeItemView item = this.exchange.item(actor, itemId);
		model.addAttribute("item", item);
		model.addAttribute("matches", this.exchange.matchesOf(actor, itemId));
		List<ExchangeItemView> proposable = (item.open() && !item.mine())
				? this.exchange.myOpenItems(actor, item.direction().opposite()) : List.of();
		model.addAttribute("proposable", proposable);
		model.addAttribute("proposeForm", form);
		if (!model.containsAttribute("proposeFailed")) {
			model.addAttribute("proposeFailed", false);
		}
		return "network/exchange/item";
	}

	private String matchPage(Actor actor, UUID matchId, DoneForm form, Model model) {
		ExchangeMatchView match = this.exchange.match(actor, matchId);
		if (form.getVersion() == null) {
			form.setVersion(match.version());
		}
		model.addAttribute("match", match);
		model.addAttribute("doneForm", form);
		return "network/exchange/match";
	}

	private String formPage(Actor actor, ItemForm form, ExchangeItemView item, Model model) {
		this.exchange.requireParticipant(actor);
		model.addAttribute("itemForm", form);
		model.addAttribute("item", item);
		model.addAttribute("mayPostForOrganisation", item == null && this.exchange.mayPostForOrganisation(actor));
		choices(model);
		return "network/exchange/item-form";
	}

	/** The filter as a query string, for the pager. */
	private static String query(ExchangeFilter filter) {
		StringBuilder query = new StringBuilder("filtered=1");
		if (filter.direction() != null) {
			query.append("&direction=").append(filter.direction());
		}
		if (filter.kind() != null) {
			query.append("&kind=").append(filter.kind());
		}
		if (filter.type() != null) {
			query.append("&type=").append(filter.type());
		}
		if (filter.source() != null) {
			query.append("&source=").append(filter.source());
		}
		return query.toString();
	}

	private static void choices(Model model) {
		model.addAttribute("directions", List.of(ItemDirection.values()));
		model.addAttribute("kinds", List.of(ResourceKind.values()));
		model.addAttribute("types", List.of(SupportType.values()));
		model.addAttribute("sources", List.of(ItemSource.values()));
	}

}

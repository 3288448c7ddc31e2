package io.cocareer.network.recruit.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.network.Arena;
import io.cocareer.network.ContactFrequency;
import io.cocareer.network.DeveloperRole;
import io.cocareer.network.map.NetworkService;
import io.cocareer.network.map.SaveDeveloper;
import io.cocareer.network.recruit.AssetKind;
import io.cocareer.network.recruit.CandidateService;
import io.cocareer.network.recruit.CandidateView.AssetView;
import io.cocareer.shared.Actor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A hired person's own recruitment assets, one step from their map: whom they know at an
 * organisation or community they brought goes onto their map as an external developer
 * ({@link NetworkService#addDeveloper}, on their own map only).
 */
@Controller
class MyRecruitmentController {

	private final CandidateService candidates;

	private final NetworkService network;

	private final MessageSource messages;

	MyRecruitmentController(CandidateService candidates, NetworkService network, MessageSource messages) {
		this.candidates = candidates;
		this.network = network;
		this.messages = messages;
	}

	@PostMapping("/network/recruitment/assets/{assetId}/map")
	String addToMap(Actor actor, @PathVariable UUID assetId, @Valid @ModelAttribute("mapAssetForm") MapAssetForm form,
			BindingResult result, Locale locale, RedirectAttributes redirect) {
		AssetView asset = this.candidates.myAsset(actor, assetId);
		if (asset.kind() != AssetKind.ORGANISATION && asset.kind() != AssetKind.COMMUNITY) {
			redirect.addFlashAttribute("recruitProblemText",
					this.messages.getMessage("recruit.mine.notAnOrganisation", null, locale));
			return "redirect:/network#from-recruitment";
		}
		Arena arena = (asset.kind() == AssetKind.ORGANISATION) ? Arena.PRIOR_EMPLOYER : Arena.PROFESSIONAL_ASSOCIATION;
		if (result.hasErrors() || RecruitPage.PROBLEMS.created(result, "name",
				() -> this.network.addDeveloper(actor, new SaveDeveloper(null, form.getName(), asset.name(), arena,
						DeveloperRole.PEER, 3, ContactFrequency.QUARTERLY, null, null))).isEmpty()) {
			// the card sits on the map's page: the refusal goes there in words
			redirect.addFlashAttribute("recruitProblemText", this.messages.getMessage(result.getAllErrors().get(0), locale));
			return "redirect:/network#from-recruitment";
		}
		redirect.addFlashAttribute("message", "recruit.mine.added");
		return "redirect:/network";
	}

}

package io.cocareer.talent.ninebox.web;

import java.util.ArrayList;

import jakarta.validation.Valid;

import io.cocareer.shared.Actor;
import io.cocareer.talent.ninebox.NineBoxService;
import io.cocareer.talent.web.TalentPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The performance by potential grid of the pool, and its cell labels. */
@Controller
@RequestMapping("/talents/nine-box")
class NineBoxController implements TalentPage {

	private final NineBoxService nineBox;

	NineBoxController(NineBoxService nineBox) {
		this.nineBox = nineBox;
	}

	/** A hand-made post with an absurd list index (values[9999]) is ignored, not a server error. */
	@InitBinder
	void initBinder(WebDataBinder binder) {
		// an index past Spring's limit (256) is then ignored; the limit cannot be set here, since the
		// shared StrictInputBinding has configured the binder already
		binder.setIgnoreInvalidFields(true);
	}

	@GetMapping
	String nineBox(Actor actor, Model model) {
		model.addAttribute("nineBox", this.nineBox.nineBox(actor));
		return "talents/ninebox/nine-box";
	}

	@GetMapping("/labels")
	String labelsForm(Actor actor, Model model) {
		NineBoxLabelsForm form = new NineBoxLabelsForm();
		form.setLabels(new ArrayList<>(this.nineBox.nineBoxLabels(actor)));
		model.addAttribute("form", form);
		return "talents/ninebox/nine-box-labels";
	}

	@PostMapping("/labels")
	String relabel(Actor actor, @Valid @ModelAttribute("form") NineBoxLabelsForm form, BindingResult result,
			RedirectAttributes redirect) {
		this.nineBox.nineBoxLabels(actor);
		while (form.getLabels().size() < 9) {
			form.getLabels().add("");
		}
		if (result.hasErrors()) {
			return "talents/ninebox/nine-box-labels";
		}
		if (!PROBLEMS.saved(result, () -> this.nineBox.relabelNineBox(actor, form.getLabels()))) {
			return "talents/ninebox/nine-box-labels";
		}
		redirect.addFlashAttribute("message", "talent.nineBox.relabelled");
		return "redirect:/talents/nine-box";
	}

}

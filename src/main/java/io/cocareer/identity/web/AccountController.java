package io.cocareer.identity.web;

import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.ApiTokenService;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PeopleService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: who they are, their password and their personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

	private static final String VIEW = "account/account";

	private final AccountService accounts;

	private final ApiTokenService tokens;

	private final PeopleDirectory people;

	private final PeopleService directoryAccess;

	AccountController(AccountService accounts, ApiTokenService tokens, PeopleDirectory people,
			PeopleService directoryAccess) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.people = people;
		this.directoryAccess = directoryAccess;
	}

	@GetMapping
	String show(Actor actor, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		model.addAttribute("tokenForm", new TokenForm());
		return page(actor, model);
	}

	@PostMapping("/password")
	String changePassword(Actor actor, @Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmPassword") && !form.confirmationMatches()) {
			result.rejectValue("confirmPassword", "identity.password.mismatch", "The two new passwords differ");
		}
		if (!result.hasErrors()) {
			if (PageProblems.SHARED.saved(result,
					() -> this.accounts.changeOwnPassword(actor, form.getCurrentPassword(), form.getNewPassword()))) {
				redirect.addFlashAttribute("message", "identity.password.changed");
				return "redirect:/account";
			}
		}
		model.addAttribute("tokenForm", new TokenForm());
		return page(actor, model);
	}

	/**
	 * Shows the new secret in the answer to the POST itself, not after a redirect: a flash
	 * attribute would park the secret in the shared session table.
	 */
	@PostMapping("/tokens")
	String createToken(Actor actor, @Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			PageProblems.SHARED.created(result, () -> this.tokens.create(actor, form.getName())).ifPresent((token) -> {
				model.addAttribute("createdToken", token);
				form.setName(null);
			});
		}
		model.addAttribute("passwordForm", new PasswordForm());
		return page(actor, model);
	}

	@PostMapping("/tokens/{tokenId}/revoke")
	String revokeToken(Actor actor, @PathVariable UUID tokenId, RedirectAttributes redirect) {
		this.tokens.revoke(actor, tokenId);
		redirect.addFlashAttribute("message", "identity.token.revoked");
		return "redirect:/account";
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("account", this.accounts.get(actor.accountId().value()));
		model.addAttribute("person",
				(actor.personId() != null) ? this.people.find(actor.personId()).orElse(null) : null);
		// the directory is for staff: an alumnus sees their person's name without a link to a page they may not open
		model.addAttribute("mayOpenPerson", this.directoryAccess.maySeeDirectory(actor));
		model.addAttribute("tokens", this.tokens.tokensOf(actor));
		return VIEW;
	}

}

package io.cocareer.identity.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.identity.AccountOverview;
import io.cocareer.identity.AccountService;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.Role;
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

/** Accounts administration: open accounts for people, change roles, disable, reset passwords. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private static final String VIEW_LIST = "admin/accounts/list";

	private static final String VIEW_NEW = "admin/accounts/new";

	private static final String VIEW_EDIT = "admin/accounts/edit";

	private final AccountService accounts;

	AccountAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("allRoles")
	List<Role> allRoles() {
		return List.of(Role.values());
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("accounts", this.accounts.overview(actor));
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new NewAccountForm());
		return VIEW_NEW;
	}

	@PostMapping("/new")
	String processCreationForm(Actor actor, @Valid @ModelAttribute("form") NewAccountForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW_NEW;
		}
		Optional<UUID> id = PageProblems.SHARED.created(result, AccountAdminController::fieldOf,
				() -> this.accounts.create(actor, form.toCommand()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("message", "identity.account.created");
			return "redirect:/admin/accounts/" + id.get();
		}
		return VIEW_NEW;
	}

	@GetMapping("/{accountId}")
	String edit(Actor actor, @PathVariable UUID accountId, Model model) {
		AccountOverview overview = this.accounts.overview(actor, accountId);
		model.addAttribute("rolesForm", RolesForm.of(overview.account().roles()));
		model.addAttribute("passwordForm", new ResetPasswordForm());
		return editPage(overview, model);
	}

	@PostMapping("/{accountId}/roles")
	String changeRoles(Actor actor, @PathVariable UUID accountId,
			@Valid @ModelAttribute("rolesForm") RolesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			if (PageProblems.SHARED.saved(result, "roles",
					() -> this.accounts.changeRoles(actor, accountId, form.getRoles()))) {
				redirect.addFlashAttribute("message", "identity.account.rolesChanged");
				return "redirect:/admin/accounts/" + accountId;
			}
		}
		model.addAttribute("passwordForm", new ResetPasswordForm());
		return editPage(this.accounts.overview(actor, accountId), model);
	}

	@PostMapping("/{accountId}/enabled")
	String setEnabled(Actor actor, @PathVariable UUID accountId, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		this.accounts.setEnabled(actor, accountId, enabled);
		redirect.addFlashAttribute("message", enabled ? "identity.account.enabled" : "identity.account.disabled");
		return "redirect:/admin/accounts/" + accountId;
	}

	@PostMapping("/{accountId}/password")
	String resetPassword(Actor actor, @PathVariable UUID accountId,
			@Valid @ModelAttribute("passwordForm") ResetPasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			if (PageProblems.SHARED.saved(result, "password",
					() -> this.accounts.resetPassword(actor, accountId, form.getPassword()))) {
				redirect.addFlashAttribute("message", "identity.account.passwordReset");
				return "redirect:/admin/accounts/" + accountId;
			}
		}
		AccountOverview overview = this.accounts.overview(actor, accountId);
		model.addAttribute("rolesForm", RolesForm.of(overview.account().roles()));
		return editPage(overview, model);
	}

	private static String editPage(AccountOverview overview, Model model) {
		model.addAttribute("overview", overview);
		return VIEW_EDIT;
	}

	/** A broken rule of a new account is about its user name or its person. */
	private static String fieldOf(DomainException ex) {
		if (PageProblems.fieldOf(ex) != null) {
			return PageProblems.fieldOf(ex);
		}
		return "identity.rule.duplicateUsername".equals(ex.code()) ? "username" : "employeeId";
	}

}

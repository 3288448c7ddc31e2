package io.cocareer.identity.web;

import java.util.List;
import java.util.Optional;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AccountView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; in demo mode it lists the demo accounts so a visitor can try every role. */
@Controller
class LoginController {

	static final List<String> DEMO_USERNAMES = List.of("lead", "manager", "talent", "alumnus", "admin");

	private final AccountService accounts;

	private final boolean demo;

	LoginController(AccountService accounts, @Value("${cocareer.demo.enabled:false}") boolean demo) {
		this.accounts = accounts;
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(Model model) {
		if (this.demo) {
			List<AccountView> demoAccounts = DEMO_USERNAMES.stream()
				.map(this.accounts::findByUsername)
				.flatMap(Optional::stream)
				.toList();
			model.addAttribute("demoAccounts", demoAccounts);
		}
		return "login";
	}

}

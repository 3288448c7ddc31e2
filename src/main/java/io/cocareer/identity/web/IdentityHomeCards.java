package io.cocareer.identity.web;

import java.util.List;
import java.util.Map;

import io.cocareer.identity.AccountService;
import io.cocareer.identity.AuditLog;
import io.cocareer.shared.Actor;
import io.cocareer.shared.Paging;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;

import org.springframework.stereotype.Component;

/** The recent changes of the audit log for the talent lead and the administrator; the accounts for the latter. */
@Component
class IdentityHomeCards implements HomeCardContributor {

	static final String TEMPLATE = "admin/home";

	private final AuditLog auditLog;

	private final AccountService accounts;

	IdentityHomeCards(AuditLog auditLog, AccountService accounts) {
		this.auditLog = auditLog;
		this.accounts = accounts;
	}

	@Override
	public List<HomeCard> cards(HomePage home, Actor reader) {
		return switch (home) {
			case LEAD -> List.of(HomeCard.card("recent", 40, TEMPLATE, "recentList",
					Map.of("recent", this.auditLog.search(reader, null, null, null, Paging.of(0, 8)).items())));
			case ADMIN -> List.of(HomeCard.action("manage-accounts", 10, TEMPLATE, "accountsAction"),
					HomeCard.figure("account-count", 20, TEMPLATE, "accountCount", Map.of("accounts", this.accounts.all().size())),
					HomeCard.card("recent", 10, TEMPLATE, "recentTable",
							Map.of("recent", this.auditLog.search(reader, null, null, null, Paging.of(0, 10)).items())));
			case TALENT, MANAGER, ALUMNUS -> List.of();
		};
	}

}

package io.cocareer.network.plan.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.cocareer.network.plan.FundService;
import io.cocareer.network.plan.TalentFund;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The talents' networking funds for the talent lead: figures only (budget, committed, spent,
 * left), never an activity, a gap or a person of a plan; and the budget per talent and year.
 */
@RestController
@RequestMapping("/api/v1/network/funds")
class NetworkFundApiController {

	private final FundService funds;

	NetworkFundApiController(FundService funds) {
		this.funds = funds;
	}

	/** Every talent with an activity in the year or a budget set for it (this year unless {@code year} is given). */
	@GetMapping
	List<TalentFundResponse> funds(Actor actor, @RequestParam(required = false) @Nullable Integer year) {
		int fundYear = (year != null) ? year : this.funds.thisYear();
		String currency = this.funds.currency().getCurrencyCode();
		return this.funds.funds(actor, fundYear).stream().map((f) -> TalentFundResponse.of(f, currency)).toList();
	}

	@GetMapping("/{personId}")
	TalentFundResponse fund(Actor actor, @PathVariable UUID personId, @RequestParam(required = false) @Nullable Integer year) {
		int fundYear = (year != null) ? year : this.funds.thisYear();
		return TalentFundResponse.of(this.funds.fund(actor, PersonId.of(personId), fundYear),
				this.funds.currency().getCurrencyCode());
	}

	/** Sets a talent's budget for a year; refused (409) below what is already committed and spent. */
	@PutMapping("/{personId}")
	TalentFundResponse setBudget(Actor actor, @PathVariable UUID personId, @Valid @RequestBody BudgetRequest request) {
		int fundYear = (request.year() != null) ? request.year() : this.funds.thisYear();
		return TalentFundResponse.of(this.funds.setBudget(actor, PersonId.of(personId), fundYear, request.budget()),
				this.funds.currency().getCurrencyCode());
	}

	/** Schema {@code NetworkFundBudgetRequest}: the budget, for this year unless {@code year} is given. */
	record BudgetRequest(@NotNull BigDecimal budget, @Nullable Integer year) {

	}

	/** Schema {@code NetworkFundTalentFundResponse}: one talent's fund in figures. */
	record TalentFundResponse(PersonId personId, String name, int year, String currency, BigDecimal budget,
			boolean budgetSet, BigDecimal committed, BigDecimal spent, BigDecimal left, boolean stopped) {

		static TalentFundResponse of(TalentFund f, String currency) {
			return new TalentFundResponse(f.personId(), f.name(), f.fund().year(), currency,
					io.cocareer.network.plan.Money.amount(f.fund().budgetCents()), f.budgetSet(),
					io.cocareer.network.plan.Money.amount(f.fund().committedCents()),
					io.cocareer.network.plan.Money.amount(f.fund().spentCents()),
					io.cocareer.network.plan.Money.amount(f.fund().leftCents()), f.fund().stopped());
		}

	}

}

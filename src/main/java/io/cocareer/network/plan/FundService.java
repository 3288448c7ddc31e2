package io.cocareer.network.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cocareer.network.plan.internal.PlanAccess;
import io.cocareer.network.plan.internal.PlanActivities;
import io.cocareer.network.plan.internal.PlanActivity;
import io.cocareer.network.plan.internal.PlanFund;
import io.cocareer.network.plan.internal.PlanFunds;
import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonSummary;
import io.cocareer.people.PersonView;
import io.cocareer.shared.Actor;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.NotFoundException;
import io.cocareer.shared.PersonId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The networking funds as the talent lead sees them: each talent's budget, committed, spent and
 * left for a year, in figures only (no activity, gap or person of a plan leaves here), and the
 * budgets the lead sets ({@link PlanAccess}).
 */
@Service
public class FundService {

	/** The years a budget may be set for: this one and the next. */
	public static final int YEARS_AHEAD = 1;

	private final PlanFunds funds;

	private final PlanActivities activities;

	private final FundLedger ledger;

	private final PlanAccess access;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FundService(PlanFunds funds, PlanActivities activities, FundLedger ledger, PlanAccess access, PeopleDirectory people,
			ApplicationEventPublisher events, Clock clock) {
		this.funds = funds;
		this.activities = activities;
		this.ledger = ledger;
		this.access = access;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor manages the funds (the lead's home card and page show by it). */
	public boolean mayManageFunds(Actor actor) {
		return this.access.mayManageFunds(actor);
	}

	public int thisYear() {
		return LocalDate.now(this.clock).getYear();
	}

	public long defaultBudgetCents() {
		return this.ledger.defaultBudgetCents();
	}

	public java.util.Currency currency() {
		return this.ledger.currency();
	}

	/**
	 * The funds of the year in use: every talent with an activity in it or a budget set for it,
	 * by name.
	 */
	@Transactional(readOnly = true)
	public List<TalentFund> funds(Actor actor, int year) {
		this.access.requireMayManageFunds(actor);
		requireYear(year);
		Set<UUID> talents = new LinkedHashSet<>(this.activities.talentsActiveBetween(LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31)));
		List<PlanFund> set = this.funds.findByYear(year);
		set.stream().filter((f) -> f.budgetCents() != null).forEach((f) -> talents.add(f.talentId()));
		return fundsOf(talents, year, set);
	}

	/** One talent's fund of the year (the default budget and nothing used if they have not used it). */
	@Transactional(readOnly = true)
	public TalentFund fund(Actor actor, PersonId talent, int year) {
		this.access.requireMayManageFunds(actor);
		requireYear(year);
		requireTalent(talent);
		return fundsOf(Set.of(talent.value()), year, this.funds.findByYearAndTalentIdIn(year, Set.of(talent.value()))).get(0);
	}

	/** Sets a talent's budget for a year; it may not go below what is already committed and spent. */
	@Transactional
	public TalentFund setBudget(Actor actor, PersonId talent, int year, BigDecimal budget) {
		this.access.requireMayManageFunds(actor);
		requireYear(year);
		long cents = Money.cents(budget, "budget");
		requireTalent(talent);
		PlanFund fund = this.ledger.lock(talent.value(), year);
		Fund current = this.ledger.fund(talent.value(), year,
				this.activities.findByTalentIdOrderByStartsOnAscCreatedAtAsc(talent.value()));
		long used = current.committedCents() + current.spentCents();
		if (cents < used) {
			String usedText = Money.format(used, currency(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
			throw new BusinessRuleViolation("network.plan.fund.belowUsed",
					"%s of this fund is already committed or spent: the budget cannot be less".formatted(usedText), usedText);
		}
		fund.setBudget(cents);
		this.events.publishEvent(AuditEvent.career("network.plan.budgetSet", "networkFund", talent.value(),
				AuditEvent.person(talent), AuditEvent.text(year),
				AuditEvent.text(Money.amount(cents).toPlainString() + " " + currency().getCurrencyCode())));
		return fund(actor, talent, year);
	}

	private void requireYear(int year) {
		int thisYear = thisYear();
		if (year < thisYear - 1 || year > thisYear + YEARS_AHEAD) {
			throw new InvalidInput("year", "network.plan.fund.yearOutOfRange",
					"Funds are kept for last year, this year and the next");
		}
	}

	private void requireTalent(PersonId talent) {
		PersonView person = this.people.find(talent)
			.orElseThrow(() -> new NotFoundException("network.plan.fund.unknownTalent", "There is no such person"));
		if (person.erased()) {
			throw new NotFoundException("network.plan.fund.unknownTalent", "There is no such person");
		}
	}

	private List<TalentFund> fundsOf(Set<UUID> talents, int year, List<PlanFund> set) {
		Map<UUID, Long> budgets = set.stream()
			.filter((f) -> f.budgetCents() != null)
			.collect(Collectors.toMap(PlanFund::talentId, PlanFund::budgetCents));
		Map<UUID, List<PlanActivity>> byTalent = this.activities.findByTalentIdIn(talents).stream()
			.collect(Collectors.groupingBy(PlanActivity::talentId));
		Map<UUID, PersonSummary> names = this.people.summaries(talents);
		return talents.stream()
			.filter(names::containsKey)
			.map((id) -> {
				Long budget = budgets.get(id);
				Fund fund = FundLedger.fund(year, (budget != null) ? budget : defaultBudgetCents(),
						byTalent.getOrDefault(id, List.of()), this.ledger.stopped(id));
				return new TalentFund(PersonId.of(id), names.get(id).fullName(), fund, budget != null);
			})
			.sorted(Comparator.comparing(TalentFund::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

}

package io.cocareer.network.plan;

import io.cocareer.shared.PersonId;

/**
 * One talent's fund as the talent lead sees it: figures only, never what the plan holds.
 * @param budgetSet the lead set this budget (otherwise it is the default)
 */
public record TalentFund(PersonId personId, String name, Fund fund, boolean budgetSet) {

}

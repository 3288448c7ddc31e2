/**
 * The when-to-use diagnostic (issue 11, item 7; DOMAIN.md §6.3): the talent lead starts one for the
 * organisation or for one unit, with a title and the members of staff asked to answer; each
 * respondent rates the thirteen statements on the seeds' five conditions from 1 to 5, and may change
 * their answers until the lead closes it. {@link io.cocareer.toolbox.diagnostic.DiagnosticScoring}
 * turns the answers into a score per condition, the readiness, each approach's fit and band with the
 * conditions behind it, and Cronbach's α per condition; the lead compares diagnostics over time.
 * <p>
 * Aggregates only ({@code internal.DiagnosticAccess}): the lead sees every diagnostic and who has
 * answered; a respondent sees those they are asked to answer and their own answers; a closed
 * diagnostic's result is seen by the lead, its respondents and, for a unit diagnostic, that unit's
 * managers, and only from five answers on; nobody but its author ever sees an answer.
 * Administrators and anybody else: 404. The organisation's latest result is offered to the rest of
 * the toolbox through {@link io.cocareer.toolbox.diagnostic.DiagnosticResults} and as
 * {@link io.cocareer.toolbox.ToolboxFigures}. When a person is erased
 * ({@link io.cocareer.people.PersonErased}) their answers go from open diagnostics and lose their
 * name in closed ones.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career toolbox: when-to-use diagnostic")
package io.cocareer.toolbox.diagnostic;

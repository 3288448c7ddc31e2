package io.cocareer.toolbox.diagnostic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A diagnostic as its reader may see it. Aggregates only: the result never tells one respondent's
 * answers apart; {@code myAnswers} are the reader's own; {@code respondents} (who was asked and
 * whether they answered, not what) only the talent lead gets.
 * @param unitName the unit's name for a unit diagnostic
 * @param respondentCount how many people were asked, those since erased whose answers are kept included
 * @param responses how many respondents have answered
 * @param resultState whether the result is shown, and if not why
 * @param result the aggregate, when {@code resultState} is {@link ResultState#SHOWN}
 * @param askedToAnswer whether the reader is a respondent
 * @param myAnswers the reader's answers, or {@code null} when they gave none
 * @param respondents who was asked and who has answered, for the lead; {@code null} for anyone else
 */
@io.cocareer.shared.PrivateData
public record DiagnosticView(UUID id, String title, DiagnosticScope scope, @Nullable UUID unitId,
		@Nullable String unitName, DiagnosticStatus status, LocalDate openedOn, @Nullable LocalDate closedOn,
		DiagnosticWeights weights, int respondentCount, int responses, ResultState resultState,
		@Nullable DiagnosticResult result, boolean askedToAnswer, @Nullable Map<DiagnosticItem, Integer> myAnswers,
		@Nullable List<RespondentView> respondents, long version, boolean mayAnswer, boolean mayClose) {

	public boolean open() {
		return this.status == DiagnosticStatus.OPEN;
	}

	/** Whether the reader still has to answer. */
	public boolean awaitsMyAnswers() {
		return this.mayAnswer && this.myAnswers == null;
	}

	/** The day that places it in time: the day it was closed, else the day it opened. */
	public LocalDate day() {
		return (this.closedOn != null) ? this.closedOn : this.openedOn;
	}

	/** Whether the result is shown, and if not why. */
	public enum ResultState {

		SHOWN,

		/** Still open: the result is shown once the lead closes it. */
		NOT_CLOSED,

		/** Fewer than five answers: an aggregate would come close to telling someone's answers. */
		TOO_FEW_ANSWERS

	}

	/**
	 * Someone asked to answer, and whether they have (never what); {@code personId} null for someone
	 * since erased whose answers a closed diagnostic keeps (named as a former colleague).
	 */
	public record RespondentView(@Nullable UUID personId, String name, boolean answered) {

	}

}

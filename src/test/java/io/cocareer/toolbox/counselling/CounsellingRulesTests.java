package io.cocareer.toolbox.counselling;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules on what is typed, all at once, field by field. */
class CounsellingRulesTests {

	private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 10, 9, 0);

	@Test
	void aTimeInThePastAnEndBeforeTheStartAndNoPlaceAreEachTold() {
		assertThat(CounsellingService.scheduleProblems(new ScheduleSession(NOW.minusHours(1), NOW.minusHours(2), " ", null),
				NOW))
			.extracting(InvalidInput::code)
			.containsExactly("toolbox.counselling.startsAt.past", "toolbox.counselling.endsAt.beforeStart",
					"toolbox.counselling.place.required");
		assertThat(CounsellingService.scheduleProblems(new ScheduleSession(null, null, null, "ftp://x"), NOW))
			.extracting(InvalidInput::field)
			.containsExactly("startsAt", "endsAt", "videoLink");
		assertThat(CounsellingService.scheduleProblems(new ScheduleSession(NOW, NOW, "Room", null), NOW))
			.extracting(InvalidInput::code)
			.as("an end equal to the start is no session")
			.containsExactly("toolbox.counselling.endsAt.beforeStart");
		assertThat(CounsellingService.scheduleProblems(new ScheduleSession(NOW, NOW.plusHours(9), "Room", null), NOW))
			.extracting(InvalidInput::code)
			.containsExactly("toolbox.counselling.endsAt.tooLong");
		assertThat(CounsellingService.scheduleProblems(
				new ScheduleSession(NOW.plusDays(1), NOW.plusDays(1).plusMinutes(45), null, "https://meet.example.com/a"),
				NOW))
			.isEmpty();
	}

	@Test
	void anEmptyTopicAndNoCounsellorAreTold() {
		assertThat(CounsellingService.requestProblems(new RequestSession(null, null, "  ", "x".repeat(4001))))
			.extracting(InvalidInput::field)
			.containsExactly("counsellorId", "topic", "agenda");
		assertThat(CounsellingService.requestProblems(
				new RequestSession(null, PersonId.of(java.util.UUID.randomUUID()), "Next steps", null)))
			.isEmpty();
	}

	@Test
	void aFollowUpNeedsWhatWhoAndADayNotPast() {
		LocalDate today = NOW.toLocalDate();
		assertThat(CounsellingService.followUpProblems(new AddFollowUp("", null, today.minusDays(1)), today))
			.extracting(InvalidInput::code)
			.containsExactly("toolbox.counselling.followUp.whatRequired", "toolbox.counselling.followUp.ownerRequired",
					"toolbox.counselling.followUp.duePast");
		assertThat(CounsellingService.cancelProblems(null)).extracting(InvalidInput::code)
			.containsExactly("toolbox.counselling.reason.required");
	}

}

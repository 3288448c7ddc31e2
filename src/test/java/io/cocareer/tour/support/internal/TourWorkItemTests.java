package io.cocareer.tour.support.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.BusinessRuleViolation;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;
import io.cocareer.tour.Impact;
import io.cocareer.tour.support.WorkItemKind;
import io.cocareer.tour.support.WorkItemStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TourWorkItemTests {

	static final LocalDate TODAY = LocalDate.of(2030, 5, 10);

	static final UUID OWNER = UUID.randomUUID();

	static final ActedBy TARA = new ActedBy(PersonId.of(UUID.randomUUID()), null);

	static final ActedBy MARCO = new ActedBy(PersonId.of(UUID.randomUUID()), null);

	@Test
	void aRequestStartsRequestedAndAnObstacleOpen() {
		assertThat(resource().status()).isEqualTo(WorkItemStatus.REQUESTED);
		assertThat(obstacle().status()).isEqualTo(WorkItemStatus.OPEN);
	}

	@Test
	void aRequestSaysWhyAndAnObstacleItsImpact() {
		assertThatThrownBy(() -> TourWorkItem.raise(UUID.randomUUID(), WorkItemKind.RESOURCE, "Budget", " ", null,
				OWNER, TODAY, TODAY, TARA, Instant.now()))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("why"));
		assertThatThrownBy(() -> TourWorkItem.raise(UUID.randomUUID(), WorkItemKind.OBSTACLE, "No access", null, null,
				OWNER, TODAY, TODAY, TARA, Instant.now()))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("impact"));
	}

	@Test
	void aDateInThePastIsRefusedWhenSetButKeptWhenUnchanged() {
		assertThatThrownBy(() -> TourWorkItem.raise(UUID.randomUUID(), WorkItemKind.RESOURCE, "Budget", "For travel",
				null, OWNER, TODAY.minusDays(1), TODAY, TARA, Instant.now()))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("dueOn"));
		TourWorkItem item = resource();
		LocalDate later = TODAY.plusDays(30);
		// the date of an item is in the past once it is overdue; changing something else keeps it
		item.revise("Budget", "For travel", null, OWNER, TODAY.plusDays(7), WorkItemStatus.IN_PROGRESS, null, later,
				MARCO, Instant.now());
		assertThat(item.status()).isEqualTo(WorkItemStatus.IN_PROGRESS);
	}

	@Test
	void decliningAndResolvingSayWhyOrHow() {
		TourWorkItem request = resource();
		assertThatThrownBy(() -> revise(request, WorkItemStatus.DECLINED, " "))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.field()).isEqualTo("statusNote"));
		revise(request, WorkItemStatus.DECLINED, "No budget left this year");
		assertThat(request.statusNote()).isEqualTo("No budget left this year");

		TourWorkItem obstacle = obstacle();
		assertThatThrownBy(() -> revise(obstacle, WorkItemStatus.RESOLVED, null)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void aStatusOfTheOtherKindIsRefused() {
		assertThatThrownBy(() -> revise(resource(), WorkItemStatus.RESOLVED, "done"))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("status");
				assertThat(ex.code()).isEqualTo("tour.work.statusOfOtherKind");
			});
		assertThatThrownBy(() -> revise(obstacle(), WorkItemStatus.PROVIDED, null)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void aClosedItemIsFinal() {
		TourWorkItem request = resource();
		revise(request, WorkItemStatus.PROVIDED, null);
		assertThatThrownBy(() -> revise(request, WorkItemStatus.IN_PROGRESS, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.code()).isEqualTo("tour.work.closed"));
	}

	@Test
	void anOpenItemPastItsDateIsOverdueAndAClosedOneNever() {
		TourWorkItem obstacle = obstacle();
		assertThat(obstacle.overdue(TODAY.plusDays(7))).isFalse();
		assertThat(obstacle.overdue(TODAY.plusDays(8))).isTrue();
		revise(obstacle, WorkItemStatus.IN_PROGRESS, null);
		assertThat(obstacle.overdue(TODAY.plusDays(8))).isTrue();
		revise(obstacle, WorkItemStatus.RESOLVED, "Access granted");
		assertThat(obstacle.overdue(TODAY.plusDays(8))).isFalse();
	}

	@Test
	void anObstacleKeepsNoReasonAndARequestNoImpact() {
		TourWorkItem request = TourWorkItem.raise(UUID.randomUUID(), WorkItemKind.RESOURCE, "Budget", "Travel",
				Impact.HIGH, OWNER, TODAY, TODAY, TARA, Instant.now());
		assertThat(request.impact()).isNull();
	}

	private static TourWorkItem resource() {
		return TourWorkItem.raise(UUID.randomUUID(), WorkItemKind.RESOURCE, "Budget", "For travel", null, OWNER,
				TODAY.plusDays(7), TODAY, TARA, Instant.now());
	}

	private static TourWorkItem obstacle() {
		return TourWorkItem.raise(UUID.randomUUID(), WorkItemKind.OBSTACLE, "No access to prod logs", null,
				Impact.HIGH, OWNER, TODAY.plusDays(7), TODAY, TARA, Instant.now());
	}

	private static void revise(TourWorkItem item, WorkItemStatus status, String note) {
		item.revise(item.title(), item.reason(), item.impact(), item.ownerId(), item.dueOn(), status, note, TODAY,
				MARCO, Instant.now());
	}

}

package io.cocareer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cocareer.people.PersonHired;
import io.cocareer.people.PersonLeft;
import io.cocareer.people.PersonRehired;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.TourId;
import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.TourActivated;
import io.cocareer.tour.TourCompleted;
import io.cocareer.tour.TourEndedInGoodExit;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events between modules carry typed ids; the event publication registry stores them as
 * JSON and reads them back to retry a listener. Each round-trips through the registry's own
 * serializer, and an id is stored as the bare UUID, as before the ids were typed (so
 * publications stored by an older version still read).
 */
@IntegrationTest
class EventSerializationIntegrationTests {

	private static final UUID PERSON = UUID.fromString("6f1c1a52-3c55-4c4e-9d0a-7d2b8f1e0a01");

	private static final UUID TOUR = UUID.fromString("0b9e5c3e-8f47-4b0f-a1d2-5e6f7a8b9c02");

	private static final LocalDate ON = LocalDate.of(2026, 3, 1);

	@Autowired
	EventSerializer serializer;

	@Test
	void everyEventWithTypedIdsRoundTripsThroughTheRegistrysSerializer() {
		List<Object> events = List.of(new PersonHired(PersonId.of(PERSON), ON), new PersonLeft(PersonId.of(PERSON), ON),
				new PersonRehired(PersonId.of(PERSON), ON),
				new TourActivated(TourId.of(TOUR), PersonId.of(PERSON), UUID.randomUUID(), ON),
				new TourCompleted(TourId.of(TOUR), PersonId.of(PERSON), ON),
				new TourEndedInGoodExit(TourId.of(TOUR), PersonId.of(PERSON), ON));
		for (Object event : events) {
			Object stored = this.serializer.serialize(event);

			assertThat(stored.toString()).as("%s stores its ids as bare UUIDs", event.getClass().getSimpleName())
				.contains("\"" + PERSON + "\"")
				.doesNotContain("\"value\"");
			assertThat(this.serializer.deserialize(stored, event.getClass())).isEqualTo(event);
		}
	}

	@Test
	void aPublicationStoredBeforeTheIdsWereTypedStillReads() {
		String stored = "{\"tourId\":\"" + TOUR + "\",\"talentId\":\"" + PERSON + "\",\"on\":\"2026-03-01\"}";

		assertThat(this.serializer.deserialize(stored, TourCompleted.class))
			.isEqualTo(new TourCompleted(TourId.of(TOUR), PersonId.of(PERSON), ON));
	}

}

package io.cocareer.tour.catalogue.internal;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.ActedBy;
import io.cocareer.shared.InvalidInput;
import io.cocareer.shared.PersonId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CharterTests {

	private static final ActedBy SYSTEM = new ActedBy(null, "system");

	private static final UUID LEAD = UUID.randomUUID();

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void theFirstVersionIsOneAndEachSaveIsTheNext() {
		CharterVersion first = CharterVersion.after(null, "No lifetime employment.", SYSTEM, NOW);
		CharterVersion second = CharterVersion.after(first, "No lifetime loyalty either.", new ActedBy(PersonId.of(LEAD), "Hannah Berger"),
				NOW);

		assertThat(first.versionNo()).isEqualTo(1);
		assertThat(second.versionNo()).isEqualTo(2);
		assertThat(second.authorPersonId()).isEqualTo(LEAD);
		assertThat(second.author()).as("a person's name is looked up, not copied").isNull();
		assertThat(first.author()).isEqualTo("system");
		assertThat(second.isNew()).isTrue();
	}

	@Test
	void theTextIsTrimmedAndGetsUnixLineEnds() {
		CharterVersion version = CharterVersion.after(null, "  One.\r\n\r\nTwo.  ", SYSTEM, NOW);

		assertThat(version.body()).isEqualTo("One.\n\nTwo.");
	}

	@Test
	void anEmptyOrTooLongCharterIsRefused() {
		assertThatThrownBy(() -> CharterVersion.after(null, "  ", SYSTEM, NOW)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> CharterVersion.after(null, "x".repeat(8001), SYSTEM, NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.code()).isEqualTo("tour.field.tooLong"));
	}

}

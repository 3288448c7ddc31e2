package io.cocareer.tour.catalogue.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.cocareer.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CharterTests {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void theFirstVersionIsOneAndEachSaveIsTheNext() {
		CharterVersion first = CharterVersion.after(null, "No lifetime employment.", "system", NOW);
		CharterVersion second = CharterVersion.after(first, "No lifetime loyalty either.", "Hannah Berger", NOW);

		assertThat(first.versionNo()).isEqualTo(1);
		assertThat(second.versionNo()).isEqualTo(2);
		assertThat(second.author()).isEqualTo("Hannah Berger");
		assertThat(second.isNew()).isTrue();
	}

	@Test
	void theTextIsTrimmedAndGetsUnixLineEnds() {
		CharterVersion version = CharterVersion.after(null, "  One.\r\n\r\nTwo.  ", "system", NOW);

		assertThat(version.body()).isEqualTo("One.\n\nTwo.");
	}

	@Test
	void anEmptyOrTooLongCharterIsRefused() {
		assertThatThrownBy(() -> CharterVersion.after(null, "  ", "system", NOW)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> CharterVersion.after(null, "x".repeat(8001), "system", NOW))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> assertThat(ex.code()).isEqualTo("tour.field.tooLong"));
	}

}

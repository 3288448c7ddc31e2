package io.cocareer.alumni.directory.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A profile's text and the words typed are normalised alike: case, accents and punctuation do not matter. */
class SearchTextTests {

	@Test
	void textIsLowerCaseWithoutAccentsAndPunctuation() {
		assertThat(SearchText.of("Müller", "José", null, "C++ / Data-Engineer", "  Zürich ")).isEqualTo(
				"muller jose c data engineer zurich");
	}

	@Test
	void queryWordsAreNormalisedTakenOnceAndLikeWildcardsCannotSlipIn() {
		assertThat(SearchText.words("  Kafka  KAFKA engineer%_ ")).containsExactly("kafka", "engineer");
		assertThat(SearchText.words("%")).isEmpty();
		assertThat(SearchText.words(null)).isEmpty();
	}

	@Test
	void everyWordTypedIsFoundInTheTextOfAMatchingProfile() {
		String text = SearchText.of("Morgan Alex", "Fabrikam", "Staff Data Engineer", "Kafka\nKubernetes",
				"Streaming platforms for retail", "Amsterdam");
		for (String word : SearchText.words("alex fabrik kubern retail")) {
			assertThat(text).contains(word);
		}
	}

}

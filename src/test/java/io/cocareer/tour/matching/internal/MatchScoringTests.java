package io.cocareer.tour.matching.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cocareer.tour.matching.MatchReason;
import io.cocareer.tour.matching.MatchScore;
import io.cocareer.tour.matching.MatchingSettings;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MatchScoringTests {

	private static final double EPS = 1e-9;

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("messages/tour-matching");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private final MatchScoring scoring = new MatchScoring(MatchingSettings.DEFAULTS);

	private static final Map<String, Integer> REQUIRED = Map.of("A", 4, "B", 2);

	@Test
	void skillFitCountsTheCoveredShareOfRequiredLevels() {
		assertThat(MatchScoring.skillFit(REQUIRED, Map.of("A", 3, "B", 2))).isCloseTo(5.0 / 6.0, within(EPS));
		assertThat(MatchScoring.skillFit(REQUIRED, Map.of("A", 4, "B", 2))).isCloseTo(1.0, within(EPS));
	}

	@Test
	void levelsAboveTheRequirementDoNotCountExtra() {
		assertThat(MatchScoring.skillFit(REQUIRED, Map.of("A", 5, "B", 1))).isCloseTo(5.0 / 6.0, within(EPS));
	}

	@Test
	void aMissingCompetencyCountsAsLevelZero() {
		assertThat(MatchScoring.skillFit(REQUIRED, Map.of("B", 2))).isCloseTo(2.0 / 6.0, within(EPS));
		assertThat(MatchScoring.meanGap(REQUIRED, Map.of("B", 2))).isCloseTo(2.0, within(EPS));
	}

	@Test
	void aPackageRequiringNothingIsAFullSkillFitWithoutStretch() {
		assertThat(MatchScoring.skillFit(Map.of(), Map.of("A", 3))).isCloseTo(1.0, within(EPS));
		assertThat(MatchScoring.meanGap(Map.of(), Map.of("A", 3))).isCloseTo(0.0, within(EPS));
	}

	@Test
	void stretchPeaksAtTheTargetGap() {
		double gap = MatchScoring.meanGap(REQUIRED, Map.of("A", 3, "B", 2));
		assertThat(gap).isCloseTo(0.5, within(EPS));
		assertThat(MatchScoring.stretch(gap, 1.0)).isCloseTo(0.5 * Math.exp(0.5), within(EPS));
		assertThat(MatchScoring.stretch(gap, 1.0)).isCloseTo(0.8243606353500641, within(EPS));
		assertThat(MatchScoring.stretch(1.0, 1.0)).isCloseTo(1.0, within(EPS));
		assertThat(MatchScoring.stretch(2.0, 1.0)).isCloseTo(2 * Math.exp(-1), within(EPS));
		assertThat(MatchScoring.stretch(2.0, 2.0)).isCloseTo(1.0, within(EPS));
	}

	@Test
	void noGapMeansNoStretch() {
		assertThat(MatchScoring.stretch(MatchScoring.meanGap(REQUIRED, Map.of("A", 4, "B", 2)), 1.0)).isZero();
	}

	@Test
	void aspirationFitIsTheCosineSimilarityOfTheTagSets() {
		assertThat(MatchScoring.cosine(Set.of("a", "b", "c"), Set.of("b", "c", "d"))).isCloseTo(2.0 / 3.0, within(EPS));
		assertThat(MatchScoring.cosine(Set.of("a"), Set.of("a"))).isCloseTo(1.0, within(EPS));
		assertThat(MatchScoring.cosine(Set.of("a"), Set.of("b"))).isZero();
		assertThat(MatchScoring.cosine(Set.of(), Set.of())).isZero();
		assertThat(MatchScoring.cosine(Set.of("a"), Set.of())).isZero();
	}

	@Test
	void oneSharedWordWithALongPackageIsNoLongerAFewPercentForEveryone() {
		// the demo's case: 12 aspiration tags, 24 package tags, one in common
		Set<String> talent = new HashSet<>();
		Set<String> pkg = new HashSet<>();
		for (int i = 0; i < 12; i++) {
			talent.add("t" + i);
		}
		for (int i = 0; i < 24; i++) {
			pkg.add("p" + i);
		}
		talent.add("team");
		pkg.add("team");
		Set<String> richer = new HashSet<>(talent);
		richer.add("data");
		pkg.add("data");

		// Jaccard gave 1 / 36 ≈ 3 % whatever else the talent wrote
		assertThat(MatchScoring.cosine(talent, pkg)).isCloseTo(1 / Math.sqrt(13 * 26), within(EPS));
		assertThat(MatchScoring.cosine(richer, pkg)).isCloseTo(2 / Math.sqrt(14 * 26), within(EPS))
			.isGreaterThan(1.5 * MatchScoring.cosine(talent, pkg));
	}

	@Test
	void realisticProfilesWithTheSameLevelsGetDistinctScores() {
		// the demo's "Search relevance v2" and four talents written like the demo's, all with Data analysis 4
		MatchScoring.Terms pkg = MatchScoring.tokens(List.of("Search relevance v2",
				"Rebuild how customers find products: ranking, synonyms and measurement.",
				"Click-through on search results up 15 % by the end of the tour; an evaluation set the team keeps.",
				"Data analysis", "Machine learning"));
		Map<String, Integer> required = Map.of("Data analysis", 4, "Machine learning", 3);
		Map<String, Integer> levels = Map.of("Data analysis", 4);
		List<List<String>> roles = List.of(List.of("Data science lead", "Product owner"),
				List.of("Team lead", "Chief of staff"), List.of("Principal engineer", "Solution architect"),
				List.of("Customer success director", "Regional director"));
		Set<Double> scores = new HashSet<>();
		Set<Double> aspirationFits = new HashSet<>();
		for (List<String> desired : roles) {
			MatchScoring.Terms talent = MatchScoring.tokens(List.of("Lead a cross-team initiative within the next year.",
					"Grow into a " + desired.get(0).toLowerCase(Locale.ROOT) + " role with influence beyond my unit.",
					desired.get(0), desired.get(1)));
			MatchScore match = this.scoring.score(required, levels, talent, pkg, 1.0);
			scores.add(match.score());
			aspirationFits.add(match.aspirationFit());
		}

		assertThat(aspirationFits).hasSize(4);
		assertThat(scores).hasSize(4);
		// the data science lead who wants to own a product shares "data", "product" and "team" with it
		MatchScoring.Terms dataLead = MatchScoring.tokens(List.of("Lead a cross-team initiative within the next year.",
				"Grow into a data science lead role with influence beyond my unit.", "Data science lead",
				"Product owner"));
		assertThat(this.scoring.score(required, levels, dataLead, pkg, 1.0).explanation())
			.contains(new MatchReason("tour.match.reason.sharedWords", "data, product, team"));
	}

	@Test
	void pluralsAreFoldedSoCustomersMeetsCustomer() {
		assertThat(MatchScoring.tokens(List.of("Customers and their journeys, success stories", "business analysis"))
			.stems()).isEqualTo(
					MatchScoring.tokens(List.of("Customer and their journey, success story", "business analysis"))
						.stems())
			.hasSize(6);
		assertThat(MatchScoring.cosine(MatchScoring.tokens(List.of("Customer success director")).stems(),
				MatchScoring.tokens(List.of("Map the first 30 days of new customers")).stems()))
			.isCloseTo(1 / Math.sqrt(3 * 3), within(EPS));
	}

	@Test
	void tokensAreLowerCasedLongWordsWithoutStopWords() {
		assertThat(MatchScoring.tokens(List.of("Lead the Search team, with data!", "Machine-learning engineer"))
			.shown()
			.values()).containsExactlyInAnyOrder("lead", "search", "team", "data", "machine", "learning", "engineer");
		assertThat(MatchScoring.tokens(List.of("What I want from my next role, and your team's plans")).shown()
			.values()).as("stop words of Lucene's lists, short words, possessives")
			.containsExactlyInAnyOrder("want", "next", "role", "team", "plans");
	}

	@Test
	void wordsWithOneStemMeetSoEngineerMeetsEngineering() {
		MatchScoring.Terms talent = MatchScoring.tokens(List.of("Principal engineer", "Grow as an engineer"));
		MatchScoring.Terms pkg = MatchScoring.tokens(List.of("Platform engineering", "Engineered to grow a platform"));

		assertThat(MatchScoring.cosine(talent.stems(), pkg.stems())).isCloseTo(2 / Math.sqrt(3 * 3), within(EPS));
		MatchScore match = this.scoring.score(REQUIRED, Map.of("A", 3), talent, pkg, 0.75);
		// the explanation names the talent's own words, not the stems ("engin")
		assertThat(english(match)).contains("Aspirations share: engineer, grow");
		assertThat(this.scoring.value(REQUIRED, Map.of("A", 3), talent, pkg, 0.75)).isEqualTo(match.score());
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void tokensAreStemsOfWordsOfTheTextWithFourLettersOrMore(long seed) {
		Random random = new Random(seed);
		String alphabet = "abcdeSEARCHéÉßİıøÆ \u0301-_,.!0123 \t\n";
		String supplementary = new String(Character.toChars(0x1D49C));
		for (int sample = 0; sample < 200; sample++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(60);
			for (int i = 0; i < length; i++) {
				text.append((random.nextInt(20) == 0) ? supplementary
						: String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
			}
			String lower = text.toString().toLowerCase(Locale.ROOT);

			MatchScoring.Terms terms = MatchScoring.tokens(List.of(text.toString()));
			assertThat(terms.shown().values()).as("words of %s", text).allSatisfy((word) -> {
				assertThat(lower).contains(word);
				assertThat(word.codePoints().filter(Character::isLetter).count()).isGreaterThanOrEqualTo(4);
			});
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 11, 12, 13, 14 })
	void theRankingValueIsExactlyTheExplainedScore(long seed) {
		Random random = new Random(seed);
		List<String> names = List.of("A", "B", "C", "D", "E");
		List<String> words = List.of("search", "ranking", "lead", "data", "team", "growth", "engineer", "engineering");
		for (int sample = 0; sample < 500; sample++) {
			Map<String, Integer> required = new HashMap<>();
			Map<String, Integer> levels = new HashMap<>();
			names.forEach((name) -> {
				if (random.nextBoolean()) {
					required.put(name, 1 + random.nextInt(5));
				}
				if (random.nextBoolean()) {
					levels.put(name, 1 + random.nextInt(5));
				}
			});
			List<String> talentTexts = new ArrayList<>();
			List<String> packageTexts = new ArrayList<>();
			words.forEach((word) -> {
				if (random.nextBoolean()) {
					talentTexts.add(word);
				}
				if (random.nextBoolean()) {
					packageTexts.add(word);
				}
			});
			MatchScoring.Terms talentWords = MatchScoring.tokens(talentTexts);
			MatchScoring.Terms packageWords = MatchScoring.tokens(packageTexts);
			double availability = random.nextDouble();

			assertThat(this.scoring.value(required, levels, talentWords, packageWords, availability))
				.isEqualTo(this.scoring.score(required, levels, talentWords, packageWords, availability).score());
		}
	}

	@Test
	void theScoreIsTheWeightedSumOfItsComponents() {
		MatchScore match = this.scoring.score(REQUIRED, Map.of("A", 3, "B", 2), terms("search", "ranking", "lead"),
				terms("search", "ranking", "customers", "revenue"), 1.0);

		assertThat(match.skillFit()).isCloseTo(5.0 / 6.0, within(EPS));
		// DOMAIN §5.3 worked: SkillFit (3 + 2) / (4 + 2); cosine 2 / √(3·4); mean gap 0.5 of g* = 1
		assertThat(match.aspirationFit()).isCloseTo(2.0 / Math.sqrt(12), within(EPS));
		assertThat(match.stretch()).isCloseTo(0.5 * Math.exp(0.5), within(EPS));
		assertThat(match.score()).isCloseTo(0.5 * 5.0 / 6.0 + 0.3 * 2.0 / Math.sqrt(12) + 0.2 * 0.5 * Math.exp(0.5),
				within(EPS));
		assertThat(match.score()).isCloseTo(0.7547438745, within(1e-9));
		assertThat(match.weights()).isEqualTo(MatchingSettings.DEFAULTS);
		assertThat(match.explanation()).containsExactly(new MatchReason("tour.match.reason.covers", 5, 6),
				new MatchReason("tour.match.reason.stretch", 1, "A"),
				new MatchReason("tour.match.reason.sharedWords", "ranking, search"),
				new MatchReason("tour.match.reason.availability", 1.0));
		assertThat(english(match)).containsExactly("Covers 5 of 6 required levels", "Stretch: 1 level to grow in A",
				"Aspirations share: ranking, search",
				"Free for 100 % of the share the package needs");
	}

	@Test
	void theExplanationSaysHowManyLevelsToGrowInEachMissingCompetency() {
		MatchScore match = this.scoring.score(REQUIRED, Map.of("B", 2), terms("lead"), terms("search"), 0.5);

		assertThat(english(match)).containsExactly("Covers 2 of 6 required levels", "Stretch: 4 levels to grow in A",
				"Aspirations and the package share no words",
				"Free for 50 % of the share the package needs");
	}

	@Test
	void aPackageRequiringNothingSaysSo() {
		assertThat(english(this.scoring.score(Map.of(), Map.of("A", 3), terms(), terms(), 1.0)))
			.startsWith("The package requires no particular competency");
	}

	@ParameterizedTest
	@ValueSource(longs = { 21, 22, 23 })
	void everyCodeTheScoringCanProduceHasAnEnglishText(long seed) throws Exception {
		Properties texts = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages/tour-matching.properties")) {
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Random random = new Random(seed);
		Set<String> produced = new TreeSet<>();
		for (int sample = 0; sample < 300; sample++) {
			Map<String, Integer> required = new HashMap<>();
			Map<String, Integer> levels = new HashMap<>();
			for (String name : List.of("A", "B", "C")) {
				if (random.nextInt(3) > 0) {
					required.put(name, 1 + random.nextInt(5));
				}
				if (random.nextBoolean()) {
					levels.put(name, 1 + random.nextInt(5));
				}
			}
			MatchScoring.Terms talentWords = random.nextBoolean() ? terms("search", "lead") : terms("lead");
			MatchScore match = this.scoring.score(required, levels, talentWords, terms("search"), random.nextDouble());
			match.explanation().forEach((reason) -> produced.add(reason.code()));
			assertThat(english(match)).allSatisfy((line) -> assertThat(line).doesNotContain("{", "}").isNotBlank());
		}

		assertThat(produced).as("codes seen over random inputs").containsExactlyInAnyOrderElementsOf(MatchScoring.REASON_CODES);
		assertThat(MatchScoring.REASON_CODES).allSatisfy((code) -> assertThat(texts).containsKey(code));
	}

	/** Terms as given: each word its own stem. */
	private static MatchScoring.Terms terms(String... words) {
		Map<String, String> shown = new HashMap<>();
		for (String word : words) {
			shown.put(word, word);
		}
		return new MatchScoring.Terms(shown);
	}

	private static List<String> english(MatchScore match) {
		return match.explanation()
			.stream()
			.map((reason) -> MESSAGES.getMessage(reason.code(), reason.argumentArray(), Locale.ENGLISH))
			.toList();
	}

	@Test
	void availabilityMultipliesTheScore() {
		MatchScore full = this.scoring.score(REQUIRED, Map.of("A", 4, "B", 2), terms(), terms(), 1.0);
		MatchScore half = this.scoring.score(REQUIRED, Map.of("A", 4, "B", 2), terms(), terms(), 0.5);

		assertThat(full.score()).isCloseTo(0.5, within(EPS));
		assertThat(half.score()).isCloseTo(0.25, within(EPS));
		assertThat(english(full)).contains("No stretch: already meets every required level");
	}

	@Test
	void weightsComeFromTheSettings() {
		MatchScoring skillOnly = new MatchScoring(new MatchingSettings(1.0, 0.0, 0.0, 2.0));

		MatchScore match = skillOnly.score(REQUIRED, Map.of("A", 2, "B", 2), terms("x"), terms("x"), 1.0);

		assertThat(match.score()).isCloseTo(4.0 / 6.0, within(EPS));
		assertThat(match.stretch()).isCloseTo(0.5 * Math.exp(0.5), within(EPS));
	}

}

package io.cocareer.network.recruit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cocareer.network.recruit.AssetKind;
import io.cocareer.network.recruit.ReachEvaluation;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The reach a candidate adds, summed up in one sentence as the evaluation page and the API say it. */
class ReachSummaryTests {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages/network/recruit");
		MESSAGES.setDefaultEncoding("UTF-8");
	}

	private static String summary(Map<AssetKind, Integer> adds) {
		return RecruitPage.summary(MESSAGES, new ReachEvaluation(5, List.of(), adds), Locale.ENGLISH);
	}

	@Test
	void organisationsComeFirstAndTheLastPartIsJoinedWithAnd() {
		assertThat(summary(Map.of(AssetKind.ARENA, 1, AssetKind.ORGANISATION, 3)))
			.isEqualTo("Adds 3 organisations and 1 arena the organisation does not reach yet.");
		assertThat(summary(Map.of(AssetKind.ARENA, 2, AssetKind.ORGANISATION, 2, AssetKind.COMMUNITY, 1)))
			.isEqualTo("Adds 2 organisations, 1 community and 2 arenas the organisation does not reach yet.");
		assertThat(summary(Map.of(AssetKind.COMMUNITY, 1)))
			.isEqualTo("Adds 1 community the organisation does not reach yet.");
	}

	@Test
	void aCandidateWhoAddsNothingIsSaidToAddNothing() {
		assertThat(summary(Map.of())).isEqualTo("Adds nothing the organisation does not reach yet.");
		assertThat(summary(Map.of(AssetKind.DOMAIN, 0))).isEqualTo("Adds nothing the organisation does not reach yet.");
	}

}

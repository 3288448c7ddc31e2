package io.cocareer.toolbox.guidance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.Practice;
import io.cocareer.toolbox.guidance.GuidanceService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of steps: seven per approach in the seeds' order, every word of them in the messages,
 * and the pages beside which each is shown.
 */
class GuidanceCatalogueTests {

	@Test
	void everyApproachHasItsSevenStepsInOrder() {
		for (Approach approach : Approach.values()) {
			assertThat(GuidanceCatalogue.steps(approach)).extracting(GuidanceCatalogue.StepDefinition::number)
				.as(approach.name())
				.containsExactly(1, 2, 3, 4, 5, 6, 7);
		}
		assertThat(GuidanceCatalogue.steps()).hasSize(21);
	}

	@Test
	void everyWordOfTheGuidanceIsInTheMessages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages/toolbox/guidance.properties")) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> keys = new ArrayList<>();
		for (GuidanceCatalogue.StepDefinition step : GuidanceCatalogue.steps()) {
			keys.add(step.key() + ".title");
			keys.add(step.key() + ".means");
			keys.add(step.key() + ".how");
			step.screens().forEach((screen) -> keys.add(screen.labelKey()));
		}
		for (Signal signal : Signal.values()) {
			keys.add(signal.labelKey());
		}
		for (String condition : GuidanceService.CONDITIONS) {
			keys.add("toolbox.guidance.condition." + condition);
		}
		for (Practice practice : Practice.values()) {
			keys.add("toolbox.guidance.practice." + practice.name());
		}
		for (Approach approach : Approach.values()) {
			keys.add("toolbox.guidance.approach." + approach.name() + ".text");
		}
		for (io.cocareer.toolbox.guidance.StepStatus status : io.cocareer.toolbox.guidance.StepStatus.values()) {
			keys.add(status.labelKey());
		}
		assertThat(keys).filteredOn((key) -> !messages.containsKey(key)).as("keys missing in guidance.properties").isEmpty();
		assertThat(GuidanceService.CONDITIONS).as("the seeds' five conditions").hasSize(5);
	}

	@Test
	void thePagesCarryOutTheirSteps() {
		assertThat(steps("/tours/packages")).containsExactly("TOURS_OF_DUTY.3");
		assertThat(steps("/tours/packages/0b6c3c4e-1f7a-4f57-9a43-3d1ac4a1f8a2/edit")).containsExactly("TOURS_OF_DUTY.3");
		assertThat(steps("/tours/charter")).containsExactly("TOURS_OF_DUTY.1");
		assertThat(steps("/tours/0b6c3c4e-1f7a-4f57-9a43-3d1ac4a1f8a2/mission")).containsExactly("TOURS_OF_DUTY.4");
		assertThat(steps("/tours/0b6c3c4e-1f7a-4f57-9a43-3d1ac4a1f8a2/work")).containsExactly("TOURS_OF_DUTY.6");
		assertThat(steps("/tours/0b6c3c4e-1f7a-4f57-9a43-3d1ac4a1f8a2/check-ins")).containsExactly("TOURS_OF_DUTY.7");
		assertThat(steps("/network")).containsExactly("OPEN_DEVELOPMENTAL_NETWORKS.2", "OPEN_DEVELOPMENTAL_NETWORKS.6");
		assertThat(steps("/network/exchange/items/x")).containsExactly("OPEN_DEVELOPMENTAL_NETWORKS.3");
		assertThat(steps("/network/review")).containsExactly("OPEN_DEVELOPMENTAL_NETWORKS.7");
		assertThat(steps("/alumni/exits/123")).containsExactly("ALUMNI_AND_BOOMERANGS.4");
		assertThat(steps("/mobility/horizons")).containsExactly("ALUMNI_AND_BOOMERANGS.1");
		assertThat(steps("/")).isEmpty();
		assertThat(steps("/toolbox/guidance")).isEmpty();
		assertThat(steps("/tours")).as("the list of tours carries out no single step").isEmpty();
	}

	@Test
	void everyApproachLivesWhereItsGuidanceLinksTo() {
		assertThat(GuidanceService.bySlug("tours-of-duty")).contains(Approach.TOURS_OF_DUTY);
		assertThat(GuidanceService.bySlug("open-developmental-networks")).contains(Approach.OPEN_DEVELOPMENTAL_NETWORKS);
		assertThat(GuidanceService.bySlug("alumni-and-boomerangs")).contains(Approach.ALUMNI_AND_BOOMERANGS);
		assertThat(GuidanceService.bySlug("TOURS_OF_DUTY")).isEmpty();
	}

	private static List<String> steps(String path) {
		return GuidanceCatalogue.carriedOutAt(path).stream()
			.map((s) -> s.approach().name() + "." + s.number())
			.toList();
	}

}

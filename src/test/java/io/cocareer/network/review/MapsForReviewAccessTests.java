package io.cocareer.network.review;

import java.util.Collection;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import io.cocareer.network.NetworkLoad;
import io.cocareer.network.map.MapsForReview;
import io.cocareer.network.map.internal.ReviewReads;
import io.cocareer.support.ProductionClasses;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The bulk read of every talent's map checks no actor, so only the review's service (which lets
 * only the talent lead in and shows groups of k or more) calls it; the bulk load of maps is the
 * generator's alone.
 */
class MapsForReviewAccessTests {

	private static final JavaClasses CLASSES = ProductionClasses.all();

	@Test
	void onlyTheReviewServiceReadsEveryMap() {
		noClasses().that()
			.doNotHaveFullyQualifiedName(NetworkReviewService.class.getName())
			.and()
			.doNotHaveFullyQualifiedName(MapsForReview.class.getName())
			.should()
			.callMethod(MapsForReview.class, "mapsOf", Collection.class)
			.orShould()
			.callMethod(ReviewReads.class, "mapsOf", Collection.class)
			.because("the bulk read of maps checks no actor: NetworkReviewService applies the rules")
			.check(CLASSES);
	}

	@Test
	void onlyTheGeneratorLoadsMaps() {
		noClasses().that()
			.doNotHaveFullyQualifiedName("io.cocareer.demo.OrganisationGenerator")
			.should()
			.callMethod(NetworkLoad.class, "maps", List.class, java.time.Instant.class)
			.because("the bulk load checks no actor and runs on an empty database only")
			.check(CLASSES);
	}

}

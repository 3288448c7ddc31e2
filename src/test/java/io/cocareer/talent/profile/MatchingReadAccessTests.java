package io.cocareer.talent.profile;

import java.util.Collection;
import java.util.UUID;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import io.cocareer.support.ProductionClasses;

import io.cocareer.talent.TalentProfiles;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The bulk reads for matching check no actor (they read the whole pool to score it), so only the
 * service that applies the matching rules may call them: not a controller, not another module.
 */
class MatchingReadAccessTests {

	private static final JavaClasses CLASSES = ProductionClasses.all();

	@Test
	void onlyTheMatchingServiceReadsTalentsForMatching() {
		noClasses().that()
			.doNotHaveFullyQualifiedName("io.cocareer.tour.matching.MatchingService")
			.and()
			.doNotHaveFullyQualifiedName(TalentProfileService.class.getName())
			.should()
			.callMethod(TalentProfileService.class, "matchingPool", Collection.class)
			.orShould()
			.callMethod(TalentProfileService.class, "matchingProfile", UUID.class)
			.orShould()
			.callMethod(TalentProfiles.class, "matchingPool", Collection.class)
			.orShould()
			.callMethod(TalentProfiles.class, "matchingProfile", UUID.class)
			.because("the bulk reads for matching check no actor: MatchingService applies the rules")
			.check(CLASSES);
	}

}

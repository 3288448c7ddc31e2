package io.cocareer;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	// static: JUnit makes an instance per test, and the modules are read from every class file.
	// Spring Modulith imports the classes itself (it takes no ArchUnit import from outside) and
	// caches them per key; the ArchUnit rules share theirs through ProductionClasses.
	private static final ApplicationModules MODULES = ApplicationModules.of(CoCareerApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependenciesAndHaveNoCycles() {
		MODULES.verify();
	}

	/**
	 * {@code verify()} keeps other modules out of a parent's nested modules and the nested modules
	 * out of each other's internals, and finds cycles between them and their parent. A nested module
	 * declares no allowed dependencies of its own (Spring Modulith 2.1 then refuses it the parent's
	 * internals, which it may use), so this holds it to its parent's.
	 */
	@Test
	void theToursNestedModulesUseOnlyTheirParentTheirSiblingsAndWhatTheirParentMayUse() throws Exception {
		assertNestedModulesKeepToTheirParent("tour", "tour.overview", "tour.demo", "tour.support", "tour.review",
				"tour.agreement", "tour.matching", "tour.tracking", "tour.catalogue", "tour.lifecycle");
	}

	@Test
	void theTalentsNestedModulesUseOnlyTheirParentTheirSiblingsAndWhatTheirParentMayUse() throws Exception {
		assertNestedModulesKeepToTheirParent("talent", "talent.pool", "talent.profile", "talent.competency",
				"talent.ninebox");
	}

	private void assertNestedModulesKeepToTheirParent(String parent, String... expected) throws Exception {
		String base = "io.cocareer." + parent;
		List<ApplicationModule> nested = MODULES.stream()
			.filter((module) -> module.getBasePackage().getName().startsWith(base + "."))
			.toList();
		assertThat(nested).extracting((module) -> module.getIdentifier().toString()).contains(expected);
		Set<String> allowed = Set.of(Class.forName(base + ".package-info")
			.getAnnotation(org.springframework.modulith.ApplicationModule.class)
			.allowedDependencies());
		for (ApplicationModule module : nested) {
			module.getDirectDependencies(MODULES)
				.uniqueModules()
				.map((target) -> target.getIdentifier().toString())
				.filter((target) -> !target.equals(parent) && !target.startsWith(parent + "."))
				.forEach((target) -> assertThat(allowed).as("%s may use %s", module.getIdentifier(), target)
					.contains(target));
		}
	}

	@Test
	void theNetworksNestedModulesUseOnlyTheirParentTheirSiblingsAndWhatTheirParentMayUse() throws Exception {
		assertNestedModulesKeepToTheirParent("network", "network.health", "network.map", "network.demo",
				"network.recruit", "network.introduction", "network.exchange", "network.plan", "network.review");
	}

	@Test
	void theAlumniNestedModulesUseOnlyTheirParentTheirSiblingsAndWhatTheirParentMayUse() throws Exception {
		assertNestedModulesKeepToTheirParent("alumni", "alumni.register", "alumni.portal", "alumni.conversation",
				"alumni.directory", "alumni.exit", "alumni.reentry", "alumni.mobility", "alumni.entry", "alumni.review");
	}

	@Test
	void theAlumniModuleUsesNoneOfItsNestedModules() {
		assertUsesNoneOfItsNestedModules("alumni");
	}

	@Test
	void theNetworkModuleUsesNoneOfItsNestedModules() {
		assertUsesNoneOfItsNestedModules("network");
	}

	/** The parent is what its nested modules share: it never uses them (that would be a cycle). */
	@Test
	void theTalentModuleUsesNoneOfItsNestedModules() {
		assertUsesNoneOfItsNestedModules("talent");
	}

	/** Where the tour needs its work package it asks {@code TourPackages}, which the catalogue answers. */
	@Test
	void theTourModuleUsesNoneOfItsNestedModules() {
		assertUsesNoneOfItsNestedModules("tour");
	}

	private void assertUsesNoneOfItsNestedModules(String parent) {
		ApplicationModule module = MODULES.getModuleByName(parent).orElseThrow();
		assertThat(module.getDirectDependencies(MODULES).uniqueModules()
			.map((target) -> target.getIdentifier().toString()))
			.noneMatch((target) -> target.startsWith(parent + "."));
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}

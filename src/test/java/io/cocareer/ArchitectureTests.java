package io.cocareer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/** Conventions of STYLE.md, checked. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.cocareer");

	@Test
	void controllersArePackagePrivateInWeb() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().resideInAPackage("..web..")
			.andShould().notHaveModifier(JavaModifier.PUBLIC)
			.check(CLASSES);
	}

	@Test
	void webDoesNotTouchAnotherModulesInternals() {
		noClasses().that().resideInAPackage("..web..")
			.should().dependOnClassesThat().resideInAPackage("io.cocareer.(*).internal..")
			.because("pages and API call the module's service, never its repositories or entities")
			.check(CLASSES);
	}

	@Test
	void noFieldInjection() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(CLASSES);
	}

	@Test
	void noJakartaTransactional() {
		noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
			.because("Spring's @Transactional is the one we use")
			.check(CLASSES);
		methods().should().notBeAnnotatedWith("jakarta.transaction.Transactional").check(CLASSES);
	}

	@Test
	void controllersDoNotCarryTransactions() {
		noClasses().that().resideInAPackage("..web..")
			.should().beAnnotatedWith(org.springframework.transaction.annotation.Transactional.class)
			.check(CLASSES);
	}

}

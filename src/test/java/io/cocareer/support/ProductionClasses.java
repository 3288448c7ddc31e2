package io.cocareer.support;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The production classes as ArchUnit sees them, imported once per test JVM for every architecture
 * rule (an import reads every class file: doing it per test class is most of those tests' time).
 */
public final class ProductionClasses {

	private ProductionClasses() {
	}

	public static JavaClasses all() {
		return Holder.CLASSES;
	}

	// The holder idiom imports on first use, not when the class is merely referenced.
	private static final class Holder {

		private static final JavaClasses CLASSES = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.cocareer");

	}

}

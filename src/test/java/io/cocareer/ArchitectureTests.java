package io.cocareer;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.cocareer.shared.Actor;
import io.cocareer.shared.DomainException;
import io.cocareer.shared.PrivateData;
import io.cocareer.shared.Role;
import io.cocareer.support.ProductionClasses;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

/** Conventions of STYLE.md, checked. The classes are imported once, for every rule. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = ProductionClasses.all();

	@Test
	void controllersArePackagePrivateInWeb() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().resideInAPackage("..web..")
			.andShould().notHaveModifier(JavaModifier.PUBLIC)
			.check(CLASSES);
	}

	/**
	 * A page shows a service's refusal the same way everywhere: {@code shared.web.PageProblems}
	 * catches it, so a page controller catches no refusal and no lost race itself (nor anything
	 * that would swallow them, such as {@code RuntimeException}).
	 */
	@Test
	void pageControllersLeaveRefusalsToPageProblems() {
		classes().that().areAnnotatedWith(Controller.class).and().resideInAPackage("..web..")
			.should(new ArchCondition<JavaClass>("catch no refusal or lost race themselves (PageProblems does)") {
				@Override
				public void check(JavaClass controller, ConditionEvents events) {
					controller.getCodeUnits().forEach((unit) -> unit.getTryCatchBlocks().forEach((block) -> block
						.getCaughtThrowables()
						.stream()
						.filter((caught) -> catchesARefusal(caught))
						.forEach((caught) -> events.add(SimpleConditionEvent.violated(block,
								"%s catches %s in %s".formatted(controller.getSimpleName(), caught.getSimpleName(),
										block.getSourceCodeLocation()))))));
				}
			})
			.check(CLASSES);
	}

	private static boolean catchesARefusal(JavaClass caught) {
		return caught.isAssignableTo(DomainException.class) || caught.isAssignableFrom(DomainException.class)
				|| caught.isAssignableTo(OptimisticLockingFailureException.class)
				|| caught.isAssignableFrom(OptimisticLockingFailureException.class);
	}

	@Test
	void webDoesNotTouchAnotherModulesInternals() {
		noClasses().that().resideInAPackage("..web..")
			.should().dependOnClassesThat().resideInAnyPackage("io.cocareer.*.internal..", "io.cocareer.*.*.internal..")
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

	@Test
	void identityDependsOnNoFeatureModule() {
		noClasses().that().resideInAPackage("io.cocareer.identity..")
			.should().dependOnClassesThat(resideInAPackage("io.cocareer..")
				.and(not(resideInAnyPackage("io.cocareer.identity..", "io.cocareer.shared..", "io.cocareer.people.."))))
			.because("each module gates its own URLs (UrlGateContributor); identity applies the gates and knows none of them")
			.check(CLASSES);
	}

	/** A path in a string of identity's sources, such as "/admin/**" or "/api/v1/me". */
	private static final Pattern PATH_LITERAL = Pattern.compile("\"(/[^\"\\s]*)\"");

	/**
	 * Hibernate names an entity by its simple class name unless told otherwise, and refuses two of
	 * the same name at start-up: two modules each with an {@code internal.Cohort} stop the platform.
	 */
	@Test
	void entityNamesAreUniqueAcrossModules() {
		Map<String, List<String>> byName = new java.util.TreeMap<>();
		for (JavaClass type : CLASSES) {
			if (!type.isAnnotatedWith(jakarta.persistence.Entity.class)) {
				continue;
			}
			String declared = type.getAnnotationOfType(jakarta.persistence.Entity.class).name();
			String name = declared.isEmpty() ? type.getSimpleName() : declared;
			byName.computeIfAbsent(name, (n) -> new ArrayList<>()).add(type.getName());
		}
		byName.values().removeIf((classes) -> classes.size() < 2);
		assertThat(byName).as("entity names shared by several classes: give each @Entity(name = ...)").isEmpty();
	}

	/**
	 * Spring names a scanned bean, a repository included, by its simple class name, and refuses two
	 * of the same name at start-up: two modules each with an {@code internal.Cohorts} stop the platform.
	 */
	@Test
	void beanClassNamesAreUniqueAcrossModules() {
		Map<String, List<String>> byName = new java.util.TreeMap<>();
		for (JavaClass type : CLASSES) {
			boolean bean = type.isMetaAnnotatedWith(org.springframework.stereotype.Component.class)
					|| (type.isInterface() && type.isAssignableTo(org.springframework.data.repository.Repository.class));
			if (bean && !type.isNestedClass() && !type.isAnonymousClass()) {
				byName.computeIfAbsent(type.getSimpleName(), (n) -> new ArrayList<>()).add(type.getName());
			}
		}
		byName.values().removeIf((classes) -> classes.size() < 2);
		assertThat(byName).as("bean classes of the same simple name: rename one").isEmpty();
	}

	@Test
	void identityNamesNoUrlOfAnotherModule() throws IOException {
		Set<String> foreign = new TreeSet<>();
		for (JavaClass controller : CLASSES) {
			if (controller.getPackageName().startsWith("io.cocareer.identity")
					|| !(controller.isAnnotatedWith(Controller.class) || controller.isAnnotatedWith(RestController.class))) {
				continue;
			}
			Class<?> type = controller.reflect();
			RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
			for (Method method : type.getDeclaredMethods()) {
				RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
				if (mapping == null) {
					continue;
				}
				for (String prefix : (base != null && base.path().length > 0) ? base.path() : new String[] { "" }) {
					for (String path : (mapping.path().length > 0) ? mapping.path() : new String[] { "" }) {
						foreign.add(firstSegments(prefix + path));
					}
				}
			}
		}
		foreign.remove("");
		assertThat(foreign).as("the URLs of the other modules are found at all")
			.contains("/tours", "/people", "/units", "/api/v1/tours", "/api/v1/imports", "/api/v1/notifications");
		Set<String> named = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Paths.get("src/main/java/io/cocareer/identity"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher literal = PATH_LITERAL.matcher(Files.readString(file));
				while (literal.find()) {
					if (foreign.contains(firstSegments(literal.group(1)))) {
						named.add(literal.group(1) + " (" + file.getFileName() + ")");
					}
				}
			}
		}
		assertThat(named).as("URLs of other modules named in identity (they gate their own: UrlGateContributor)").isEmpty();
	}

	/** "/tours/{id}/work" is "/tours"; "/api/v1/tours/{id}" is "/api/v1/tours". */
	private static String firstSegments(String path) {
		String[] segments = path.split("/");
		// the signed-in user's space is shared: identity serves /api/v1/me, each module its own part below it
		int count = path.startsWith("/api/v1/me/") ? 5 : path.startsWith("/api/") ? 4 : 2;
		return String.join("/", Arrays.copyOfRange(segments, 0, Math.min(count, segments.length)));
	}

	/** ~{tours/fragments :: header(…)}: a template included by name. */
	private static final Pattern TEMPLATE_REFERENCE = Pattern.compile("~\\{([\\w-]+)/");

	@Test
	void templatesIncludeOnlyTheirOwnFolderAndTheSharedOnes() throws IOException {
		Path templates = Paths.get("src/main/resources/templates");
		Set<String> shared = Set.of("layout", "fragments");
		Set<String> reaching = new TreeSet<>();
		try (Stream<Path> files = Files.walk(templates)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Path relative = templates.relativize(file);
				String folder = (relative.getNameCount() > 1) ? relative.getName(0).toString() : "";
				Matcher reference = TEMPLATE_REFERENCE.matcher(Files.readString(file));
				while (reference.find()) {
					if (!reference.group(1).equals(folder) && !shared.contains(reference.group(1))) {
						reaching.add(relative + " includes " + reference.group(1) + "/");
					}
				}
			}
		}
		assertThat(reaching).as("templates that reach into another module's folder (contribute a PageSection or HomeCard instead)")
			.isEmpty();
	}

	@Test
	void noModuleButIdentityReadsIdentitysInternals() {
		noClasses().that(resideOutsideOfPackage("io.cocareer.identity.."))
			.should().dependOnClassesThat().resideInAPackage("io.cocareer.identity.internal..")
			.because("accounts, sessions and tokens are identity's; other modules use its API (AccountService, Actor)")
			.check(CLASSES);
	}

	/**
	 * The bulk loaders write a module's tables without an actor, for an organisation generated
	 * into an empty database: only the demo generator may call them.
	 */
	@Test
	void onlyTheDemoGeneratorUsesTheBulkLoaders() {
		classes().that()
			.haveFullyQualifiedName("io.cocareer.people.OrganisationLoad")
			.or()
			.haveFullyQualifiedName("io.cocareer.talent.TalentLoad")
			.or()
			.haveFullyQualifiedName("io.cocareer.identity.AccountLoad")
			.or()
			.haveFullyQualifiedName("io.cocareer.tour.WorkPackageLoad")
			.or()
			.haveFullyQualifiedName("io.cocareer.tour.catalogue.internal.CatalogueLoad")
			.should()
			.onlyHaveDependentClassesThat()
			.resideInAnyPackage("io.cocareer.demo..", "io.cocareer.people..", "io.cocareer.talent..",
					"io.cocareer.identity..", "io.cocareer.tour", "io.cocareer.tour.catalogue..")
			.because("they check no actor; the generator runs only at start, on an empty database")
			.check(CLASSES);
	}

	/**
	 * The catalogue's tables are written by the catalogue's code only: no other class of the
	 * application inserts, updates or deletes {@code work_package*} rows by SQL (the demo hands its
	 * packages to {@code tour.WorkPackageLoad}).
	 */
	@Test
	void onlyTheCatalogueWritesWorkPackagesBySql() throws IOException {
		Path sources = Paths.get("src/main/java");
		Path catalogue = sources.resolve("io/cocareer/tour/catalogue");
		Set<String> writers = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				if (WORK_PACKAGE_WRITE.matcher(Files.readString(file)).find()) {
					writers.add(sources.relativize(file).toString());
				}
			}
		}
		assertThat(writers).as("the catalogue's own writes are found at all")
			.contains("io/cocareer/tour/catalogue/internal/CatalogueLoad.java".replace('/', java.io.File.separatorChar));
		assertThat(writers.stream().filter((writer) -> !sources.resolve(writer).startsWith(catalogue)))
			.as("classes outside io.cocareer.tour.catalogue that write its tables")
			.isEmpty();
	}

	private static final Pattern WORK_PACKAGE_WRITE = Pattern
		.compile("(?i)(insert\\s+into|update|delete\\s+from)\\s+work_package");

	/** Developmental networks are private: no class outside the module reaches into its internals. */
	@Test
	void noModuleButTheNetworkReadsTheNetworksInternals() {
		noClasses().that(resideOutsideOfPackage("io.cocareer.network.."))
			.should().dependOnClassesThat().resideInAPackage("io.cocareer.network..internal..")
			.because("a talent's map leaves the network module only through its access policies")
			.check(CLASSES);
	}

	/**
	 * Nor does any class outside the module name a network table in SQL or a mapping (a query by
	 * hand would pass the ArchUnit rule above and every access policy): the network's tables are
	 * read and written by the network's code only.
	 */
	@Test
	void noClassOutsideTheNetworkNamesItsTablesInSql() throws IOException {
		Path sources = Paths.get("src/main/java");
		Path network = sources.resolve("io/cocareer/network");
		Set<String> readers = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				if (NETWORK_TABLE.matcher(Files.readString(file)).find()) {
					readers.add(sources.relativize(file).toString());
				}
			}
		}
		assertThat(readers).as("the network's own SQL is found at all").anyMatch((reader) -> sources.resolve(reader).startsWith(network));
		assertThat(readers.stream().filter((reader) -> !sources.resolve(reader).startsWith(network)))
			.as("classes outside io.cocareer.network that name its tables in SQL")
			.isEmpty();
	}

	private static final Pattern NETWORK_TABLE = Pattern
		.compile("(?i)((from|join|into|update|table)\\s+|name\\s*=\\s*\")network_");

	/**
	 * The public methods of services that may return private data without a caller, each with why
	 * that is safe. Keep it short: a new entry needs a reason a reviewer accepts.
	 */
	private static final Map<String, String> TRUSTED_PRIVATE_READS = Map.ofEntries(
			Map.entry("TalentProfileService.matchingPool", "tour.matching ranks talents by their levels and aspirations inside its service; "
					+ "only scores leave it, and its MatchingAccess decides whose the caller sees"),
			Map.entry("TalentProfileService.matchingProfile", "the same, for one talent's matches with packages (MatchingAccess checks the caller)"),
			Map.entry("MapsForReview.mapsOf", "network.review counts every talent's map inside its service for the talent lead (ReviewAccess); "
					+ "only groups of k or more leave it (MapsForReviewAccessTests)"),
			Map.entry("AlumniRegister.record", "the alumni modules read an alumnus' record behind their own access policies "
					+ "(exit, directory, portal, re-entry); the register's own pages go through mine/all"),
			Map.entry("AlumniRegister.records", "the same, for the rows of a page of the talent lead's directory, in one statement"),
			Map.entry("AlumniDirectory.nowOf", "alumni.reentry shows where an alumnus says they are now in the evaluation's "
					+ "timeline, which ReentryAccess lets only the talent lead and the hiring manager read"),
			Map.entry("AlumniRegister.interactions", "the same, for the interactions log (the lead's alumni page, the re-entry timeline)"),
			Map.entry("AlumniRegister.facts", "alumni.review counts every alumnus inside its service for the talent lead; "
					+ "only groups of k or more leave it"),
			Map.entry("AlumniRegister.factsBetween", "the same over a period (AlumniReviewAccess; every count through Suppression)"),
			Map.entry("ClosingReviewService.goodExitSummary", "alumni.exit starts a talent's exit protocol from a closing review that "
					+ "ended in a good exit (a listener, no actor); from there ExitAccess decides who reads it"));

	/**
	 * No public method of a {@code @Service} returns private data ({@link PrivateData} records, also
	 * inside a {@code List}, {@code Optional} or {@code Map}) unless it takes the {@link Actor} it
	 * checks, or is a trusted read listed above with its reason.
	 */
	@Test
	void noServiceReturnsPrivateDataWithoutBeingToldWhoAsks() {
		Set<String> privateTypes = new TreeSet<>();
		Set<String> unchecked = new TreeSet<>();
		for (JavaClass service : CLASSES) {
			if (service.isAnnotatedWith(PrivateData.class)) {
				privateTypes.add(service.getSimpleName());
			}
			if (!service.isAnnotatedWith(Service.class)) {
				continue;
			}
			for (JavaMethod method : service.getMethods()) {
				if (!method.getModifiers().contains(JavaModifier.PUBLIC)
						|| method.getReturnType().getAllInvolvedRawTypes().stream()
							.noneMatch((type) -> type.isAnnotatedWith(PrivateData.class))
						|| method.getRawParameterTypes().stream().anyMatch((type) -> type.isEquivalentTo(Actor.class))) {
					continue;
				}
				String name = service.getSimpleName() + "." + method.getName();
				if (!TRUSTED_PRIVATE_READS.containsKey(name)) {
					unchecked.add(name + method.getRawParameterTypes().stream().map(JavaClass::getSimpleName).toList());
				}
			}
		}
		assertThat(privateTypes).as("the records marked as private data are found at all")
			.contains("EmploymentPeriodView", "PersonProfile", "TalentProfileView", "MatchingProfile");
		assertThat(unchecked).as("public service methods that return private data without taking the Actor").isEmpty();
	}

	/** What a template must not do to decide what to show: its controller gives it a may… flag from the module's policy. */
	private static final Pattern ROLE_CHECK = Pattern.compile("sec:authorize|hasRole|hasAnyRole|hasAuthority|#authorization|ROLE_");

	@Test
	void noTemplateChecksARole() throws IOException {
		Path templates = Paths.get("src/main/resources/templates");
		Set<String> checks = new TreeSet<>();
		try (Stream<Path> files = Files.walk(templates)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				String[] lines = Files.readString(file).split("\n");
				for (int i = 0; i < lines.length; i++) {
					Matcher check = ROLE_CHECK.matcher(lines[i]);
					if (check.find()) {
						checks.add(templates.relativize(file) + ":" + (i + 1) + " " + check.group());
					}
				}
			}
		}
		assertThat(checks).as("role checks in templates (show a may… flag of the module's access policy instead)")
			.isEmpty();
	}

	/**
	 * Who may see or do what is the module's policy, asked through its service (a may… flag, a
	 * refusal); a controller does not check roles itself. The home is the exception: it picks
	 * whose home to compose (lead, manager, talent, alumnus); what each card shows is its module's.
	 */
	@Test
	void controllersAskTheModulesPolicyInsteadOfCheckingRoles() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.and()
			.doNotHaveSimpleName("HomeController")
			.should()
			.callMethod(Actor.class, "has", Role.class)
			.orShould()
			.callMethod(Actor.class, "isTalentLead")
			.orShould()
			.callMethod(Actor.class, "isAdministrator")
			.orShould()
			.callMethod(Actor.class, "isStaff")
			.because("the module's access policy decides, and its service answers for it")
			.check(CLASSES);
	}

	/**
	 * The reactions of one module to another's events that run inside the publisher's transaction,
	 * each with why it must; every other reaction is an {@code @ApplicationModuleListener}, which the
	 * event publication registry retries until it succeeds.
	 */
	private static final Map<String, String> IN_TRANSACTION_REACTIONS = Map.of(
			"StaffAccess.on(PersonLeft)", "a leaver's account must stop working in the transaction that records the leaving",
			"AuditRecorder.on(AuditEvent)", "an audit entry commits with the change it records, or neither does",
			"NoticeRecorder.on(Notice)", "a notice commits with the change it tells of (the mail goes later, from an outbox)",
			"NoticeRecorder.on(NoticeDone)", "the to-do is marked done with the action that did it");

	@Test
	void everyReactionToAnotherModulesEventIsRetriedUnlessItMustShareTheTransaction() {
		Set<String> found = new TreeSet<>();
		Set<String> plain = new TreeSet<>();
		for (JavaClass listener : CLASSES) {
			String module = moduleOf(listener);
			for (JavaMethod method : listener.getMethods()) {
				boolean moduleListener = method.isAnnotatedWith(ApplicationModuleListener.class);
				boolean plainListener = method.isAnnotatedWith(EventListener.class)
						|| method.isAnnotatedWith(TransactionalEventListener.class);
				if (method.getRawParameterTypes().size() != 1 || !(moduleListener || plainListener)) {
					continue;
				}
				JavaClass event = method.getRawParameterTypes().get(0);
				if (!event.getPackageName().startsWith("io.cocareer.") || moduleOf(event).equals(module)) {
					continue;
				}
				String name = listener.getSimpleName() + "." + method.getName() + "(" + event.getSimpleName() + ")";
				found.add(name);
				if (plainListener && !IN_TRANSACTION_REACTIONS.containsKey(name)) {
					plain.add(name);
				}
			}
		}
		assertThat(found).as("the reactions between modules are found at all")
			.contains("LeaversLeaveThePool.on(PersonLeft)", "StaffAccess.on(PersonLeft)");
		assertThat(plain).as("plain event listeners reacting to another module's event (use @ApplicationModuleListener)")
			.isEmpty();
	}

	/** The top-level module a class belongs to ({@code shared} counts as one: its events come from every module). */
	private static String moduleOf(JavaClass type) {
		if (!type.getPackageName().startsWith("io.cocareer.")) {
			return "";
		}
		String rest = type.getPackageName().substring("io.cocareer.".length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	/** A name that says the UUID is a person's, an account's or a tour's: personId, sponsorPersonId, accountId, tourId … */
	private static final Pattern TYPED_ID_NAME = Pattern.compile("(?i).*(person|account|tour)Ids?");

	/**
	 * Between modules, ids are typed ({@code PersonId}, {@code AccountId}, {@code TourId}) so that
	 * an account id cannot be passed where a person id is meant. A method or constructor of a
	 * module's API that another module (or a sibling nested module) calls takes no raw UUID named
	 * like one, and no accessor it calls returns one. Inside a module (its internal and web, its
	 * entities and SQL) UUIDs stay. Parameter names are read by reflection: the code is compiled
	 * with -parameters (spring-boot-starter-parent's compiler setting).
	 */
	@Test
	void idsAreTypedAtModuleBoundaries() {
		Set<String> raw = new TreeSet<>();
		int boundaryMembers = 0;
		for (JavaClass type : CLASSES) {
			String module = apiModuleOf(type);
			if (!type.getModifiers().contains(JavaModifier.PUBLIC) || module == null
					|| !type.getPackageName().equals(module)) {
				continue;
			}
			for (JavaCodeUnit member : type.getCodeUnits()) {
				if (!member.getModifiers().contains(JavaModifier.PUBLIC) || member.getAccessesToSelf()
					.stream()
					.map((access) -> apiModuleOf(access.getOriginOwner()))
					.allMatch(module::equals)) {
					continue;
				}
				boundaryMembers++;
				Executable executable = (Executable) member.reflect();
				for (Parameter parameter : executable.getParameters()) {
					if (parameter.getType() == UUID.class && TYPED_ID_NAME.matcher(parameter.getName()).matches()) {
						raw.add(member.getFullName() + " takes UUID " + parameter.getName());
					}
				}
				if (executable instanceof Method method && method.getReturnType() == UUID.class
						&& TYPED_ID_NAME.matcher(method.getName()).matches()) {
					raw.add(member.getFullName() + " returns a UUID");
				}
			}
		}
		assertThat(boundaryMembers).as("members of module APIs that other modules use are found at all").isGreaterThan(100);
		assertThat(raw).as("raw UUIDs at module boundaries (take or return PersonId, AccountId, TourId)").isEmpty();
	}

	/**
	 * The base package of the module a class is in: io.cocareer.people for io.cocareer.people.web,
	 * io.cocareer.tour.review for io.cocareer.tour.review.internal; {@code null} outside the application.
	 */
	private static String apiModuleOf(JavaClass type) {
		String[] segments = type.getPackageName().split("\\.");
		if (segments.length < 3 || !type.getPackageName().startsWith("io.cocareer.")) {
			return null;
		}
		boolean nested = segments.length > 3 && !Set.of("internal", "web").contains(segments[3]);
		return String.join(".", Arrays.copyOfRange(segments, 0, nested ? 4 : 3));
	}

}

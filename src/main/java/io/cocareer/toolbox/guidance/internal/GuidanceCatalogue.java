package io.cocareer.toolbox.guidance.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cocareer.shared.Role;
import io.cocareer.toolbox.Approach;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The seeds' seven "how to use" steps of each approach (seed 000, in its order; PRODUCT.md says
 * how the product carries out each), with who takes part, the screens that carry them out (each
 * with the roles that may open it, so that no reader is shown a link they may not follow) and the
 * paths of the pages beside which the step is shown. All three approaches have exactly seven
 * explicit steps in seed 000; their words are in {@code messages/toolbox/guidance.properties}
 * under {@code toolbox.guidance.<APPROACH>.<n>}.
 */
public final class GuidanceCatalogue {

	private static final Set<Role> L = EnumSet.of(Role.TALENT_LEAD);

	private static final Set<Role> LM = EnumSet.of(Role.TALENT_LEAD, Role.MANAGER);

	private static final Set<Role> LMT = EnumSet.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT);

	private static final Set<Role> M = EnumSet.of(Role.MANAGER);

	private static final Set<Role> T = EnumSet.of(Role.TALENT);

	private static final List<StepDefinition> STEPS = List.of(
			// tours of duty
			step(Approach.TOURS_OF_DUTY, 1, LMT, screens(screen("/tours/charter", LMT)), "/tours/charter",
					"/tours/charter/**"),
			step(Approach.TOURS_OF_DUTY, 2, LMT,
					screens(screen("/talents", L), screen("/team", M), screen("/talents/me", T), screen("/tours/new", LM)),
					"/talents", "/talents/{personId}", "/talents/{personId}/**", "/talents/me", "/tours/new"),
			step(Approach.TOURS_OF_DUTY, 3, LMT, screens(screen("/tours/packages", LMT)), "/tours/packages",
					"/tours/packages/**"),
			step(Approach.TOURS_OF_DUTY, 4, LMT, screens(screen("/tours", LMT)), "/tours/{id}/mission",
					"/tours/{id}/mission/**"),
			step(Approach.TOURS_OF_DUTY, 5, LMT, screens(screen("/tours", LMT)), "/tours/{id}/agreement",
					"/tours/{id}/agreement/**", "/tours/{id}/plan"),
			step(Approach.TOURS_OF_DUTY, 6, LMT, screens(screen("/tours", LMT)), "/tours/{id}/work",
					"/tours/{id}/work/**"),
			step(Approach.TOURS_OF_DUTY, 7, LMT,
					screens(screen("/tours", LMT), screen("/tours/wins", LMT), screen("/tours/coaching", LMT),
							screen("/tours/overview", L)),
					"/tours/{id}/check-ins", "/tours/{id}/check-ins/**", "/tours/{id}/wins", "/tours/{id}/wins/**",
					"/tours/{id}/coaching", "/tours/{id}/closing-review", "/tours/{id}/closing-review/**", "/tours/wins",
					"/tours/wins/**", "/tours/coaching", "/tours/coaching/**", "/tours/overview"),
			// open developmental networks
			step(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 1, LM, screens(screen("/network/candidates", LM)),
					"/network/candidates", "/network/candidates/**", "/network/recruitment/**"),
			step(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 2, LMT, screens(screen("/network", LMT)), "/network",
					"/network/developers/**", "/network/ties/**", "/network/gaps/**", "/network/shares/**"),
			step(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 3, LMT, screens(screen("/network/exchange", LMT)),
					"/network/exchange", "/network/exchange/**"),
			step(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 4, LMT,
					screens(screen("/network/plan", T), screen("/network/fund", L)), "/network/plan",
					"/network/plan/**", "/network/fund", "/network/fund/**"),
			step(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 5, LMT, screens(screen("/network/introductions", LMT)),
					"/network/introductions", "/network/introductions/**"),
			step(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 6, LMT, screens(screen("/network", LMT)), "/network"),
			step(Approach.OPEN_DEVELOPMENTAL_NETWORKS, 7, L, screens(screen("/network/review", L)), "/network/review",
					"/network/review/**"),
			// alumni and boomerangs
			step(Approach.ALUMNI_AND_BOOMERANGS, 1, LMT, screens(screen("/mobility", LMT)), "/mobility",
					"/mobility/**"),
			step(Approach.ALUMNI_AND_BOOMERANGS, 2, LMT,
					screens(screen("/alumni/welcome", LMT), screen("/alumni/entry/coverage", L)), "/alumni/welcome",
					"/alumni/welcome/**", "/alumni/entry/**"),
			step(Approach.ALUMNI_AND_BOOMERANGS, 3, LMT, screens(screen("/alumni/conversations", LMT)),
					"/alumni/conversations", "/alumni/conversations/**"),
			step(Approach.ALUMNI_AND_BOOMERANGS, 4, LM,
					screens(screen("/alumni/exits", LM), screen("/alumni/exit-reasons", L)), "/alumni/exits",
					"/alumni/exits/**", "/alumni/exit-reasons", "/alumni/exit-reasons/**"),
			step(Approach.ALUMNI_AND_BOOMERANGS, 5, LM, screens(screen("/alumni/reentry", LM)), "/alumni/reentry",
					"/alumni/reentry/**", "/alumni/people/**"),
			step(Approach.ALUMNI_AND_BOOMERANGS, 6, LM, screens(screen("/alumni/reentry", L)),
					"/alumni/repatriation", "/alumni/repatriation/**"),
			step(Approach.ALUMNI_AND_BOOMERANGS, 7, L, screens(screen("/alumni/review", L)), "/alumni/review",
					"/alumni/review/**"));

	private GuidanceCatalogue() {
	}

	/** Every step, approach by approach, in order. */
	public static List<StepDefinition> steps() {
		return STEPS;
	}

	/** The seven steps of an approach. */
	public static List<StepDefinition> steps(Approach approach) {
		return STEPS.stream().filter((s) -> s.approach() == approach).toList();
	}

	/** The steps the page at a path carries out, in order. */
	public static List<StepDefinition> carriedOutAt(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return STEPS.stream().filter((s) -> s.patterns().stream().anyMatch((p) -> p.matches(container))).toList();
	}

	private static StepDefinition step(Approach approach, int number, Set<Role> actors, List<ScreenDefinition> screens,
			String... patterns) {
		List<PathPattern> parsed = new ArrayList<>();
		for (String pattern : patterns) {
			parsed.add(PathPatternParser.defaultInstance.parse(pattern));
		}
		return new StepDefinition(approach, number, actors, screens, parsed);
	}

	private static List<ScreenDefinition> screens(ScreenDefinition... screens) {
		return List.of(screens);
	}

	private static ScreenDefinition screen(String path, Set<Role> roles) {
		return new ScreenDefinition(path, "toolbox.guidance.screen" + path.replace('/', '.'), roles);
	}

	/**
	 * A step: who takes part, its screens and the pages beside which it is shown.
	 * @param actors the roles that take part in it
	 */
	public record StepDefinition(Approach approach, int number, Set<Role> actors, List<ScreenDefinition> screens,
			List<PathPattern> patterns) {

		/** The message key stem of its words, e.g. {@code toolbox.guidance.TOURS_OF_DUTY.3}. */
		public String key() {
			return "toolbox.guidance." + this.approach.name() + "." + this.number;
		}

	}

	/**
	 * A screen of a step.
	 * @param roles who may open it (the owning module's gate and policy, as of issue 11)
	 */
	public record ScreenDefinition(String path, String labelKey, Set<Role> roles) {

	}

}

package io.cocareer.toolbox.guidance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.cocareer.network.GroupSizeSettings;
import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.talent.TalentPool;
import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.FitBand;
import io.cocareer.toolbox.Practice;
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;
import io.cocareer.toolbox.guidance.internal.GuidanceAccess;
import io.cocareer.toolbox.guidance.internal.GuidanceCatalogue;
import io.cocareer.toolbox.guidance.internal.GuidanceCatalogue.StepDefinition;
import io.cocareer.toolbox.guidance.internal.ProgressRules;
import io.cocareer.toolbox.guidance.internal.Signal;
import io.cocareer.toolbox.guidance.internal.SignalStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seeds' guidance as the reader may read it: each approach's seven steps with the screens the
 * reader may open, and for the talent lead each step's progress from real data and the figure
 * behind it; the when-to-use conditions with the classic toolbox; and the steps a page carries out.
 * A reader who may not read the guidance gets a 404 for all of it.
 */
@Service
public class GuidanceService {

	/** The figure key of the diagnostic's overall readiness, as the diagnostic offers it. */
	public static final String READINESS_KEY = "diagnostic.readiness";

	/** The figure key stem of the diagnostic's fit of an approach ({@code diagnostic.fit.TOURS_OF_DUTY}). */
	public static final String FIT_KEY = "diagnostic.fit.";

	/** The seeds' five conditions under which the novel approaches are particularly relevant. */
	public static final List<String> CONDITIONS = List.of("MOBILITY", "CODIFIABLE", "MISSIONS", "ECOSYSTEM",
			"BOOMERANGING");

	private final SignalStore signals;

	private final GuidanceAccess access;

	private final TalentPool pool;

	private final GroupSizeSettings groups;

	private final ObjectProvider<ToolboxFigures> figures;

	GuidanceService(SignalStore signals, GuidanceAccess access, TalentPool pool, GroupSizeSettings groups,
			ObjectProvider<ToolboxFigures> figures) {
		this.signals = signals;
		this.access = access;
		this.pool = pool;
		this.groups = groups;
		this.figures = figures;
	}

	public boolean mayRead(Actor actor) {
		return this.access.mayRead(actor);
	}

	public boolean maySeeProgress(Actor actor) {
		return this.access.maySeeProgress(actor);
	}

	/** The smallest group a figure about people describes (k). */
	public int minGroupSize() {
		return this.groups.minGroupSize();
	}

	/** Every approach's guidance, in order; a 404 for a reader who may not read it. */
	@Transactional(readOnly = true)
	public List<ApproachGuide> approaches(Actor actor) {
		requireReader(actor);
		ProgressRules rules = rulesFor(actor);
		Map<Approach, Double> fits = fits(actor);
		List<ApproachGuide> guides = new ArrayList<>();
		for (Approach approach : Approach.values()) {
			guides.add(guide(actor, approach, rules, fits.get(approach)));
		}
		return guides;
	}

	/** One approach's guidance; a 404 for a reader who may not read it. */
	@Transactional(readOnly = true)
	public ApproachGuide approach(Actor actor, Approach approach) {
		requireReader(actor);
		return guide(actor, approach, rulesFor(actor), fits(actor).get(approach));
	}

	/** The approach whose guidance lives at the slug ({@code tours-of-duty}), if any. */
	public static Optional<Approach> bySlug(String slug) {
		for (Approach approach : Approach.values()) {
			if (approach.slug().equals(slug)) {
				return Optional.of(approach);
			}
		}
		return Optional.empty();
	}

	/**
	 * The when-to-use page: the five conditions, the classic toolbox's practices and, for the
	 * talent lead, the latest diagnostic's readiness and each approach's fit.
	 */
	@Transactional(readOnly = true)
	public WhenToUse whenToUse(Actor actor) {
		requireReader(actor);
		Map<Approach, Double> fits = fits(actor);
		List<WhenToUse.Fit> fitList = new ArrayList<>();
		for (Approach approach : Approach.values()) {
			Double fit = fits.get(approach);
			fitList.add(new WhenToUse.Fit(approach, fit, (fit != null) ? FitBand.of(fit) : null));
		}
		Double readiness = this.access.maySeeDiagnostic(actor) ? figure(READINESS_KEY) : null;
		List<Practice> practices = java.util.Arrays.stream(Practice.values())
			.filter((practice) -> this.access.mayOpen(actor, practice))
			.toList();
		return new WhenToUse(CONDITIONS, practices, readiness, fitList);
	}

	/**
	 * The steps the page at a path carries out, as the reader may read them (none for a reader who
	 * may not read the guidance, or a page that carries out none).
	 */
	public List<StepGuide> carriedOutAt(Actor actor, String path) {
		if (!this.access.mayRead(actor)) {
			return List.of();
		}
		List<StepDefinition> steps = GuidanceCatalogue.carriedOutAt(path);
		if (steps.isEmpty()) {
			return List.of();
		}
		ProgressRules rules = rulesFor(actor);
		return steps.stream().map((step) -> stepGuide(actor, step, rules)).toList();
	}

	private ApproachGuide guide(Actor actor, Approach approach, @Nullable ProgressRules rules, @Nullable Double fit) {
		List<StepGuide> steps = GuidanceCatalogue.steps(approach).stream()
			.map((step) -> stepGuide(actor, step, rules))
			.toList();
		return new ApproachGuide(approach, steps, fit, (fit != null) ? FitBand.of(fit) : null);
	}

	private StepGuide stepGuide(Actor actor, StepDefinition step, @Nullable ProgressRules rules) {
		List<Screen> screens = step.screens().stream()
			.filter((screen) -> this.access.mayOpen(actor, screen))
			.map((screen) -> new Screen(screen.path(), screen.labelKey()))
			.toList();
		StepStatus status = null;
		StepFigure figure = null;
		if (rules != null) {
			ProgressRules.Progress progress = rules.of(step.approach(), step.number());
			status = progress.status();
			Signal signal = progress.figure();
			figure = new StepFigure(figureKey(signal), signal.labelKey(), rules.shown(signal), signal.aboutPeople());
		}
		return new StepGuide(step.approach(), step.number(), step.key(), screens, this.access.takesPart(actor, step),
				status, figure);
	}

	/** The rules on today's figures, for a reader who sees progress; {@code null} for anyone else. */
	private @Nullable ProgressRules rulesFor(Actor actor) {
		if (!this.access.maySeeProgress(actor)) {
			return null;
		}
		return new ProgressRules(this.signals.counts(), this.groups.minGroupSize(),
				() -> (long) this.pool.activeTalentIds().size());
	}

	private Map<Approach, Double> fits(Actor actor) {
		Map<Approach, Double> fits = new EnumMap<>(Approach.class);
		if (!this.access.maySeeDiagnostic(actor)) {
			return fits;
		}
		for (Approach approach : Approach.values()) {
			Double fit = figure(FIT_KEY + approach.name());
			if (fit != null && !fit.isNaN() && fit >= 0 && fit <= 1) {
				fits.put(approach, fit);
			}
		}
		return fits;
	}

	/** The value of the figure with the key among every module's figures, if one offers it. */
	private @Nullable Double figure(String key) {
		return this.figures.orderedStream()
			.flatMap((source) -> source.figures().stream())
			.filter((f) -> key.equals(f.key()))
			.map(ToolboxFigure::value)
			.filter((v) -> v != null)
			.findFirst()
			.orElse(null);
	}

	private static String figureKey(Signal signal) {
		return "guidance." + signal.name().toLowerCase(java.util.Locale.ROOT);
	}

	private void requireReader(Actor actor) {
		if (!this.access.mayRead(actor)) {
			throw new NotFoundException("toolbox.guidance.notFound", "There is no such page");
		}
	}

}

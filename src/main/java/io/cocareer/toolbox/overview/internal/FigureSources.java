package io.cocareer.toolbox.overview.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.cocareer.alumni.AlumniKeyFigures;
import io.cocareer.network.GroupSizeSettings;
import io.cocareer.network.NetworkKeyFigures;
import io.cocareer.shared.Actor;
import io.cocareer.talent.TalentPool;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourSummary;
import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.FitBand;
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;
import io.cocareer.toolbox.overview.OrganisationFigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The organisation's figures, each from the published API of the module that knows it: the
 * talents in the pool ({@link TalentPool}), the tours by state ({@link TourService}), the networks'
 * health in aggregate ({@link NetworkKeyFigures}), the alumni and the boomerang rate
 * ({@link AlumniKeyFigures}), the diagnostic's result and the classic practices' figures (every
 * {@link ToolboxFigures} bean). A count of 1 to k − 1 people is left blank; the reviews' figures
 * come protected already. Read as the talent lead; callers check the policy first.
 */
@Component
public class FigureSources {

	public static final String SECTION_TALENTS = "toolbox.overview.section.talents";

	public static final String SECTION_DIAGNOSTIC = "toolbox.overview.section.diagnostic";

	private final TalentPool pool;

	private final TourService tours;

	private final NetworkKeyFigures networks;

	private final AlumniKeyFigures alumni;

	private final ObjectProvider<ToolboxFigures> toolbox;

	private final int minGroupSize;

	FigureSources(TalentPool pool, TourService tours, NetworkKeyFigures networks, AlumniKeyFigures alumni,
			ObjectProvider<ToolboxFigures> toolbox, GroupSizeSettings groups) {
		this.pool = pool;
		this.tours = tours;
		this.networks = networks;
		this.alumni = alumni;
		this.toolbox = toolbox;
		this.minGroupSize = groups.minGroupSize();
	}

	/** k: the smallest group a figure describes. */
	public int minGroupSize() {
		return this.minGroupSize;
	}

	/** The talents in the pool. */
	public List<OrganisationFigure> talents() {
		return List.of(count("talents.pool", SECTION_TALENTS, this.pool.activeTalentIds().size(), "/talents"));
	}

	/** The tours of duty: running now, signed and waiting to start, completed (all time). */
	public List<OrganisationFigure> tours(Actor lead) {
		List<TourSummary> all = this.tours.visibleTours(lead, null);
		String section = Approach.TOURS_OF_DUTY.labelKey();
		return List.of(count("tours.active", section, countIn(all, TourState.ACTIVE), "/tours/overview"),
				count("tours.signed", section, countIn(all, TourState.SIGNED), "/tours/overview"),
				count("tours.completed", section, countIn(all, TourState.COMPLETED), "/tours/overview"));
	}

	/** The networks' health in aggregate, as the review across talents' networks shows it. */
	public List<OrganisationFigure> networks(Actor lead) {
		String section = Approach.OPEN_DEVELOPMENTAL_NETWORKS.labelKey();
		NetworkKeyFigures.KeyFigures figures = this.networks.keyFigures(lead);
		Long mapped = figures.mappedTalents();
		Double reaching = (mapped != null && figures.reachingOutside() != null && mapped > 0)
				? figures.reachingOutside() / (double) mapped : null;
		return List.of(shown("network.mapped", section, (mapped != null) ? mapped.doubleValue() : null,
				ToolboxFigure.Unit.COUNT, "/network/review", OrganisationFigure.TOO_FEW),
				shown("network.reachingOutside", section, reaching, ToolboxFigure.Unit.RATE, "/network/review",
						OrganisationFigure.TOO_FEW));
	}

	/** The alumni and the boomerang rate of the last 12 months, as the review across alumni shows them. */
	public List<OrganisationFigure> alumni(Actor lead) {
		String section = Approach.ALUMNI_AND_BOOMERANGS.labelKey();
		AlumniKeyFigures.KeyFigures figures = this.alumni.keyFigures(lead);
		Double rate = (figures.boomerangRatePercent() != null) ? figures.boomerangRatePercent() / 100 : null;
		return List.of(shown("alumni.count", section,
				(figures.alumni() != null) ? figures.alumni().doubleValue() : null, ToolboxFigure.Unit.COUNT,
				"/alumni/review", OrganisationFigure.TOO_FEW),
				shown("alumni.boomerangRate", section, rate, ToolboxFigure.Unit.RATE, "/alumni/review",
						OrganisationFigure.TOO_FEW));
	}

	/**
	 * The diagnostic's latest result, from whichever {@link ToolboxFigures} bean offers it
	 * ({@code diagnostic.readiness}, {@code diagnostic.fit.<APPROACH>}), each fit with its band; one
	 * blank figure saying "no diagnostic yet" when there is none.
	 */
	public List<OrganisationFigure> diagnostic() {
		List<OrganisationFigure> figures = new ArrayList<>();
		ToolboxFigure readiness = find("diagnostic.readiness");
		if (readiness != null && readiness.value() != null) {
			figures.add(fromToolbox(SECTION_DIAGNOSTIC, readiness));
		}
		for (Approach approach : Approach.values()) {
			ToolboxFigure fit = find("diagnostic.fit." + approach.name());
			if (fit != null && fit.value() != null) {
				figures.add(fromToolbox(SECTION_DIAGNOSTIC, fit));
			}
		}
		if (figures.isEmpty()) {
			return List.of(new OrganisationFigure("diagnostic.readiness", SECTION_DIAGNOSTIC,
					"toolbox.overview.figure.diagnostic.readiness", null, ToolboxFigure.Unit.SCORE,
					"toolbox.overview.figure.diagnostic.readiness.definition", null, OrganisationFigure.NO_DIAGNOSTIC,
					null));
		}
		return figures;
	}

	/** Every {@link ToolboxFigures} bean's figures, in the beans' order, each under its own section. */
	public List<OrganisationFigure> practices() {
		List<OrganisationFigure> figures = new ArrayList<>();
		this.toolbox.orderedStream().forEach((bean) -> {
			for (ToolboxFigure figure : bean.figures()) {
				figures.add(fromToolbox(bean.sectionKey(), figure));
			}
		});
		return figures;
	}

	private @Nullable ToolboxFigure find(String key) {
		return this.toolbox.orderedStream()
			.flatMap((bean) -> bean.figures().stream())
			.filter((figure) -> figure.key().equals(key))
			.findFirst()
			.orElse(null);
	}

	private static OrganisationFigure fromToolbox(String section, ToolboxFigure figure) {
		FitBand band = (figure.key().startsWith("diagnostic.fit.") && figure.value() != null
				&& figure.value() >= 0 && figure.value() <= 1) ? FitBand.of(figure.value()) : null;
		return new OrganisationFigure(figure.key(), section, figure.labelKey(), figure.value(), figure.unit(),
				figure.definitionKey(), figure.link(), (figure.value() == null) ? whyBlank(figure.blank()) : null, band);
	}

	private static String whyBlank(ToolboxFigure.@Nullable Blank blank) {
		return (blank == ToolboxFigure.Blank.TOO_FEW) ? OrganisationFigure.TOO_FEW : OrganisationFigure.NOT_KNOWN;
	}

	private static long countIn(List<TourSummary> tours, TourState state) {
		return tours.stream().filter((tour) -> tour.state() == state).count();
	}

	/** A count of people: blank from 1 to k − 1. */
	private OrganisationFigure count(String key, String section, long people, String link) {
		boolean hidden = people > 0 && people < this.minGroupSize;
		return new OrganisationFigure(key, section, labelKey(key), hidden ? null : (double) people,
				ToolboxFigure.Unit.COUNT, definitionKey(key), link, hidden ? OrganisationFigure.TOO_FEW : null, null);
	}

	private static OrganisationFigure shown(String key, String section, @Nullable Double value, ToolboxFigure.Unit unit,
			String link, String whyBlank) {
		return new OrganisationFigure(key, section, labelKey(key), value, unit, definitionKey(key), link,
				(value == null) ? whyBlank : null, null);
	}

	public static String labelKey(String key) {
		return "toolbox.overview.figure." + key;
	}

	public static String definitionKey(String key) {
		return "toolbox.overview.figure." + key + ".definition";
	}

}

package io.cocareer.toolbox.overview;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.toolbox.overview.internal.FigureSources;
import io.cocareer.toolbox.overview.internal.OverviewAccess;
import io.cocareer.toolbox.overview.internal.TrendBackfill;
import io.cocareer.toolbox.overview.internal.TrendCalculator;
import io.cocareer.toolbox.overview.internal.TrendFacts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The talent lead's programme overview ({@link OverviewAccess}): the figures of every approach
 * and practice from their modules' published APIs ({@link FigureSources}), the trends from the
 * read model ({@link TrendFacts}, filled once from the APIs on the first read if it never was),
 * and the CSV exports of each list. Nobody else gets any of it.
 */
@Service
public class ProgrammeOverviewService {

	/** The lists the overview exports as CSV: the figures and each trend. */
	public static final List<String> EXPORTS = List.of("figures", "tours", "people");

	private static final List<TrendKind> TOUR_KINDS = List.of(TrendKind.TOUR_STARTED, TrendKind.TOUR_COMPLETED);

	private static final List<TrendKind> PEOPLE_KINDS = List.of(TrendKind.HIRE, TrendKind.REHIRE, TrendKind.LEAVING,
			TrendKind.EXIT_PROTOCOL);

	private final OverviewAccess access;

	private final FigureSources sources;

	private final TrendFacts facts;

	private final TrendBackfill backfill;

	private final MessageSource messages;

	private final Clock clock;

	ProgrammeOverviewService(OverviewAccess access, FigureSources sources, TrendFacts facts, TrendBackfill backfill,
			MessageSource messages, Clock clock) {
		this.access = access;
		this.sources = sources;
		this.facts = facts;
		this.backfill = backfill;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whether the actor sees the overview (the toolbox card and links show by it). */
	public boolean mayRead(Actor actor) {
		return this.access.mayReadOverview(actor);
	}

	/** k: the smallest group a figure describes. */
	public int minGroupSize() {
		return this.sources.minGroupSize();
	}

	public ProgrammeOverview overview(Actor actor) {
		this.access.requireOverview(actor);
		List<ProgrammeOverview.Part> approaches = List.of(
				new ProgrammeOverview.Part("talents", FigureSources.SECTION_TALENTS, "/talents",
						"toolbox.overview.link.talents", this.sources.talents()),
				new ProgrammeOverview.Part("tours", "toolbox.approach.TOURS_OF_DUTY", "/tours/overview",
						"toolbox.overview.link.tours", this.sources.tours(actor)),
				new ProgrammeOverview.Part("network", "toolbox.approach.OPEN_DEVELOPMENTAL_NETWORKS", "/network/review",
						"toolbox.overview.link.network", this.sources.networks(actor)),
				new ProgrammeOverview.Part("alumni", "toolbox.approach.ALUMNI_AND_BOOMERANGS", "/alumni/review",
						"toolbox.overview.link.alumni", this.sources.alumni(actor)),
				diagnosticPart());
		Map<String, List<OrganisationFigure>> bySection = new LinkedHashMap<>();
		for (OrganisationFigure figure : this.sources.practices()) {
			if (!figure.key().startsWith("diagnostic.")) {
				bySection.computeIfAbsent(figure.sectionKey(), (key) -> new ArrayList<>()).add(figure);
			}
		}
		List<ProgrammeOverview.Part> practices = new ArrayList<>();
		bySection.forEach((section, figures) -> practices.add(new ProgrammeOverview.Part(section, section,
				figures.stream().map(OrganisationFigure::link).filter((link) -> link != null).findFirst().orElse(null),
				"toolbox.overview.link.practice", figures)));
		return new ProgrammeOverview(LocalDate.now(this.clock), minGroupSize(), approaches, practices, trends(actor));
	}

	private ProgrammeOverview.Part diagnosticPart() {
		List<OrganisationFigure> figures = this.sources.diagnostic();
		String link = figures.stream().map(OrganisationFigure::link).filter((l) -> l != null).findFirst().orElse("/toolbox/diagnostic");
		return new ProgrammeOverview.Part("diagnostic", FigureSources.SECTION_DIAGNOSTIC, link,
				"toolbox.overview.link.diagnostic", figures);
	}

	/** The trends of the last 12 months: tours started and completed, hires, rehires, leavings and exits. */
	public List<TrendView> trends(Actor actor) {
		this.access.requireOverview(actor);
		this.backfill.fillOnce(actor);
		LocalDate today = LocalDate.now(this.clock);
		List<TrendCalculator.Fact> found = this.facts.since(TrendCalculator.since(today));
		TrendCalculator calculator = new TrendCalculator(minGroupSize());
		return List.of(calculator.trend("tours", "toolbox.overview.trend.tours", TOUR_KINDS, found, today),
				calculator.trend("people", "toolbox.overview.trend.people", PEOPLE_KINDS, found, today));
	}

	/**
	 * One list of the overview as CSV ({@link #EXPORTS}): the figures ({@code section,figure,value,unit,note})
	 * or a trend ({@code month,<series>…,note}); a blank figure or count says why in its row's note.
	 * An unknown list does not exist (404).
	 */
	public String csv(Actor actor, String list) {
		this.access.requireOverview(actor);
		if (!EXPORTS.contains(list)) {
			throw new NotFoundException("toolbox.overview.export.notFound", "There is no such list to export");
		}
		StringWriter out = new StringWriter();
		CsvWriter csv = CsvWriter.builder().build(out);
		if (list.equals("figures")) {
			ProgrammeOverview overview = overview(actor);
			csv.writeRecord("section", "figure", "value", "unit", "note");
			for (OrganisationFigure figure : overview.allFigures()) {
				csv.writeRecord(text(figure.sectionKey()), figure.key(), figure.text(), figure.unit().name(),
						(figure.noteKey() != null) ? text(figure.noteKey(), minGroupSize()) : "");
			}
		}
		else {
			TrendView trend = trends(actor).stream().filter((t) -> t.key().equals(list)).findFirst().orElseThrow();
			List<String> header = new ArrayList<>();
			header.add("month");
			trend.series().forEach((series) -> header.add(series.kind().name()));
			header.add("note");
			csv.writeRecord(header);
			for (int m = 0; m < trend.months().size(); m++) {
				List<String> row = new ArrayList<>();
				row.add(trend.months().get(m));
				boolean blank = false;
				for (TrendView.Series series : trend.series()) {
					Long value = series.values().get(m);
					blank |= value == null;
					row.add((value != null) ? String.valueOf(value) : "");
				}
				row.add(blank ? text(OrganisationFigure.TOO_FEW, minGroupSize()) : "");
				csv.writeRecord(row);
			}
		}
		try {
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, Locale.ENGLISH);
	}

}

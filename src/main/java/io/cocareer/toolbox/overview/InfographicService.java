package io.cocareer.toolbox.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cocareer.shared.Actor;
import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.Practice;
import io.cocareer.toolbox.overview.internal.FigureSources;
import io.cocareer.toolbox.overview.internal.OverviewAccess;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The infographics (issue 11, item 9): "what is in the toolbox and when to use it" and "how to use
 * the career co-creation approaches", as the seeds give them, and with the organisation's own
 * figures of the day and their definitions (the talent lead's alone, {@link OverviewAccess}). The
 * content is data; {@code web} draws it as SVG and prints it as PDF.
 */
@Service
public class InfographicService {

	/** The five conditions of the seeds under which the co-creation approaches fit. */
	public static final int CONDITIONS = 5;

	/** The steps of each approach in the seeds. */
	public static final int STEPS = 7;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final OverviewAccess access;

	private final FigureSources sources;

	private final MessageSource messages;

	private final Clock clock;

	InfographicService(OverviewAccess access, FigureSources sources, MessageSource messages, Clock clock) {
		this.access = access;
		this.sources = sources;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whether the actor downloads the generic infographic (staff). */
	public boolean mayDownloadGeneric(Actor actor) {
		return this.access.mayDownloadGeneric(actor);
	}

	/** Whether the actor downloads the infographic with the organisation's figures (the talent lead). */
	public boolean mayDownloadOrganisation(Actor actor) {
		return this.access.mayDownloadOrganisation(actor);
	}

	/** The variants the actor may download, generic first. */
	public List<InfographicVariant> variants(Actor actor) {
		this.access.requireGeneric(actor);
		return mayDownloadOrganisation(actor) ? List.of(InfographicVariant.GENERIC, InfographicVariant.ORGANISATION)
				: List.of(InfographicVariant.GENERIC);
	}

	/** The organisation's figures as the infographic prints them, in its order (the talent lead's). */
	public List<OrganisationFigure> organisationFigures(Actor actor) {
		this.access.requireOverview(actor);
		List<OrganisationFigure> figures = new ArrayList<>();
		figures.addAll(this.sources.talents());
		figures.addAll(this.sources.tours(actor));
		figures.addAll(this.sources.networks(actor));
		figures.addAll(this.sources.alumni(actor));
		figures.addAll(this.sources.diagnostic());
		return figures;
	}

	public Infographic infographic(Actor actor, InfographicKind kind, InfographicVariant variant) {
		this.access.requireGeneric(actor);
		List<Infographic.FigureLine> figures = List.of();
		if (variant == InfographicVariant.ORGANISATION) {
			figures = organisationFigures(actor).stream().map(this::line).toList();
		}
		LocalDate today = LocalDate.now(this.clock);
		String prefix = "toolbox.overview.infographic." + kind.param();
		List<Infographic.Block> blocks = (kind == InfographicKind.TOOLBOX) ? toolboxBlocks() : approachBlocks();
		String figuresHeading = figures.isEmpty() ? "" : text("toolbox.overview.infographic.figures.heading", DAY.format(today));
		String footer = text("toolbox.overview.infographic.footer." + variant.param(), this.sources.minGroupSize());
		return new Infographic(kind, variant, today, text(prefix + ".title"), text(prefix + ".intro"), blocks,
				figuresHeading, figures, text("toolbox.overview.infographic.definitions"), text("toolbox.overview.infographic.date", DAY.format(today)), footer);
	}

	private Infographic.FigureLine line(OrganisationFigure figure) {
		String value = figure.blank() ? text(figure.noteKey(), this.sources.minGroupSize()) : figure.text();
		if (figure.band() != null) {
			value = value + " (" + text(figure.band().labelKey()) + ")";
		}
		return new Infographic.FigureLine(figure.key(), text(figure.sectionKey()), text(figure.labelKey()), value,
				figure.blank(), text(figure.definitionKey()));
	}

	private List<Infographic.Block> toolboxBlocks() {
		List<Infographic.Block> blocks = new ArrayList<>();
		List<String> practices = new ArrayList<>();
		for (Practice practice : Practice.values()) {
			practices.add(text(practice.labelKey()) + ": " + text("toolbox.overview.infographic.practice." + practice.name()));
		}
		blocks.add(new Infographic.Block(text("toolbox.overview.infographic.classic.heading"),
				text("toolbox.overview.infographic.classic.text"), practices, "practice"));
		List<String> approaches = new ArrayList<>();
		for (Approach approach : Approach.values()) {
			approaches.add(text(approach.labelKey()) + ": " + text("toolbox.overview.infographic.approach." + approach.name()));
		}
		blocks.add(new Infographic.Block(text("toolbox.overview.infographic.novel.heading"),
				text("toolbox.overview.infographic.novel.text"), approaches, "approach"));
		blocks.add(whenBlock());
		return blocks;
	}

	private List<Infographic.Block> approachBlocks() {
		List<Infographic.Block> blocks = new ArrayList<>();
		for (Approach approach : Approach.values()) {
			List<String> steps = new ArrayList<>();
			for (int step = 1; step <= STEPS; step++) {
				steps.add(step + ". " + text("toolbox.overview.infographic.step." + approach.name() + "." + step));
			}
			blocks.add(new Infographic.Block(text("toolbox.overview.infographic.howTo", text(approach.labelKey())),
					text("toolbox.overview.infographic.approach." + approach.name()), steps, "approach"));
		}
		blocks.add(whenBlock());
		return blocks;
	}

	private Infographic.Block whenBlock() {
		List<String> conditions = new ArrayList<>();
		for (int condition = 1; condition <= CONDITIONS; condition++) {
			conditions.add(text("toolbox.overview.infographic.condition." + condition));
		}
		return new Infographic.Block(text("toolbox.overview.infographic.when.heading"),
				text("toolbox.overview.infographic.when.text"), conditions, "when");
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, Locale.ENGLISH);
	}

}

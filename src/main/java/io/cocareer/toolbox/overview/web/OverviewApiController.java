package io.cocareer.toolbox.overview.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.cocareer.shared.Actor;
import io.cocareer.toolbox.overview.Infographic;
import io.cocareer.toolbox.overview.InfographicKind;
import io.cocareer.toolbox.overview.InfographicService;
import io.cocareer.toolbox.overview.InfographicVariant;
import io.cocareer.toolbox.overview.Paper;
import io.cocareer.toolbox.overview.ProgrammeOverview;
import io.cocareer.toolbox.overview.ProgrammeOverviewService;
import io.cocareer.toolbox.overview.TrendView;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme overview over JSON (the talent lead's: its figures, its trends, their CSV) and
 * the infographics as SVG and PDF ({@code kind=toolbox|approaches}, {@code variant=generic|organisation},
 * {@code paper=A4|LETTER}): the generic one for staff, the organisation's for the talent lead. A
 * bad parameter is a problem+json 400 with its code.
 */
@RestController
class OverviewApiController {

	private final ProgrammeOverviewService overview;

	private final InfographicService infographics;

	private final InfographicPdf pdf;

	OverviewApiController(ProgrammeOverviewService overview, InfographicService infographics, InfographicPdf pdf) {
		this.overview = overview;
		this.infographics = infographics;
		this.pdf = pdf;
	}

	/** The overview: every approach's and practice's figures, and the trends of the last 12 months. */
	@GetMapping("/api/v1/toolbox/overview")
	ProgrammeOverview overview(Actor actor) {
		return this.overview.overview(actor);
	}

	/** The trends of the last 12 months alone. */
	@GetMapping("/api/v1/toolbox/overview/trends")
	List<TrendView> trends(Actor actor) {
		return this.overview.trends(actor);
	}

	/** One list of the overview as CSV: {@code figures}, {@code tours} or {@code people}. */
	@GetMapping(path = "/api/v1/toolbox/overview/export/{list:[a-z]+}.csv", produces = "text/csv")
	ResponseEntity<byte[]> export(Actor actor, @PathVariable String list) {
		byte[] body = this.overview.csv(actor, list).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("programme-overview-" + list + ".csv").build().toString())
			.body(body);
	}

	@GetMapping("/api/v1/infographic.svg")
	ResponseEntity<byte[]> svg(Actor actor, @RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "variant", required = false) String variant) {
		Infographic info = this.infographics.infographic(actor, InfographicKind.parse(kind),
				InfographicVariant.parse(variant));
		return OverviewController.svgResponse(info, true);
	}

	@GetMapping("/api/v1/infographic.pdf")
	ResponseEntity<byte[]> pdf(Actor actor, @RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "variant", required = false) String variant,
			@RequestParam(name = "paper", required = false) String paper) {
		InfographicKind chosenKind = InfographicKind.parse(kind);
		InfographicVariant chosenVariant = InfographicVariant.parse(variant);
		Paper chosen = Paper.parse(paper);
		return OverviewController.pdfResponse(this.infographics.infographic(actor, chosenKind, chosenVariant), chosen,
				this.pdf);
	}

}

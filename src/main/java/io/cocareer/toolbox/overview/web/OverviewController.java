package io.cocareer.toolbox.overview.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.cocareer.shared.Actor;
import io.cocareer.toolbox.overview.Infographic;
import io.cocareer.toolbox.overview.InfographicKind;
import io.cocareer.toolbox.overview.InfographicService;
import io.cocareer.toolbox.overview.InfographicVariant;
import io.cocareer.toolbox.overview.Paper;
import io.cocareer.toolbox.overview.ProgrammeOverview;
import io.cocareer.toolbox.overview.ProgrammeOverviewService;
import io.cocareer.toolbox.overview.TrendView;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The talent lead's programme overview ({@code /toolbox/overview}: figures, charts drawn by
 * {@code /js/toolbox-overview.js} from {@code data-chart}, CSV exports) and the infographics page
 * ({@code /toolbox/infographic}: a preview as an image, downloads as SVG and PDF for each kind,
 * variant and paper the reader may have). Who sees what is {@code OverviewAccess}'s.
 */
@Controller
class OverviewController {

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private final ProgrammeOverviewService overview;

	private final InfographicService infographics;

	private final InfographicPdf pdf;

	private final MessageSource messages;

	private final JsonMapper json;

	OverviewController(ProgrammeOverviewService overview, InfographicService infographics, InfographicPdf pdf,
			MessageSource messages, JsonMapper json) {
		this.overview = overview;
		this.infographics = infographics;
		this.pdf = pdf;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/toolbox/overview")
	String overview(Actor actor, Model model) {
		ProgrammeOverview programme = this.overview.overview(actor);
		model.addAttribute("overview", programme);
		List<Map<String, Object>> charts = new ArrayList<>();
		for (TrendView trend : programme.trends()) {
			Map<String, Object> chart = new LinkedHashMap<>();
			chart.put("trend", trend);
			chart.put("labels", trend.months().stream().map((m) -> MONTH.format(YearMonth.parse(m))).toList());
			chart.put("json", chartJson(trend));
			charts.add(chart);
		}
		model.addAttribute("charts", charts);
		model.addAttribute("exports", ProgrammeOverviewService.EXPORTS);
		return "toolbox/overview/overview";
	}

	@GetMapping("/toolbox/overview/export/{list:[a-z]+}.csv")
	ResponseEntity<byte[]> export(Actor actor, @PathVariable String list) {
		byte[] body = this.overview.csv(actor, list).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("programme-overview-" + list + ".csv").build().toString())
			.body(body);
	}

	@GetMapping("/toolbox/infographic")
	String infographic(Actor actor, @RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "variant", required = false) String variant, Model model) {
		List<InfographicVariant> variants = this.infographics.variants(actor);
		InfographicKind shownKind = InfographicKind.parse(kind);
		InfographicVariant shownVariant = InfographicVariant.parse(variant);
		if (!variants.contains(shownVariant)) {
			shownVariant = InfographicVariant.GENERIC;
		}
		model.addAttribute("kinds", InfographicKind.values());
		model.addAttribute("variants", variants);
		model.addAttribute("papers", Paper.values());
		model.addAttribute("shownKind", shownKind);
		model.addAttribute("shownVariant", shownVariant);
		model.addAttribute("preview", this.infographics.infographic(actor, shownKind, shownVariant));
		model.addAttribute("mayDownloadOrganisation", this.infographics.mayDownloadOrganisation(actor));
		model.addAttribute("mayReadOverview", this.overview.mayRead(actor));
		return "toolbox/overview/infographic";
	}

	/** The SVG for the page's preview and its download (the API's is stateless; the page's image is the session's). */
	@GetMapping("/toolbox/infographic.svg")
	ResponseEntity<byte[]> svg(Actor actor, @RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "variant", required = false) String variant,
			@RequestParam(name = "download", required = false) String download) {
		Infographic info = this.infographics.infographic(actor, InfographicKind.parse(kind),
				InfographicVariant.parse(variant));
		return svgResponse(info, download != null);
	}

	@GetMapping("/toolbox/infographic.pdf")
	ResponseEntity<byte[]> pdf(Actor actor, @RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "variant", required = false) String variant,
			@RequestParam(name = "paper", required = false) String paper) {
		Paper chosen = Paper.parse(paper);
		Infographic info = this.infographics.infographic(actor, InfographicKind.parse(kind),
				InfographicVariant.parse(variant));
		return pdfResponse(info, chosen, this.pdf);
	}

	static ResponseEntity<byte[]> svgResponse(Infographic info, boolean download) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(SVG);
		if (download) {
			response.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(InfographicSvg.fileName(info, "svg")).build().toString());
		}
		return response.body(InfographicSvg.render(info).getBytes(StandardCharsets.UTF_8));
	}

	static ResponseEntity<byte[]> pdfResponse(Infographic info, Paper paper, InfographicPdf pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(InfographicSvg.fileName(info, paper.param() + ".pdf"))
				.build()
				.toString())
			.body(pdf.render(info, paper));
	}

	/** What the chart script draws: the months, and a dataset per series (a blank month is null, a gap). */
	private String chartJson(TrendView trend) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("title", text(trend.titleKey()));
		chart.put("labels", trend.months().stream().map((m) -> MONTH.format(YearMonth.parse(m))).toList());
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (TrendView.Series series : trend.series()) {
			Map<String, Object> dataset = new LinkedHashMap<>();
			dataset.put("label", text(series.labelKey()));
			dataset.put("data", series.values());
			datasets.add(dataset);
		}
		chart.put("datasets", datasets);
		return this.json.writeValueAsString(chart);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, Locale.ENGLISH);
	}

}

package io.cocareer.toolbox.overview;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.cocareer.alumni.AlumniKeyFigures;
import io.cocareer.identity.AccountService;
import io.cocareer.network.NetworkKeyFigures;
import io.cocareer.people.PeopleService;
import io.cocareer.people.PeopleTestActors;
import io.cocareer.people.SavePerson;
import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.support.ApiClient;
import io.cocareer.support.IntegrationTest;
import io.cocareer.talent.TalentPool;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourState;
import io.cocareer.toolbox.ToolboxFigure;
import io.cocareer.toolbox.ToolboxFigures;
import io.cocareer.toolbox.overview.internal.TrendFacts;

import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The infographics over the API (SVG and PDF, each kind, variant and paper; the SVG's and the PDF's
 * text hold exactly the figures the modules' APIs give, the date and the definitions), bad
 * parameters (problem+json codes), who gets which; the overview's JSON; the CSV exports; the
 * trends fed by events; an erased person's id leaving the read model.
 */
@IntegrationTest
class OverviewApiIntegrationTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	TalentPool pool;

	@Autowired
	TourService tours;

	@Autowired
	NetworkKeyFigures networks;

	@Autowired
	AlumniKeyFigures alumni;

	@Autowired
	org.springframework.beans.factory.ObjectProvider<ToolboxFigures> toolboxFigureBeans;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TrendFacts facts;

	@Autowired
	PeopleService people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOrganisationsSvgHoldsExactlyTheFiguresOfTheModulesApisTheDateAndTheDefinitions() throws Exception {
		Map<String, String> expected = expectedFigures();

		for (String kind : List.of("toolbox", "approaches")) {
			OverviewHttp.Download svg = OverviewHttp.get(this.port, "lead",
					"/api/v1/infographic.svg?kind=" + kind + "&variant=organisation");
			assertThat(svg.status()).as(svg.text()).isEqualTo(200);
			assertThat(svg.contentType()).startsWith("image/svg+xml");
			Document document = parse(svg.body());
			Map<String, String> shown = new LinkedHashMap<>();
			NodeList groups = document.getElementsByTagName("g");
			for (int i = 0; i < groups.getLength(); i++) {
				Element group = (Element) groups.item(i);
				if (group.hasAttribute("data-figure")) {
					shown.put(group.getAttribute("data-figure"), textOfClass(group, "value"));
				}
			}
			assertThat(shown).as("the figures on the %s infographic", kind).isEqualTo(expected);
			String text = allText(document);
			assertThat(text).contains("Made on " + DAY.format(LocalDate.now(this.clock)));
			for (String key : expected.keySet()) {
				assertThat(text).contains(message(definitionKey(key)));
			}
			assertThat(text).contains(message("toolbox.overview.infographic." + kind + ".title"));
		}
	}

	@Test
	void thePdfIsPrintReadyOnA4OrLetterWithItsTextExtractable() throws Exception {
		Map<String, String> expected = expectedFigures();

		OverviewHttp.Download a4 = OverviewHttp.get(this.port, "lead",
				"/api/v1/infographic.pdf?kind=toolbox&variant=organisation&paper=A4");
		assertThat(a4.status()).isEqualTo(200);
		assertThat(a4.contentType()).startsWith("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(a4.body())) {
			PDRectangle page = pdf.getPage(0).getMediaBox();
			assertThat(Math.round(page.getWidth())).isEqualTo(595);
			assertThat(Math.round(page.getHeight())).isEqualTo(842);
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(message("toolbox.overview.infographic.toolbox.title"),
					"Made on " + DAY.format(LocalDate.now(this.clock)));
			for (Map.Entry<String, String> figure : expected.entrySet()) {
				assertThat(text).contains(message(labelKey(figure.getKey())) + ": " + figure.getValue());
				assertThat(text).contains(message(definitionKey(figure.getKey())));
			}
		}

		OverviewHttp.Download letter = OverviewHttp.get(this.port, "lead",
				"/api/v1/infographic.pdf?kind=approaches&variant=generic&paper=letter");
		assertThat(letter.status()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(letter.body())) {
			PDRectangle page = pdf.getPage(0).getMediaBox();
			assertThat(Math.round(page.getWidth())).isEqualTo(612);
			assertThat(Math.round(page.getHeight())).isEqualTo(792);
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(message("toolbox.overview.infographic.approaches.title"),
					message("toolbox.overview.infographic.step.TOURS_OF_DUTY.7"),
					message("toolbox.overview.infographic.condition.5"));
			assertThat(text).doesNotContain(message("toolbox.overview.figure.talents.pool.definition"));
		}
	}

	@Test
	void managersAndTalentsDownloadTheGenericInfographicOnlyAndOthersNone() throws Exception {
		for (String user : List.of("manager", "talent")) {
			OverviewHttp.Download svg = OverviewHttp.get(this.port, user, "/api/v1/infographic.svg?kind=approaches");
			assertThat(svg.status()).isEqualTo(200);
			Document document = parse(svg.body());
			assertThat(allText(document)).contains(message("toolbox.overview.infographic.approaches.title"),
					message("toolbox.overview.infographic.step.ALUMNI_AND_BOOMERANGS.3"));
			assertThat(svg.text()).doesNotContain("data-figure");
			OverviewHttp.Download pdf = OverviewHttp.get(this.port, user, "/api/v1/infographic.pdf?paper=LETTER");
			assertThat(pdf.status()).isEqualTo(200);

			OverviewHttp.Download refused = OverviewHttp.get(this.port, user,
					"/api/v1/infographic.svg?variant=organisation");
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.text()).contains("\"code\":\"toolbox.overview.denied\"");
		}
		assertThat(OverviewHttp.get(this.port, "admin", "/api/v1/infographic.svg").status()).isEqualTo(403);
		assertThat(OverviewHttp.get(this.port, null, "/api/v1/infographic.pdf").status()).isEqualTo(401);
	}

	@Test
	void aBadParameterIsAProblemWithItsCode() {
		Map<String, String> bad = Map.of("/api/v1/infographic.svg?kind=poster", "toolbox.overview.infographic.kind.invalid",
				"/api/v1/infographic.pdf?variant=everyone", "toolbox.overview.infographic.variant.invalid",
				"/api/v1/infographic.pdf?paper=A5", "toolbox.overview.infographic.paper.invalid",
				"/api/v1/infographic.pdf?kind=toolbox&paper=", "");
		bad.forEach((path, code) -> {
			OverviewHttp.Download answer = OverviewHttp.get(this.port, "manager", path);
			if (code.isEmpty()) {
				assertThat(answer.status()).as("an empty paper is A4").isEqualTo(200);
				return;
			}
			assertThat(answer.status()).as(path).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.text()).contains("\"code\":\"" + code + "\"");
		});
	}

	@Test
	void theOverviewIsTheTalentLeadsAlone() {
		ApiClient lead = ApiClient.as(this.port, "lead", "demo");
		ApiClient.Response overview = lead.get("/api/v1/toolbox/overview");
		assertThat(overview.status()).as(overview.body()).isEqualTo(200);
		JsonNode json = overview.json();
		List<String> parts = new ArrayList<>();
		json.path("approaches").forEach((part) -> parts.add(part.path("key").asString()));
		assertThat(parts).containsExactly("talents", "tours", "network", "alumni", "diagnostic");
		assertThat(json.path("minGroupSize").asInt()).isGreaterThanOrEqualTo(5);
		assertThat(json.path("trends")).hasSize(2);
		assertThat(json.path("trends").get(0).path("months")).hasSize(12);
		Map<String, String> expected = expectedFigures();
		json.path("approaches").forEach((part) -> part.path("figures").forEach((figure) -> {
			String key = figure.path("key").asString();
			if (figure.path("value").isNull()) {
				assertThat(figure.path("noteKey").asString()).isNotEmpty();
			}
			else {
				assertThat(OrganisationFigure.format(figure.path("value").asDouble(),
						ToolboxFigure.Unit.valueOf(figure.path("unit").asString())))
					.isEqualTo(withoutBand(expected.get(key)));
			}
		}));

		for (String user : List.of("manager", "talent")) {
			ApiClient.Response refused = ApiClient.as(this.port, user, "demo").get("/api/v1/toolbox/overview");
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.code()).isEqualTo("toolbox.overview.denied");
		}
		assertThat(ApiClient.as(this.port, "admin", "demo").get("/api/v1/toolbox/overview").status()).isEqualTo(403);
	}

	@Test
	void theExportsHoldOnlyAggregatesAndAManagerIsRefused() throws Exception {
		Map<String, String> expected = expectedFigures();
		OverviewHttp.Download figures = OverviewHttp.get(this.port, "lead", "/api/v1/toolbox/overview/export/figures.csv");
		assertThat(figures.status()).isEqualTo(200);
		assertThat(figures.contentType()).startsWith("text/csv");
		List<String> lines = figures.text().lines().toList();
		assertThat(lines.get(0)).isEqualTo("section,figure,value,unit,note");
		for (Map.Entry<String, String> figure : expected.entrySet()) {
			String row = lines.stream().filter((line) -> line.contains("," + figure.getKey() + ",")).findFirst().orElseThrow();
			if (figure.getValue().startsWith("blank") || figure.getValue().equals("no diagnostic yet")) {
				assertThat(row).contains("," + figure.getKey() + ",,").endsWith(figure.getValue());
			}
			else {
				assertThat(row).contains("," + figure.getKey() + "," + withoutBand(figure.getValue()) + ",");
			}
		}

		OverviewHttp.Download people = OverviewHttp.get(this.port, "lead", "/api/v1/toolbox/overview/export/people.csv");
		List<String> rows = people.text().lines().toList();
		assertThat(rows.get(0)).isEqualTo("month,HIRE,REHIRE,LEAVING,EXIT_PROTOCOL,note");
		assertThat(rows).hasSize(13);
		for (String row : rows.subList(1, 13)) {
			String[] cells = row.split(",", -1);
			for (int i = 1; i <= 4; i++) {
				assertThat(cells[i].isEmpty() || cells[i].equals("0") || Long.parseLong(cells[i]) >= 5)
					.as("a count of people in %s is 0, 5 or more, or blank", row)
					.isTrue();
				if (cells[i].isEmpty()) {
					assertThat(cells[5]).isEqualTo("blank: fewer than 5 people");
				}
			}
		}
		assertThat(OverviewHttp.get(this.port, "lead", "/api/v1/toolbox/overview/export/tours.csv").text())
			.startsWith("month,TOUR_STARTED,TOUR_COMPLETED,note");
		assertThat(OverviewHttp.get(this.port, "lead", "/api/v1/toolbox/overview/export/everyone.csv").status())
			.isEqualTo(404);
		OverviewHttp.Download refused = OverviewHttp.get(this.port, "manager", "/api/v1/toolbox/overview/export/figures.csv");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text()).doesNotContain(",talents.pool,");
	}

	@Test
	void theTrendsCountTheEventsOnTheirOwnDaysAndAnErasedPersonLeavesNoIdBehind() throws Exception {
		Actor lead = OverviewHttp.actor(this.accounts, "lead");
		LocalDate month = LocalDate.now(this.clock).minusMonths(10).withDayOfMonth(3);
		// filled once from the APIs first, so the events below are what comes after
		ApiClient.as(this.port, "lead", "demo").get("/api/v1/toolbox/overview/trends");
		long before = this.facts.count(TrendKind.HIRE, month.withDayOfMonth(1), month.withDayOfMonth(month.lengthOfMonth()));
		List<UUID> hired = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String key = "OV" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
			hired.add(this.people.create(PeopleTestActors.HR, new SavePerson(key, "Trend", "Hire " + key,
					key.toLowerCase(Locale.ROOT) + "@test.cocareer.io", "Analyst", null, null, month)));
		}
		// a fact delivered twice counts once
		String subject = "test:" + UUID.randomUUID();
		LocalDate longAgo = LocalDate.now(this.clock).minusYears(5);
		assertThat(this.facts.record(TrendKind.EXIT_PROTOCOL, subject, longAgo, 1)).isTrue();
		assertThat(this.facts.record(TrendKind.EXIT_PROTOCOL, subject, longAgo, 1)).isFalse();
		assertThat(this.facts.count(TrendKind.EXIT_PROTOCOL, longAgo, longAgo)).isEqualTo(1);
		long expected = before + 5;
		long after = awaitCount(month, expected);
		assertThat(after).isEqualTo(expected);

		ApiClient.Response trends = ApiClient.as(this.port, "lead", "demo").get("/api/v1/toolbox/overview/trends");
		JsonNode people = trends.json().get(1);
		assertThat(people.path("key").asString()).isEqualTo("people");
		int index = indexOf(people.path("months"), month.toString().substring(0, 7));
		assertThat(people.path("series").get(0).path("kind").asString()).isEqualTo("HIRE");
		assertThat(people.path("series").get(0).path("values").get(index).asLong()).isEqualTo(expected);

		UUID erased = hired.get(0);
		this.people.recordLeaving(PeopleTestActors.HR, erased, month.plusDays(1), "Moved abroad");
		this.people.erase(PeopleTestActors.HR, erased);
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline && ids(erased) > 0) {
			Thread.sleep(100);
		}
		assertThat(ids(erased)).as("the erased person's id is gone from the read model").isZero();
		assertThat(this.facts.count(TrendKind.HIRE, month.withDayOfMonth(1), month.withDayOfMonth(month.lengthOfMonth())))
			.as("the count stays").isEqualTo(expected);
		assertThat(lead.personId()).isNotNull();
	}

	private long ids(UUID person) {
		return this.jdbc.sql("select count(*) from toolbox_overview_fact where subject_key like :prefix")
			.param("prefix", "person:" + person + ":%")
			.query(Long.class)
			.single();
	}

	private long awaitCount(LocalDate month, long expected) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		long count;
		do {
			count = this.facts.count(TrendKind.HIRE, month.withDayOfMonth(1), month.withDayOfMonth(month.lengthOfMonth()));
			if (count >= expected) {
				// a moment more for a duplicate that would be counted twice
				Thread.sleep(300);
				return this.facts.count(TrendKind.HIRE, month.withDayOfMonth(1), month.withDayOfMonth(month.lengthOfMonth()));
			}
			Thread.sleep(100);
		}
		while (System.currentTimeMillis() < deadline);
		return count;
	}

	private static int indexOf(JsonNode array, String value) {
		for (int i = 0; i < array.size(); i++) {
			if (array.get(i).asString().equals(value)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The organisation's figures as the modules' own APIs give them, printed as the infographic
	 * prints them; a count of 1 to k − 1 people, or one the reviews hide, is "blank: fewer than 5 people".
	 */
	private Map<String, String> expectedFigures() {
		Actor lead = OverviewHttp.actor(this.accounts, "lead");
		String blank = "blank: fewer than 5 people";
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("talents.pool", count(this.pool.activeTalentIds().size(), blank));
		var all = this.tours.visibleTours(lead, null);
		expected.put("tours.active", count(all.stream().filter((t) -> t.state() == TourState.ACTIVE).count(), blank));
		expected.put("tours.signed", count(all.stream().filter((t) -> t.state() == TourState.SIGNED).count(), blank));
		expected.put("tours.completed", count(all.stream().filter((t) -> t.state() == TourState.COMPLETED).count(), blank));
		NetworkKeyFigures.KeyFigures network = this.networks.keyFigures(lead);
		expected.put("network.mapped", (network.mappedTalents() == null) ? blank : String.valueOf(network.mappedTalents()));
		expected.put("network.reachingOutside", (network.mappedTalents() == null || network.reachingOutside() == null
				|| network.mappedTalents() == 0) ? blank
						: OrganisationFigure.format(network.reachingOutside() / (double) network.mappedTalents(),
								ToolboxFigure.Unit.RATE));
		AlumniKeyFigures.KeyFigures alumniFigures = this.alumni.keyFigures(lead);
		expected.put("alumni.count", (alumniFigures.alumni() == null) ? blank : String.valueOf(alumniFigures.alumni()));
		expected.put("alumni.boomerangRate", (alumniFigures.boomerangRatePercent() == null) ? blank
				: OrganisationFigure.format(alumniFigures.boomerangRatePercent() / 100, ToolboxFigure.Unit.RATE));
		boolean diagnostic = this.toolboxFigureBeans.orderedStream()
			.flatMap((bean) -> bean.figures().stream())
			.anyMatch((figure) -> figure.key().startsWith("diagnostic.") && figure.value() != null);
		if (!diagnostic) {
			expected.put("diagnostic.readiness", "no diagnostic yet");
		}
		else {
			this.toolboxFigureBeans.orderedStream()
				.flatMap((bean) -> bean.figures().stream())
				.filter((figure) -> figure.key().equals("diagnostic.readiness")
						|| figure.key().startsWith("diagnostic.fit."))
				.filter((figure) -> figure.value() != null)
				.forEach((figure) -> expected.put(figure.key(), OrganisationFigure.format(figure.value(), figure.unit())
						+ (figure.key().startsWith("diagnostic.fit.")
								? " (" + message(io.cocareer.toolbox.FitBand.of(figure.value()).labelKey()) + ")" : "")));
		}
		return expected;
	}

	/** The value as the JSON and the CSV give it: a fit's band is a field of its own there. */
	private static String withoutBand(String shown) {
		return shown.replaceFirst(" \\([^)]*\\)$", "");
	}

	/** A figure's name: the diagnostic's own for its figures, the overview's for the others. */
	private String labelKey(String key) {
		return diagnosticFigure(key).map(ToolboxFigure::labelKey).orElse("toolbox.overview.figure." + key);
	}

	private String definitionKey(String key) {
		return diagnosticFigure(key).map(ToolboxFigure::definitionKey)
			.orElse("toolbox.overview.figure." + key + ".definition");
	}

	private java.util.Optional<ToolboxFigure> diagnosticFigure(String key) {
		return this.toolboxFigureBeans.orderedStream()
			.flatMap((bean) -> bean.figures().stream())
			.filter((figure) -> key.startsWith("diagnostic.") && figure.key().equals(key) && figure.value() != null)
			.findFirst();
	}

	private static String count(long people, String blank) {
		return (people > 0 && people < 5) ? blank : String.valueOf(people);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	private static Document parse(byte[] svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
	}

	/** Every {@code <text>} of the document, one after another with a space (the lines of a wrapped text join again). */
	private static String allText(Document document) {
		NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < texts.getLength(); i++) {
			all.append(texts.item(i).getTextContent()).append(' ');
		}
		return all.toString().replace("\u2022 ", "");
	}

	private static String textOfClass(Element group, String kind) {
		NodeList texts = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < texts.getLength(); i++) {
			Element text = (Element) texts.item(i);
			if (text.getAttribute("class").equals(kind)) {
				lines.add(text.getTextContent());
			}
		}
		return String.join(" ", lines);
	}

}

package io.cocareer.alumni.portal.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.cocareer.support.IntegrationTest;
import io.cocareer.tour.TourRecord;
import io.cocareer.tour.TourState;
import io.cocareer.tour.TourType;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The career record's PDF says whose record it is, the organisation's name and the date, and each tour's mission, results and endorsed wins. */
@IntegrationTest
class CareerRecordPdfTests {

	@Autowired
	CareerRecordPdf pdf;

	@Test
	void theRecordListsEachTourWithItsMissionResultsAndEndorsedWins() throws IOException {
		TourRecord tour = new TourRecord(UUID.randomUUID(), "Ship search v2", TourType.TRANSFORMATIONAL,
				TourState.COMPLETED, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 9, 30), null, "Search relaunch",
				"Make search answer in under 100 ms", "Latency down 70 %, conversion up 4 %",
				List.of(new TourRecord.EndorsedWin("Launched to all users", "Rolled out in three waves.",
						LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 10))));
		String text = text(this.pdf.render("Alex Morgan", List.of(tour), Locale.ENGLISH));
		assertThat(text).contains("Career record of Alex Morgan", this.pdf.organisationName(), "Ship search v2",
				"Transformational", "Make search answer in under 100 ms", "Latency down 70 %", "Launched to all users",
				"Rolled out in three waves.", "Search relaunch");
		assertThat(text(this.pdf.render("Alex Morgan", List.of(), Locale.ENGLISH))).contains("No tour of duty on record.");
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}

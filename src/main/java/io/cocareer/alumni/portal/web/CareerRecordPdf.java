package io.cocareer.alumni.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import io.cocareer.alumni.portal.PortalSettings;
import io.cocareer.tour.TourRecord;

import org.springframework.stereotype.Component;

/**
 * Renders an alumnus' career record as a PDF they can show: the same fragment the page shows
 * ({@code alumni/portal/career-record-document :: document}) in a standalone XHTML page with its
 * CSS inline, under the organisation's name and the date (as the tour agreement's PDF is made).
 */
@Component
class CareerRecordPdf {

	private final ITemplateEngine templates;

	private final PortalSettings settings;

	private final Clock clock;

	CareerRecordPdf(ITemplateEngine templates, PortalSettings settings, Clock clock) {
		this.templates = templates;
		this.settings = settings;
		this.clock = clock;
	}

	String organisationName() {
		return this.settings.organisationName();
	}

	byte[] render(String name, List<TourRecord> tours, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("name", name);
		context.setVariable("tours", tours);
		context.setVariable("organisation", organisationName());
		context.setVariable("today", LocalDate.now(this.clock));
		String html = this.templates.process("alumni/portal/career-record-pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}

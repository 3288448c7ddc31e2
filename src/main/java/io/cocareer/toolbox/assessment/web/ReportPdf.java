package io.cocareer.toolbox.assessment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import io.cocareer.toolbox.assessment.ReportView;

import org.springframework.stereotype.Component;

/**
 * Renders the report to a participant as a PDF they can keep: the same facts as the report page
 * (the consensus per competency with its rationale, the development suggestions), never an
 * assessor's rating, in a standalone XHTML page rendered by openhtmltopdf (as the tour agreement's).
 */
@Component
class ReportPdf {

	private final ITemplateEngine templates;

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(ReportView report, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("report", report);
		String html = this.templates.process("toolbox/assessment/report-pdf", context);
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

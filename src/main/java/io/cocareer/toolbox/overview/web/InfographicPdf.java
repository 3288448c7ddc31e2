package io.cocareer.toolbox.overview.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import io.cocareer.toolbox.overview.Infographic;
import io.cocareer.toolbox.overview.Paper;

import org.springframework.stereotype.Component;

/**
 * Prints an infographic as a PDF for A4 or Letter from the same data as its SVG, laid out in HTML
 * and CSS ({@code toolbox/overview/infographic-pdf}) so that its text stays text: extractable,
 * searchable, read aloud. No external resources.
 */
@Component
class InfographicPdf {

	static final String TEMPLATE = "toolbox/overview/infographic-pdf";

	private final ITemplateEngine templates;

	InfographicPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(Infographic infographic, Paper paper) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("info", infographic);
		context.setVariable("pageSize", paper.cssSize());
		String html = this.templates.process(TEMPLATE, context);
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

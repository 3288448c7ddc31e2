package io.cocareer.tour.agreement.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import io.cocareer.tour.agreement.AgreementView;

import org.springframework.stereotype.Component;

/**
 * Renders an agreement version as a PDF from the same Thymeleaf fragment the agreement page shows
 * ({@code tours/agreement/agreement-document :: document}), wrapped in a standalone XHTML page with its CSS
 * inline and no external resources.
 */
@Component
class AgreementPdf {

	static final String TEMPLATE = "tours/agreement/agreement-pdf";

	private final ITemplateEngine templates;

	AgreementPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(AgreementView agreement, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("doc", agreement);
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

	static String fileName(AgreementView agreement) {
		String slug = agreement.tourTitle().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return "agreement-" + (slug.isEmpty() ? "tour" : slug) + "-v" + agreement.versionNo() + ".pdf";
	}

}

package io.cocareer.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.HtmlUtils;

/**
 * Replaces Tomcat's own error report (its "HTTP Status 400 – Bad Request" HTML page) for the
 * requests Tomcat refuses before the application sees them, such as {@code %00} or {@code %2F}
 * in a path: {@code /api/**} answers problem+json with a code like every other API error, and
 * pages get a page in the application's look. Anything the application answered itself is left
 * as it is (an error page already written, or a response with a body).
 */
class RejectedRequestValve extends ErrorReportValve {

	static final String CODE = "shared.request.rejected";

	private final MessageSource messages;

	private final ObjectProvider<ResourceUrlProvider> assets;

	RejectedRequestValve(MessageSource messages, ObjectProvider<ResourceUrlProvider> assets) {
		this.messages = messages;
		this.assets = assets;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer == null) {
				return;
			}
			String uri = request.getRequestURI();
			if (ApiProblem.isApi(uri, "")) {
				// Tomcat's error report has its own writer: the body only, status and headers are set
				response.setContentType(ApiProblem.CONTENT_TYPE);
				writer.write(ApiProblem.of(status, (status == 400) ? CODE : "shared.request." + status,
						(status == 400) ? "The address of this request is malformed." : "This request was refused.")
					.json());
			}
			else {
				response.setContentType("text/html");
				writer.write(page(status));
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away or the response was taken over: nothing left to report to
		}
	}

	private String page(int status) {
		String title = text("error.badRequest.title", "That request could not be used");
		String detail = text("error.badRequest.text", "Something in the request is not valid.");
		String home = text("error.backHome", "Back to home");
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%2$s</title>
				  <link rel="stylesheet" href="%5$s">
				  <link rel="stylesheet" href="%6$s">
				  <link rel="icon" href="%7$s" type="image/svg+xml">
				</head>
				<body class="d-flex flex-column min-vh-100">
				<main class="container flex-grow-1 error-page text-center py-5">
				  <p class="display-5 fw-semibold text-body-secondary">%1$d</p>
				  <h1 class="h3">%2$s</h1>
				  <p class="lead">%3$s</p>
				  <a class="btn btn-primary mt-3" href="/">%4$s</a>
				</main>
				</body>
				</html>
				""".formatted(status, HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(detail), HtmlUtils.htmlEscape(home),
				asset("/webjars/bootstrap/dist/css/bootstrap.min.css"), asset("/css/app.css"), asset("/img/favicon.svg"));
	}

	/**
	 * The link with the hash of the file's content, as the pages have it: assets are cached for a
	 * year, so a link without the hash could show a stale file after an upgrade.
	 */
	private String asset(String path) {
		ResourceUrlProvider urls = this.assets.getIfAvailable();
		String versioned = (urls != null) ? urls.getForLookupPath(path) : null;
		return HtmlUtils.htmlEscape((versioned != null) ? versioned : path);
	}

	private String text(String code, String fallback) {
		return this.messages.getMessage(code, null, fallback, Locale.ENGLISH);
	}

}

package io.cocareer.network.map.web;

import java.util.Locale;

import io.cocareer.network.health.NetworkHealth;
import io.cocareer.shared.web.PageProblems;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A page controller of the network module: its refusals on forms, and a nudge in words. */
interface NetworkPage {

	/** A refusal on the network pages, with a lost race in the network module's words. */
	PageProblems PROBLEMS = new PageProblems("network.stale");

	/** A file to download, named, in UTF-8. */
	static ResponseEntity<String> download(String body, String mediaType, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	/** A nudge in plain words, with its measure ("3 ties have gone quiet"). */
	static String nudgeText(MessageSource messages, NetworkHealth.Nudge nudge, Locale locale) {
		Object measure = (nudge.measure() == Math.rint(nudge.measure())) ? (Object) (long) nudge.measure()
				: (Object) nudge.measure();
		return messages.getMessage("network.nudge." + nudge.kind().name(), new Object[] { measure }, locale);
	}

}

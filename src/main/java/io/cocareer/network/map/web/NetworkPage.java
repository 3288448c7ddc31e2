package io.cocareer.network.map.web;

import java.util.Locale;

import io.cocareer.network.health.NetworkHealth;
import io.cocareer.shared.web.PageProblems;

import org.springframework.context.MessageSource;

/** A page controller of the network module: its refusals on forms, and a nudge in words. */
interface NetworkPage {

	/** A refusal on the network pages, with a lost race in the network module's words. */
	PageProblems PROBLEMS = new PageProblems("network.stale");

	/** A nudge in plain words, with its measure ("3 ties have gone quiet"). */
	static String nudgeText(MessageSource messages, NetworkHealth.Nudge nudge, Locale locale) {
		Object measure = (nudge.measure() == Math.rint(nudge.measure())) ? (Object) (long) nudge.measure()
				: (Object) nudge.measure();
		return messages.getMessage("network.nudge." + nudge.kind().name(), new Object[] { measure }, locale);
	}

}

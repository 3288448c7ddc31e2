package io.cocareer.network.recruit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cocareer.network.recruit.AssetKind;
import io.cocareer.network.recruit.ReachEvaluation;
import io.cocareer.shared.web.PageProblems;

import org.springframework.context.MessageSource;

/** A page of the recruitment: its refusals on forms, and the reach a candidate adds in words. */
interface RecruitPage {

	/** A refusal on the recruitment pages, with a lost race in its words. */
	PageProblems PROBLEMS = new PageProblems("recruit.stale");

	/** "Adds 3 organisations and 1 arena the organisation does not reach yet", or that it adds none. */
	static String summary(MessageSource messages, ReachEvaluation evaluation, Locale locale) {
		List<String> parts = new ArrayList<>();
		for (AssetKind kind : AssetKind.values()) {
			Integer count = evaluation.adds().get(kind);
			if (count != null && count > 0) {
				parts.add(messages.getMessage("recruit.adds." + kind, new Object[] { count }, locale));
			}
		}
		if (parts.isEmpty()) {
			return messages.getMessage("recruit.adds.nothing", null, locale);
		}
		String list = (parts.size() == 1) ? parts.get(0)
				: String.join(", ", parts.subList(0, parts.size() - 1)) + " "
						+ messages.getMessage("recruit.adds.and", null, locale) + " " + parts.get(parts.size() - 1);
		return messages.getMessage("recruit.adds.summary", new Object[] { list }, locale);
	}

}

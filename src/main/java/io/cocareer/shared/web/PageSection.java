package io.cocareer.shared.web;

import java.util.Map;

/**
 * A part of a page that a module contributes to a {@link PageSlot}: the fragment of one of the
 * module's own templates that renders it, and what that fragment reads. The fragment takes one
 * parameter, {@code section}, and reads {@code section.model}.
 * @param id the section's element id on the page
 * @param order where it goes among the slot's sections (lower first)
 * @param template the template holding the fragment, such as {@code tours/overview/sections}
 * @param fragment the fragment's name in that template
 * @param model what the fragment reads
 */
public record PageSection(String id, int order, String template, String fragment, Map<String, Object> model) {

	public PageSection {
		model = Map.copyOf(model);
	}

}

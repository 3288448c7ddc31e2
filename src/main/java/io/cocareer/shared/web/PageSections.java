package io.cocareer.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.cocareer.shared.Actor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Collects the sections every module contributes to a slot, in their order. */
@Component
public class PageSections {

	private final ObjectProvider<PageSectionContributor> contributors;

	PageSections(ObjectProvider<PageSectionContributor> contributors) {
		this.contributors = contributors;
	}

	public List<PageSection> of(PageSlot slot, Actor reader, UUID subject) {
		List<PageSection> sections = new ArrayList<>();
		this.contributors.orderedStream().forEach((contributor) -> sections.addAll(contributor.sections(slot, reader, subject)));
		sections.sort(Comparator.comparingInt(PageSection::order));
		return sections;
	}

}

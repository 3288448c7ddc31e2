package io.cocareer.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cocareer.shared.Actor;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The navigation of one page view, put into the model by {@link LayoutModelAdvice}: the links
 * every module contributes for the reader, asked for once, on first use, so that redirects and
 * JSON answers do not ask at all.
 */
public final class Navigation {

	private final ObjectProvider<NavigationContributor> contributors;

	private final Actor reader;

	private List<NavigationItem> items;

	private List<PageSection> widgets;

	Navigation(ObjectProvider<NavigationContributor> contributors, Actor reader) {
		this.contributors = contributors;
		this.reader = reader;
	}

	public List<NavigationItem> main() {
		return in(NavigationItem.Menu.MAIN);
	}

	public List<NavigationItem> administration() {
		return in(NavigationItem.Menu.ADMINISTRATION);
	}

	public List<NavigationItem> account() {
		return in(NavigationItem.Menu.ACCOUNT);
	}

	public List<PageSection> widgets() {
		if (this.widgets == null) {
			List<PageSection> all = new ArrayList<>();
			this.contributors.orderedStream().forEach((contributor) -> all.addAll(contributor.widgets(this.reader)));
			all.sort(Comparator.comparingInt(PageSection::order));
			this.widgets = List.copyOf(all);
		}
		return this.widgets;
	}

	private List<NavigationItem> in(NavigationItem.Menu menu) {
		if (this.items == null) {
			List<NavigationItem> all = new ArrayList<>();
			this.contributors.orderedStream().forEach((contributor) -> all.addAll(contributor.navigation(this.reader)));
			all.sort(Comparator.comparingInt(NavigationItem::order));
			this.items = List.copyOf(all);
		}
		return this.items.stream().filter((item) -> item.menu() == menu).toList();
	}

}

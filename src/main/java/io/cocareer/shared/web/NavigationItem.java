package io.cocareer.shared.web;

/**
 * A link in the navigation bar that a module contributes ({@link NavigationContributor}).
 * @param labelKey the message key of the link's text
 * @param path where it leads, such as {@code /tours}
 * @param order where it goes in its menu (lower first)
 * @param section the section key a page passes to the layout when the link is the current one
 * (the layout's {@code menu} parameter), such as {@code tours}
 * @param menu the menu the link is in
 */
public record NavigationItem(String labelKey, String path, int order, String section, Menu menu) {

	/** A link in the bar itself. */
	public static NavigationItem main(String labelKey, String path, int order, String section) {
		return new NavigationItem(labelKey, path, order, section, Menu.MAIN);
	}

	/** A link in the Administration menu; that menu is highlighted on pages of section {@code admin}. */
	public static NavigationItem administration(String labelKey, String path, int order) {
		return new NavigationItem(labelKey, path, order, "admin", Menu.ADMINISTRATION);
	}

	/** A link in the signed-in user's own menu. */
	public static NavigationItem account(String labelKey, String path, int order) {
		return new NavigationItem(labelKey, path, order, "account", Menu.ACCOUNT);
	}

	public enum Menu {

		/** The bar. */
		MAIN,

		/** The Administration drop-down of the bar, shown when it has a link. */
		ADMINISTRATION,

		/** The drop-down under the user's name. */
		ACCOUNT

	}

}

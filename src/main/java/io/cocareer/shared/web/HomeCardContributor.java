package io.cocareer.shared.web;

import java.util.List;

import io.cocareer.shared.Actor;

/**
 * A module's cards on the homes, as a bean in the module: the home module lays out what every
 * module contributes and reads no module's data. A contributor applies its own access policy:
 * it returns only what the reader may read, and nothing for a home it has nothing for.
 */
public interface HomeCardContributor {

	List<HomeCard> cards(HomePage home, Actor reader);

}

package io.cocareer.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cocareer.shared.Actor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Collects the cards every module contributes to a home, by region, in their order. */
@Component
public class HomeCards {

	private final ObjectProvider<HomeCardContributor> contributors;

	HomeCards(ObjectProvider<HomeCardContributor> contributors) {
		this.contributors = contributors;
	}

	public Collected of(HomePage home, Actor reader) {
		List<HomeCard> cards = new ArrayList<>();
		this.contributors.orderedStream().forEach((contributor) -> cards.addAll(contributor.cards(home, reader)));
		cards.sort(Comparator.comparingInt((card) -> card.section().order()));
		return new Collected(in(cards, HomeCard.Region.ACTIONS), in(cards, HomeCard.Region.FIGURES),
				in(cards, HomeCard.Region.CARDS));
	}

	private static List<PageSection> in(List<HomeCard> cards, HomeCard.Region region) {
		return cards.stream().filter((card) -> card.region() == region).map(HomeCard::section).toList();
	}

	/** What a home template renders, each list with {@code fragments/sections}. */
	public record Collected(List<PageSection> actions, List<PageSection> figures, List<PageSection> cards) {

	}

}

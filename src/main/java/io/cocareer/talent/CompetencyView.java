package io.cocareer.talent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An entry of the competency catalogue. */
public record CompetencyView(UUID id, String name, String category, String description) {

	/** The catalogue grouped by category, in the order it comes (pages pick from it by category). */
	public static Map<String, List<CompetencyView>> byCategory(List<CompetencyView> catalogue) {
		Map<String, List<CompetencyView>> byCategory = new LinkedHashMap<>();
		for (CompetencyView competency : catalogue) {
			byCategory.computeIfAbsent(competency.category(), (key) -> new ArrayList<>()).add(competency);
		}
		return byCategory;
	}

}

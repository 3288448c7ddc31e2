package io.cocareer.tour.matching.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.shared.Actor;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.shared.web.PageSection;
import io.cocareer.tour.catalogue.WorkPackagePageSection;
import io.cocareer.tour.matching.MatchingAccess;
import io.cocareer.tour.matching.MatchingService;

import org.springframework.stereotype.Component;

/**
 * Matching on the work package pages: a badge on the open packages that suit a talent best in the
 * catalogue, and the best candidates on a package's page for those who may rank them.
 */
@Component
class MatchingPageSection implements WorkPackagePageSection {

	static final int CANDIDATES = 10;

	static final int SUGGESTIONS = 3;

	/** Below this score a package is no suggestion at all: a 7 % match labelled "for you" would mislead. */
	static final double MIN_SUGGESTION_SCORE = 0.3;

	private final MatchingService matching;

	private final MatchingAccess access;

	MatchingPageSection(MatchingService matching, MatchingAccess access) {
		this.matching = matching;
		this.access = access;
	}

	@Override
	public Map<String, Object> onCatalogue(Actor reader) {
		// a talent sees a badge on the open packages that suit them best
		Map<UUID, MatchingService.PackageMatch> suggested = new HashMap<>();
		if (reader.has(Role.TALENT) && reader.personId() != null) {
			this.matching.rankPackages(reader, PersonId.valueOf(reader.personId()), SUGGESTIONS)
				.stream()
				.filter((match) -> match.match().score() >= MIN_SUGGESTION_SCORE)
				.forEach((match) -> suggested.put(match.packageId(), match));
		}
		return Map.of("suggested", suggested);
	}

	@Override
	public PackagePart onPackage(Actor reader, UUID packageId) {
		if (!this.matching.mayRankCandidates(reader, packageId)) {
			return new PackagePart(List.of(), Set.of());
		}
		List<MatchingService.CandidateMatch> candidates = this.matching.rankCandidates(reader, packageId, CANDIDATES);
		Set<UUID> listed = new HashSet<>();
		candidates.forEach((candidate) -> listed.add(candidate.personId()));
		PageSection card = new PageSection("candidates", 10, "tours/matching/sections", "candidates",
				Map.of("candidates", candidates, "wholePool", this.access.ranksWholePool(reader)));
		return new PackagePart(List.of(card), listed);
	}

}

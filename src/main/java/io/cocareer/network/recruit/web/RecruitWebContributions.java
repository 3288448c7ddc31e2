package io.cocareer.network.recruit.web;

import java.util.List;
import java.util.Map;

import io.cocareer.network.recruit.CandidateService;
import io.cocareer.network.recruit.CandidateView;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;
import io.cocareer.shared.web.PageSection;
import io.cocareer.shared.web.PageSectionContributor;
import io.cocareer.shared.web.PageSlot;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the recruitment adds to the platform's pages: the talent lead's navigation link (and a
 * hiring manager's, while they are named on a candidate), and on a hired person's own network page
 * the assets they brought. The pages sit under {@code /network/**}, whose gate the map contributes;
 * the service refuses everyone else.
 */
@Configuration(proxyBeanMethods = false)
class RecruitWebContributions {

	@Bean
	NavigationContributor recruitNavigation(CandidateService candidates) {
		return (reader) -> candidates.mayOpenCandidates(reader)
				? List.of(NavigationItem.main("recruit.nav.candidates", "/network/candidates", 45, "candidates")) : List.of();
	}

	@Bean
	PageSectionContributor recruitSections(CandidateService candidates) {
		return (slot, reader, subject) -> {
			if (slot != PageSlot.NETWORK_MAP) {
				return List.of();
			}
			List<CandidateView.AssetView> assets = candidates.myRecruitment(reader);
			return assets.isEmpty() ? List.of()
					: List.of(new PageSection("from-recruitment", 10, "network/recruit/card", "card",
							Map.of("assets", assets)));
		};
	}

}

package io.cocareer.alumni.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cocareer.alumni.portal.AlumniPortalService;
import io.cocareer.alumni.portal.AlumniPostService;
import io.cocareer.alumni.portal.AlumniReferralService;
import io.cocareer.alumni.portal.PortalSettings;
import io.cocareer.alumni.portal.PostView;
import io.cocareer.alumni.portal.ReferralStatus;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the portal adds to the platform: the alumnus' links (news, opportunities, refer someone,
 * career record in the bar; consent and their data in their own menu) and their home's cards; the
 * talent lead's links to the posts and the referrals, and a card on the lead's home with the new
 * referrals. The pages sit under the alumni capability's gates ({@code /portal/**} for alumni,
 * {@code /alumni/**}); the services refuse whoever else comes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalSettings.class)
class PortalWebContributions {

	@Bean
	NavigationContributor portalNavigation(AlumniPortalService portal, AlumniPostService posts) {
		return (reader) -> {
			List<NavigationItem> items = new ArrayList<>();
			if (portal.isAlumnus(reader)) {
				items.add(NavigationItem.main("alumni.portal.nav.news", "/portal/news", 30, "portal-news"));
				items.add(NavigationItem.main("alumni.portal.nav.opportunities", "/portal/opportunities", 31,
						"portal-opportunities"));
				items.add(NavigationItem.main("alumni.portal.nav.refer", "/portal/referrals", 32, "portal-referrals"));
				items.add(NavigationItem.main("alumni.portal.nav.careerRecord", "/portal/career-record", 33,
						"portal-career"));
				items.add(NavigationItem.account("alumni.portal.nav.consent", "/portal/consent", 30));
				items.add(NavigationItem.account("alumni.portal.nav.data", "/portal/data", 31));
			}
			else if (posts.mayManagePosts(reader)) {
				items.add(NavigationItem.main("alumni.portal.nav.posts", "/alumni/posts", 72, "alumni-posts"));
				items.add(NavigationItem.main("alumni.portal.nav.referrals", "/alumni/referrals", 73, "alumni-referrals"));
			}
			return items;
		};
	}

	@Bean
	HomeCardContributor portalHomeCards(AlumniPortalService portal, AlumniPostService posts,
			AlumniReferralService referrals) {
		return (home, reader) -> {
			if (home == HomePage.ALUMNUS && portal.isAlumnus(reader)) {
				List<PostView> news = posts.news(reader);
				long open = posts.opportunities(reader).stream().filter(PostView::open).count();
				var record = portal.myRecord(reader).orElse(null);
				return List.of(
						HomeCard.card("portal-news", 10, "alumni/portal/home", "news",
								Map.of("news", news.stream().limit(3).toList())),
						HomeCard.card("portal-opportunities", 20, "alumni/portal/home", "opportunities",
								Map.of("open", open)),
						HomeCard.card("portal-refer", 30, "alumni/portal/home", "refer",
								Map.of("made", referrals.mine(reader).size())),
						HomeCard.card("portal-career", 40, "alumni/portal/home", "career",
								Map.of("tours", portal.careerRecord(reader).size())),
						HomeCard.card("portal-consent", 50, "alumni/portal/home", "consent",
								Map.of("contactable", record != null && record.contactable(), "registered",
										record != null)),
						HomeCard.card("portal-network", 60, "alumni/portal/home", "network", Map.of()));
			}
			if (home == HomePage.LEAD && referrals.mayManageReferrals(reader)) {
				return List.of(HomeCard.card("portal-lead", 80, "alumni/portal/home", "lead",
						Map.of("newReferrals", referrals.all(reader, ReferralStatus.NEW).size(), "posts",
								posts.all(reader).size())));
			}
			return List.of();
		};
	}

}

package io.cocareer.alumni.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cocareer.alumni.directory.AlumniDirectory;
import io.cocareer.alumni.directory.AlumniRelations;
import io.cocareer.shared.web.HomeCard;
import io.cocareer.shared.web.HomeCardContributor;
import io.cocareer.shared.web.HomePage;
import io.cocareer.shared.web.NavigationContributor;
import io.cocareer.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the directory adds to the platform: the talent lead's "Alumni" link, the alumnus' links to
 * the directory and their profile, and two cards on the alumnus' home. Its pages sit under the
 * alumni's coarse gates ({@code /alumni/**}, {@code /portal/**}); its services refuse the rest.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryWebContributions {

	@Bean
	NavigationContributor alumniDirectoryNavigation(AlumniDirectory directory, AlumniRelations relations) {
		return (reader) -> {
			List<NavigationItem> items = new ArrayList<>();
			if (relations.mayManageRelations(reader)) {
				items.add(NavigationItem.main("alumni.directory.nav.alumni", "/alumni/people", 40, "alumni"));
			}
			if (directory.mayKeepProfile(reader)) {
				items.add(NavigationItem.main("alumni.directory.nav.directory", "/alumni/directory", 20, "alumni-directory"));
				items.add(NavigationItem.main("alumni.directory.nav.profile", "/portal/profile", 21, "alumni-profile"));
			}
			return items;
		};
	}

	@Bean
	HomeCardContributor alumniDirectoryHomeCards(AlumniDirectory directory) {
		return (home, reader) -> {
			if (home != HomePage.ALUMNUS || !directory.mayKeepProfile(reader)) {
				return List.of();
			}
			return List.of(
					HomeCard.card("alumni-profile-card", 10, "alumni/directory/cards", "profile",
							Map.of("profile", directory.myProfile(reader))),
					HomeCard.card("alumni-directory-card", 20, "alumni/directory/cards", "directory", Map.of()));
		};
	}

}

package io.cocareer.tour.catalogue.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.cocareer.tour.WorkPackageLoad;
import io.cocareer.tour.catalogue.Quality;
import io.cocareer.tour.catalogue.QualityRating;
import io.cocareer.tour.catalogue.WorkPackageStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's side of {@link WorkPackageLoad}: writes the demo's packages, their required
 * competencies and the interest in them with the catalogue's own code, deciding weakness by the
 * package's own rule ({@link WorkPackage#assess}). Plain JDBC with fixed ids and dates, because the
 * demo's packages must be the same rows on every machine. Public only so that the generator's
 * plain tests can build it; everything else reaches it as {@link WorkPackageLoad}.
 */
@Service
public class CatalogueLoad implements WorkPackageLoad {

	private final JdbcTemplate jdbc;

	public CatalogueLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void packages(List<LoadedWorkPackage> packages) {
		for (LoadedWorkPackage p : packages) {
			Timestamp created = Timestamp.from(p.createdAt());
			WorkPackageStatus status = p.draft() ? WorkPackageStatus.DRAFT : WorkPackageStatus.OPEN;
			this.jdbc.update("""
					insert into work_package (id, title, description, expected_results, sponsor_id, unit_id, start_on, end_on,
					  time_share, seats, tour_type, status, challenging_rating, challenging_justification, interesting_rating,
					  interesting_justification, valuable_rating, valuable_justification, visible_rating, visible_justification,
					  weak, created_by_account, created_by_person, created_at, updated_by_person_id, updated_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", p.id(),
					p.title(), p.description(), p.expectedResults(), p.sponsorId(), p.unitId(), Date.valueOf(p.startOn()),
					Date.valueOf(p.endOn()), p.timeShare(), p.seats(), p.tourType().name(), status.name(),
					p.challenging().rating(), p.challenging().justification(), p.interesting().rating(),
					p.interesting().justification(), p.valuable().rating(), p.valuable().justification(),
					p.visible().rating(), p.visible().justification(), WorkPackage.assess(ratings(p)).weak(),
					p.createdByAccount(), p.createdByPerson(), created, p.createdByPerson(), created);
			for (LoadedRequirement c : p.competencies()) {
				this.jdbc.update(
						"insert into work_package_competency (work_package_id, competency_id, required_level) values (?, ?, ?)",
						p.id(), c.competencyId(), c.requiredLevel());
			}
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void interest(List<LoadedInterest> interest) {
		this.jdbc.batchUpdate("""
				insert into work_package_interest (id, work_package_id, person_id, note, expressed_at)
				values (?, ?, ?, ?, ?)""", interest.stream()
			.map((i) -> new Object[] { i.id(), i.packageId(), i.personId(), i.note(), Timestamp.from(i.expressedAt()) })
			.toList());
	}

	private static Map<Quality, QualityRating> ratings(LoadedWorkPackage p) {
		Map<Quality, QualityRating> ratings = new EnumMap<>(Quality.class);
		ratings.put(Quality.CHALLENGING, new QualityRating(p.challenging().rating(), p.challenging().justification()));
		ratings.put(Quality.INTERESTING, new QualityRating(p.interesting().rating(), p.interesting().justification()));
		ratings.put(Quality.VALUABLE, new QualityRating(p.valuable().rating(), p.valuable().justification()));
		ratings.put(Quality.VISIBLE, new QualityRating(p.visible().rating(), p.visible().justification()));
		return ratings;
	}

}

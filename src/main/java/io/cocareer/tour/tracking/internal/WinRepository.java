package io.cocareer.tour.tracking.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WinRepository extends JpaRepository<Win, UUID> {

	List<Win> findByTourIdOrderByWonOnDescCreatedAtDesc(UUID tourId);

	List<Win> findByTourIdInOrderByWonOnDescCreatedAtDesc(java.util.Collection<UUID> tourIds);

	/**
	 * The published wins a reader may see, newest first: organisation-wide ones for staff, every
	 * one for the talent lead, those of their own tours for talent and manager, and those shared
	 * with them for the sponsor of the tour's work package.
	 */
	@Query(value = """
			select w from Win w join Tour t on t.id = w.tourId left join WorkPackage p on p.id = t.workPackageId
			where w.state = io.cocareer.tour.tracking.WinState.PUBLISHED
			and ((:staff = true and w.audience = io.cocareer.tour.tracking.WinAudience.ORGANISATION) or :lead = true
			or t.talentId = :personId or t.managerId = :personId or p.sponsorId = :personId)
			order by w.wonOn desc, w.publishedAt desc, w.id""", countQuery = """
			select count(w) from Win w join Tour t on t.id = w.tourId left join WorkPackage p on p.id = t.workPackageId
			where w.state = io.cocareer.tour.tracking.WinState.PUBLISHED
			and ((:staff = true and w.audience = io.cocareer.tour.tracking.WinAudience.ORGANISATION) or :lead = true
			or t.talentId = :personId or t.managerId = :personId or p.sponsorId = :personId)""")
	Page<Win> feed(UUID personId, boolean staff, boolean lead, Pageable pageable);

}

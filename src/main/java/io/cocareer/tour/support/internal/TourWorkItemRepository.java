package io.cocareer.tour.support.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.cocareer.tour.TourState;
import io.cocareer.tour.support.WorkItemStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TourWorkItemRepository extends JpaRepository<TourWorkItem, UUID> {

	List<TourWorkItem> findByTourIdOrderByCreatedAtAsc(UUID tourId);

	List<TourWorkItem> findByTourIdIn(Collection<UUID> tourIds);

	/** Open items past their date on tours in the given states, oldest date first. */
	@Query("""
			select i from TourWorkItem i where i.status not in :closed and i.dueOn < :today
			and i.tourId in (select t.id from Tour t where t.state in :states)
			order by i.dueOn, i.createdAt""")
	List<TourWorkItem> overdue(LocalDate today, Collection<WorkItemStatus> closed, Collection<TourState> states);

	/**
	 * Marks the item escalated unless it already is; 1 when this call did it. Leaves the version
	 * alone: escalating is no edit, and must not make someone's open form stale.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update TourWorkItem i set i.escalatedAt = :at where i.id = :id and i.escalatedAt is null")
	int markEscalated(UUID id, Instant at);

}

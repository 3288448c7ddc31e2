package io.cocareer.tour.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.cocareer.tour.TourState;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TourRepository extends JpaRepository<Tour, UUID> {

	List<Tour> findByTalentIdAndStateIn(UUID talentId, Collection<TourState> states);

	List<Tour> findByTalentIdInAndStateIn(Collection<UUID> talentIds, Collection<TourState> states);

	/** The tours someone takes part in (as talent or manager), newest first. */
	@Query("select t from Tour t where t.talentId = :personId or t.managerId = :personId order by t.startOn desc, t.id")
	List<Tour> involving(UUID personId);

	/** Tours in the states that overlap [from, to]. */
	@Query("select t from Tour t where t.state in :states and t.startOn <= :to and t.endOn >= :from")
	List<Tour> committedBetween(Collection<TourState> states, java.time.LocalDate from, java.time.LocalDate to);

	@Query("select t.state, count(t) from Tour t group by t.state")
	List<Object[]> countByState();

	List<Tour> findByTalentIdOrderByStartOnDescIdAsc(UUID talentId);

	List<Tour> findByManagerIdAndStateInOrderByEndOnAsc(UUID managerId, Collection<TourState> states);

	List<Tour> findByStateInOrderByEndOnAsc(Collection<TourState> states);

	List<Tour> findAllByOrderByStartOnDescIdAsc();

	long countByWorkPackageIdAndStateIn(UUID workPackageId, Collection<TourState> states);

	List<Tour> findByWorkPackageIdOrderByStartOnAsc(UUID workPackageId);

}

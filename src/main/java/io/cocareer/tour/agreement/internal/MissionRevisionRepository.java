package io.cocareer.tour.agreement.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MissionRevisionRepository extends JpaRepository<MissionRevision, UUID> {

	Optional<MissionRevision> findFirstByTourIdOrderByRevisionNoDesc(UUID tourId);

	Optional<MissionRevision> findByTourIdAndRevisionNo(UUID tourId, int revisionNo);

	List<MissionRevision> findByTourIdOrderByRevisionNoDesc(UUID tourId);

	/** The latest revision of each of these tours, in one statement (the homes list many tours). */
	@Query("""
			select r from MissionRevision r where r.tourId in :tourIds
			and r.revisionNo = (select max(o.revisionNo) from MissionRevision o where o.tourId = r.tourId)""")
	List<MissionRevision> findLatestOfTours(@Param("tourIds") Collection<UUID> tourIds);

}

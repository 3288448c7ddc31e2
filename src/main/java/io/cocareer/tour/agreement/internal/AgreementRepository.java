package io.cocareer.tour.agreement.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgreementRepository extends JpaRepository<Agreement, UUID> {

	List<Agreement> findByTourIdOrderByVersionNoDesc(UUID tourId);

	Optional<Agreement> findFirstByTourIdOrderByVersionNoDesc(UUID tourId);

	/** The latest agreement of each of these tours, in one statement (the homes list many tours). */
	@Query("""
			select a from Agreement a where a.tourId in :tourIds
			and a.versionNo = (select max(o.versionNo) from Agreement o where o.tourId = a.tourId)""")
	List<Agreement> findLatestOfTours(@Param("tourIds") Collection<UUID> tourIds);

	Optional<Agreement> findByTourIdAndVersionNo(UUID tourId, int versionNo);

}

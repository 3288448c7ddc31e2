package io.cocareer.tour.agreement.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MissionRevisionRepository extends JpaRepository<MissionRevision, UUID> {

	Optional<MissionRevision> findFirstByTourIdOrderByRevisionNoDesc(UUID tourId);

	Optional<MissionRevision> findByTourIdAndRevisionNo(UUID tourId, int revisionNo);

	List<MissionRevision> findByTourIdOrderByRevisionNoDesc(UUID tourId);

}

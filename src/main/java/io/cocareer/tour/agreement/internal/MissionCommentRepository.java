package io.cocareer.tour.agreement.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MissionCommentRepository extends JpaRepository<MissionComment, UUID> {

	List<MissionComment> findByTourIdOrderByCreatedAtAsc(UUID tourId);

}

package io.cocareer.tour.tracking.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.cocareer.tour.tracking.CoachingStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CoachingSessionRepository extends JpaRepository<CoachingSession, UUID> {

	List<CoachingSession> findByTourIdOrderByCreatedAtDesc(UUID tourId);

	List<CoachingSession> findByCoachIdOrderByCreatedAtDesc(UUID coachId);

	List<CoachingSession> findByTourIdAndStatusIn(UUID tourId, Collection<CoachingStatus> statuses);

}

package io.cocareer.tour.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TourStateChangeRepository extends JpaRepository<TourStateChange, UUID> {

	List<TourStateChange> findByTourIdOrderByChangedAtAsc(UUID tourId);

}

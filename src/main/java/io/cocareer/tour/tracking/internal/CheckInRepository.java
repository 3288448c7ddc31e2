package io.cocareer.tour.tracking.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckIn, UUID> {

	List<CheckIn> findByTourIdOrderByHeldOnDesc(UUID tourId);

	List<CheckIn> findByTourIdInOrderByHeldOnDesc(Collection<UUID> tourIds);

}

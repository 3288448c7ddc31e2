package io.cocareer.alumni.mobility.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The talents' career horizons, by person id. */
public interface CareerHorizons extends JpaRepository<CareerHorizon, UUID> {

	List<CareerHorizon> findByPersonIdInAndSharedWithManagerTrue(Collection<UUID> personIds);

}

package io.cocareer.alumni.mobility.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The talents' career horizons, by person id. */
public interface CareerHorizons extends JpaRepository<CareerHorizon, UUID> {

	List<CareerHorizon> findByPersonIdInAndSharedWithManagerTrue(Collection<UUID> personIds);

	/**
	 * Deletes a person's horizon if it is still there: the listeners of a leaving and of an erasure
	 * run side by side, and deleting a loaded entity the other has deleted fails its transaction.
	 */
	@Modifying
	@Query("delete from CareerHorizon h where h.personId = :personId")
	int deleteIfPresent(@Param("personId") UUID personId);

}

package io.cocareer.tour.catalogue.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkPackageInterestRepository extends JpaRepository<WorkPackageInterest, UUID> {

	List<WorkPackageInterest> findByWorkPackageIdOrderByExpressedAt(UUID workPackageId);

	Optional<WorkPackageInterest> findByWorkPackageIdAndPersonId(UUID workPackageId, UUID personId);

	long countByWorkPackageId(UUID workPackageId);

	/** Interest counts of many packages in one statement: rows of (package id, count). */
	@Query("select i.workPackageId, count(i) from WorkPackageInterest i where i.workPackageId in :ids group by i.workPackageId")
	List<Object[]> countsFor(Collection<UUID> ids);

}

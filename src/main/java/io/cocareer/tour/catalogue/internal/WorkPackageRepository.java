package io.cocareer.tour.catalogue.internal;

import java.util.List;
import java.util.UUID;

import io.cocareer.tour.catalogue.WorkPackageStatus;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface WorkPackageRepository extends JpaRepository<WorkPackage, UUID>, JpaSpecificationExecutor<WorkPackage> {

	/** The packages in a status with their required competencies, in one statement (no query per package). */
	@EntityGraph(attributePaths = "competencies")
	List<WorkPackage> findByStatus(WorkPackageStatus status);

}

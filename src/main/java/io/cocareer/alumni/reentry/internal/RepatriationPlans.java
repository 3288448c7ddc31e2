package io.cocareer.alumni.reentry.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Repatriation plans, one a boomerang. */
public interface RepatriationPlans extends JpaRepository<RepatriationPlan, UUID> {

	Optional<RepatriationPlan> findByPersonId(UUID personId);

	List<RepatriationPlan> findByManagerId(UUID managerId);

	@Query("select distinct p from RepatriationPlan p join p.items i where p.managerId = :personId or i.ownerId = :personId or i.buddyId = :personId")
	List<RepatriationPlan> naming(UUID personId);

	List<RepatriationPlan> findAllByOrderByRehiredOnDesc();

}

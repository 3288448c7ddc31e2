package io.cocareer.toolbox.rotation.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Rotation plans. */
public interface RotationPlans extends JpaRepository<RotationPlan, UUID> {

	List<RotationPlan> findAllByOrderByPlannedAtDesc();

	/** The plans whose cohort holds one of these people, latest first. */
	@Query("select distinct p from RotationPlan p join p.cohort c where c in :people order by p.plannedAt desc")
	List<RotationPlan> withAnyOf(java.util.Collection<UUID> people);

	@Query("select distinct p from RotationPlan p join p.cohort c where c = :personId")
	List<RotationPlan> withPerson(UUID personId);

	@Query("select p from RotationPlan p where p.createdBy = :personId or p.confirmedBy = :personId")
	List<RotationPlan> madeBy(UUID personId);

	@Query("select count(p) from RotationPlan p where p.status = io.cocareer.toolbox.rotation.PlanStatus.CONFIRMED and p.confirmedAt >= :since")
	long confirmedSince(Instant since);

	@Query("select count(t) from RotationPlan p join p.pairs t where p.status = io.cocareer.toolbox.rotation.PlanStatus.CONFIRMED and p.confirmedAt >= :since and t.tourId is not null")
	long toursProposedSince(Instant since);

}

package io.cocareer.network.plan.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The activities of every talent's plan. */
public interface PlanActivities extends JpaRepository<PlanActivity, UUID> {

	List<PlanActivity> findByTalentIdOrderByStartsOnAscCreatedAtAsc(UUID talentId);

	Optional<PlanActivity> findByIdAndTalentId(UUID id, UUID talentId);

	List<PlanActivity> findByTalentIdIn(Collection<UUID> talentIds);

	/** The talents with an activity starting in the year (their funds are in use). */
	@Query("select distinct a.talentId from PlanActivity a where a.startsOn >= :first and a.startsOn <= :last")
	List<UUID> talentsActiveBetween(java.time.LocalDate first, java.time.LocalDate last);

}

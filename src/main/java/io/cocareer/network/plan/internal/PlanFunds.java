package io.cocareer.network.plan.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The talents' funds, one row per talent and year once used or set. */
public interface PlanFunds extends JpaRepository<PlanFund, UUID> {

	Optional<PlanFund> findByTalentIdAndYear(UUID talentId, int year);

	/** The row, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from PlanFund f where f.talentId = :talentId and f.year = :year")
	Optional<PlanFund> lock(UUID talentId, int year);

	List<PlanFund> findByYear(int year);

	List<PlanFund> findByYearAndTalentIdIn(int year, Collection<UUID> talentIds);

	@Modifying
	@Query("delete from PlanFund f where f.talentId = :talentId")
	void deleteFundsOf(UUID talentId);

}

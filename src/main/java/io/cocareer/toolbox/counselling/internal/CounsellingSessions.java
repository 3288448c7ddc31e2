package io.cocareer.toolbox.counselling.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Counselling sessions. */
public interface CounsellingSessions extends JpaRepository<CounsellingSession, UUID> {

	List<CounsellingSession> findByTalentId(UUID talentId);

	List<CounsellingSession> findByCounsellorId(UUID counsellorId);

	List<CounsellingSession> findByTalentIdOrCounsellorId(UUID talentId, UUID counsellorId);

	/** How many sessions were held since the day (inclusive). */
	@Query("select count(s) from CounsellingSession s where s.heldOn is not null and s.heldOn >= :since")
	long countHeldSince(LocalDate since);

	/** How many talents had a session held since the day (inclusive). */
	@Query("select count(distinct s.talentId) from CounsellingSession s where s.heldOn is not null and s.heldOn >= :since")
	long countTalentsHeldSince(LocalDate since);

	/** The held sessions with a follow-up that is not done and whose day is today or has passed. */
	@Query("""
			select distinct s from CounsellingSession s join s.followUps f
			where s.status = io.cocareer.toolbox.counselling.SessionStatus.HELD
			and f.doneOn is null and f.dueOn <= :today""")
	List<CounsellingSession> withFollowUpsDueBy(LocalDate today);

	/** How many follow-ups of held sessions are not done and past their day. */
	@Query("""
			select count(f) from CounsellingSession s join s.followUps f
			where s.status = io.cocareer.toolbox.counselling.SessionStatus.HELD
			and f.doneOn is null and f.dueOn < :today""")
	long countFollowUpsOverdue(LocalDate today);

	/** How many talents the overdue follow-ups are of. */
	@Query("""
			select count(distinct s.talentId) from CounsellingSession s join s.followUps f
			where s.status = io.cocareer.toolbox.counselling.SessionStatus.HELD
			and f.doneOn is null and f.dueOn < :today""")
	long countTalentsWithFollowUpsOverdue(LocalDate today);

}

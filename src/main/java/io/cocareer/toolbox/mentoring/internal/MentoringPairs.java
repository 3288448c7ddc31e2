package io.cocareer.toolbox.mentoring.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.cocareer.toolbox.mentoring.PairStatus;

import org.springframework.data.jpa.repository.JpaRepository;

/** Mentoring pairs. */
public interface MentoringPairs extends JpaRepository<MentoringPair, UUID> {

	List<MentoringPair> findByCohortIdOrderByCreatedAt(UUID cohortId);

	List<MentoringPair> findByCohortIdAndStatus(UUID cohortId, PairStatus status);

	List<MentoringPair> findByMenteePersonIdOrMentorPersonId(UUID menteePersonId, UUID mentorPersonId);

	List<MentoringPair> findByMenteePersonIdInAndStatusIn(Collection<UUID> menteePersonIds,
			Collection<PairStatus> statuses);

	List<MentoringPair> findByStatus(PairStatus status);

	long countByStatus(PairStatus status);

}

package io.cocareer.toolbox.mentoring.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The talent lead's pins and bans. */
public interface PairRules extends JpaRepository<PairRule, UUID> {

	List<PairRule> findByCohortIdOrderByCreatedAt(UUID cohortId);

	Optional<PairRule> findByMenteeIdAndMentorId(UUID menteeId, UUID mentorId);

	void deleteByMenteeIdOrMentorId(UUID menteeId, UUID mentorId);

}

package io.cocareer.toolbox.mentoring.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cocareer.toolbox.mentoring.PairSide;

import org.springframework.data.jpa.repository.JpaRepository;

/** End-of-programme feedback. */
public interface Feedbacks extends JpaRepository<Feedback, UUID> {

	List<Feedback> findByPairIdIn(Collection<UUID> pairIds);

	Optional<Feedback> findByPairIdAndSide(UUID pairId, PairSide side);

}

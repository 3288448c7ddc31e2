package io.cocareer.toolbox.mentoring.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Meetings of pairs. */
public interface Meetings extends JpaRepository<Meeting, UUID> {

	List<Meeting> findByPairIdOrderByHeldOnDescCreatedAtDesc(UUID pairId);

	List<Meeting> findByPairIdIn(Collection<UUID> pairIds);

	List<Meeting> findByLoggedBy(UUID personId);

}

package io.cocareer.toolbox.assessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The participants of centres, with their wash-up. */
public interface AssessmentParticipants extends JpaRepository<AssessmentParticipant, UUID> {

	List<AssessmentParticipant> findByCentreId(UUID centreId);

	List<AssessmentParticipant> findByCentreIdIn(Collection<UUID> centreIds);

	Optional<AssessmentParticipant> findByCentreIdAndPersonId(UUID centreId, UUID personId);

	List<AssessmentParticipant> findByPersonId(UUID personId);

}

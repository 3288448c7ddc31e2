package io.cocareer.toolbox.assessment.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every assessor's ratings. */
public interface AssessmentRatings extends JpaRepository<Rating, UUID> {

	List<Rating> findByParticipantId(UUID participantId);

	List<Rating> findByParticipantIdAndAssessorId(UUID participantId, UUID assessorId);

	List<Rating> findByCentreId(UUID centreId);

	List<Rating> findByAssessorId(UUID assessorId);

}

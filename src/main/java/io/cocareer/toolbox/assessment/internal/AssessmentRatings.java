package io.cocareer.toolbox.assessment.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Every assessor's ratings. */
public interface AssessmentRatings extends JpaRepository<Rating, UUID> {

	List<Rating> findByParticipantId(UUID participantId);

	List<Rating> findByParticipantIdAndAssessorId(UUID participantId, UUID assessorId);

	List<Rating> findByCentreId(UUID centreId);

	List<Rating> findByAssessorId(UUID assessorId);

	/** The ratings of an erased assessor stay, no longer tied to them. */
	@Modifying
	@Query("update Rating r set r.assessorId = null where r.assessorId = :assessorId")
	int forgetAssessor(UUID assessorId);

	/** Every rating of an erased participant, in every centre. */
	@Modifying
	@Query("""
			delete from Rating r where r.participantId in
			(select p.id from AssessmentParticipant p where p.personId = :personId)""")
	int deleteAbout(UUID personId);

}

package io.cocareer.toolbox.assessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The participants of centres, with their wash-up. */
public interface AssessmentParticipants extends JpaRepository<AssessmentParticipant, UUID> {

	List<AssessmentParticipant> findByCentreId(UUID centreId);

	List<AssessmentParticipant> findByCentreIdIn(Collection<UUID> centreIds);

	Optional<AssessmentParticipant> findByCentreIdAndPersonId(UUID centreId, UUID personId);

	List<AssessmentParticipant> findByPersonId(UUID personId);

	/** An erased assessor observes nobody any more. */
	@Modifying
	@Query(value = "delete from assessment_observer where assessor_id = :assessorId", nativeQuery = true)
	int forgetObserver(UUID assessorId);

	/** An erased assessor assesses in no centre any more. */
	@Modifying
	@Query(value = "delete from assessment_assessor where person_id = :assessorId", nativeQuery = true)
	int forgetAssessor(UUID assessorId);

	/** How many participants of these centres have a finalised wash-up. */
	@Query("select count(p) from AssessmentParticipant p where p.centreId in :centreIds and p.finalisedOn is not null")
	long finalisedIn(Collection<UUID> centreIds);

}

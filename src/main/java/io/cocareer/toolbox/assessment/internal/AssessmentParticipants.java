package io.cocareer.toolbox.assessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The participants of centres, with their wash-up. */
public interface AssessmentParticipants extends JpaRepository<AssessmentParticipant, UUID> {

	List<AssessmentParticipant> findByCentreId(UUID centreId);

	List<AssessmentParticipant> findByCentreIdIn(Collection<UUID> centreIds);

	Optional<AssessmentParticipant> findByCentreIdAndPersonId(UUID centreId, UUID personId);

	List<AssessmentParticipant> findByPersonId(UUID personId);

	@Query("select p from AssessmentParticipant p join p.observerIds o where o = :assessorId")
	List<AssessmentParticipant> observedBy(UUID assessorId);

	/** How many participants of these centres have a finalised wash-up. */
	@Query("select count(p) from AssessmentParticipant p where p.centreId in :centreIds and p.finalisedOn is not null")
	long finalisedIn(Collection<UUID> centreIds);

}

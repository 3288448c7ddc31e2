package io.cocareer.toolbox.assessment.internal;

import java.time.LocalDate;
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

	/**
	 * An assessor who left observes nobody whose wash-up is not finalised: their sheets there are no
	 * longer expected (the ratings they gave stay).
	 */
	@Modifying
	@Query(value = """
			delete from assessment_observer where assessor_id = :assessorId and participant_id in
			(select p.id from assessment_participant p where p.finalised_on is null)""", nativeQuery = true)
	int stopObservingUnfinalised(UUID assessorId);

	/**
	 * A participant who left while their centre was still being set up is taken out of it (nothing of
	 * theirs was rated yet); their observers go with the row.
	 */
	@Modifying
	@Query(value = """
			delete from assessment_participant where person_id = :personId and centre_id in
			(select c.id from assessment_centre c where c.status = 'SETUP')""", nativeQuery = true)
	int removeFromCentresInSetup(UUID personId);

	/**
	 * A participant who left is withdrawn, on the day they left, from every centre whose report
	 * was not yet released to them (the version moves on: a chair's form read before is refused).
	 */
	@Modifying
	@Query("""
			update AssessmentParticipant p set p.withdrawnOn = :leftOn, p.version = p.version + 1
			where p.personId = :personId and p.releasedOn is null and p.withdrawnOn is null""")
	int withdraw(UUID personId, LocalDate leftOn);

	/** Nobody observes a withdrawn participant any more: no sheet of theirs is expected. */
	@Modifying
	@Query(value = """
			delete from assessment_observer where participant_id in
			(select p.id from assessment_participant p where p.person_id = :personId and p.withdrawn_on is not null)""",
			nativeQuery = true)
	int stopObservingWithdrawn(UUID personId);

	/**
	 * An erased participant's rows go, in every centre; the database takes their observers,
	 * consensus and ratings with them.
	 */
	@Modifying
	@Query(value = "delete from assessment_participant where person_id = :personId", nativeQuery = true)
	int deleteOf(UUID personId);

	/** How many participants of these centres have a finalised wash-up. */
	@Query("select count(p) from AssessmentParticipant p where p.centreId in :centreIds and p.finalisedOn is not null")
	long finalisedIn(Collection<UUID> centreIds);

}

package io.cocareer.toolbox.assessment.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Assessment centres. */
public interface AssessmentCentres extends JpaRepository<AssessmentCentre, UUID> {

	@Query("select c from AssessmentCentre c join c.assessorIds a where a = :personId")
	List<AssessmentCentre> assessedBy(UUID personId);

	/** Centres still open for ratings whose day was on or before the given one. */
	@Query("""
			select c from AssessmentCentre c where c.heldOn <= :day
			and c.status = io.cocareer.toolbox.assessment.CentreStatus.RATING""")
	List<AssessmentCentre> ratingAndHeldBy(LocalDate day);

	/** Centres held between the days (both included) that got past their set-up. */
	@Query("""
			select c from AssessmentCentre c where c.heldOn >= :from and c.heldOn <= :to
			and c.status <> io.cocareer.toolbox.assessment.CentreStatus.SETUP""")
	List<AssessmentCentre> heldBetween(LocalDate from, LocalDate to);

	/**
	 * An assessor who left no longer assesses in the centres still being set up or open for
	 * ratings; from the wash-up on the list says who assessed, and they stay on it.
	 */
	@Modifying
	@Query(value = """
			delete from assessment_assessor where person_id = :assessorId and centre_id in
			(select c.id from assessment_centre c where c.status in ('SETUP', 'RATING'))""", nativeQuery = true)
	int leaveBeforeWashUp(UUID assessorId);

	/** An erased assessor assesses in no centre any more. */
	@Modifying
	@Query(value = "delete from assessment_assessor where person_id = :assessorId", nativeQuery = true)
	int forgetAssessor(UUID assessorId);

}

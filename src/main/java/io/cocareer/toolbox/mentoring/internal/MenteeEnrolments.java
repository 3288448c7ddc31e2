package io.cocareer.toolbox.mentoring.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Mentees' enrolments. */
public interface MenteeEnrolments extends JpaRepository<MenteeEnrolment, UUID> {

	List<MenteeEnrolment> findByCohortIdOrderByEnrolledAt(UUID cohortId);

	List<MenteeEnrolment> findByPersonId(UUID personId);

	List<MenteeEnrolment> findByPreferredMentorId(UUID personId);

	Optional<MenteeEnrolment> findByCohortIdAndPersonId(UUID cohortId, UUID personId);

}

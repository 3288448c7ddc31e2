package io.cocareer.toolbox.mentoring.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Mentors' enrolments. */
public interface MentorEnrolments extends JpaRepository<MentorEnrolment, UUID> {

	List<MentorEnrolment> findByCohortIdOrderByEnrolledAt(UUID cohortId);

	List<MentorEnrolment> findByPersonId(UUID personId);

	Optional<MentorEnrolment> findByCohortIdAndPersonId(UUID cohortId, UUID personId);

	List<MentorEnrolment> findByIdIn(Collection<UUID> ids);

}

package io.cocareer.toolbox.workshop.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Career planning workshops. */
public interface Workshops extends JpaRepository<Workshop, UUID> {

	/**
	 * The workshop with a row lock held to the end of the transaction: every change to its seats and
	 * capacity goes through here, so two of them never interleave (no over-filled workshop).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select w from Workshop w where w.id = :id")
	Optional<Workshop> lockById(UUID id);

	List<Workshop> findAllByOrderByStartsAtAsc();

	/** Workshops where the person holds a seat (enrolled or waiting). */
	@Query("select distinct w from Workshop w join w.seats s where s.personId = :personId")
	List<Workshop> withSeatOf(UUID personId);

	/** Workshops where the person gave feedback. */
	@Query("select distinct w from Workshop w join w.feedback f where f.personId = :personId")
	List<Workshop> withFeedbackOf(UUID personId);

	List<Workshop> findByFacilitatorId(UUID facilitatorId);

	/** Ids of the workshops still to come where the person holds a seat, to be changed under their lock. */
	@Query("""
			select distinct w.id from Workshop w join w.seats s where s.personId = :personId
			and w.startsAt > :now and w.status = io.cocareer.toolbox.workshop.WorkshopStatus.SCHEDULED""")
	List<UUID> upcomingWithSeatOf(UUID personId, Instant now);

}

package io.cocareer.alumni.entry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The acknowledgements of the alumni programme, by person. */
public interface EntryAcknowledgements extends JpaRepository<EntryAcknowledgement, UUID> {

	/** The hires (not the staff who read it on their own) hired on or after the day. */
	@Query("select a from EntryAcknowledgement a where a.source = 'HIRE' and a.hiredOn >= :since")
	List<EntryAcknowledgement> hiresSince(LocalDate since);

	/**
	 * A hire's pending acknowledgement, unless the person has a row already: two recordings of the
	 * same hire at once (the listener and the demo) leave one row and fail neither.
	 */
	@Modifying
	@Query(value = """
			insert into alumni_entry_acknowledgement (person_id, source, hired_on, created_at, version)
			values (:personId, 'HIRE', :hiredOn, :createdAt, 0) on conflict do nothing""", nativeQuery = true)
	int insertHireIfAbsent(UUID personId, LocalDate hiredOn, Instant createdAt);

	/**
	 * A row for someone who reads the welcome on their own, unless they have one already: their
	 * hire's listener may record the same person at the same moment, and neither may fail.
	 */
	@Modifying
	@Query(value = """
			insert into alumni_entry_acknowledgement (person_id, source, hired_on, created_at, version)
			values (:personId, 'READ', :hiredOn, :createdAt, 0) on conflict do nothing""", nativeQuery = true)
	int insertReadIfAbsent(UUID personId, LocalDate hiredOn, Instant createdAt);

}

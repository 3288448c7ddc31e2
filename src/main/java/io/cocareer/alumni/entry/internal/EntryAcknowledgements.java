package io.cocareer.alumni.entry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The acknowledgements of the alumni programme, by person. */
public interface EntryAcknowledgements extends JpaRepository<EntryAcknowledgement, UUID> {

	/** The hires (not the staff who read it on their own) hired on or after the day. */
	@Query("select a from EntryAcknowledgement a where a.source = 'HIRE' and a.hiredOn >= :since")
	List<EntryAcknowledgement> hiresSince(LocalDate since);

}

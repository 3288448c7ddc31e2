package io.cocareer.toolbox.programme.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** ProgrammeCohorts with their participants. */
public interface ProgrammeCohorts extends JpaRepository<Cohort, UUID> {

	List<Cohort> findByTrackIdIn(Collection<UUID> trackIds);

	/** The cohorts the person takes or took part in. */
	@Query("select distinct c from ProgrammeCohort c join c.participants p where p.personId = :personId")
	List<Cohort> withParticipant(UUID personId);

	/** The cohorts any of the people take or took part in. */
	@Query("select distinct c from ProgrammeCohort c join c.participants p where p.personId in :personIds")
	List<Cohort> withAnyParticipant(Collection<UUID> personIds);

}

package io.cocareer.toolbox.programme.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** ProgrammeCohorts with their participants. */
public interface ProgrammeCohorts extends JpaRepository<Cohort, UUID> {

	List<Cohort> findByTrackIdIn(Collection<UUID> trackIds);

	/** The cohorts the person takes or took part in. */
	@Query("select distinct c from ProgrammeCohort c join c.participants p where p.personId = :personId")
	List<Cohort> withParticipant(UUID personId);

	/**
	 * The modules of the tracks on which a participant of any of their cohorts has progress (in
	 * progress or completed, as {@link Cohort#modulesWithProgress()}), in one query for the pages.
	 */
	@Query("""
			select distinct r.moduleId from ProgrammeCohort c join c.participants p join p.progress r
			where c.trackId in :trackIds and r.state <> io.cocareer.toolbox.programme.ProgressState.NOT_STARTED""")
	Set<UUID> modulesWithProgress(Collection<UUID> trackIds);

	/** The cohorts any of the people take or took part in. */
	@Query("select distinct c from ProgrammeCohort c join c.participants p where p.personId in :personIds")
	List<Cohort> withAnyParticipant(Collection<UUID> personIds);

}

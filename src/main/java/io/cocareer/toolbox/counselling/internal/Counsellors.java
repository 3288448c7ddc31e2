package io.cocareer.toolbox.counselling.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The talent lead's list of counsellors. */
public interface Counsellors extends JpaRepository<Counsellor, UUID> {

	/**
	 * Takes a person off the list if they are still on it: the listeners of a leaving and of an
	 * erasure run side by side, and deleting a loaded entity the other has deleted fails its
	 * transaction (the erasure's notes were then kept until a retry).
	 */
	@Modifying
	@Query("delete from Counsellor c where c.personId = :personId")
	int deleteIfPresent(@Param("personId") UUID personId);

}

package io.cocareer.alumni.exit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The exit taxonomy. */
public interface ExitReasons extends JpaRepository<ExitReason, String> {

	List<ExitReason> findAllByOrderByPositionAscCodeAsc();

	@Query("select coalesce(max(r.position), 0) from ExitReason r")
	int lastPosition();

}

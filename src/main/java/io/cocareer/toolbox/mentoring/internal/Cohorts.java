package io.cocareer.toolbox.mentoring.internal;

import java.util.List;
import java.util.UUID;

import io.cocareer.toolbox.mentoring.CohortStatus;

import org.springframework.data.jpa.repository.JpaRepository;

/** Mentoring cohorts. */
public interface Cohorts extends JpaRepository<Cohort, UUID> {

	List<Cohort> findAllByOrderByStartsOnDesc();

	List<Cohort> findByStatus(CohortStatus status);

}

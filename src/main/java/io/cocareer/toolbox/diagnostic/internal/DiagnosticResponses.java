package io.cocareer.toolbox.diagnostic.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Respondents' answers. */
public interface DiagnosticResponses extends JpaRepository<DiagnosticResponse, UUID> {

	List<DiagnosticResponse> findByDiagnosticId(UUID diagnosticId);

	List<DiagnosticResponse> findByDiagnosticIdIn(Collection<UUID> diagnosticIds);

	Optional<DiagnosticResponse> findByDiagnosticIdAndRespondentId(UUID diagnosticId, UUID respondentId);

	List<DiagnosticResponse> findByRespondentId(UUID respondentId);

	/** An erased respondent's answers to the diagnostics still open go (the database takes the items with them). */
	@Modifying
	@Query(value = """
			delete from toolbox_diagnostic_response where respondent_id = :personId and diagnostic_id in
			(select d.id from toolbox_diagnostic d where d.status = 'OPEN')""", nativeQuery = true)
	int deleteFromOpen(UUID personId);

	/**
	 * An erased respondent's remaining answers (to closed diagnostics) become nobody's: no person id,
	 * and the time they were given becomes the diagnostic's start, the same for every anonymous
	 * answer, so that nothing else that kept the time of an answer ties it back to them.
	 */
	@Modifying
	@Query(value = """
			update toolbox_diagnostic_response r set respondent_id = null, version = version + 1,
			answered_at = (select d.created_at from toolbox_diagnostic d where d.id = r.diagnostic_id)
			where r.respondent_id = :personId""", nativeQuery = true)
	int anonymise(UUID personId);

}

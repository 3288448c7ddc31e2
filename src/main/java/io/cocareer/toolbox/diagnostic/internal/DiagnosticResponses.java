package io.cocareer.toolbox.diagnostic.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Respondents' answers. */
public interface DiagnosticResponses extends JpaRepository<DiagnosticResponse, UUID> {

	List<DiagnosticResponse> findByDiagnosticId(UUID diagnosticId);

	List<DiagnosticResponse> findByDiagnosticIdIn(Collection<UUID> diagnosticIds);

	Optional<DiagnosticResponse> findByDiagnosticIdAndRespondentId(UUID diagnosticId, UUID respondentId);

	List<DiagnosticResponse> findByRespondentId(UUID respondentId);

}

package io.cocareer.toolbox.diagnostic.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** When-to-use diagnostics. */
public interface Diagnostics extends JpaRepository<Diagnostic, UUID> {

	/**
	 * The diagnostic, checked at commit to be unchanged (a close meanwhile fails the transaction);
	 * answers given at the same time by others do not change it.
	 */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.OPTIMISTIC)
	@Query("select d from Diagnostic d where d.id = :id")
	java.util.Optional<Diagnostic> findForAnswers(UUID id);

	/** The diagnostics the person is asked to answer. */
	@Query("select d from Diagnostic d where :personId member of d.respondents")
	List<Diagnostic> askingOf(UUID personId);

	/** The closed diagnostics of one unit. */
	List<Diagnostic> findByUnitIdAndStatus(UUID unitId, io.cocareer.toolbox.diagnostic.DiagnosticStatus status);

	/** The closed diagnostics of the organisation, latest first. */
	@Query("""
			select d from Diagnostic d
			where d.scope = io.cocareer.toolbox.diagnostic.DiagnosticScope.ORGANISATION
			and d.status = io.cocareer.toolbox.diagnostic.DiagnosticStatus.CLOSED
			order by d.closedOn desc, d.createdAt desc""")
	List<Diagnostic> closedOfTheOrganisation();

	/** The open diagnostics that ask the person and that they have not answered. */
	@Query("""
			select d.id from Diagnostic d where :personId member of d.respondents
			and d.status = io.cocareer.toolbox.diagnostic.DiagnosticStatus.OPEN
			and not exists (select r from DiagnosticResponse r where r.diagnosticId = d.id and r.respondentId = :personId)""")
	List<UUID> awaitingAnswersOf(UUID personId);

	/** A respondent who left is no longer asked by the open diagnostics they have not answered. */
	@Modifying
	@Query(value = """
			delete from toolbox_diagnostic_respondent where person_id = :personId
			and diagnostic_id in (select d.id from toolbox_diagnostic d where d.status = 'OPEN')
			and diagnostic_id not in (select r.diagnostic_id from toolbox_diagnostic_response r where r.respondent_id = :personId)""",
			nativeQuery = true)
	int withdrawUnanswered(UUID personId);

	/** An erased person is asked by no diagnostic any more. */
	@Modifying
	@Query(value = "delete from toolbox_diagnostic_respondent where person_id = :personId", nativeQuery = true)
	int forgetRespondent(UUID personId);

}

package io.cocareer.shared;

/**
 * Published by any module when something changes that the audit log must show: "who changed
 * what and when". The identity module records it in the same transaction, with the acting
 * user taken from the security context.
 */
public record AuditEvent(String action, String subjectType, String subjectId, String details) {

}

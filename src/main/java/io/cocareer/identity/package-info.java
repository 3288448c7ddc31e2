/**
 * Accounts, roles, sign-in (form, HTTP Basic, personal API tokens), login throttling and the
 * audit log of who changed what and when.
 * <p>
 * Owns {@code account}, {@code account_role}, {@code login_throttle}, {@code api_token},
 * {@code audit_entry} and Spring Session's tables. Records {@link io.cocareer.shared.AuditEvent}s
 * published by every module.
 * <p>
 * When a person is erased ({@link io.cocareer.people.PersonErased}) their account is locked for good
 * and renamed, its API tokens deleted and its sessions ended; the row stays for what refers to it,
 * and the audit log keeps its entries (the security record).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "people", "shared" })
package io.cocareer.identity;

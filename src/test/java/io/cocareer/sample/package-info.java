/**
 * A module made only of new files, to show (and test, in {@code NewModuleIntegrationTests}) that
 * a capability joins the platform without touching another module's files: a page with its URL
 * gate, a navigation link, a home card, a demo seeder writing its own table, a migration in its
 * own folder and its own messages. Copy its shape for a new capability (networks, alumni, ...).
 * It lives among the tests and is switched on only by {@code cocareer.sample.enabled=true}.
 */
package io.cocareer.sample;

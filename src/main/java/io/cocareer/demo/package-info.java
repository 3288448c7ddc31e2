/**
 * The demo organisation and the synthetic organisation generator (seeded, deterministic) for
 * benchmarks and load tests.
 * <p>
 * Writes straight into the other modules' tables with JDBC batches: going through the services
 * would take minutes for 100,000 people. It is test-data tooling, runs only on an empty
 * database, and is the one place allowed to do so.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = { "identity", "shared" })
package io.cocareer.demo;

/**
 * The demo organisation and the synthetic organisation generator (seeded, deterministic) for
 * benchmarks and load tests.
 * <p>
 * Decides who is in the organisation (units, reporting lines, talents, the demo accounts) and
 * hands each part to the module that owns its tables: {@code people.OrganisationLoad},
 * {@code talent.TalentLoad} and {@code identity.AccountLoad} write them in JDBC batches with
 * their own code (going through the services would take minutes for 100,000 people); the demo's
 * few work packages go to the tours' catalogue through {@code tour.WorkPackageLoad}, which the
 * parent {@code tour} declares because only a top-level module's API is open to this one; every
 * talent's developmental network goes to {@code network.NetworkLoad} likewise. It runs
 * only on an empty database. Everything after that (tours of duty, ...) each module adds through
 * its own {@link io.cocareer.shared.DemoSeeder}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "identity", "people", "talent", "tour", "network", "shared" })
package io.cocareer.demo;

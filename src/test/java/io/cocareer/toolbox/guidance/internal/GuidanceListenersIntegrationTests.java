package io.cocareer.toolbox.guidance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import io.cocareer.people.PersonErased;
import io.cocareer.shared.AuditEvent;
import io.cocareer.shared.PersonId;
import io.cocareer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model as the listeners keep it (called directly here, so that no other module hears
 * these made-up events; GuidanceApiIntegrationTests follows a real package through the events): an
 * audit entry of another module becomes its signal (ids only), a package that moves out of open is
 * taken back, and an erased person's rows go.
 */
@IntegrationTest
class GuidanceListenersIntegrationTests {

	@Autowired
	SignalStore store;

	@Autowired
	Clock clock;

	private GuidanceListeners listeners() {
		return new GuidanceListeners(this.store, this.clock);
	}

	@Test
	void auditedChangesBecomeSignalsAndAPackageLeavingOpenIsTakenBack() {
		String packageId = UUID.randomUUID().toString();
		publish(new AuditEvent("tour.package.statusChanged", "workPackage", packageId, AuditEvent.Privacy.CAREER,
				List.of(AuditEvent.text("A package"), AuditEvent.term("audit.packageStatus.OPEN"))));
		assertThat(eventually(() -> this.store.holds(Signal.PACKAGE_OPEN, packageId))).isTrue();
		publish(new AuditEvent("tour.package.statusChanged", "workPackage", packageId, AuditEvent.Privacy.CAREER,
				List.of(AuditEvent.text("A package"), AuditEvent.term("audit.packageStatus.STAFFED"))));
		assertThat(eventually(() -> !this.store.holds(Signal.PACKAGE_OPEN, packageId))).isTrue();

		String introduction = UUID.randomUUID().toString();
		publish(AuditEvent.career("network.introductionMade", "networkIntroduction", introduction));
		assertThat(eventually(() -> this.store.holds(Signal.INTRODUCTION_MADE, introduction))).isTrue();
	}

	@Test
	void anErasedPersonLeavesNothing() {
		UUID person = UUID.randomUUID();
		this.store.record(Signal.HORIZON_SET, person.toString(), person, LocalDate.now());
		this.store.record(Signal.EXIT_COMPLETED, person + "@2026-01-31", person, LocalDate.now());
		assertThat(this.store.holds(Signal.HORIZON_SET, person.toString())).isTrue();
		this.store.record(Signal.HORIZON_SET, person.toString(), person, LocalDate.now());
		publish(new PersonErased(PersonId.of(person), LocalDate.now()));
		assertThat(eventually(() -> !this.store.holds(Signal.HORIZON_SET, person.toString())
				&& !this.store.holds(Signal.EXIT_COMPLETED, person + "@2026-01-31"))).isTrue();
	}

	private void publish(AuditEvent event) {
		listeners().on(event);
	}

	private void publish(PersonErased event) {
		listeners().on(event);
	}

	private static boolean eventually(BooleanSupplier condition) {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(until)) {
				return false;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

}

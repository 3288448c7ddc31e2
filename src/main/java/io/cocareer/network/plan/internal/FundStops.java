package io.cocareer.network.plan.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The talents whose fund has stopped. */
public interface FundStops extends JpaRepository<FundStop, UUID> {

}

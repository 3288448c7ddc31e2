package io.cocareer.toolbox.assessment;

import java.util.UUID;

/** The wash-up's consensus in one competency (1 to 5) and the chair's rationale. */
public record ConsensusEntry(UUID competencyId, Integer rating, String rationale) {

}

package io.cocareer.toolbox.mentoring;

import java.util.UUID;

/** A pin or a ban of the lead's, named. */
public record MentoringRuleView(UUID id, UUID menteeId, String menteeName, UUID mentorId, String mentorName, RuleKind kind) {

}

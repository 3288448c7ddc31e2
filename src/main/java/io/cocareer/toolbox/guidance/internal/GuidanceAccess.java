package io.cocareer.toolbox.guidance.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.guidance.internal.GuidanceCatalogue.ScreenDefinition;
import io.cocareer.toolbox.guidance.internal.GuidanceCatalogue.StepDefinition;

import org.springframework.stereotype.Component;

/**
 * Who reads what of the guidance, in one place. The guidance is staff's: a talent lead, a manager
 * or a talent who is a person of the organisation reads the steps, the conditions and the classic
 * toolbox, and sees the screens they may open (none other). The talent lead alone sees the
 * checklists' progress, the figures behind it and the latest diagnostic's result. Administrators
 * and alumni read none of it (an administrator who is also staff reads it as their staff role).
 */
@Component
public class GuidanceAccess {

	private static final Set<Role> STAFF = Set.of(Role.TALENT_LEAD, Role.MANAGER, Role.TALENT);

	/** Whether the reader reads the guidance at all. */
	public boolean mayRead(@Nullable Actor actor) {
		return actor != null && actor.personId() != null && actor.roles().stream().anyMatch(STAFF::contains);
	}

	/** Whether the reader sees the checklists' progress and the figures behind it. */
	public boolean maySeeProgress(@Nullable Actor actor) {
		return mayRead(actor) && actor.isTalentLead();
	}

	/** Whether the reader sees the latest when-to-use diagnostic next to each approach. */
	public boolean maySeeDiagnostic(@Nullable Actor actor) {
		return maySeeProgress(actor);
	}

	/** Whether the reader may open the screen, so that it may be linked for them. */
	/**
	 * Whether the when-to-use page links the reader to a practice: rotation planning is the talent
	 * lead's and the managers' (a talent would be refused there); every other practice is staff's.
	 */
	public boolean mayOpen(Actor actor, io.cocareer.toolbox.Practice practice) {
		return practice != io.cocareer.toolbox.Practice.ROTATION || actor.isTalentLead()
				|| actor.has(io.cocareer.shared.Role.MANAGER);
	}

	public boolean mayOpen(Actor actor, ScreenDefinition screen) {
		return mayRead(actor) && screen.roles().stream().anyMatch(actor::has);
	}

	/** Whether the reader's role takes part in the step ("yours"). */
	public boolean takesPart(Actor actor, StepDefinition step) {
		return mayRead(actor) && step.actors().stream().anyMatch(actor::has);
	}

}

package io.cocareer.toolbox.counselling;

import java.time.LocalDate;

/** Something agreed in a held session: what, who does it, by when. */
public record AddFollowUp(String what, FollowUpOwner owner, LocalDate dueOn) {

}

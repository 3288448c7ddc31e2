package io.cocareer.toolbox.counselling.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PersonId;
import io.cocareer.toolbox.counselling.CounsellingService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the owner of every follow-up of a held session that is due (today or overdue) and not done
 * that it is: the talent theirs, the counsellor theirs. Once per follow-up (its dedup key), however
 * often it runs; never to someone who has left, nor to a counsellor who was erased. The notice says
 * only that a follow-up is due and leads to the session: no topic, no notes, not even what the
 * follow-up is (mail is read on shared screens too); the owner reads it there, under
 * {@link CounsellingAccess}. It asks for an action that marking the follow-up done completes.
 */
@Component
public class CounsellingFollowUpReminders {

	private final CounsellingSessions sessions;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	CounsellingFollowUpReminders(CounsellingSessions sessions, PeopleDirectory people,
			ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.people = people;
		this.events = events;
	}

	/**
	 * Reminds the owners of the follow-ups due by the day.
	 * @return how many follow-ups due have an owner who was told (now or on an earlier run)
	 */
	@Transactional
	public int remindDue(LocalDate today) {
		List<CounsellingSession> withDue = this.sessions.withFollowUpsDueBy(today);
		Map<UUID, PersonSummary> owners = this.people.summaries(withDue.stream()
			.flatMap((s) -> s.followUps().stream().filter((f) -> f.due(today)).map(s::ownerOf))
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		int reminded = 0;
		for (CounsellingSession session : withDue) {
			for (CounsellingFollowUp followUp : session.followUps()) {
				UUID ownerId = session.ownerOf(followUp);
				PersonSummary owner = (ownerId != null) ? owners.get(ownerId) : null;
				if (!followUp.due(today) || owner == null || owner.status() == PersonStatus.LEFT) {
					continue;
				}
				reminded++;
				this.events.publishEvent(Notice
					.toPeople("toolbox.counselling.followUpDue", Set.of(ownerId), "notice.toolbox.counselling.followUpDue",
							List.of(), CounsellingService.link(session.id()),
							"toolbox.counselling.followUpDue." + followUp.id())
					.asking(action(followUp.id()))
					.about(PersonId.of(session.talentId())));
			}
		}
		return reminded;
	}

	/** The action a follow-up's reminder asks for: done once the follow-up is marked done. */
	public static String action(UUID followUpId) {
		return "toolbox.counselling.followUp." + followUpId;
	}

}

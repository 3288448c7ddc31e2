package io.cocareer.toolbox.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cocareer.people.PeopleDirectory;
import io.cocareer.people.PersonStatus;
import io.cocareer.people.PersonSummary;
import io.cocareer.shared.Notice;
import io.cocareer.shared.PersonId;
import io.cocareer.shared.Role;
import io.cocareer.toolbox.assessment.AssessmentCentreService;
import io.cocareer.toolbox.assessment.AssessmentRules;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Late rating sheets. A centre is late when it is still open for ratings and its day was
 * {@link AssessmentRules#RATING_DAYS} or more days ago ({@link AssessmentRules#ratingsLate}). A
 * sheet is an assessor's ratings of one participant they observe; it is complete when it rates every
 * cell of the matrix. A sheet is not counted as missing when its participant has left (nobody chases
 * ratings of someone who is gone) or when the participant now reports to the assessor (who may not
 * rate them, {@link AssessmentAccess#mayRate}).
 * <p>
 * For each late centre, every assessor with a sheet not complete who still works here is reminded
 * once (dedup key per centre and assessor), with a link to their sheet (to the centre when they have
 * several); the talent leads are told once per centre how many sheets are missing (a count, no
 * names). Neither notice carries a rating, evidence or a participant's name: the centre's title, as
 * the notice that opened the ratings has it, and a number. Both ask for an action: the assessor's is
 * done once their sheets are complete, the talent lead's once every sheet is, and both once the
 * wash-up starts.
 */
@Component
public class AssessmentReminders {

	private final AssessmentCentres centres;

	private final AssessmentParticipants participants;

	private final AssessmentRatings ratings;

	private final PeopleDirectory people;

	private final ApplicationEventPublisher events;

	AssessmentReminders(AssessmentCentres centres, AssessmentParticipants participants, AssessmentRatings ratings,
			PeopleDirectory people, ApplicationEventPublisher events) {
		this.centres = centres;
		this.participants = participants;
		this.ratings = ratings;
		this.people = people;
		this.events = events;
	}

	/**
	 * Reminds the assessors of late centres whose sheets are not complete, and tells the talent
	 * leads how many are missing; each once, however often it runs.
	 * @return how many assessors have a late sheet (told now or on an earlier run)
	 */
	@Transactional
	public int remindLate(LocalDate today) {
		int reminded = 0;
		for (AssessmentCentre centre : this.centres.ratingAndHeldBy(today.minusDays(AssessmentRules.RATING_DAYS))) {
			if (!AssessmentRules.ratingsLate(centre.status(), centre.heldOn(), today)) {
				continue;
			}
			Map<UUID, List<UUID>> incomplete = incompleteSheets(centre);
			int missing = incomplete.values().stream().mapToInt(List::size).sum();
			if (missing == 0) {
				continue;
			}
			Map<UUID, PersonSummary> assessors = this.people.summaries(incomplete.keySet());
			for (Map.Entry<UUID, List<UUID>> sheets : incomplete.entrySet()) {
				PersonSummary assessor = assessors.get(sheets.getKey());
				if (assessor == null || assessor.status() == PersonStatus.LEFT) {
					continue;
				}
				reminded++;
				String link = (sheets.getValue().size() == 1)
						? AssessmentCentreService.ratingLink(centre.id(), sheets.getValue().get(0))
						: AssessmentCentreService.link(centre.id());
				this.events.publishEvent(Notice
					.toPeople("toolbox.assessment.ratingsLate", Set.of(sheets.getKey()),
							"notice.toolbox.assessment.ratingsLate",
							List.of(centre.title(), String.valueOf(sheets.getValue().size())), link,
							"toolbox.assessment.ratingsLate." + centre.id() + "." + sheets.getKey())
					.asking(rateAction(centre.id())));
			}
			this.events.publishEvent(Notice
				.toRole("toolbox.assessment.sheetsMissing", Role.TALENT_LEAD, "notice.toolbox.assessment.sheetsMissing",
						List.of(centre.title(), String.valueOf(missing)), AssessmentCentreService.link(centre.id()),
						"toolbox.assessment.sheetsMissing." + centre.id())
				.asking(sheetsAction(centre.id())));
		}
		return reminded;
	}

	/**
	 * Per assessor, the participants (person ids) whose sheet they have not completed, of those
	 * they may still rate and who still work here.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<UUID>> incompleteSheets(AssessmentCentre centre) {
		List<AssessmentParticipant> inCentre = this.participants.findByCentreId(centre.id());
		Map<UUID, PersonSummary> summaries = this.people
			.summaries(inCentre.stream().map(AssessmentParticipant::personId).toList());
		List<AssessmentParticipant> current = inCentre.stream().filter((p) -> {
			PersonSummary person = summaries.get(p.personId());
			return person != null && person.status() != PersonStatus.LEFT;
		}).toList();
		Map<UUID, List<UUID>> incomplete = new LinkedHashMap<>();
		incompleteSheets(centre, current, this.ratings.findByCentreId(centre.id())).forEach((assessor, of) -> {
			List<UUID> rateable = of.stream()
				.filter((p) -> !this.people.isManagerOf(PersonId.of(assessor), PersonId.of(p.personId())))
				.map(AssessmentParticipant::personId)
				.toList();
			if (!rateable.isEmpty()) {
				incomplete.put(assessor, rateable);
			}
		});
		return incomplete;
	}

	/**
	 * The sheets not complete, per assessor of the centre: the participants they observe who lack
	 * their rating in at least one cell of the matrix. No database: the rule on its own.
	 */
	static Map<UUID, List<AssessmentParticipant>> incompleteSheets(AssessmentCentre centre,
			Collection<AssessmentParticipant> participants, Collection<Rating> given) {
		Set<List<UUID>> cells = new HashSet<>();
		centre.matrix().forEach((exercise, competencies) -> competencies.forEach((c) -> cells.add(List.of(exercise, c))));
		Map<UUID, List<AssessmentParticipant>> incomplete = new LinkedHashMap<>();
		if (cells.isEmpty()) {
			return incomplete;
		}
		Map<List<UUID>, Set<List<UUID>>> rated = new HashMap<>();
		for (Rating rating : given) {
			if (rating.assessorId() != null) {
				rated.computeIfAbsent(List.of(rating.participantId(), rating.assessorId()), (k) -> new HashSet<>())
					.add(List.of(rating.exerciseId(), rating.competencyId()));
			}
		}
		for (AssessmentParticipant participant : participants) {
			for (UUID assessor : participant.observerIds()) {
				if (centre.isAssessor(assessor)
						&& !rated.getOrDefault(List.of(participant.id(), assessor), Set.of()).containsAll(cells)) {
					incomplete.computeIfAbsent(assessor, (k) -> new ArrayList<>()).add(participant);
				}
			}
		}
		return incomplete;
	}

	/** What an assessor's reminder asks: complete their sheets of the centre. */
	public static String rateAction(UUID centreId) {
		return "toolbox.assessment.rate." + centreId;
	}

	/** What the talent lead's notice asks: see the centre's sheets completed (or start the wash-up). */
	public static String sheetsAction(UUID centreId) {
		return "toolbox.assessment.sheets." + centreId;
	}

}

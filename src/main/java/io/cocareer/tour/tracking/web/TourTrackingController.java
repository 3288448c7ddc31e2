package io.cocareer.tour.tracking.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import io.cocareer.shared.Actor;
import io.cocareer.shared.Paging;
import io.cocareer.shared.TourId;
import io.cocareer.shared.Versions;
import io.cocareer.shared.web.PageProblems;
import io.cocareer.tour.TourService;
import io.cocareer.tour.TourView;
import io.cocareer.tour.tracking.CheckInService;
import io.cocareer.tour.tracking.CheckInStatus;
import io.cocareer.tour.tracking.CoachingService;
import io.cocareer.tour.tracking.TourCalendar;
import io.cocareer.tour.tracking.WinAudience;
import io.cocareer.tour.tracking.WinService;
import io.cocareer.tour.web.TourPages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A tour's check-ins (with coaching and the calendar), its wins, the wins feed and my coaching. */
@Controller
@RequestMapping("/tours")
class TourTrackingController {

	static final String VIEW_CHECK_INS = "tours/tracking/check-ins";

	static final String VIEW_WINS = "tours/tracking/wins";

	private final TourService tours;

	private final CheckInService checkIns;

	private final CoachingService coaching;

	private final WinService wins;

	private final TourCalendar calendar;

	/** Links in the calendar start with the configured address, never the request's Host header. */
	private final String baseUrl;

	TourTrackingController(TourService tours, CheckInService checkIns, CoachingService coaching, WinService wins,
			TourCalendar calendar,
			@Value("${cocareer.base-url}") String baseUrl) {
		this.tours = tours;
		this.checkIns = checkIns;
		this.coaching = coaching;
		this.wins = wins;
		this.calendar = calendar;
		this.baseUrl = TourTrackingApiController.baseUrl(baseUrl);
	}

	@GetMapping("/{id}/check-ins")
	String checkIns(Actor actor, @PathVariable UUID id, Model model) {
		CheckInForm form = new CheckInForm();
		// today, kept within the tour: a check-in outside it would only be refused
		TourView tour = this.tours.get(actor, id);
		LocalDate today = LocalDate.now();
		form.setHeldOn(today.isBefore(tour.startOn()) ? tour.startOn()
				: today.isAfter(tour.endOn()) ? tour.endOn() : today);
		model.addAttribute("form", form);
		return checkInsPage(actor, id, model);
	}

	@PostMapping("/{id}/check-ins")
	String checkIn(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") CheckInForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			if (TourPages.PROBLEMS.saved(result, () -> this.checkIns.checkIn(actor, TourId.of(id), form.request()))) {
				redirect.addFlashAttribute("message", "tour.checkIn.saved");
				return "redirect:/tours/" + id + "/check-ins";
			}
		}
		return checkInsPage(actor, id, model);
	}

	@PostMapping("/{id}/check-ins/{checkInId}/note")
	String writeNote(Actor actor, @PathVariable UUID id, @PathVariable UUID checkInId,
			@RequestParam(required = false) String note, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return act(id, redirect, "tour.checkIn.noted", "/check-ins",
				() -> this.checkIns.writeNote(actor, TourId.of(id), checkInId, note, Versions.required(version)));
	}

	@GetMapping("/{id}/check-ins.ics")
	ResponseEntity<String> calendar(Actor actor, @PathVariable UUID id) {
		return TourTrackingApiController.calendarResponse(
				this.calendar.calendar(actor, id, this.baseUrl), id);
	}

	@PostMapping("/{id}/coaching")
	String askForCoaching(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String topic,
			@RequestParam(required = false) UUID checkInId, RedirectAttributes redirect) {
		return act(id, redirect, "tour.coaching.asked", "/check-ins",
				() -> this.coaching.askForCoaching(actor, TourId.of(id), topic, checkInId));
	}

	@PostMapping("/coaching/{sessionId}/schedule")
	String scheduleCoaching(Actor actor, @PathVariable UUID sessionId,
			@RequestParam(required = false) String coachEmployeeId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime scheduledAt,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		UUID tourId = this.coaching.coachingSession(actor, sessionId).tourId();
		Optional<PageProblems.Refusal> refused = TourPages.PROBLEMS.refusal(() -> this.coaching
			.scheduleCoaching(actor, sessionId, coachEmployeeId, scheduledAt, Versions.required(version)));
		if (refused.isEmpty()) {
			redirect.addFlashAttribute("message", "tour.coaching.scheduledDone");
		}
		else if ("coachEmployeeId".equals(refused.get().field())) {
			// next to the coach field of this session, whose form opens again with what was typed
			redirect.addFlashAttribute("coachSession", sessionId);
			redirect.addFlashAttribute("coachValue", coachEmployeeId);
			redirect.addFlashAttribute("coachProblem", refused.get().code());
			redirect.addFlashAttribute("coachProblemArgs", refused.get().arguments());
		}
		else {
			refused.get().flash(redirect);
		}
		return "redirect:/tours/" + tourId + "/check-ins";
	}

	@PostMapping("/coaching/{sessionId}/done")
	String completeCoaching(Actor actor, @PathVariable UUID sessionId, @RequestParam(required = false) String notes,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.coaching.coachingSession(actor, sessionId);
		act(null, redirect, "tour.coaching.marked", "", () -> this.coaching.completeCoaching(actor, sessionId, notes,
				Versions.required(version)));
		return "redirect:/tours/coaching";
	}

	/** The sessions the reader coaches or asked for; a coach from outside the tour sees only these. */
	@GetMapping("/coaching")
	String coaching(Actor actor, Model model) {
		model.addAttribute("sessions", this.coaching.myCoaching(actor));
		return "tours/tracking/coaching";
	}

	@GetMapping("/{id}/wins")
	String tourWins(Actor actor, @PathVariable UUID id, Model model) {
		WinForm form = new WinForm();
		form.setWonOn(LocalDate.now());
		model.addAttribute("form", form);
		return winsPage(actor, id, model);
	}

	@PostMapping("/{id}/wins")
	String writeWin(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") WinForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			if (TourPages.PROBLEMS.saved(result, () -> this.wins.writeWin(actor, TourId.of(id), form.request()))) {
				redirect.addFlashAttribute("message", "tour.win.saved");
				return "redirect:/tours/" + id + "/wins";
			}
		}
		return winsPage(actor, id, model);
	}

	@PostMapping("/wins/{winId}/publish")
	String publishWin(Actor actor, @PathVariable UUID winId, @RequestParam(required = false) WinAudience audience,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		UUID tourId = this.wins.win(actor, winId).tourId();
		return act(tourId, redirect, "tour.win.publishedDone", "/wins",
				() -> this.wins.publishWin(actor, winId, audience, Versions.required(version)));
	}

	@PostMapping("/wins/{winId}/endorsement")
	String endorseWin(Actor actor, @PathVariable UUID winId, RedirectAttributes redirect) {
		this.wins.win(actor, winId);
		act(null, redirect, "tour.win.endorsedDone", "", () -> this.wins.endorseWin(actor, winId));
		return "redirect:/tours/wins";
	}

	/** The wins feed: every published win the reader may see, newest first. */
	@GetMapping("/wins")
	String feed(Actor actor, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("wins", this.wins.feed(actor, Paging.of(page, 20)));
		return "tours/tracking/wins-feed";
	}

	private String checkInsPage(Actor actor, UUID id, Model model) {
		model.addAttribute("tour", this.tours.get(actor, id));
		model.addAttribute("profile", this.tours.talentProfile(actor, TourId.of(id)).orElse(null));
		model.addAttribute("tracking", this.checkIns.checkIns(actor, id));
		model.addAttribute("statuses", CheckInStatus.values());
		model.addAttribute("tab", "check-ins");
		return VIEW_CHECK_INS;
	}

	private String winsPage(Actor actor, UUID id, Model model) {
		model.addAttribute("tour", this.tours.get(actor, id));
		model.addAttribute("wins", this.wins.tourWins(actor, id));
		model.addAttribute("mayWrite", this.wins.mayWriteWin(actor, id));
		model.addAttribute("audiences", WinAudience.values());
		model.addAttribute("tab", "wins");
		return VIEW_WINS;
	}

	/** Runs a small action from a button; a refusal comes back as the page's problem banner. */
	private String act(UUID tourId, RedirectAttributes redirect, String done, String tab, Runnable action) {
		if (TourPages.PROBLEMS.attempted(redirect, action)) {
			redirect.addFlashAttribute("message", done);
		}
		return (tourId != null) ? "redirect:/tours/" + tourId + tab : "redirect:/tours/coaching";
	}


}

package io.cocareer.toolbox.guidance.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.cocareer.shared.Actor;
import io.cocareer.shared.NotFoundException;
import io.cocareer.toolbox.Approach;
import io.cocareer.toolbox.guidance.ApproachGuide;
import io.cocareer.toolbox.guidance.GuidanceService;
import io.cocareer.toolbox.guidance.StepFigure;
import io.cocareer.toolbox.guidance.StepGuide;
import io.cocareer.toolbox.guidance.StepStatus;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seeds' guidance over JSON: each approach's seven steps with their words, the screens the
 * caller may open, whether the step is theirs, and for the talent lead its status and the figure
 * behind it ({@code null} for anyone else). Staff only; an unknown approach is a 404
 * ({@code toolbox.guidance.approach.notFound}). Its schemas are {@code Guidance…}.
 */
@RestController
@RequestMapping("/api/v1/toolbox/guidance")
class GuidanceApiController {

	private final GuidanceService guidance;

	private final MessageSource messages;

	GuidanceApiController(GuidanceService guidance, MessageSource messages) {
		this.guidance = guidance;
		this.messages = messages;
	}

	/** Every approach with its seven steps, in the seeds' order. */
	@GetMapping
	List<ApproachResponse> approaches(Actor actor, Locale locale) {
		return this.guidance.approaches(actor).stream().map((guide) -> response(guide, locale)).toList();
	}

	/** One approach, by its slug ({@code tours-of-duty}) or its name ({@code TOURS_OF_DUTY}). */
	@GetMapping("/{approach}")
	ApproachResponse approach(Actor actor, @PathVariable String approach, Locale locale) {
		Approach found = GuidanceService.bySlug(approach)
			.or(() -> java.util.Arrays.stream(Approach.values()).filter((a) -> a.name().equals(approach)).findFirst())
			.orElseThrow(() -> new NotFoundException("toolbox.guidance.approach.notFound", "There is no such approach"));
		return response(this.guidance.approach(actor, found), locale);
	}

	private ApproachResponse response(ApproachGuide guide, Locale locale) {
		Approach approach = guide.approach();
		return new ApproachResponse(approach, text(approach.labelKey(), locale), approach.guidance(), approach.home(),
				guide.fit(), (guide.band() != null) ? guide.band().name() : null,
				guide.steps().stream().map((step) -> step(step, locale)).toList());
	}

	private StepResponse step(StepGuide step, Locale locale) {
		StepFigure figure = step.figure();
		return new StepResponse(step.number(), text(step.titleKey(), locale), text(step.meansKey(), locale),
				text(step.howKey(), locale), step.yours(),
				step.screens().stream().map((s) -> new ScreenResponse(s.path(), text(s.labelKey(), locale))).toList(),
				step.status(),
				(figure != null) ? new FigureResponse(figure.key(), text(figure.labelKey(), locale), figure.value(),
						figure.tooFewToShow()) : null);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * Schema {@code GuidanceApproachResponse}: an approach's guidance.
	 * @param guidance its checklist page
	 * @param home where the approach lives in the app
	 * @param fit the latest when-to-use diagnostic's fit in [0, 1], for the talent lead; else {@code null}
	 * @param band that fit's band ({@code ADOPT}, {@code PILOT}, {@code STAY_WITH_CLASSIC_TOOLBOX}), or {@code null}
	 */
	record ApproachResponse(Approach approach, String name, String guidance, String home, @Nullable Double fit,
			@Nullable String band, List<StepResponse> steps) {

	}

	/**
	 * Schema {@code GuidanceStepResponse}: one of the seven steps.
	 * @param means what the step means
	 * @param how how the app carries it out
	 * @param yours whether the caller's role takes part in it
	 * @param screens the pages that carry it out which the caller may open
	 * @param status {@code NOT_STARTED}, {@code UNDER_WAY} or {@code IN_PLACE}, for the talent lead; else {@code null}
	 * @param figure the figure the status rests on, for the talent lead; else {@code null}
	 */
	record StepResponse(int number, String title, String means, String how, boolean yours, List<ScreenResponse> screens,
			@Nullable StepStatus status, @Nullable FigureResponse figure) {

	}

	/** Schema {@code GuidanceScreenResponse}: a page of the app. */
	record ScreenResponse(String path, String name) {

	}

	/**
	 * Schema {@code GuidanceFigureResponse}: a count behind a status.
	 * @param value the count, or {@code null} when it counts fewer than k people ({@code tooFewToShow})
	 */
	record FigureResponse(String key, String label, @Nullable Long value, boolean tooFewToShow) {

	}

}

package io.cocareer.toolbox.overview;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The talent lead's programme overview as of {@code on}: the state of every approach (key figures
 * and the review they come from), the diagnostic's result, the classic practices' figures grouped
 * by section, and the trends of the last 12 months. Aggregates only, over k or more people.
 * @param minGroupSize k
 */
public record ProgrammeOverview(LocalDate on, int minGroupSize, List<Part> approaches, List<Part> practices,
		List<TrendView> trends) {

	/** Whether any figure or trend count is blank (the page says why). */
	public boolean anyBlank() {
		return this.approaches.stream().anyMatch(Part::anyBlank) || this.practices.stream().anyMatch(Part::anyBlank)
				|| this.trends.stream().anyMatch(TrendView::anyHidden);
	}

	/** Every figure, in the order shown: the approaches', then the practices'. */
	public List<OrganisationFigure> allFigures() {
		return java.util.stream.Stream.concat(this.approaches.stream(), this.practices.stream())
			.flatMap((part) -> part.figures().stream())
			.toList();
	}

	/**
	 * One part of the programme: its figures and where they come from.
	 * @param key a stable key ({@code tours}, {@code network} …, or a practice's section key)
	 * @param titleKey the message key of its heading
	 * @param link the page the figures come from (a review, a practice's home), or {@code null}
	 * @param linkLabelKey the message key of that link's text
	 */
	public record Part(String key, String titleKey, @Nullable String link, String linkLabelKey,
			List<OrganisationFigure> figures) {

		public boolean anyBlank() {
			return this.figures.stream().anyMatch((figure) -> figure.blank() && OrganisationFigure.TOO_FEW.equals(figure.noteKey()));
		}

	}

}

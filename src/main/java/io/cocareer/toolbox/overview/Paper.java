package io.cocareer.toolbox.overview;

import java.util.Locale;

import io.cocareer.shared.InvalidInput;

/** The paper a PDF infographic is printed on, with its size in points (1/72 inch). */
public enum Paper {

	A4("A4", 595, 842), LETTER("Letter", 612, 792);

	private final String cssSize;

	private final int widthPt;

	private final int heightPt;

	Paper(String cssSize, int widthPt, int heightPt) {
		this.cssSize = cssSize;
		this.widthPt = widthPt;
		this.heightPt = heightPt;
	}

	/** The paper as a URL parameter names it ({@code A4}, {@code LETTER}, any case); A4 when none. */
	public static Paper parse(String text) {
		if (text == null || text.isBlank()) {
			return A4;
		}
		for (Paper paper : values()) {
			if (paper.name().equalsIgnoreCase(text.strip())) {
				return paper;
			}
		}
		throw new InvalidInput("paper", "toolbox.overview.infographic.paper.invalid", "The paper is A4 or LETTER");
	}

	/** The CSS {@code @page} size. */
	public String cssSize() {
		return this.cssSize;
	}

	public int widthPt() {
		return this.widthPt;
	}

	public int heightPt() {
		return this.heightPt;
	}

	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

}

package io.cocareer.toolbox.overview.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cocareer.toolbox.overview.Infographic;
import io.cocareer.toolbox.overview.InfographicKind;

/**
 * Draws an infographic as SVG from its data: real {@code <text>} elements (one per line, wrapped
 * on spaces at an estimate of the font's width), so its words can be selected, searched and read
 * by a screen reader. A header with the title and its introduction, the panels (the approaches'
 * steps side by side), the organisation's figures as tiles with their definitions, the date and
 * the source. Every figure sits in a group {@code data-figure="<key>"}.
 */
final class InfographicSvg {

	static final int WIDTH = 900;

	private static final int MARGIN = 30;

	private static final String FONT = "Helvetica, Arial, sans-serif";

	private static final String INK = "#1f2a33";

	private static final String MUTED = "#55616b";

	private final StringBuilder body = new StringBuilder();

	private int y;

	private InfographicSvg() {
	}

	static String render(Infographic infographic) {
		return new InfographicSvg().draw(infographic);
	}

	private String draw(Infographic info) {
		header(info);
		if (info.kind() == InfographicKind.APPROACHES) {
			List<Infographic.Block> approaches = info.blocks().stream().filter((b) -> b.tone().equals("approach")).toList();
			columns(approaches);
			info.blocks().stream().filter((b) -> !b.tone().equals("approach")).forEach(this::panel);
		}
		else {
			info.blocks().forEach(this::panel);
		}
		if (!info.figures().isEmpty()) {
			figures(info);
		}
		footer(info);
		int height = this.y + MARGIN;
		StringBuilder svg = new StringBuilder(this.body.length() + 600);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
			.append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
			.append("\" role=\"img\" aria-labelledby=\"infographic-title\" font-family=\"").append(FONT).append("\">\n");
		svg.append("<title id=\"infographic-title\">").append(escape(info.title())).append("</title>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		svg.append(this.body);
		svg.append("</svg>\n");
		return svg.toString();
	}

	private void header(Infographic info) {
		int inner = WIDTH - 2 * MARGIN;
		List<String> title = wrap(info.title(), inner, 30);
		List<String> intro = wrap(info.intro(), inner, 15);
		int height = 30 + title.size() * 36 + 8 + intro.size() * 21 + 18;
		rect(0, 0, WIDTH, height, "#0b3d5c", null);
		this.y = 30;
		for (String line : title) {
			this.y += 30;
			text(MARGIN, this.y, line, 30, "#ffffff", true, "title");
			this.y += 6;
		}
		this.y += 8;
		for (String line : intro) {
			this.y += 18;
			text(MARGIN, this.y, line, 15, "#dbe9f3", false, "intro");
			this.y += 3;
		}
		this.y = height + 26;
		text(MARGIN, this.y, info.dateLine(), 13, MUTED, false, "date");
		this.y += 18;
	}

	private void panel(Infographic.Block block) {
		int x = MARGIN;
		int width = WIDTH - 2 * MARGIN;
		int top = this.y;
		List<String[]> lines = blockLines(block, width - 40);
		int height = 24 + lines.size() * 20 + 16;
		rect(x, top, width, height, fill(block.tone()), accent(block.tone()));
		rect(x, top, 6, height, accent(block.tone()), null);
		int line = top + 8;
		for (String[] l : lines) {
			line += 20;
			text(x + 22 + Integer.parseInt(l[2]), line, l[0], Integer.parseInt(l[1]), INK, l[3].equals("b"), l[4]);
		}
		this.y = top + height + 18;
	}

	private void columns(List<Infographic.Block> blocks) {
		if (blocks.isEmpty()) {
			return;
		}
		int gap = 16;
		int count = blocks.size();
		int width = (WIDTH - 2 * MARGIN - gap * (count - 1)) / count;
		List<List<String[]>> all = new ArrayList<>();
		int tallest = 0;
		for (Infographic.Block block : blocks) {
			List<String[]> lines = blockLines(block, width - 30);
			all.add(lines);
			tallest = Math.max(tallest, lines.size());
		}
		int height = 24 + tallest * 18 + 16;
		for (int i = 0; i < count; i++) {
			int x = MARGIN + i * (width + gap);
			Infographic.Block block = blocks.get(i);
			rect(x, this.y, width, height, fill(block.tone()), accent(block.tone()));
			rect(x, this.y, width, 6, accent(block.tone()), null);
			int line = this.y + 8;
			for (String[] l : all.get(i)) {
				line += 18;
				text(x + 14 + Integer.parseInt(l[2]), line, l[0], Math.min(Integer.parseInt(l[1]), 15), INK,
						l[3].equals("b"), l[4]);
			}
		}
		this.y += height + 18;
	}

	/** The lines of a panel: {text, size, indent, bold?, class}; its heading, its sentence, its items with a hanging indent. */
	private static List<String[]> blockLines(Infographic.Block block, int width) {
		List<String[]> lines = new ArrayList<>();
		for (String line : wrap(block.heading(), width, 19)) {
			lines.add(new String[] { line, "19", "0", "b", "heading" });
		}
		for (String line : wrap(block.text(), width, 14)) {
			lines.add(new String[] { line, "14", "0", "", "text" });
		}
		for (String item : block.items()) {
			List<String> wrapped = wrap(item, width - 18, 14);
			for (int i = 0; i < wrapped.size(); i++) {
				lines.add(new String[] { (i == 0 ? "\u2022 " : "") + wrapped.get(i), "14", (i == 0) ? "0" : "11", "",
						"item" });
			}
		}
		return lines;
	}

	private void figures(Infographic info) {
		int inner = WIDTH - 2 * MARGIN;
		text(MARGIN, this.y + 22, info.figuresHeading(), 21, "#0b3d5c", true, "figures-heading");
		this.y += 40;
		int perRow = 3;
		int gap = 14;
		int width = (inner - gap * (perRow - 1)) / perRow;
		List<Infographic.FigureLine> figures = info.figures();
		for (int row = 0; row * perRow < figures.size(); row++) {
			List<Infographic.FigureLine> inRow = figures.subList(row * perRow, Math.min(figures.size(), (row + 1) * perRow));
			int tallest = 0;
			List<List<String>> labels = new ArrayList<>();
			List<List<String>> values = new ArrayList<>();
			for (Infographic.FigureLine figure : inRow) {
				List<String> value = wrap(figure.value(), width - 24, figure.blank() ? 15 : 26);
				List<String> label = wrap(figure.label(), width - 24, 13);
				values.add(value);
				labels.add(label);
				tallest = Math.max(tallest, value.size() * (figure.blank() ? 20 : 32) + label.size() * 17);
			}
			int height = tallest + 30;
			for (int i = 0; i < inRow.size(); i++) {
				Infographic.FigureLine figure = inRow.get(i);
				int x = MARGIN + i * (width + gap);
				this.body.append("<g data-figure=\"").append(escape(figure.key())).append("\">\n");
				rect(x, this.y, width, height, "#f3f7fa", "#b9cfdf");
				int line = this.y + 8;
				for (String v : values.get(i)) {
					line += figure.blank() ? 20 : 32;
					text(x + 12, line, v, figure.blank() ? 15 : 26, figure.blank() ? MUTED : "#0b3d5c", !figure.blank(),
							"value");
				}
				for (String l : labels.get(i)) {
					line += 17;
					text(x + 12, line, l, 13, INK, false, "label");
				}
				this.body.append("</g>\n");
			}
			this.y += height + gap;
		}
		this.y += 6;
		text(MARGIN, this.y + 16, info.definitionsHeading(), 15, INK, true, "definitions-heading");
		this.y += 24;
		for (Infographic.FigureLine figure : figures) {
			List<String> wrapped = wrap(figure.definition(), inner - 12, 12);
			for (String line : wrapped) {
				this.y += 16;
				text(MARGIN, this.y, line, 12, MUTED, false, "definition");
			}
			this.y += 4;
		}
		this.y += 10;
	}

	private void footer(Infographic info) {
		this.y += 4;
		rect(MARGIN, this.y, WIDTH - 2 * MARGIN, 1, "#b9cfdf", null);
		this.y += 4;
		for (String line : wrap(info.footer(), WIDTH - 2 * MARGIN, 12)) {
			this.y += 16;
			text(MARGIN, this.y, line, 12, MUTED, false, "footer");
		}
		this.y += 18;
		text(MARGIN, this.y, info.dateLine(), 12, MUTED, false, "footer-date");
	}

	private static String fill(String tone) {
		return switch (tone) {
			case "practice" -> "#f4f1fa";
			case "approach" -> "#eef6f1";
			case "when" -> "#fff7e8";
			default -> "#f3f7fa";
		};
	}

	private static String accent(String tone) {
		return switch (tone) {
			case "practice" -> "#6a4fa3";
			case "approach" -> "#2e7d52";
			case "when" -> "#c77a00";
			default -> "#0b3d5c";
		};
	}

	private void rect(int x, int y, int width, int height, String fill, String stroke) {
		this.body.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
			.append("\" height=\"").append(height).append("\" rx=\"4\" fill=\"").append(fill).append('"');
		if (stroke != null) {
			this.body.append(" stroke=\"").append(stroke).append('"');
		}
		this.body.append("/>\n");
	}

	private void text(int x, int y, String text, int size, String colour, boolean bold, String kind) {
		this.body.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
			.append("\" fill=\"").append(colour).append('"');
		if (bold) {
			this.body.append(" font-weight=\"bold\"");
		}
		this.body.append(" class=\"").append(kind).append("\">").append(escape(text)).append("</text>\n");
	}

	/**
	 * Breaks a text into lines no wider than {@code width} at {@code size}, on spaces only (a word
	 * longer than a line stands alone): an average glyph of Helvetica is about half its size.
	 */
	static List<String> wrap(String text, int width, int size) {
		int perLine = Math.max(8, (int) (width / (size * 0.49)));
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0 || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					// XML 1.0 allows no control characters but tab, newline and carriage return
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	static String fileName(Infographic info, String extension) {
		return "infographic-" + info.kind().param() + "-" + info.variant().param() + "-" + info.date() + "."
				+ extension.toLowerCase(Locale.ROOT);
	}

}

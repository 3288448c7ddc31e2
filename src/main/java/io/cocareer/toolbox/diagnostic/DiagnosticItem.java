package io.cocareer.toolbox.diagnostic;

/**
 * The thirteen items of the when-to-use questionnaire, each a statement answered on a Likert scale
 * from 1 (strongly disagree) to 5 (strongly agree). The name is the item's stable id (the API's and
 * the database's); the statement is in the messages ({@link #textKey()}). The items are DOMAIN.md
 * §6.3's examples, with one of ours for C3 ({@link #C3_3}: "challenging" is in the condition, not
 * in its two examples).
 */
public enum DiagnosticItem {

	/** "Our key talents receive outside offers at least yearly." */
	C1_1(Condition.C1),

	/** "Time to fill critical roles exceeds 3 months." */
	C1_2(Condition.C1),

	/** "Voluntary turnover among talents is above sector average." */
	C1_3(Condition.C1),

	/** "Results of talents' work stay usable after they leave (code, documentation, IP)." */
	C2_1(Condition.C2),

	/** "Knowledge hand-over is routine." */
	C2_2(Condition.C2),

	/** "We can name at least three time-boxed missions per year with clear results." */
	C3_1(Condition.C3),

	/** "Mission outcomes are visible to senior leaders or outside the organisation." */
	C3_2(Condition.C3),

	/** "Such missions stretch talents beyond what they already know how to do." */
	C3_3(Condition.C3),

	/** "Former employees often become our clients, partners or suppliers." */
	C4_1(Condition.C4),

	/** "Our industry is a small, interconnected community." */
	C4_2(Condition.C4),

	/** "We have rehired former employees in the last 3 years." */
	C5_1(Condition.C5),

	/** "Our policy allows rehiring." */
	C5_2(Condition.C5),

	/** "Leavers say they would consider returning." */
	C5_3(Condition.C5);

	/** The lowest answer: strongly disagree. */
	public static final int LOWEST = 1;

	/** The highest answer: strongly agree. */
	public static final int HIGHEST = 5;

	private final Condition condition;

	DiagnosticItem(Condition condition) {
		this.condition = condition;
	}

	public Condition condition() {
		return this.condition;
	}

	/** The message key of the statement. */
	public String textKey() {
		return "toolbox.diagnostic.item." + name();
	}

	/** The item of an id, or {@code null} when there is none such. */
	public static DiagnosticItem ofId(String id) {
		for (DiagnosticItem item : values()) {
			if (item.name().equals(id)) {
				return item;
			}
		}
		return null;
	}

}

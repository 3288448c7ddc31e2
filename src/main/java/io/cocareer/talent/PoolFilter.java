package io.cocareer.talent;


/**
 * Filters of the talent pool list; {@code null} means "any". {@code reviewDue} keeps the
 * designations whose review is overdue or due within 30 days.
 */
public record PoolFilter(DesignationReason reason, String unitName, boolean reviewDue) {

	public static PoolFilter none() {
		return new PoolFilter(null, null, false);
	}

}

package io.cocareer.people;

/**
 * The hires of a period, counted from employment periods: anonymous numbers.
 * @param hires employment periods that started in the period (one a hire)
 * @param rehires of those, periods that were the person's second or later (a boomerang's return)
 */
public record HireCounts(long hires, long rehires) {

}

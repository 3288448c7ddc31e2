package io.cocareer.shared.disclosure;

import java.util.Arrays;

/**
 * Counts of talents over some dimensions (unit, designation reason, band of a measure, ...) with
 * every margin: in dimension {@code i}, index {@code sizes[i]} stands for "all". Each talent
 * added counts in its cell and in every margin above it, so any view (one unit, all units, one
 * band, ...) is a cell of the same table, and {@link Suppression} protects them all together.
 */
public final class CountTable {

	private final int[] sizes;

	private final int[] strides;

	private final long[] counts;

	public CountTable(int... sizes) {
		this.sizes = sizes.clone();
		this.strides = new int[sizes.length];
		int cells = 1;
		for (int i = sizes.length - 1; i >= 0; i--) {
			if (sizes[i] < 1) {
				throw new IllegalArgumentException("A dimension has at least one value");
			}
			this.strides[i] = cells;
			cells *= sizes[i] + 1;
		}
		this.counts = new long[cells];
	}

	/** Counts one talent in the cell at these coordinates (none "all") and in every margin above it. */
	public CountTable add(int... coordinates) {
		if (coordinates.length != this.sizes.length) {
			throw new IllegalArgumentException("One coordinate a dimension");
		}
		for (int i = 0; i < coordinates.length; i++) {
			if (coordinates[i] < 0 || coordinates[i] >= this.sizes[i]) {
				throw new IllegalArgumentException("Coordinate " + coordinates[i] + " outside dimension " + i);
			}
		}
		for (int mask = 0; mask < (1 << coordinates.length); mask++) {
			int cell = 0;
			for (int i = 0; i < coordinates.length; i++) {
				cell += (((mask >> i) & 1) == 1 ? this.sizes[i] : coordinates[i]) * this.strides[i];
			}
			this.counts[cell]++;
		}
		return this;
	}

	/** The index that stands for "all" in dimension {@code i}. */
	public int all(int i) {
		return this.sizes[i];
	}

	public int dimensions() {
		return this.sizes.length;
	}

	public int size(int i) {
		return this.sizes[i];
	}

	public int cells() {
		return this.counts.length;
	}

	/** The cell at these coordinates, margins ({@link #all}) included. */
	public int cell(int... coordinates) {
		int cell = 0;
		for (int i = 0; i < coordinates.length; i++) {
			cell += coordinates[i] * this.strides[i];
		}
		return cell;
	}

	public int coordinate(int cell, int i) {
		return (cell / this.strides[i]) % (this.sizes[i] + 1);
	}

	int stride(int i) {
		return this.strides[i];
	}

	public long count(int cell) {
		return this.counts[cell];
	}

	public long count(int... coordinates) {
		return this.counts[cell(coordinates)];
	}

	@Override
	public String toString() {
		return Arrays.toString(this.sizes) + Arrays.toString(this.counts);
	}

}

package io.cocareer.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with enough to draw a pager: the page index is zero-based. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

	public PageResult {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (this.size == 0) ? 0 : (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total);
	}

}

package io.cocareer.shared;

/** A page request, clamped to sane bounds so nobody can ask for a million rows. */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 200;

	public static Paging of(Integer page, Integer size) {
		int p = (page == null || page < 0) ? 0 : page;
		int s = (size == null || size < 1) ? 25 : Math.min(size, MAX_SIZE);
		return new Paging(p, s);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}

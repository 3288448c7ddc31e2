package io.cocareer.talent.ninebox;

import java.util.List;
import java.util.UUID;

/**
 * The performance (x) by potential (y) grid of the active talent pool; the cells come in reading
 * order: high potential first, then low performance first.
 */
public record NineBoxView(List<Cell> cells, int total) {

	public record Cell(int performance, int potential, String label, List<Member> members) {

		public int count() {
			return this.members.size();
		}

	}

	public record Member(UUID personId, String name) {

	}

}

package io.cocareer.toolbox.assignment;

/**
 * The minimum-cost flow network {@link Assignments} solves for a problem (pins already taken), as
 * plain arrays: arc {@code a} runs from {@code tail[a]} to {@code head[a]} with {@code capacity[a]}
 * units at {@code cost[a]} each; {@code supply} units leave {@code source} and reach {@code sink}.
 * Public so that a benchmark hands the very same network to another solver and compares the
 * optimal costs ({@link Assignments#network}).
 * @param nodes the number of nodes, numbered from 0
 */
public record FlowNetwork(int nodes, int source, int sink, int supply, int[] tail, int[] head, int[] capacity,
		long[] cost) {

	public int arcs() {
		return this.tail.length;
	}

	/** The cost of a flow given per arc. */
	public long costOf(long[] flow) {
		long total = 0;
		for (int a = 0; a < flow.length; a++) {
			total += flow[a] * this.cost[a];
		}
		return total;
	}

}

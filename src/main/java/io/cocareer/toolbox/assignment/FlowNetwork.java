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

	/** The same network with another supply. */
	public FlowNetwork withSupply(int units) {
		return new FlowNetwork(this.nodes, this.source, this.sink, units, this.tail, this.head, this.capacity, this.cost);
	}

	/** The same network with one more arc, the last. */
	public FlowNetwork withArc(int from, int to, int units, long unitCost) {
		int n = arcs();
		int[] tails = java.util.Arrays.copyOf(this.tail, n + 1);
		int[] heads = java.util.Arrays.copyOf(this.head, n + 1);
		int[] capacities = java.util.Arrays.copyOf(this.capacity, n + 1);
		long[] costs = java.util.Arrays.copyOf(this.cost, n + 1);
		tails[n] = from;
		heads[n] = to;
		capacities[n] = units;
		costs[n] = unitCost;
		return new FlowNetwork(this.nodes, this.source, this.sink, this.supply, tails, heads, capacities, costs);
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

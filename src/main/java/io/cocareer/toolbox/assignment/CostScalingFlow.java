package io.cocareer.toolbox.assignment;

/**
 * Minimum-cost flow by cost scaling with push and relabel (Goldberg and Tarjan; the method of
 * OR-Tools' min-cost flow), on int and long arrays: no object per arc or node. Costs are multiplied
 * by n + 1 so that an ε-optimal flow with ε = 1 is optimal for the integer costs; ε is divided by
 * {@value #ALPHA} per phase. Each phase saturates the arcs of negative reduced cost, then pushes
 * the excesses (first in, first out) along admissible arcs (residual, reduced cost below 0),
 * relabelling a node when it has none, and looking ahead before a push: a node that could pass
 * nothing on is relabelled first rather than sent flow it would return.
 * <p>
 * The residual arcs leaving a node lie side by side (slots {@code first[v]} to
 * {@code first[v + 1] − 1}), each with its head, cost, residual capacity and the slot of its
 * reverse, so a node's scan reads consecutive memory.
 */
final class CostScalingFlow {

	private static final int ALPHA = 8;

	private final int nodes;

	private final int[] first;

	private final int[] to;

	private final long[] cost;

	private final long[] residual;

	private final int[] mate;

	/** The slot of each arc of the network (its forward residual arc). */
	private final int[] slotOf;

	private final long[] price;

	private final long[] excess;

	private final int[] current;

	private final int[] queue;

	private final boolean[] queued;

	private int queueHead;

	private int queueSize;

	private CostScalingFlow(FlowNetwork network) {
		this.nodes = network.nodes();
		ResidualArcs arcs = new ResidualArcs(network);
		this.first = arcs.first;
		this.to = arcs.to;
		this.mate = arcs.mate;
		this.slotOf = arcs.forward;
		this.cost = new long[arcs.slots()];
		this.residual = new long[arcs.slots()];
		long scale = this.nodes + 1L;
		for (int a = 0; a < network.arcs(); a++) {
			int forward = this.slotOf[a];
			this.cost[forward] = network.cost()[a] * scale;
			this.cost[this.mate[forward]] = -network.cost()[a] * scale;
			this.residual[forward] = network.capacity()[a];
		}
		this.price = new long[this.nodes];
		this.excess = new long[this.nodes];
		this.current = new int[this.nodes];
		this.queue = new int[this.nodes];
		this.queued = new boolean[this.nodes];
		this.excess[network.source()] += network.supply();
		this.excess[network.sink()] -= network.supply();
	}

	/** The optimal flow of each arc; the network must admit its supply (as {@link Assignments}' always does). */
	static long[] solve(FlowNetwork network) {
		CostScalingFlow flow = new CostScalingFlow(network);
		flow.run();
		long[] result = new long[network.arcs()];
		for (int a = 0; a < result.length; a++) {
			result[a] = network.capacity()[a] - flow.residual[flow.slotOf[a]];
		}
		return result;
	}

	private void run() {
		long epsilon = 1;
		for (long c : this.cost) {
			epsilon = Math.max(epsilon, Math.abs(c));
		}
		do {
			epsilon = Math.max(1, epsilon / ALPHA);
			refine(epsilon);
		}
		while (epsilon > 1);
	}

	private void refine(long epsilon) {
		// saturate every residual arc of negative reduced cost: the flow is then 0-optimal, with excesses
		for (int u = 0; u < this.nodes; u++) {
			long pu = this.price[u];
			for (int i = this.first[u], end = this.first[u + 1]; i < end; i++) {
				long units = this.residual[i];
				if (units > 0 && this.cost[i] + pu - this.price[this.to[i]] < 0) {
					this.residual[i] = 0;
					this.residual[this.mate[i]] += units;
					this.excess[u] -= units;
					this.excess[this.to[i]] += units;
				}
			}
		}
		this.queueHead = 0;
		this.queueSize = 0;
		for (int v = 0; v < this.nodes; v++) {
			this.current[v] = this.first[v];
			if (this.excess[v] > 0) {
				enqueue(v);
			}
		}
		while (this.queueSize > 0) {
			int u = this.queue[this.queueHead];
			this.queueHead = (this.queueHead + 1 == this.nodes) ? 0 : this.queueHead + 1;
			this.queueSize--;
			this.queued[u] = false;
			discharge(u, epsilon);
		}
	}

	private void enqueue(int v) {
		int at = this.queueHead + this.queueSize;
		this.queue[(at >= this.nodes) ? at - this.nodes : at] = v;
		this.queued[v] = true;
		this.queueSize++;
	}

	private void discharge(int u, long epsilon) {
		// the arrays in locals: the calls below would otherwise make the JIT reload every field
		int[] first = this.first;
		int[] to = this.to;
		int[] mate = this.mate;
		long[] cost = this.cost;
		long[] residual = this.residual;
		long[] price = this.price;
		long[] excess = this.excess;
		while (excess[u] > 0) {
			int end = first[u + 1];
			int i = this.current[u];
			long pu = price[u];
			for (; i < end; i++) {
				long room = residual[i];
				if (room <= 0) {
					continue;
				}
				int v = to[i];
				if (cost[i] + pu - price[v] >= 0) {
					continue;
				}
				// look ahead: a node with no excess to spare and no admissible arc is relabelled, not fed
				// (a node without any residual arc, such as a source whose arcs are all full, is fed as it is)
				if (excess[v] >= 0 && !hasAdmissible(v) && relabelled(v, epsilon)) {
					if (cost[i] + pu - price[v] >= 0) {
						continue;
					}
				}
				long units = Math.min(excess[u], room);
				residual[i] = room - units;
				residual[mate[i]] += units;
				excess[u] -= units;
				excess[v] += units;
				if (excess[v] > 0 && !this.queued[v]) {
					enqueue(v);
				}
				if (excess[u] == 0) {
					break;
				}
			}
			this.current[u] = i;
			if (excess[u] > 0) {
				relabel(u, epsilon);
			}
		}
	}

	/** Whether the node has an admissible arc from its current one on (moving its current arc there). */
	private boolean hasAdmissible(int v) {
		long[] residual = this.residual;
		long[] cost = this.cost;
		long[] price = this.price;
		int[] to = this.to;
		long pv = price[v];
		for (int i = this.current[v], end = this.first[v + 1]; i < end; i++) {
			if (residual[i] > 0 && cost[i] + pv - price[to[i]] < 0) {
				this.current[v] = i;
				return true;
			}
		}
		this.current[v] = this.first[v + 1];
		return false;
	}

	/** Lowers the node's price until its cheapest residual arc has reduced cost −ε. */
	private void relabel(int u, long epsilon) {
		if (!relabelled(u, epsilon)) {
			throw new IllegalStateException("No feasible flow: a node with excess has no residual arc");
		}
	}

	/** As {@link #relabel}, unless the node has no residual arc: then false, and its price is kept. */
	private boolean relabelled(int u, long epsilon) {
		long[] residual = this.residual;
		long[] cost = this.cost;
		long[] price = this.price;
		int[] to = this.to;
		long highest = Long.MIN_VALUE;
		for (int i = this.first[u], end = this.first[u + 1]; i < end; i++) {
			if (residual[i] > 0) {
				long candidate = price[to[i]] - cost[i];
				if (candidate > highest) {
					highest = candidate;
				}
			}
		}
		if (highest == Long.MIN_VALUE) {
			return false;
		}
		this.price[u] = highest - epsilon;
		this.current[u] = this.first[u];
		return true;
	}

}

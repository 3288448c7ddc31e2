package io.cocareer.toolbox.assignment;

import java.util.Arrays;

/**
 * The maximum flow from a network's source to its sink (Dinic: breadth-first levels, then blocking
 * flows along them), on int arrays. {@link Assignments} asks it how many people can be placed at
 * all before it solves for the best placement of that many: without that the min-cost flow has to
 * price the "not placed" arc, whose cost dwarfs every score, through several extra scaling phases.
 * <p>
 * The search for a blocking flow recurses once per arc of a path; the networks of
 * {@link Assignments} have paths of three arcs (source, person, place, sink).
 */
final class MaxFlow {

	private final int source;

	private final int sink;

	private final int[] first;

	private final int[] to;

	private final int[] residual;

	private final int[] mate;

	private final int[] level;

	private final int[] current;

	private final int[] queue;

	private MaxFlow(FlowNetwork network) {
		ResidualArcs arcs = new ResidualArcs(network);
		this.source = network.source();
		this.sink = network.sink();
		this.first = arcs.first;
		this.to = arcs.to;
		this.mate = arcs.mate;
		this.residual = new int[arcs.slots()];
		for (int a = 0; a < network.arcs(); a++) {
			this.residual[arcs.forward[a]] = network.capacity()[a];
		}
		int nodes = network.nodes();
		this.level = new int[nodes];
		this.current = new int[nodes];
		this.queue = new int[nodes];
	}

	/** How many units at most can go from the source to the sink (the network's supply is ignored). */
	static long value(FlowNetwork network) {
		return new MaxFlow(network).run();
	}

	private long run() {
		if (this.source == this.sink) {
			return 0;
		}
		long total = 0;
		while (levels()) {
			System.arraycopy(this.first, 0, this.current, 0, this.current.length);
			int pushed;
			while ((pushed = push(this.source, Integer.MAX_VALUE)) > 0) {
				total += pushed;
			}
		}
		return total;
	}

	/** Numbers the nodes by their distance from the source in the residual network; whether the sink is reached. */
	private boolean levels() {
		Arrays.fill(this.level, -1);
		this.level[this.source] = 0;
		int head = 0;
		int tail = 0;
		this.queue[tail++] = this.source;
		while (head < tail) {
			int u = this.queue[head++];
			for (int i = this.first[u], end = this.first[u + 1]; i < end; i++) {
				int v = this.to[i];
				if (this.residual[i] > 0 && this.level[v] < 0) {
					this.level[v] = this.level[u] + 1;
					this.queue[tail++] = v;
				}
			}
		}
		return this.level[this.sink] >= 0;
	}

	/** Sends up to {@code limit} units from the node towards the sink along rising levels; how many went. */
	private int push(int u, int limit) {
		if (u == this.sink) {
			return limit;
		}
		for (int end = this.first[u + 1]; this.current[u] < end; this.current[u]++) {
			int i = this.current[u];
			int v = this.to[i];
			if (this.residual[i] > 0 && this.level[v] == this.level[u] + 1) {
				int sent = push(v, Math.min(limit, this.residual[i]));
				if (sent > 0) {
					this.residual[i] -= sent;
					this.residual[this.mate[i]] += sent;
					return sent;
				}
			}
		}
		return 0;
	}

}

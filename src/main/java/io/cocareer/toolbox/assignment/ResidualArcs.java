package io.cocareer.toolbox.assignment;

import java.util.Arrays;

/**
 * The residual arcs of a {@link FlowNetwork} as the solvers walk them: the arcs leaving a node lie
 * side by side (slots {@code first[v]} to {@code first[v + 1] − 1}), each network arc as a forward
 * slot at its tail and a backward slot at its head, each slot with its head ({@code to}) and the
 * slot of its reverse ({@code mate}). {@link MaxFlow} and {@link CostScalingFlow} keep their own
 * capacities and costs per slot, placed through {@code forward} and {@code mate}.
 */
final class ResidualArcs {

	final int[] first;

	final int[] to;

	final int[] mate;

	/** The forward slot of each arc of the network. */
	final int[] forward;

	ResidualArcs(FlowNetwork network) {
		int nodes = network.nodes();
		int arcs = network.arcs();
		int[] tail = network.tail();
		int[] head = network.head();
		this.first = new int[nodes + 1];
		for (int a = 0; a < arcs; a++) {
			this.first[tail[a] + 1]++;
			this.first[head[a] + 1]++;
		}
		for (int v = 0; v < nodes; v++) {
			this.first[v + 1] += this.first[v];
		}
		int[] fill = Arrays.copyOf(this.first, nodes);
		this.to = new int[2 * arcs];
		this.mate = new int[2 * arcs];
		this.forward = new int[arcs];
		for (int a = 0; a < arcs; a++) {
			int forwardSlot = fill[tail[a]]++;
			int backwardSlot = fill[head[a]]++;
			this.forward[a] = forwardSlot;
			this.to[forwardSlot] = head[a];
			this.to[backwardSlot] = tail[a];
			this.mate[forwardSlot] = backwardSlot;
			this.mate[backwardSlot] = forwardSlot;
		}
	}

	int slots() {
		return this.to.length;
	}

}

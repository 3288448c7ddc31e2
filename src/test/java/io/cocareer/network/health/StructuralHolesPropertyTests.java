package io.cocareer.network.health;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * On 300 seeded random ego networks (an ego, 1 to 20 developers with closeness 1 to 5, ties
 * between developers), effective size and constraint of every node equal an independent
 * implementation in exact fractions, written from DOMAIN.md §2.1–2.2 without the class under test.
 */
class StructuralHolesPropertyTests {

	static Stream<Long> seeds() {
		return IntStream.range(0, 300).mapToObj((seed) -> 7_919L * seed + 1);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void effectiveSizeAndConstraintEqualExactFractions(long seed) {
		Random random = new Random(seed);
		int developers = 1 + random.nextInt(20);
		Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Map<Integer, Map<Integer, Long>> weights = new HashMap<>();
		IntStream.rangeClosed(0, developers).forEach((node) -> {
			graph.addVertex(node);
			weights.put(node, new HashMap<>());
		});
		double density = random.nextDouble();
		for (int a = 0; a <= developers; a++) {
			for (int b = a + 1; b <= developers; b++) {
				// the ego (0) is tied to every developer; developers to each other at random
				if (a == 0 || random.nextDouble() < density) {
					long closeness = 1 + random.nextInt(5);
					graph.setEdgeWeight(graph.addEdge(a, b), closeness);
					weights.get(a).put(b, closeness);
					weights.get(b).put(a, closeness);
				}
			}
		}
		StructuralHoles<Integer> holes = StructuralHoles.of(graph);

		for (int node = 0; node <= developers; node++) {
			assertThat(holes.effectiveSize(node)).as("effective size of %d, seed %d", node, seed)
				.isCloseTo(exactEffectiveSize(weights, node).doubleValue(), within(1e-9));
			assertThat(holes.constraint(node)).as("constraint of %d, seed %d", node, seed)
				.isCloseTo(exactConstraint(weights, node).doubleValue(), within(1e-9));
		}
	}

	private static Fraction p(Map<Integer, Map<Integer, Long>> w, int i, int j) {
		Long wij = w.get(i).get(j);
		return (wij == null) ? Fraction.ZERO
				: new Fraction(wij, w.get(i).values().stream().mapToLong(Long::longValue).sum());
	}

	private static Fraction m(Map<Integer, Map<Integer, Long>> w, int j, int q) {
		Long wjq = w.get(j).get(q);
		return (wjq == null) ? Fraction.ZERO
				: new Fraction(wjq, w.get(j).values().stream().mapToLong(Long::longValue).max().orElseThrow());
	}

	private static Fraction exactEffectiveSize(Map<Integer, Map<Integer, Long>> w, int i) {
		Fraction size = Fraction.ZERO;
		List<Integer> contacts = new ArrayList<>(w.get(i).keySet());
		for (int j : contacts) {
			Fraction redundancy = Fraction.ZERO;
			for (int q : contacts) {
				if (q != j) {
					redundancy = redundancy.plus(p(w, i, q).times(m(w, j, q)));
				}
			}
			size = size.plus(Fraction.ONE.minus(redundancy));
		}
		return size;
	}

	private static Fraction exactConstraint(Map<Integer, Map<Integer, Long>> w, int i) {
		Fraction constraint = Fraction.ZERO;
		List<Integer> contacts = new ArrayList<>(w.get(i).keySet());
		for (int j : contacts) {
			Fraction sum = p(w, i, j);
			for (int q : contacts) {
				if (q != j) {
					sum = sum.plus(p(w, i, q).times(p(w, q, j)));
				}
			}
			constraint = constraint.plus(sum.times(sum));
		}
		return constraint;
	}

	private record Fraction(BigInteger numerator, BigInteger denominator) {

		static final Fraction ZERO = new Fraction(0, 1);

		static final Fraction ONE = new Fraction(1, 1);

		Fraction(long numerator, long denominator) {
			this(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
		}

		Fraction plus(Fraction other) {
			return reduced(this.numerator.multiply(other.denominator).add(other.numerator.multiply(this.denominator)),
					this.denominator.multiply(other.denominator));
		}

		Fraction minus(Fraction other) {
			return plus(new Fraction(other.numerator.negate(), other.denominator));
		}

		Fraction times(Fraction other) {
			return reduced(this.numerator.multiply(other.numerator), this.denominator.multiply(other.denominator));
		}

		double doubleValue() {
			return new java.math.BigDecimal(this.numerator).divide(new java.math.BigDecimal(this.denominator),
					java.math.MathContext.DECIMAL128).doubleValue();
		}

		private static Fraction reduced(BigInteger numerator, BigInteger denominator) {
			BigInteger gcd = numerator.gcd(denominator);
			return gcd.signum() == 0 ? ZERO : new Fraction(numerator.divide(gcd), denominator.divide(gcd));
		}

	}

}

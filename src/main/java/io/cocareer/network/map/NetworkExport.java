package io.cocareer.network.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

import io.cocareer.network.map.NetworkMapView.DeveloperView;
import io.cocareer.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent's own map to take away: GraphML (Gephi, yEd and NetworkX read it), the talent and
 * their developers as nodes and every tie as a weighted edge, and CSV, one developer a row. Only
 * ever the signed-in talent's own map.
 */
@Service
public class NetworkExport {

	/** The talent's node in the GraphML file. */
	static final String TALENT = "talent";

	static final List<String> CSV_COLUMNS = List.of("name", "organisation", "internal", "arena", "role", "closeness",
			"contact_frequency", "last_contact", "support", "knows");

	private final NetworkService network;

	NetworkExport(NetworkService network) {
		this.network = network;
	}

	/** The map as a GraphML document (a map holds at most a few dozen developers: it is built whole). */
	@Transactional(readOnly = true)
	public String graphml(Actor actor) {
		java.io.StringWriter out = new java.io.StringWriter();
		NetworkMapView map = this.network.myMap(actor);
		Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Map<String, Map<String, Attribute>> nodes = new LinkedHashMap<>();
		graph.addVertex(TALENT);
		nodes.put(TALENT, Map.of("label", DefaultAttribute.createAttribute(actor.displayName()), "kind",
				DefaultAttribute.createAttribute("talent")));
		for (DeveloperView d : map.developers()) {
			String id = d.id().toString();
			graph.addVertex(id);
			graph.setEdgeWeight(graph.addEdge(TALENT, id), d.closeness());
			Map<String, Attribute> attributes = new LinkedHashMap<>();
			attributes.put("label", DefaultAttribute.createAttribute(d.name()));
			attributes.put("kind", DefaultAttribute.createAttribute("developer"));
			attributes.put("organisation", DefaultAttribute.createAttribute(Objects.toString(d.organisation(), "")));
			attributes.put("internal", DefaultAttribute.createAttribute(d.internal()));
			attributes.put("arena", DefaultAttribute.createAttribute(d.arena().name()));
			attributes.put("role", DefaultAttribute.createAttribute(d.role().name()));
			attributes.put("closeness", DefaultAttribute.createAttribute(d.closeness()));
			attributes.put("support", DefaultAttribute.createAttribute(support(d)));
			nodes.put(id, attributes);
		}
		for (NetworkMapView.TieView tie : map.ties()) {
			graph.setEdgeWeight(graph.addEdge(tie.oneId().toString(), tie.otherId().toString()), 1.0);
		}
		GraphMLExporter<String, DefaultWeightedEdge> exporter = new GraphMLExporter<>((vertex) -> vertex);
		exporter.setExportEdgeWeights(true);
		// the name as a plain node attribute "label" (the exporter's own vertex label would be the id)
		exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
		exporter.registerAttribute("kind", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
		exporter.registerAttribute("organisation", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
		exporter.registerAttribute("internal", GraphMLExporter.AttributeCategory.NODE, AttributeType.BOOLEAN);
		exporter.registerAttribute("arena", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
		exporter.registerAttribute("role", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
		exporter.registerAttribute("closeness", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
		exporter.registerAttribute("support", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
		exporter.setVertexAttributeProvider(nodes::get);
		exporter.exportGraph(graph, out);
		return out.toString();
	}

	/** The map as CSV, one developer a row. */
	@Transactional(readOnly = true)
	public String csv(Actor actor) {
		java.io.StringWriter out = new java.io.StringWriter();
		NetworkMapView map = this.network.myMap(actor);
		Map<UUID, String> names = new LinkedHashMap<>();
		map.developers().forEach((d) -> names.put(d.id(), d.name()));
		CsvWriter csv = CsvWriter.builder().build(out);
		csv.writeRecord(CSV_COLUMNS);
		for (DeveloperView d : map.developers()) {
			String knows = map.ties().stream()
				.filter((t) -> t.oneId().equals(d.id()) || t.otherId().equals(d.id()))
				.map((t) -> names.get(t.oneId().equals(d.id()) ? t.otherId() : t.oneId()))
				.sorted()
				.collect(Collectors.joining("; "));
			csv.writeRecord(cell(d.name()), cell(d.organisation()), String.valueOf(d.internal()), d.arena().name(),
					d.role().name(), String.valueOf(d.closeness()), d.contactFrequency().name(),
					(d.lastContact() != null) ? d.lastContact().toString() : "", support(d), cell(knows));
		}
		try {
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String support(DeveloperView d) {
		return new TreeSet<>(d.support().stream().map(Enum::name).toList()).stream().collect(Collectors.joining(";"));
	}

	/** Text as a spreadsheet shows it, never as a formula (a name may start with "=" or "+"). */
	private static String cell(String text) {
		if (text == null) {
			return "";
		}
		return (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

}

// The talent's developmental network drawn with Cytoscape.js: the talent in the centre, each
// developer coloured by arena, the tie to the talent as wide as it is close, ties between
// developers thin, the developers still wanted as dashed outlines. A click on a developer opens
// their edit page; the table under the graph holds the same data for keyboards and screen readers.
(function () {
  'use strict';
  var container = document.getElementById('network-graph');
  var data = document.getElementById('network-data');
  if (!container || !data || typeof cytoscape !== 'function') {
    return;
  }
  var map = JSON.parse(data.textContent);
  var colours = {
    CURRENT_EMPLOYER: '#1f6f63', PRIOR_EMPLOYER: '#b35c00', EDUCATION: '#5b4bb7',
    PROFESSIONAL_ASSOCIATION: '#0a6ebd', COMMUNITY_OR_FAMILY: '#b8336a', OTHER: '#6c757d'
  };
  var elements = [{ data: { id: 'talent', label: map.talent, kind: 'talent' } }];
  map.developers.forEach(function (d) {
    elements.push({ data: { id: d.id, label: d.name, kind: 'developer', colour: colours[d.arena] || '#6c757d', edit: d.edit } });
    elements.push({ data: { id: 'to-' + d.id, source: 'talent', target: d.id, width: 1 + d.closeness * 1.5, kind: 'own' } });
  });
  map.ties.forEach(function (t) {
    elements.push({ data: { id: t.id, source: t.one, target: t.other, width: 1, kind: 'tie' } });
  });
  map.gaps.forEach(function (g) {
    elements.push({ data: { id: 'gap-' + g.id, label: g.label, kind: 'gap' } });
    elements.push({ data: { id: 'to-gap-' + g.id, source: 'talent', target: 'gap-' + g.id, width: 1, kind: 'wanted' } });
  });
  var graph = cytoscape({
    container: container,
    elements: elements,
    layout: { name: 'concentric', concentric: function (node) { return node.data('kind') === 'talent' ? 2 : 1; },
      levelWidth: function () { return 1; }, minNodeSpacing: 30, animate: false },
    userZoomingEnabled: false,
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 110,
        'text-valign': 'bottom', 'text-margin-y': 4, 'width': 26, 'height': 26, 'color': '#212529' } },
      { selector: 'node[kind = "talent"]', style: { 'background-color': '#212529', 'width': 38, 'height': 38, 'font-weight': 'bold' } },
      { selector: 'node[kind = "developer"]', style: { 'background-color': 'data(colour)' } },
      { selector: 'node[kind = "gap"]', style: { 'background-color': '#ffffff', 'border-width': 2, 'border-style': 'dashed',
        'border-color': '#6c757d', 'color': '#495057' } },
      { selector: 'edge', style: { 'width': 'data(width)', 'line-color': '#adb5bd', 'curve-style': 'straight' } },
      { selector: 'edge[kind = "own"]', style: { 'line-color': '#6c8f89' } },
      { selector: 'edge[kind = "tie"]', style: { 'line-color': '#ced4da', 'line-style': 'solid' } },
      { selector: 'edge[kind = "wanted"]', style: { 'line-style': 'dashed', 'line-color': '#ced4da' } }
    ]
  });
  graph.on('tap', 'node[kind = "developer"]', function (event) {
    window.location.href = event.target.data('edit');
  });
  container.setAttribute('data-drawn', String(graph.nodes().length));
})();

// The talent's developmental network drawn with Cytoscape.js: the talent in the centre, each
// developer coloured by arena, the tie to the talent as wide as it is close, ties between
// developers thin, the developers still wanted as dashed outlines. The graph edits the map through
// the page's own forms: select one developer to edit them (or double-click), two to tie them, a tie
// to remove it. The table under the graph holds the same data and forms for keyboards and screen
// readers, so nothing here is the only way to do anything.
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
    selectionType: 'additive',
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 110,
        'text-valign': 'bottom', 'text-margin-y': 4, 'width': 26, 'height': 26, 'color': '#212529' } },
      { selector: 'node[kind = "talent"]', style: { 'background-color': '#212529', 'width': 38, 'height': 38, 'font-weight': 'bold' } },
      { selector: 'node[kind = "developer"]', style: { 'background-color': 'data(colour)' } },
      { selector: 'node[kind = "gap"]', style: { 'background-color': '#ffffff', 'border-width': 2, 'border-style': 'dashed',
        'border-color': '#6c757d', 'color': '#495057' } },
      { selector: 'edge', style: { 'width': 'data(width)', 'line-color': '#adb5bd', 'curve-style': 'straight' } },
      { selector: 'edge[kind = "own"]', style: { 'line-color': '#6c8f89' } },
      // ties between developers arc, so that one between two opposite developers does not hide behind the talent
      { selector: 'edge[kind = "tie"]', style: { 'line-color': '#ced4da', 'line-style': 'solid', 'width': 2,
        'curve-style': 'unbundled-bezier', 'control-point-distances': 60, 'control-point-weights': 0.5 } },
      { selector: 'edge[kind = "tie"]:selected', style: { 'line-color': '#0a58ca', 'width': 4 } },
      { selector: 'node[kind = "developer"]:selected', style: { 'border-width': 4, 'border-color': '#0a58ca' } },
      { selector: 'edge[kind = "wanted"]', style: { 'line-style': 'dashed', 'line-color': '#ced4da' } }
    ]
  });
  graph.nodes('[kind != "developer"]').unselectify();
  graph.edges('[kind != "tie"]').unselectify();
  // Cytoscape's own double tap also fires for two quick taps on two different developers, which is
  // how one selects a pair: a double click here is two taps on the same developer.
  var lastTap = { id: null, at: 0 };
  graph.on('tap', 'node[kind = "developer"]', function (event) {
    var now = Date.now();
    if (lastTap.id === event.target.id() && now - lastTap.at < 400) {
      window.location.href = event.target.data('edit');
    }
    lastTap = { id: event.target.id(), at: now };
  });
  graph.on('tap', function (event) {
    if (event.target === graph) {
      graph.elements().unselect();
    }
  });

  var tools = document.getElementById('graph-tools');
  var edit = document.getElementById('graph-edit');
  var tie = document.getElementById('graph-tie');
  var untie = document.getElementById('graph-untie');
  var status = document.getElementById('graph-selection');
  var tieForm = document.getElementById('add-tie');
  if (tools) {
    tools.hidden = false;
  }
  function selectedDevelopers() {
    return graph.nodes('[kind = "developer"]:selected');
  }
  function selectedTies() {
    return graph.edges('[kind = "tie"]:selected');
  }
  function tied(one, other) {
    return one.edgesWith(other).filter('[kind = "tie"]').length > 0;
  }
  function refresh() {
    var developers = selectedDevelopers();
    var ties = selectedTies();
    if (edit) {
      edit.disabled = !(developers.length === 1 && ties.length === 0);
    }
    if (tie) {
      tie.disabled = !(developers.length === 2 && ties.length === 0 && !tied(developers[0], developers[1]));
    }
    if (untie) {
      untie.disabled = !(ties.length === 1 && developers.length === 0);
    }
    if (status) {
      var names = developers.map(function (n) { return n.data('label'); });
      ties.forEach(function (e) { names.push(e.source().data('label') + ' – ' + e.target().data('label')); });
      status.textContent = names.length === 0 ? status.getAttribute('data-none')
        : status.getAttribute('data-some').replace('{0}', names.join(', '));
    }
  }
  graph.on('select unselect', refresh);
  if (edit) {
    edit.addEventListener('click', function () {
      var developers = selectedDevelopers();
      if (developers.length === 1) {
        window.location.href = developers[0].data('edit');
      }
    });
  }
  if (tie && tieForm) {
    tie.addEventListener('click', function () {
      var developers = selectedDevelopers();
      if (developers.length === 2) {
        tieForm.querySelector('#tie-oneId').value = developers[0].id();
        tieForm.querySelector('#tie-otherId').value = developers[1].id();
        tieForm.requestSubmit();
      }
    });
  }
  if (untie) {
    untie.addEventListener('click', function () {
      var ties = selectedTies();
      var form = ties.length === 1 ? document.querySelector('[data-tie="' + ties[0].id() + '"] form') : null;
      if (form) {
        form.requestSubmit();
      }
    });
  }
  // the browser tests click the drawn nodes where they are; they read the positions from here
  container.graph = graph;
  container.setAttribute('data-drawn', String(graph.nodes().length));
})();

// nato-kg network page. Every text that comes from the data is set with textContent or
// drawn on the canvas by vis-network: nothing from the data is ever parsed as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);

  function tooltip(lines) {
    var box = document.createElement("div");
    box.className = "tip";
    lines.forEach(function (line) {
      var row = document.createElement("div");
      if (line[0]) {
        var key = document.createElement("span");
        key.className = line[0] === "sources disagree" ? "k warn" : "k";
        key.textContent = line[0] + ":";
        row.appendChild(key);
      }
      row.appendChild(document.createTextNode(line[1]));
      box.appendChild(row);
    });
    return box;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var copy = Object.assign({}, n);
    copy.title = tooltip(n.info || []);
    delete copy.info;
    return copy;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var copy = Object.assign({}, e);
    if (e.info) { copy.title = tooltip(e.info); }
    delete copy.info;
    return copy;
  }));

  var shownKinds = {};
  data.kinds.forEach(function (k) { shownKinds[k.kind] = true; });
  var source = "";
  var factsOfSource = null;

  function visible(n) {
    if (!shownKinds[n.group]) { return false; }
    if (!source) { return true; }
    return factsOfSource.has(n.id);
  }
  function refreshSource() {
    if (!source) { factsOfSource = null; return; }
    factsOfSource = new Set();
    var facts = data.nodes.filter(function (n) { return n.fact && n.sources.indexOf(source) >= 0; });
    facts.forEach(function (n) { factsOfSource.add(n.id); });
    data.edges.forEach(function (e) {
      if (factsOfSource.has(e.from) && !data.index[e.to].fact) { factsOfSource.add(e.to); }
      if (factsOfSource.has(e.to) && !data.index[e.from].fact) { factsOfSource.add(e.from); }
    });
    data.nodes.forEach(function (n) {
      if (n.group === "article" && n.sources.indexOf(source) >= 0) { factsOfSource.add(n.id); }
      if (n.group === "article" && n.sources.indexOf(source) < 0) { factsOfSource.delete(n.id); }
    });
  }
  data.index = {};
  data.nodes.forEach(function (n) { data.index[n.id] = n; });

  var nodeView = new vis.DataView(nodes, { filter: visible });
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edges }, data.options);
  window.natoKG = { network: network, nodes: nodes, edges: edges, nodeView: nodeView, drawn: false };
  network.once("afterDrawing", function () {
    window.natoKG.drawn = true;
    document.body.setAttribute("data-drawn", "true");
  });

  // --- search ---------------------------------------------------------------
  var search = document.getElementById("search");
  var status = document.getElementById("search-status");
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    if (!q) { status.textContent = ""; network.unselectAll(); return; }
    var hits = nodeView.get({ filter: function (n) { return (n.search || n.label || "").toLowerCase().indexOf(q) >= 0; } })
      .map(function (n) { return n.id; });
    status.textContent = hits.length + (hits.length === 1 ? " match" : " matches");
    status.setAttribute("data-matches", String(hits.length));
    network.selectNodes(hits);
    if (hits.length) { network.fit({ nodes: hits, animation: false, maxZoomLevel: 1.5 }); }
  });

  // --- filters ----------------------------------------------------------------
  var kindBox = document.getElementById("filter-kind");
  data.kinds.forEach(function (k) {
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = k.kind;
    box.addEventListener("change", function () { shownKinds[k.kind] = box.checked; nodeView.refresh(); });
    var sw = document.createElement("span");
    sw.className = "swatch";
    sw.style.background = k.color;
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(document.createTextNode(k.kind + " (" + k.count + ")"));
    kindBox.appendChild(label);
  });
  var sourceSelect = document.getElementById("filter-source");
  data.sources.forEach(function (s) {
    var option = document.createElement("option");
    option.value = s.id;
    option.text = s.id + (s.date ? " · " + s.date : "") + " · " + s.title;
    sourceSelect.appendChild(option);
  });
  sourceSelect.addEventListener("change", function () {
    source = sourceSelect.value;
    refreshSource();
    nodeView.refresh();
  });

  // --- legend -------------------------------------------------------------------
  var legend = document.getElementById("legend");
  function heading(text) { var h = document.createElement("h2"); h.textContent = text; legend.appendChild(h); }
  heading("Nodes");
  var list = document.createElement("ul");
  data.kinds.forEach(function (k) {
    var li = document.createElement("li");
    var sw = document.createElement("span");
    sw.className = "swatch";
    sw.style.background = k.color;
    li.appendChild(sw);
    li.appendChild(document.createTextNode(k.kind + " — " + k.meaning));
    list.appendChild(li);
  });
  legend.appendChild(list);
  heading("Links");
  var links = document.createElement("ul");
  data.legend_edges.forEach(function (e) {
    var li = document.createElement("li");
    var line = document.createElement("span");
    line.className = e.conflict ? "line conflict" : "line";
    if (!e.conflict) { line.style.borderTopColor = e.color; }
    li.appendChild(line);
    li.appendChild(document.createTextNode(e.meaning));
    links.appendChild(li);
  });
  legend.appendChild(links);
  var note = document.createElement("p");
  note.textContent = "Sizes: pledges by amount, targets by % of GDP, others by number of links. Hover for sources and evidence.";
  legend.appendChild(note);
})();

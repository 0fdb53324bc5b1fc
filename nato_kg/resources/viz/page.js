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

  // Labels start undrawn (font size 0): placeLabels() below sizes those that have room, so the
  // first view updates a few hundred items, not every node of a large page.
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var copy = Object.assign({}, n);
    copy.title = tooltip(n.info || []);
    copy.font = { size: 0 };
    delete copy.info;
    return copy;
  }));
  var edgeLabels = !!(((data.options.edges || {}).font || {}).size);
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var copy = Object.assign({}, e);
    if (e.info) { copy.title = tooltip(e.info); }
    if (edgeLabels) { copy.font = { size: 0 }; }
    delete copy.info;
    return copy;
  }));

  var shownKinds = {};
  data.kinds.forEach(function (k) { shownKinds[k.kind] = true; });
  var source = "";
  var factsOfSource = null;
  var overview = data.view === "overview";
  var focusSet = null;  // "focus here": the selected node and its neighbours

  function visible(n) {
    if (!shownKinds[n.group]) { return false; }
    if (focusSet && !focusSet.has(n.id)) { return false; }
    if (!source) { return true; }
    return factsOfSource.has(n.id);
  }
  function edgeVisible(e) {
    if (overview && !(e.kinds || [e.group]).some(function (k) { return shownKinds[k]; })) { return false; }
    if (overview && source && (e.sources || []).indexOf(source) < 0) { return false; }
    return true;
  }
  function refreshSource() {
    if (!source) { factsOfSource = null; return; }
    if (overview) {  // an entity shows when a link of the source touches it, or it holds a fact of the source
      factsOfSource = new Set();
      data.nodes.forEach(function (n) { if ((n.sources || []).indexOf(source) >= 0) { factsOfSource.add(n.id); } });
      data.edges.forEach(function (e) {
        if ((e.sources || []).indexOf(source) >= 0) { factsOfSource.add(e.from); factsOfSource.add(e.to); }
      });
      return;
    }
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
  var edgeView = new vis.DataView(edges, { filter: edgeVisible });
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  function refreshAll() { nodeView.refresh(); edgeView.refresh(); scheduleLabels(); }

  // --- labels: the most important readable at every zoom, the others as you zoom in -------
  // After each change of view, labels are placed greedily on the screen: nodes by size (links,
  // by width, after them), each drawn at a readable size where it covers no label or node
  // already placed; the rest get size 0 (not drawn) until zooming in gives them room. A label
  // is never drawn over another.
  var LABEL_PX = 12, EDGE_PX = 11;
  var measure = document.createElement("canvas").getContext("2d");
  var widths = {};
  function textWidth(text, px) {
    var key = px + "|" + text;
    if (widths[key] === undefined) { measure.font = px + "px system-ui, sans-serif"; widths[key] = measure.measureText(text).width; }
    return widths[key];
  }
  // A label's size is set on vis-network's own node or edge, not through the data set: an update of the data
  // set, even of three nodes, makes vis-network re-read every node and edge (0.3-0.5 s at 5,000 nodes).
  function drawn(id, isEdge) { return (isEdge ? network.body.edges : network.body.nodes)[id]; }
  function fontOf(item, isEdge) {
    var shown = drawn(item.id, isEdge);
    return shown && shown.options.font && shown.options.font.size !== undefined ? shown.options.font.size : 0;
  }
  function labelBox(p, text, px, below) {  // a node's label sits under it, a link's on its middle
    var w = textWidth(text, px), h = px * 1.2;
    return { x: p.x - w / 2, y: below === null ? p.y - h / 2 : p.y + below, w: w, h: h };
  }
  function Grid() { this.cells = {}; }  // boxes by 80 px cell: overlap tests only look nearby
  Grid.prototype.keys = function (b) {
    var out = [];
    for (var i = Math.floor(b.x / 80); i <= Math.floor((b.x + b.w) / 80); i++) {
      for (var j = Math.floor(b.y / 80); j <= Math.floor((b.y + b.h) / 80); j++) { out.push(i + "," + j); }
    }
    return out;
  };
  Grid.prototype.free = function (b, self) {
    var cells = this.cells;
    return this.keys(b).every(function (k) {
      return !(cells[k] || []).some(function (o) {
        return o.id !== self && b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h;
      });
    });
  };
  Grid.prototype.add = function (b) {
    var cells = this.cells;
    this.keys(b).forEach(function (k) { (cells[k] = cells[k] || []).push(b); });
  };
  function middle(e, a, b) {  // where vis-network draws a link's label; a loop's sits on its circle, above right
    if (e.from !== e.to) { return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }; }
    var r = (data.index[e.from].size || 10) * network.getScale();
    return { x: a.x + 1.5 * r, y: a.y - 1.5 * r };
  }
  function placeLabels() {
    var scale = network.getScale(), width = container.clientWidth, height = container.clientHeight;
    var shown = nodeView.get(), positions = network.getPositions(nodeView.getIds()), grid = new Grid();
    var screen = {};
    shown.forEach(function (n) {
      var p = network.canvasToDOM(positions[n.id]), r = (n.size || 10) * scale;
      screen[n.id] = p;
      grid.add({ id: n.id, x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r });  // labels keep off the dots too
    });
    function onScreen(b) { return b.x + b.w > 0 && b.y + b.h > 0 && b.x < width && b.y < height; }
    var changes = [];
    shown.slice().sort(function (a, b) { return (b.size || 0) - (a.size || 0) || (a.label < b.label ? -1 : 1); })
      .forEach(function (n) {
        var box = labelBox(screen[n.id], n.label || "", LABEL_PX, (n.size || 10) * scale);
        box.id = n.id;
        var readable = !!n.label && onScreen(box) && grid.free(box, n.id);
        if (readable) { grid.add(box); }
        var size = readable ? LABEL_PX / scale : 0;
        // the colour goes with the change: vis-network would otherwise give the node its group's default colour
        if (Math.abs(fontOf(n, false) - size) > 1e-6) { changes.push([drawn(n.id, false), { font: { size: size }, color: n.color }]); }
      });
    if (edgeLabels) {
      edgeView.get().sort(function (a, b) { return (b.width || 0) - (a.width || 0); }).forEach(function (e) {
        var a = screen[e.from], b = screen[e.to];
        if (!e.label || !a || !b) { return; }
        var box = labelBox(middle(e, a, b), e.label, EDGE_PX, null);
        box.id = e.id;
        var readable = onScreen(box) && grid.free(box, e.id);
        if (readable) { grid.add(box); }
        var size = readable ? EDGE_PX / scale : 0;
        if (Math.abs(fontOf(e, true) - size) > 1e-6) { changes.push([drawn(e.id, true), { font: { size: size } }]); }
      });
    }
    changes.forEach(function (change) { if (change[0]) { change[0].setOptions(change[1]); } });
    if (changes.length) { network.redraw(); }
  }
  var labelsPending = false;
  function scheduleLabels() {
    if (labelsPending) { return; }
    labelsPending = true;
    requestAnimationFrame(function () { labelsPending = false; placeLabels(); });
  }
  function fit(options) { network.fit(Object.assign({ animation: false }, options || {})); scheduleLabels(); }
  network.on("zoom", scheduleLabels);
  network.on("dragEnd", scheduleLabels);
  network.on("resize", scheduleLabels);

  // The drawn labels' boxes in page pixels (for measuring how many overlap): those vis-network
  // draws, at the size it draws them.
  function labelBoxes() {
    var scale = network.getScale();
    var positions = network.getPositions(nodeView.getIds());
    var boxes = [];
    nodeView.get().forEach(function (n) {
      var px = fontOf(n, false) * scale;
      if (!n.label || px < 5) { return; }
      var box = labelBox(network.canvasToDOM(positions[n.id]), n.label, px, (n.size || 10) * scale);
      box.id = n.id;
      boxes.push(box);
    });
    edgeView.get().forEach(function (e) {
      var px = fontOf(e, true) * scale;
      if (!e.label || px < 5 || !positions[e.from] || !positions[e.to]) { return; }
      var a = network.canvasToDOM(positions[e.from]), b = network.canvasToDOM(positions[e.to]);
      var box = labelBox(middle(e, a, b), e.label, px, null);
      box.id = e.id;
      boxes.push(box);
    });
    return boxes;
  }
  window.natoKG = { network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView, drawn: false,
                    labelBoxes: labelBoxes };
  // The first view's labels are placed before the first frame (fit computes the view without drawing),
  // so the page is drawn once, with them.
  network.fit({ animation: false });
  placeLabels();
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
    if (hits.length) { fit({ nodes: hits, maxZoomLevel: 1.5 }); }
  });

  // --- filters ----------------------------------------------------------------
  var kindBox = document.getElementById("filter-kind");
  var countOf = {};  // each kind's count text, updated when the source filter changes
  data.kinds.forEach(function (k) {
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = k.kind;
    box.addEventListener("change", function () { shownKinds[k.kind] = box.checked; refreshAll(); });
    var sw = document.createElement("span");
    sw.className = "swatch";
    sw.style.background = k.color;
    label.appendChild(box);
    label.appendChild(sw);
    countOf[k.kind] = document.createTextNode(k.kind + " (" + k.count + ")");
    label.appendChild(countOf[k.kind]);
    kindBox.appendChild(label);
  });
  var sourceSelect = document.getElementById("filter-source");
  data.sources.forEach(function (s) {
    var option = document.createElement("option");
    option.value = s.id;
    option.text = s.id + (s.date ? " · " + s.date : "") + " · " + s.title;
    sourceSelect.appendChild(option);
  });
  function recount() {  // what each kind shows under the source filter (all of it without one)
    var shown = {};
    data.kinds.forEach(function (k) { shown[k.kind] = 0; });
    data.nodes.forEach(function (n) {
      if ((!source || factsOfSource.has(n.id)) && shown[n.group] !== undefined) { shown[n.group] += 1; }
    });
    if (overview) {
      data.edges.forEach(function (e) {
        if (source && (e.sources || []).indexOf(source) < 0) { return; }
        (e.kinds || []).forEach(function (k) { if (shown[k] !== undefined) { shown[k] += 1; } });
      });
    }
    data.kinds.forEach(function (k) { countOf[k.kind].textContent = k.kind + " (" + shown[k.kind] + (source ? " of " + k.count : "") + ")"; });
  }
  var onSourceChange = null;  // set by the charts view: its charts follow the source filter too
  sourceSelect.addEventListener("change", function () {
    source = sourceSelect.value;
    refreshSource();
    refreshAll();
    recount();
    fit();
    if (onSourceChange) { onSourceChange(); }
  });

  // --- the fact panel: everything about the clicked node or link, as text ---------
  var panel = document.getElementById("panel");
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function keyed(cls, key, value) {
    var row = el("div", cls);
    row.appendChild(el("span", "k", key + ":"));
    row.appendChild(document.createTextNode(value));
    return row;
  }
  function showPanel(item, nodeId) {
    panel.textContent = "";
    var actions = el("div", "actions");
    var close = el("button", "", "close");
    close.type = "button";
    close.addEventListener("click", hidePanel);
    actions.appendChild(close);
    if (nodeId) {
      var focus = el("button", "", "focus here");
      focus.type = "button";
      focus.addEventListener("click", function () {
        focusSet = new Set([nodeId].concat(network.getConnectedNodes(nodeId)));
        refreshAll();
        fit();
        network.selectNodes([nodeId]);  // the entity in focus stays marked
        document.body.setAttribute("data-focused", nodeId);
      });
      actions.appendChild(focus);
    }
    if (focusSet) {
      var all = el("button", "", "show all");
      all.type = "button";
      all.addEventListener("click", function () { focusSet = null; refreshAll(); fit();
                                                  document.body.removeAttribute("data-focused"); });
      actions.appendChild(all);
    }
    panel.appendChild(actions);
    var p = item.panel || { title: item.label || "", facts: [] };
    // the overview's panels name their facts (kind/id) in the page's one table of facts
    var shown = p.facts.map(function (f) { return typeof f === "string" ? (data.facts || {})[f] : f; }).filter(Boolean);
    panel.appendChild(el("h2", "", p.title));
    if (!shown.length) {
      (item.info || []).forEach(function (line) { panel.appendChild(line[0] ? keyed("detail", line[0], line[1]) : el("div", "detail", line[1])); });
    }
    shown.forEach(function (f) {
      var box = el("div", "fact");
      box.setAttribute("data-fact", f.id);
      box.appendChild(el("div", "kind", f.kind));
      box.appendChild(el("div", "statement", f.statement));
      f.details.forEach(function (d) { box.appendChild(keyed("detail", d[0], d[1])); });
      f.sources.forEach(function (s) {
        var src = keyed("src", "source " + s.id, s.title + (s.date ? " (" + s.date + ")" : ""));
        src.setAttribute("data-source", s.id);
        box.appendChild(src);
        if (s.evidence) { box.appendChild(el("div", "quote", "“" + s.evidence + "”")); }
      });
      f.conflicts.forEach(function (c) {
        var row = el("div", "conflict", "sources disagree (" + c.rule + ", " + c.severity + "): " + c.message);
        c.sides.forEach(function (side) { row.appendChild(el("div", "", "• " + side)); });
        box.appendChild(row);
      });
      panel.appendChild(box);
    });
    panel.hidden = false;
    panel.focus();
    document.body.setAttribute("data-panel", p.title);
  }
  function hidePanel() { panel.hidden = true; panel.textContent = ""; document.body.removeAttribute("data-panel"); }
  network.on("click", function (params) {
    if (params.nodes.length) { showPanel(data.index[params.nodes[0]], params.nodes[0]); }
    else if (params.edges.length) { showPanel(edgeIndex[params.edges[0]], null); }
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape" && !panel.hidden) { hidePanel(); } });
  var edgeIndex = {};
  data.edges.forEach(function (e) { edgeIndex[e.id] = e; });
  window.natoKG.showPanel = function (kind, id) { return kind === "edge" ? showPanel(edgeIndex[id], null) : showPanel(data.index[id], id); };

  // --- legend -------------------------------------------------------------------
  var legend = document.getElementById("legend");
  function heading(text) { var h = document.createElement("h2"); h.textContent = text; legend.appendChild(h); }
  heading("Nodes");
  var list = document.createElement("ul");
  var SHAPES = { dot: "●", square: "■", diamond: "◆", triangle: "▲", star: "★", box: "▬", ellipse: "⬬", hexagon: "⬢" };
  data.kinds.forEach(function (k) {
    var li = document.createElement("li");
    var sw = document.createElement("span");
    sw.className = "shape";  // the node's shape in its colour, as the network draws it
    sw.style.color = k.color;
    sw.textContent = SHAPES[k.shape] || (k.target === "edge" ? "━" : "●");
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
  note.textContent = data.note || "Sizes: pledges by amount, targets by % of GDP, others by number of links. Hover for sources and evidence.";
  legend.appendChild(note);

  // --- views: the network, charts and a timeline, the conflicts (the overview only) ---------
  if (!data.charts) { return; }
  // Every fact of the page by its id, and where it is drawn (the nodes and links whose panel names it).
  var factsById = {}, places = {};
  Object.keys(data.facts || {}).forEach(function (key) { factsById[data.facts[key].id] = data.facts[key]; });
  function collect(item, type) {
    ((item.panel || {}).facts || []).forEach(function (key) {
      var f = data.facts[key];
      (places[f.id] = places[f.id] || []).push({ type: type, id: item.id });
    });
  }
  data.nodes.forEach(function (n) { collect(n, "node"); });
  data.edges.forEach(function (e) { collect(e, "edge"); });
  function showFacts(title, ids) {
    showPanel({ panel: { title: title, facts: ids.map(function (id) { return factsById[id]; }).filter(Boolean) } }, null);
  }
  var views = { network: container, charts: document.getElementById("charts"), conflicts: document.getElementById("conflicts") };
  var tabs = document.getElementById("tabs");
  tabs.hidden = false;
  function select(name) {
    Object.keys(views).forEach(function (key) {
      views[key].hidden = key !== name;
      document.getElementById("tab-" + key).setAttribute("aria-selected", String(key === name));
    });
    document.body.setAttribute("data-view", name);
    legend.hidden = name !== "network";  // the legend explains the network's shapes and colours
    if (name === "charts") { drawCharts(); }
    if (name === "network") { network.redraw(); }
  }
  Object.keys(views).forEach(function (key) {
    document.getElementById("tab-" + key).addEventListener("click", function () { select(key); });
  });
  tabs.addEventListener("keydown", function (ev) {  // arrow keys move between tabs, as in any tab list
    var keys = Object.keys(views), at = keys.indexOf(document.body.getAttribute("data-view") || "network");
    if (ev.key !== "ArrowRight" && ev.key !== "ArrowLeft") { return; }
    var next = keys[(at + (ev.key === "ArrowRight" ? 1 : keys.length - 1)) % keys.length];
    select(next);
    document.getElementById("tab-" + next).focus();
  });

  // Charts: Vega-Lite specs made by nato-kg (the same as 'nato-kg chart'), drawn by the vendored Vega.
  // Text reaches the page as SVG text and the container's title attribute only, never as HTML;
  // expressions run in Vega's interpreter (ast), since the page's policy forbids eval.
  var charts = null;
  function chartTitle(name, d) {
    if (name === "pledges") { return d.donor + " → " + d.recipient + ": " + d.amount; }
    if (name === "targets") { return d.actor + ": " + d.percent + " % of GDP" + (d.year !== "no year" ? " by " + d.year : ""); }
    return d.kind + " facts of " + d.source + (d.period !== "undated" ? " (" + d.period + ")" : "");
  }
  function idsOf(name, d) {
    if (name !== "timeline") { return d.ids || []; }
    return Object.keys(factsById).filter(function (id) {
      var f = factsById[id];
      return f.kind === d.kind && f.sources.some(function (s) { return s.id === d.source; });
    });
  }
  // Under the source filter, each chart keeps the rows of that source's facts (a timeline row is one source).
  function rowsFor(name, rows) {
    if (!source) { return rows; }
    if (name === "timeline") { return rows.filter(function (r) { return r.source === source; }); }
    return rows.filter(function (r) {
      return (r.ids || []).some(function (id) {
        var f = factsById[id];
        return f && f.sources.some(function (s) { return s.id === source; });
      });
    });
  }
  var chartsNote = document.getElementById("charts-note");
  function drawCharts() {
    if (charts) { return; }
    charts = {};
    chartsNote.hidden = !source;
    chartsNote.textContent = source ? "Only the facts of source " + source + " (the source filter)." : "";
    // room for the chart's legend (about 230 px) and for the fact panel, which opens beside the charts
    var width = Math.max(240, Math.min(720, views.charts.clientWidth - 230 - (panel.hidden ? 360 : 0)));
    var pending = Object.keys(data.charts).map(function (name) {
      var spec = JSON.parse(JSON.stringify(data.charts[name]));
      spec.data.values = rowsFor(name, spec.data.values);
      if (!spec.data.values.length) {  // nothing of this chart under the filter: say so, draw no empty axes
        var box = document.getElementById("chart-" + name);
        box.appendChild(el("h3", "", spec.title.text));
        box.appendChild(el("p", "empty", source ? "Nothing to chart here: source " + source + " states none of these facts."
                                                 : "Nothing to chart here: none of these facts is drawn on this page."));
        return Promise.resolve();
      }
      spec.width = width;
      return vegaEmbed("#chart-" + name, spec, { renderer: "svg", actions: false, ast: true, tooltip: false })
        .then(function (result) {
          charts[name] = result.view;
          result.view.addEventListener("click", function (event, item) {
            if (item && item.datum && (item.datum.ids || item.datum.count !== undefined)) {  // a bar or point, not an axis
              showFacts(chartTitle(name, item.datum), idsOf(name, item.datum));
            }
          });
        });
    });
    Promise.all(pending).then(function () { document.body.setAttribute("data-charts", "drawn"); },
                              function (err) { document.body.setAttribute("data-charts", "failed: " + err); });
    window.natoKG.charts = charts;
  }
  onSourceChange = function () {  // drawn again, for the new filter, now or when the charts are next shown
    Object.keys(data.charts).forEach(function (name) {
      var box = document.getElementById("chart-" + name);
      box.textContent = "";
      box.className = "chart";  // (Vega's embed made it an inline block; an empty chart is a block of text)
    });
    charts = null;
    document.body.removeAttribute("data-charts");
    if (!views.charts.hidden) { drawCharts(); }
  };
  window.natoKG.selectView = select;
  window.natoKG.idsOf = idsOf;

  // Conflicts: every conflict 'check' reports, with both sides, each jumping to where it is drawn.
  var conflicts = {}, order = [];
  Object.keys(factsById).forEach(function (id) {
    factsById[id].conflicts.forEach(function (c) {
      var key = [c.rule, c.message].concat(c.sides).join("\u0000");
      if (!conflicts[key]) { conflicts[key] = { c: c, facts: [] }; order.push(key); }
      if (conflicts[key].facts.indexOf(id) < 0) { conflicts[key].facts.push(id); }
    });
  });
  document.getElementById("conflict-count").textContent = "(" + order.length + ")";
  var list = views.conflicts;
  if (!order.length) { list.appendChild(el("p", "", "No conflicts: the sources agree on every fact drawn here.")); }
  order.forEach(function (key) {
    var entry = conflicts[key], c = entry.c;
    var item = el("div", "item");
    item.setAttribute("data-rule", c.rule);
    item.appendChild(el("div", "rule", c.rule + " (" + c.severity + ")"));
    item.appendChild(el("div", "", c.message));
    c.sides.forEach(function (side) { item.appendChild(el("div", "side", "• " + side)); });
    var jump = el("button", "", "show in the graph");
    jump.type = "button";
    jump.addEventListener("click", function () {
      var nodesHere = [], edgesHere = [];
      entry.facts.forEach(function (id) {
        (places[id] || []).forEach(function (p) { (p.type === "node" ? nodesHere : edgesHere).push(p.id); });
      });
      select("network");
      showFacts(c.rule + ": " + c.message, entry.facts);  // first: the panel narrows the network
      network.setSelection({ nodes: nodesHere, edges: edgesHere }, { highlightEdges: false });
      var ends = nodesHere.slice();
      edgesHere.forEach(function (e) { ends.push(edgeIndex[e].from, edgeIndex[e].to); });
      requestAnimationFrame(function () {
        network.redraw();
        if (ends.length) { fit({ nodes: ends, maxZoomLevel: 1.5 }); }
        document.body.setAttribute("data-jumped", entry.facts.join(" "));
      });
    });
    item.appendChild(jump);
    list.appendChild(item);
  });
})();

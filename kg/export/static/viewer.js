/*
 * kg graph viewer: draws the graph embedded in #kg-data with sigma.js and graphology.
 *
 * Filters (kind, minimum links, isolated nodes, the largest components, a date range) are one
 * O(nodes + edges) pass over typed arrays, run when a control changes; sigma's reducers then only
 * read its result. Hovering repaints the hovered node's neighbourhood alone, so its cost does not
 * grow with the graph. Every label and attribute reaches the page as text (textContent), and
 * only http(s) URLs become links.
 * <body> carries data-ready, data-rendered-nodes, data-rendered-edges and data-filter-ms.
 */
(function () {
  "use strict";

  var record = window.kgRecordError || function (message) { console.error(message); };
  var ROLE_ORDER = ["source", "target", "location", "claimed_by", "disputed_by"];
  var ROLE_COLORS = {
    source: "#9aa5b1",
    target: "#e08a8a",
    location: "#c4aa9d",
    claimed_by: "#8fb4da",
    disputed_by: "#bea3dc"
  };
  var ROLE_NAMES = {
    source: "source",
    target: "target",
    location: "location",
    claimed_by: "claimed by",
    disputed_by: "disputed by"
  };
  var DEFAULT_EDGE_COLOR = "#c8c8c8";
  var HOVER_EDGE_COLOR = "#555555";
  var DIMMED = "#e6e6e6";
  var NO_COMMUNITY = "#b8b8b8";
  var MAX_NAMES = 5000;
  var TOP_LIST = 20;
  var TOP_LABELS = 8;
  var MOVING_EDGES = 5000; /* above this many links shown, links hide while the camera moves */
  var ROOMY = 2000; /* above this many nodes shown, nodes shrink so that structure stays visible */
  var MAX_LISTED = 30;
  var HIDDEN_ATTRIBUTES = { x: 1, y: 1, size: 1, color: 1, label: 1, kind: 1 };
  var SAFE_URL = /^https?:\/\/[^\s]+$/i;

  function $(id) { return document.getElementById(id); }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function listText(value, limit) {
    if (value === undefined || value === null || value === "") return "";
    var items = Array.isArray(value) ? value : [value];
    var shown = items.slice(0, limit || 8).map(String).join(", ");
    return items.length > (limit || 8) ? shown + ", … (" + items.length + ")" : shown;
  }

  /* A link for an http(s) URL, else the value as text: no javascript:, data: or other scheme. */
  function valueNode(value) {
    var text = String(value);
    if (SAFE_URL.test(text)) {
      try {
        var url = new URL(text);
        if (url.protocol === "http:" || url.protocol === "https:") {
          var link = element("a", null, text);
          link.href = url.href;
          link.target = "_blank";
          link.rel = "noopener noreferrer";
          return link;
        }
      } catch (ignored) { /* not a URL: shown as text */ }
    }
    return document.createTextNode(text);
  }

  /* The first *limit* items as DOM nodes made by *make*, comma-separated, then their count. */
  function joined(items, limit, make) {
    var span = element("span");
    items.slice(0, limit).forEach(function (item, i) {
      if (i) span.appendChild(document.createTextNode(", "));
      span.appendChild(make(item));
    });
    if (items.length > limit) span.appendChild(document.createTextNode(", … (" + items.length + ")"));
    return span;
  }

  function valuesNode(value, limit) {
    return joined(Array.isArray(value) ? value : [value], limit, valueNode);
  }

  function isoDay(day) {
    return new Date(day * 86400000).toISOString().slice(0, 10);
  }

  function number(n) { return n.toLocaleString("en-US"); }

  var timings = window.kgTimings = { start: Math.round(performance.now()) };
  var clock = performance.now();
  function lap(name) {
    var now = performance.now();
    timings[name] = Math.round(now - clock);
    clock = now;
  }

  function main() {
    var data = JSON.parse($("kg-data").textContent);
    lap("parse");
    var view = data.view || {};
    var options = data.graph.options || {};
    var graph = new graphology.Graph(options);
    graph.import(data.graph);
    lap("import");
    var directed = options.type !== "undirected";
    var kindColors = {};
    (data.kinds || []).forEach(function (pair) { kindColors[pair[0]] = pair[1]; });
    var palette = view.palette && view.palette.length ? view.palette : ["#4e79a7"];

    /* ---- one array slot per node and per edge, filled once ---- */
    var keys = graph.nodes();
    var n = keys.length;
    var index = new Map();
    var kindNames = [];
    var kindIndex = {};
    var kindOf = new Int32Array(n);
    var degree = new Int32Array(n);
    var component = new Int32Array(n);
    var community = new Int32Array(n);
    var isEvent = new Uint8Array(n);
    var dated = new Uint8Array(n);
    var t0 = new Float64Array(n);
    var t1 = new Float64Array(n);
    var labels = new Array(n);
    var sizes = new Float32Array(n);
    var kindColor = new Array(n);
    var communityColor = new Array(n);
    var maxActor = 1;
    var maxEvent = 1;
    var events = 0;
    keys.forEach(function (key, i) {
      var attrs = graph.getNodeAttributes(key);
      index.set(key, i);
      var kind = attrs.kind === undefined || attrs.kind === null ? "other" : String(attrs.kind);
      if (!(kind in kindIndex)) {
        kindIndex[kind] = kindNames.length;
        kindNames.push(kind);
        if (!kindColors[kind]) kindColors[kind] = typeof attrs.color === "string" ? attrs.color : "#7f7f7f";
      }
      kindOf[i] = kindIndex[kind];
      degree[i] = graph.degree(key);
      component[i] = typeof attrs._component === "number" ? attrs._component : -1;
      community[i] = typeof attrs._community === "number" ? attrs._community : -1;
      isEvent[i] = kind === "event" ? 1 : 0;
      if (typeof attrs._t0 === "number" && typeof attrs._t1 === "number") {
        dated[i] = 1;
        t0[i] = attrs._t0;
        t1[i] = attrs._t1;
      }
      var value = attrs.label;
      labels[i] = value === undefined || value === null || value === "" ? String(key) : String(value);
      if (isEvent[i]) {
        events += 1;
        maxEvent = Math.max(maxEvent, degree[i]);
      } else {
        maxActor = Math.max(maxActor, degree[i]);
      }
      kindColor[i] = kindColors[kind];
      communityColor[i] = community[i] < 0 ? NO_COMMUNITY : palette[community[i] % palette.length];
    });
    for (var s = 0; s < n; s += 1) {
      var share = Math.sqrt(degree[s] / (isEvent[s] ? maxEvent : maxActor));
      sizes[s] = isEvent[s] ? 2 + 2 * share : 3 + 9 * share;
    }
    var edgeKeys = graph.edges();
    var m = edgeKeys.length;
    var edgeIndex = new Map();
    var source = new Int32Array(m);
    var target = new Int32Array(m);
    var edgeSizes = new Float32Array(m);
    var edgeColors = new Array(m);
    var edgeLabels = new Array(m);
    var firstOfPair = new Map();
    var roles = {};
    edgeKeys.forEach(function (edge, e) {
      var attrs = graph.getEdgeAttributes(edge);
      edgeIndex.set(edge, e);
      source[e] = index.get(graph.source(edge));
      target[e] = index.get(graph.target(edge));
      var weight = typeof attrs.weight === "number" && attrs.weight > 0 ? attrs.weight : 1;
      edgeSizes[e] = Math.min(6, 0.6 + Math.log2(Math.max(1, weight)));
      edgeColors[e] = ROLE_COLORS[attrs.role] || DEFAULT_EDGE_COLOR;
      if (attrs.role) roles[attrs.role] = true;
      var text = ROLE_NAMES[attrs.role] || (attrs.label === undefined ? "" : String(attrs.label)) ||
        (attrs.event_type === undefined ? "" : String(attrs.event_type));
      var a = Math.min(source[e], target[e]);
      var b = Math.max(source[e], target[e]);
      var pair = a * n + b;
      if (!firstOfPair.has(pair)) {
        firstOfPair.set(pair, e);
        edgeLabels[e] = text;
      } else {
        var first = firstOfPair.get(pair);
        if (text) edgeLabels[first] = edgeLabels[first] ? edgeLabels[first] + ", " + text : text;
        edgeLabels[e] = "";
      }
    });

    /* ---- the date axis: every distinct first or last day, in order ---- */
    var daySet = new Set();
    for (var d = 0; d < n; d += 1) {
      if (dated[d]) { daySet.add(t0[d]); daySet.add(t1[d]); }
    }
    var days = Array.from(daySet).sort(function (x, y) { return x - y; });
    var undatedEvents = 0;
    for (var u = 0; u < n; u += 1) if (isEvent[u] && !dated[u]) undatedEvents += 1;

    /* ---- degree steps: the distinct link counts, so the slider moves through the long tail ---- */
    var degreeSteps = Array.from(new Set(Array.prototype.slice.call(degree))).sort(function (x, y) { return x - y; });
    if (degreeSteps[0] !== 0) degreeSteps.unshift(0);
    if (degreeSteps.length < 2) degreeSteps.push(1);

    lap("index");
    var state = {
      kinds: kindNames.map(function () { return true; }),
      minDegree: 1,
      allComponents: view.scope === null || view.scope === undefined,
      scope: typeof view.scope === "number" ? view.scope : Infinity,
      from: 0,
      to: Math.max(0, days.length - 1),
      colorBy: "kind",
      selected: null,
      focus: null,
      hovered: null,
      hoverNodes: null,
      hoverEdges: null,
      sizeScale: 1
    };
    var mounted = new Uint8Array(n);
    var display = new graphology.Graph({ type: options.type || "directed", multi: options.multi === true, allowSelfLoops: true });
    var visible = new Uint8Array(n);
    var edgeVisible = new Uint8Array(m);
    var visibleDegree = new Int32Array(n);
    var forced = new Uint8Array(n);
    var ranking = [];
    var counts = { nodes: 0, edges: 0 };

    $("kg-stats").textContent = number(n - events) + " actors · " + number(events) + " events · " + number(m) + " links";
    buildControls();
    lap("controls");

    if (n === 0) {
      $("kg-empty").hidden = false;
      document.body.setAttribute("data-ready", "true");
      return;
    }

    function mountable(i) {
      return (degree[i] > 0 || state.minDegree === 0) &&
        (state.allComponents || component[i] < state.scope);
    }

    /* Sigma draws a graph of the nodes that can be shown now (its cost follows the nodes it
       holds, hidden or not); isolated nodes and smaller components join when asked for. */
    function mount(extra) {
      var added = [];
      for (var i = 0; i < n; i += 1) {
        if (!mounted[i] && (mountable(i) || (extra && extra.has(i)))) {
          mounted[i] = 1;
          added.push(i);
        }
      }
      if (!added.length) return;
      /* Sigma reacts to every node added to its graph: fill a copy, then hand it over once. */
      var next = renderer ? display.copy() : display;
      added.forEach(function (j) {
        var attrs = graph.getNodeAttributes(keys[j]);
        next.addNode(keys[j], { x: attrs.x, y: attrs.y });
      });
      added.forEach(function (j) {
        graph.forEachEdge(keys[j], function (edge, attrs, a, b) {
          if (mounted[index.get(a)] && mounted[index.get(b)] && !next.hasEdge(edge)) {
            next.addEdgeWithKey(edge, a, b);
          }
        });
      });
      if (next !== display) {
        display = next;
        renderer.setGraph(display);
      }
    }

    function dateFilterOn() { return days.length > 0 && (state.from > 0 || state.to < days.length - 1); }

    function computeFocus(i) {
      if (i === null) return null;
      var set = new Set([i]);
      var key = keys[i];
      graph.forEachNeighbor(key, function (neighbour) {
        var j = index.get(neighbour);
        set.add(j);
        if (!isEvent[i] && isEvent[j]) {
          graph.forEachNeighbor(neighbour, function (other) { set.add(index.get(other)); });
        }
      });
      return set;
    }

    /* The one pass that decides what is shown; then sigma redraws once. */
    function filter() {
      var started = performance.now();
      mount(state.focus);
      decide();
      var decided = performance.now();
      var hideEdges = counts.edges > MOVING_EDGES;
      if (renderer.getSetting("hideEdgesOnMove") !== hideEdges) renderer.setSetting("hideEdgesOnMove", hideEdges);
      renderer.refresh();
      showCounts();
      showTop();
      document.body.setAttribute("data-filter-ms", String(Math.round(performance.now() - started)));
      document.body.setAttribute("data-decide-ms", String(Math.round(decided - started)));
    }

    function decide() {
      var byDate = dateFilterOn();
      var lo = byDate ? days[state.from] : -Infinity;
      var hi = byDate ? days[state.to] : Infinity;
      var i;
      for (i = 0; i < n; i += 1) {
        var show = state.kinds[kindOf[i]] && degree[i] >= state.minDegree && mountable(i);
        if (show && byDate) {
          if (dated[i]) show = t1[i] >= lo && t0[i] <= hi;
          else if (isEvent[i]) show = false;
          else { visible[i] = 2; continue; } /* an actor: shown when linked to a shown dated node */
        }
        visible[i] = show ? 1 : 0;
      }
      var e;
      if (byDate) {
        for (e = 0; e < m; e += 1) {
          var a = source[e];
          var b = target[e];
          if (visible[a] >= 2 && visible[b] === 1 && dated[b]) visible[a] = 3;
          if (visible[b] >= 2 && visible[a] === 1 && dated[a]) visible[b] = 3;
        }
        for (i = 0; i < n; i += 1) if (visible[i] >= 2) visible[i] = visible[i] === 3 ? 1 : 0;
      }
      if (state.focus) state.focus.forEach(function (j) { visible[j] = 1; });
      visibleDegree.fill(0);
      counts.edges = 0;
      for (e = 0; e < m; e += 1) {
        var shown = visible[source[e]] === 1 && visible[target[e]] === 1 ? 1 : 0;
        edgeVisible[e] = shown;
        if (shown) {
          counts.edges += 1;
          visibleDegree[source[e]] += 1;
          visibleDegree[target[e]] += 1;
        }
      }
      counts.nodes = 0;
      var actors = [];
      for (i = 0; i < n; i += 1) {
        if (visible[i] !== 1) continue;
        counts.nodes += 1;
        if (!isEvent[i]) actors.push(i);
      }
      actors.sort(function (x, y) {
        return (visibleDegree[y] - visibleDegree[x]) || (degree[y] - degree[x]) ||
          (labels[x] < labels[y] ? -1 : labels[x] > labels[y] ? 1 : x - y);
      });
      ranking = actors.slice(0, TOP_LIST);
      state.sizeScale = Math.max(0.35, Math.min(1, Math.sqrt(ROOMY / Math.max(1, counts.nodes))));
      forced.fill(0);
      ranking.slice(0, TOP_LABELS).forEach(function (j) { forced[j] = 1; });
    }

    var pending = false;
    function scheduleFilter() {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () {
        pending = false;
        try { filter(); } catch (error) { record(error && error.stack ? error.stack : error); }
      });
    }

    function nodeReducer(key, attrs) {
      var i = index.get(key);
      var out = {
        x: attrs.x,
        y: attrs.y,
        size: sizes[i] * state.sizeScale,
        label: labels[i],
        color: state.colorBy === "community" ? communityColor[i] : kindColor[i],
        type: "circle",
        zIndex: isEvent[i] ? 0 : 1,
        hidden: visible[i] !== 1,
        forceLabel: forced[i] === 1,
        highlighted: false
      };
      if (state.focus) {
        if (i === state.selected) {
          out.highlighted = true;
          out.forceLabel = true;
          out.zIndex = 3;
        } else if (state.focus.has(i)) {
          out.forceLabel = !isEvent[i];
          out.zIndex = 2;
        } else {
          out.color = DIMMED;
          out.label = "";
          out.forceLabel = false;
          out.zIndex = 0;
        }
      }
      if (state.hoverNodes && state.hoverNodes.has(i)) {
        out.forceLabel = true;
        out.zIndex = 3;
        if (i === state.hovered) out.highlighted = true;
      }
      return out;
    }

    function edgeReducer(key, attrs) {
      var e = edgeIndex.get(key);
      var out = {
        size: edgeSizes[e],
        color: edgeColors[e],
        label: edgeLabels[e],
        type: directed ? "arrow" : "line",
        zIndex: 0,
        hidden: edgeVisible[e] !== 1
      };
      if (state.focus && !(state.focus.has(source[e]) && state.focus.has(target[e]))) out.hidden = true;
      if (state.hoverEdges && state.hoverEdges.has(e)) {
        out.color = HOVER_EDGE_COLOR;
        out.size = edgeSizes[e] + 1;
        out.zIndex = 1;
      }
      return out;
    }

    mount(null);
    decide();
    var container = $("kg-graph");
    var renderer;
    try {
      renderer = new Sigma(display, container, {
        nodeReducer: nodeReducer,
        edgeReducer: edgeReducer,
        defaultEdgeType: directed ? "arrow" : "line",
        renderEdgeLabels: false,
        zIndex: true,
        labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
        labelSize: 12,
        labelWeight: "500",
        labelDensity: 0.5,
        labelGridCellSize: 100,
        labelRenderedSizeThreshold: 5,
        edgeLabelSize: 10,
        edgeLabelColor: { color: "#555" },
        stagePadding: 30,
        hideEdgesOnMove: counts.edges > MOVING_EDGES,
        minCameraRatio: 0.005,
        maxCameraRatio: 4
      });
    } catch (error) {
      record("could not start the renderer (" + (error && error.message ? error.message : error) +
        "); this page needs a browser with WebGL");
      return;
    }
    window.kgRenderer = renderer;
    lap("sigma");

    /* ---- camera ---- */
    function fit(nodes, animate) {
      var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      nodes.forEach(function (i) {
        var display = renderer.getNodeDisplayData(keys[i]);
        if (!display) return;
        minX = Math.min(minX, display.x); maxX = Math.max(maxX, display.x);
        minY = Math.min(minY, display.y); maxY = Math.max(maxY, display.y);
      });
      if (minX === Infinity) return;
      var camera = renderer.getCamera();
      var current = camera.getState();
      var a = renderer.framedGraphToViewport({ x: minX, y: minY });
      var b = renderer.framedGraphToViewport({ x: maxX, y: maxY });
      var dims = renderer.getDimensions();
      var marginX = 110; /* room for the labels right of the nodes */
      var marginY = 40;
      var zoom = Math.max(Math.abs(b.x - a.x) / Math.max(1, dims.width - 2 * marginX),
        Math.abs(b.y - a.y) / Math.max(1, dims.height - 2 * marginY));
      var ratio = Math.min(1.2, Math.max(camera.minRatio || 0.005, current.ratio * (zoom || 0.1)));
      if (nodes.length === 1) ratio = Math.min(current.ratio, 0.15);
      var target = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: ratio, angle: current.angle };
      if (animate) camera.animate(target, { duration: 500 }); else camera.setState(target);
    }

    function visibleNodes() {
      var list = [];
      for (var i = 0; i < n; i += 1) if (visible[i] === 1) list.push(i);
      return list;
    }

    /* ---- hover: repaint the neighbourhood only ---- */
    function setHover(i) {
      var nodes = new Set();
      var edgesTouched = new Set();
      function collect() {
        if (state.hoverNodes) state.hoverNodes.forEach(function (j) { nodes.add(keys[j]); });
        if (state.hoverEdges) state.hoverEdges.forEach(function (e) { edgesTouched.add(edgeKeys[e]); });
      }
      collect();
      state.hovered = i;
      state.hoverNodes = null;
      state.hoverEdges = null;
      if (i !== null) {
        var hoverNodes = new Set([i]);
        var hoverEdges = new Set();
        graph.forEachEdge(keys[i], function (edge, attrs, s2, t2) {
          var e = edgeIndex.get(edge);
          if (edgeVisible[e] !== 1) return;
          hoverEdges.add(e);
          hoverNodes.add(index.get(s2));
          hoverNodes.add(index.get(t2));
        });
        state.hoverNodes = hoverNodes;
        state.hoverEdges = hoverEdges;
        collect();
      }
      renderer.refresh({
        partialGraph: { nodes: Array.from(nodes), edges: Array.from(edgesTouched) },
        skipIndexation: true,
        schedule: true
      });
    }

    /* ---- details: the same card in the tooltip (hover) and the panel (selection) ---- */
    function row(list, term, value) {
      if (value === undefined || value === null || value === "") return;
      list.appendChild(element("dt", null, term));
      var dd = element("dd");
      if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
      list.appendChild(dd);
    }

    function sentenceQuote(sentence, trigger) {
      var quote = element("blockquote");
      var at = trigger ? sentence.indexOf(trigger) : -1;
      if (at < 0) {
        quote.textContent = sentence;
        return quote;
      }
      quote.appendChild(document.createTextNode(sentence.slice(0, at)));
      quote.appendChild(element("mark", null, trigger));
      quote.appendChild(document.createTextNode(sentence.slice(at + trigger.length)));
      return quote;
    }

    function nodeButton(j, text) {
      var button = element("button", "link", text === undefined ? labels[j] : text);
      button.type = "button";
      button.addEventListener("click", function () { select(j); });
      return button;
    }

    function nodeList(items, interactive) {
      if (!interactive) return listText(items.map(function (j) { return labels[j]; }));
      return joined(items, MAX_LISTED, function (j) { return nodeButton(j); });
    }

    function describeEvent(box, i, attrs, full) {
      var title = [attrs.event_type, attrs.mode].filter(Boolean).join(" · ") || labels[i];
      box.appendChild(element("h3", null, title));
      var list = element("dl");
      row(list, "event", labels[i]);
      if (attrs.date) row(list, "date", attrs.date + (attrs.date_basis ? " (" + attrs.date_basis + ")" : ""));
      if (attrs.modality) row(list, "modality", element("span", "badge " + attrs.modality, attrs.modality));
      var byRole = {};
      graph.forEachEdge(keys[i], function (edge, edgeAttrs, s2, t2) {
        var role = edgeAttrs.role || edgeAttrs.label || "link";
        var other = s2 === keys[i] ? t2 : s2;
        (byRole[role] = byRole[role] || []).push(index.get(other));
      });
      ROLE_ORDER.concat(Object.keys(byRole).sort()).forEach(function (role) {
        if (byRole[role]) {
          row(list, ROLE_NAMES[role] || role, nodeList(byRole[role], full));
          delete byRole[role];
        }
      });
      if (attrs.document_id !== undefined) row(list, "document", valuesNode(attrs.document_id, 4));
      box.appendChild(list);
      if (attrs.sentence) box.appendChild(sentenceQuote(String(attrs.sentence), attrs.trigger ? String(attrs.trigger) : ""));
      return list;
    }

    function describeActor(box, i, attrs, full) {
      box.appendChild(element("h3", null, labels[i]));
      var list = element("dl");
      row(list, "kind", [attrs.kind, attrs.subtype].filter(Boolean).join(" · "));
      var linked = [];
      graph.forEachNeighbor(keys[i], function (neighbour) { linked.push(index.get(neighbour)); });
      var eventsOf = linked.filter(function (j) { return isEvent[j]; });
      if (eventsOf.length) row(list, "events", eventsOf.length);
      else row(list, "links", degree[i]);
      row(list, "aliases", listText(attrs.aliases));
      row(list, "titles", listText(attrs.titles));
      row(list, "country", attrs.country);
      row(list, "wikidata", attrs.wikidata);
      row(list, "mentions", attrs.mention_count);
      if (attrs.documents !== undefined) row(list, "documents", valuesNode(attrs.documents, full ? MAX_LISTED : 4));
      box.appendChild(list);
      if (full && eventsOf.length) {
        eventsOf.sort(function (x, y) { return (t0[x] - t0[y]) || (x - y); });
        var items = element("div");
        items.appendChild(element("h3", null, "Events"));
        eventsOf.slice(0, MAX_LISTED).forEach(function (j) {
          var text = (dated[j] ? isoDay(t0[j]) + "  " : "") + labels[j];
          var button = nodeButton(j, text);
          button.className = "pick";
          items.appendChild(button);
        });
        if (eventsOf.length > MAX_LISTED) items.appendChild(element("p", "note", "… " + eventsOf.length + " events"));
        box.appendChild(items);
      }
      return list;
    }

    var SHOWN = { label: 1, kind: 1, subtype: 1, aliases: 1, titles: 1, country: 1, wikidata: 1,
      mention_count: 1, documents: 1, event_type: 1, mode: 1, date: 1, date_basis: 1,
      modality: 1, document_id: 1, sentence: 1, trigger: 1 };

    function describe(box, i, full) {
      var attrs = graph.getNodeAttributes(keys[i]);
      box.textContent = "";
      var list = isEvent[i] ? describeEvent(box, i, attrs, full) : describeActor(box, i, attrs, full);
      if (!full) return;
      Object.keys(attrs).sort().forEach(function (name) {
        if (SHOWN[name] || HIDDEN_ATTRIBUTES[name] || name.charAt(0) === "_") return;
        var value = attrs[name];
        if (value === undefined || value === null || value === "") return;
        row(list, name === "type_" ? "type" : name, valuesNode(value, MAX_LISTED));
      });
    }

    var tooltip = $("kg-tooltip");
    var mouse = { x: 0, y: 0 };

    function placeTooltip() {
      if (tooltip.hidden) return;
      var box = container.getBoundingClientRect();
      var width = tooltip.offsetWidth;
      var height = tooltip.offsetHeight;
      var left = mouse.x + 16;
      var top = mouse.y + 16;
      if (left + width > box.right - 8) left = Math.max(8, mouse.x - width - 16);
      if (top + height > window.innerHeight - 8) top = Math.max(box.top + 4, mouse.y - height - 16);
      tooltip.style.left = left + "px";
      tooltip.style.top = top + "px";
    }

    container.addEventListener("mousemove", function (event) {
      mouse.x = event.clientX;
      mouse.y = event.clientY;
      placeTooltip();
    });

    renderer.on("enterNode", function (payload) {
      var i = index.get(payload.node);
      describe(tooltip, i, false);
      tooltip.hidden = false;
      placeTooltip();
      setHover(i);
    });
    renderer.on("leaveNode", function () {
      tooltip.hidden = true;
      tooltip.textContent = "";
      setHover(null);
    });

    /* ---- selection ---- */
    function select(i) {
      state.selected = i;
      state.focus = computeFocus(i);
      renderer.setSetting("renderEdgeLabels", true);
      describe($("kg-details-body"), i, true);
      $("kg-details").hidden = false;
      $("kg-details").setAttribute("data-node", keys[i]);
      $("kg-panel").scrollTop = 0;
      filter();
      fit(Array.from(state.focus), true);
    }

    function clearSelection() {
      if (state.selected === null) return;
      state.selected = null;
      state.focus = null;
      renderer.setSetting("renderEdgeLabels", false);
      $("kg-details").hidden = true;
      $("kg-details").removeAttribute("data-node");
      $("kg-details-body").textContent = "";
      filter();
    }

    renderer.on("clickNode", function (payload) { select(index.get(payload.node)); });
    renderer.on("clickStage", clearSelection);
    $("kg-deselect").addEventListener("click", clearSelection);

    /* ---- search ---- */
    var search = $("kg-search");
    var entries = keys.map(function (key, i) {
      var aliases = graph.getNodeAttribute(key, "aliases");
      aliases = Array.isArray(aliases) ? aliases : aliases ? [aliases] : [];
      return {
        i: i,
        lower: labels[i].toLowerCase(),
        aliases: aliases.map(function (alias) { return String(alias).toLowerCase(); })
      };
    });
    entries.sort(function (a, b) {
      return (isEvent[a.i] - isEvent[b.i]) || (degree[b.i] - degree[a.i]) ||
        (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : a.i - b.i);
    });
    var names = $("kg-names");
    var seen = new Set();
    entries.forEach(function (entry) {
      var name = labels[entry.i];
      if (seen.size >= MAX_NAMES || seen.has(name)) return;
      seen.add(name);
      var option = document.createElement("option");
      option.value = name;
      names.appendChild(option);
    });

    function find(query) {
      var q = query.trim().toLowerCase();
      if (!q) return null;
      var tests = [
        function (e) { return e.lower === q; },
        function (e) { return e.aliases.indexOf(q) >= 0; },
        function (e) { return e.lower.indexOf(q) === 0; },
        function (e) { return e.lower.indexOf(q) >= 0 || e.aliases.some(function (a) { return a.indexOf(q) >= 0; }); }
      ];
      for (var t = 0; t < tests.length; t += 1) {
        for (var j = 0; j < entries.length; j += 1) {
          if (tests[t](entries[j])) return entries[j].i;
        }
      }
      return null;
    }

    function runSearch() {
      var query = search.value;
      if (!query.trim()) {
        search.classList.remove("nomatch");
        clearSelection();
        return;
      }
      var found = find(query);
      search.classList.toggle("nomatch", found === null);
      if (found !== null) select(found);
    }

    search.addEventListener("change", runSearch);
    search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") runSearch();
      if (event.key === "Escape") {
        search.value = "";
        search.classList.remove("nomatch");
        clearSelection();
      }
    });
    search.addEventListener("search", runSearch);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && event.target === document.body) clearSelection();
    });

    $("kg-fit").addEventListener("click", function () { fit(visibleNodes(), true); });
    $("kg-panel-toggle").addEventListener("click", function () {
      document.body.classList.toggle("nopanel");
      requestAnimationFrame(function () { renderer.resize(); renderer.refresh(); });
    });

    /* ---- panel ---- */
    function buildControls() {
      var kindsBox = $("kg-kinds");
      var perKind = kindNames.map(function () { return 0; });
      for (var i = 0; i < n; i += 1) perKind[kindOf[i]] += 1;
      var order = Object.keys(kindColors);
      kindNames.map(function (kind, k) { return k; }).sort(function (a, b) {
        return order.indexOf(kindNames[a]) - order.indexOf(kindNames[b]);
      }).forEach(function (k) {
        var item = element("label");
        var box = element("input");
        box.type = "checkbox";
        box.checked = true;
        box.setAttribute("data-kind", kindNames[k]);
        box.addEventListener("change", function () {
          state.kinds[k] = box.checked;
          scheduleFilter();
        });
        var dot = element("span", "dot");
        dot.style.background = kindColors[kindNames[k]];
        item.appendChild(box);
        item.appendChild(dot);
        item.appendChild(element("span", null, kindNames[k]));
        item.appendChild(element("span", "count", number(perKind[k])));
        kindsBox.appendChild(item);
      });

      var slider = $("kg-degree");
      var isolatedBox = $("kg-isolated");
      var isolatedCount = 0;
      for (var j = 0; j < n; j += 1) if (degree[j] === 0) isolatedCount += 1;
      $("kg-isolated-count").textContent = number(isolatedCount);
      slider.max = String(degreeSteps.length - 1);
      function syncDegree() {
        slider.value = String(Math.max(0, degreeSteps.indexOf(state.minDegree)));
        $("kg-degree-value").textContent = "≥ " + state.minDegree;
        isolatedBox.checked = state.minDegree === 0;
      }
      slider.addEventListener("input", function () {
        state.minDegree = degreeSteps[Number(slider.value)];
        syncDegree();
        scheduleFilter();
      });
      isolatedBox.addEventListener("change", function () {
        state.minDegree = isolatedBox.checked ? 0 : Math.max(1, state.minDegree);
        syncDegree();
        scheduleFilter();
        if (isolatedBox.checked) requestAnimationFrame(function () { fit(visibleNodes(), true); });
      });
      syncDegree();

      if (!state.allComponents) {
        $("kg-scope").hidden = false;
        $("kg-scope-text").textContent = "Showing the " + number(state.scope) + " largest of " +
          number(view.components || 0) + " connected groups.";
        $("kg-all").addEventListener("click", function () {
          state.allComponents = true;
          $("kg-scope").hidden = true;
          filter();
          fit(visibleNodes(), true);
        });
      }

      if (days.length) {
        $("kg-time").hidden = false;
        var from = $("kg-from");
        var to = $("kg-to");
        from.max = to.max = String(days.length - 1);
        to.value = String(days.length - 1);
        var syncTime = function () {
          from.value = String(state.from);
          to.value = String(state.to);
          $("kg-from-value").textContent = isoDay(days[state.from]);
          $("kg-to-value").textContent = isoDay(days[state.to]);
          $("kg-time-note").textContent = dateFilterOn() && undatedEvents ?
            number(undatedEvents) + " undated events hidden; actors shown when linked to an event in range." :
            "Actors are shown when linked to an event in range.";
          drawHistogram();
        };
        from.addEventListener("input", function () {
          state.from = Number(from.value);
          if (state.from > state.to) state.to = state.from;
          syncTime();
          scheduleFilter();
        });
        to.addEventListener("input", function () {
          state.to = Number(to.value);
          if (state.to < state.from) state.from = state.to;
          syncTime();
          scheduleFilter();
        });
        $("kg-time-reset").addEventListener("click", function () {
          state.from = 0;
          state.to = days.length - 1;
          syncTime();
          scheduleFilter();
        });
        syncTime();
      }

      var communityBox = $("kg-communities");
      $("kg-community-count").textContent = number(new Set(Array.prototype.slice.call(community).filter(function (c) { return c >= 0; })).size);
      (view.communities || []).forEach(function (entry) {
        var c = entry[0];
        var button = element("button", "pick");
        button.type = "button";
        button.title = "Show this community";
        var dot = element("span", "dot");
        dot.style.background = palette[c % palette.length];
        button.appendChild(dot);
        button.appendChild(element("span", "name", entry[1]));
        button.appendChild(element("span", "count", number(entry[2])));
        button.addEventListener("click", function () {
          var members = [];
          for (var i2 = 0; i2 < n; i2 += 1) if (community[i2] === c && visible[i2] === 1) members.push(i2);
          fit(members, true);
        });
        communityBox.appendChild(button);
      });
      Array.prototype.forEach.call(document.querySelectorAll("input[name=kg-colour]"), function (radio) {
        radio.addEventListener("change", function () {
          if (!radio.checked) return;
          state.colorBy = radio.value;
          communityBox.hidden = state.colorBy !== "community";
          if (renderer) renderer.refresh();
        });
      });

      var rolesBox = $("kg-roles");
      ROLE_ORDER.filter(function (role) { return roles[role]; }).forEach(function (role) {
        var item = element("span");
        var bar = element("span", "bar");
        bar.style.background = ROLE_COLORS[role];
        item.appendChild(bar);
        item.appendChild(element("span", null, ROLE_NAMES[role]));
        rolesBox.appendChild(item);
      });
    }

    function drawHistogram() {
      var canvas = $("kg-histogram");
      var context = canvas.getContext && canvas.getContext("2d");
      if (!context) return;
      var width = canvas.width;
      var height = canvas.height;
      var bins = Math.min(days.length, Math.floor(width / 3));
      var perBin = new Array(bins).fill(0);
      var position = new Map();
      days.forEach(function (day, k) { position.set(day, k); });
      for (var i = 0; i < n; i += 1) {
        if (dated[i] && isEvent[i]) perBin[Math.floor(position.get(t0[i]) * bins / days.length)] += 1;
      }
      var most = Math.max.apply(null, perBin.concat([1]));
      context.clearRect(0, 0, width, height);
      var step = width / bins;
      for (var b = 0; b < bins; b += 1) {
        if (!perBin[b]) continue;
        var first = Math.floor(b * days.length / bins);
        var last = Math.max(first, Math.ceil((b + 1) * days.length / bins) - 1);
        var inRange = last >= state.from && first <= state.to;
        var h = Math.max(2, (height - 2) * Math.log(1 + perBin[b]) / Math.log(1 + most));
        context.fillStyle = inRange ? "#ff7f0e" : "#d9d9d9";
        context.fillRect(b * step, height - h, Math.max(1, step - 1), h);
      }
    }

    function showCounts() {
      var text = "showing " + number(counts.nodes) + " of " + number(n) + " nodes · " + number(counts.edges) + " links";
      $("kg-stats").textContent = text;
      document.body.setAttribute("data-rendered-nodes", String(counts.nodes));
      document.body.setAttribute("data-rendered-edges", String(counts.edges));
    }

    function showTop() {
      var list = $("kg-top");
      list.textContent = "";
      /* With nothing linked on screen (events hidden), rank by the links in the whole graph. */
      var shownLinks = ranking.length > 0 && visibleDegree[ranking[0]] > 0;
      $("kg-top-note").textContent = !shownLinks ? "by links in the graph" :
        dateFilterOn() ? "events in range" : "by links shown";
      ranking.forEach(function (i) {
        var item = element("li");
        var button = element("button");
        button.type = "button";
        var dot = element("span", "dot");
        dot.style.background = kindColor[i];
        button.appendChild(dot);
        button.appendChild(element("span", "name", labels[i]));
        button.appendChild(element("span", "count", number(shownLinks ? visibleDegree[i] : degree[i])));
        button.addEventListener("click", function () { select(i); });
        item.appendChild(button);
        list.appendChild(item);
      });
    }

    lap("search");
    showCounts();
    showTop();
    fit(visibleNodes(), false);
    lap("fit");
    var params = new URLSearchParams(window.location.search);
    if (params.get("q")) {
      search.value = params.get("q");
      runSearch();
    }
    document.body.setAttribute("data-ready", "true");
  }

  try {
    main();
  } catch (error) {
    record(error && error.stack ? error.stack : error);
  }
})();

/*
 * kg graph viewer: draws the graph embedded in #kg-data with sigma.js and graphology.
 * Hover a node for its details, click it (or search its name) to focus its neighbourhood.
 * The page sets data-rendered-nodes / data-rendered-edges / data-ready on <body> once drawn.
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
  var DIMMED = "#e6e6e6";
  var MAX_NAMES = 5000;

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

  function main() {
    var data = JSON.parse($("kg-data").textContent);
    var options = data.graph.options || {};
    var graph = new graphology.Graph(options);
    graph.import(data.graph);
    var directed = options.type !== "undirected";
    var kindColors = {};
    (data.kinds || []).forEach(function (pair) { kindColors[pair[0]] = pair[1]; });

    var events = 0;
    var maxActor = 1;
    var maxEvent = 1;
    graph.forEachNode(function (node, attrs) {
      var degree = graph.degree(node);
      if (attrs.kind === "event") {
        events += 1;
        maxEvent = Math.max(maxEvent, degree);
      } else {
        maxActor = Math.max(maxActor, degree);
      }
    });
    var sizes = {};
    graph.forEachNode(function (node, attrs) {
      var share = Math.sqrt(graph.degree(node) / (attrs.kind === "event" ? maxEvent : maxActor));
      sizes[node] = attrs.kind === "event" ? 3 + 2.5 * share : 6 + 12 * share;
    });
    var edgeSizes = {};
    graph.forEachEdge(function (edge, attrs) {
      var weight = typeof attrs.weight === "number" && attrs.weight > 0 ? attrs.weight : 1;
      edgeSizes[edge] = Math.min(8, 1 + Math.log2(Math.max(1, weight)));
    });

    var edgeLabels = {};
    var firstOfPair = {};
    graph.forEachEdge(function (edge, attrs, source, target) {
      var text = ROLE_NAMES[attrs.role] || attrs.label || attrs.event_type || "";
      var pair = source < target ? source + "\u0000" + target : target + "\u0000" + source;
      if (!(pair in firstOfPair)) {
        firstOfPair[pair] = edge;
        edgeLabels[edge] = text;
      } else if (text) {
        var first = firstOfPair[pair];
        edgeLabels[first] = edgeLabels[first] ? edgeLabels[first] + ", " + text : text;
        edgeLabels[edge] = "";
      }
    });

    var actors = graph.order - events;
    $("kg-stats").textContent = actors + " actors · " + events + " events · " + graph.size + " links";
    buildLegend(graph, kindColors);

    if (graph.order === 0) {
      $("kg-empty").hidden = false;
      document.body.setAttribute("data-ready", "true");
      return;
    }

    var state = { hovered: null, selected: null, focusSet: null, hiddenKinds: {}, dirty: true };

    function label(node) {
      var value = graph.getNodeAttribute(node, "label");
      return value === undefined || value === null || value === "" ? String(node) : String(value);
    }

    function focusOf() { return state.selected !== null ? state.selected : state.hovered; }

    function computeFocusSet(node) {
      if (node === null) return null;
      var set = new Set([node]);
      var isActor = graph.getNodeAttribute(node, "kind") !== "event";
      graph.forEachNeighbor(node, function (neighbour, attrs) {
        set.add(neighbour);
        if (isActor && attrs.kind === "event") {
          graph.forEachNeighbor(neighbour, function (other) { set.add(other); });
        }
      });
      return set;
    }

    function kindHidden(node) {
      return state.hiddenKinds[graph.getNodeAttribute(node, "kind")] === true;
    }

    function nodeReducer(node, attrs) {
      var out = Object.assign({}, attrs);
      out.type = "circle";
      out.size = sizes[node];
      out.label = label(node);
      out.color = attrs.color || kindColors[attrs.kind] || "#7f7f7f";
      out.zIndex = attrs.kind === "event" ? 0 : 1;
      out.highlighted = false;
      out.forceLabel = false;
      out.hidden = state.hiddenKinds[attrs.kind] === true;
      var focus = focusOf();
      if (focus !== null) {
        if (node === focus) {
          out.highlighted = true;
          out.forceLabel = true;
          out.zIndex = 3;
        } else if (state.focusSet.has(node)) {
          out.forceLabel = true;
          out.zIndex = 2;
        } else {
          out.color = DIMMED;
          out.label = "";
          out.zIndex = 0;
        }
      }
      return out;
    }

    function edgeReducer(edge, attrs) {
      var out = Object.assign({}, attrs);
      var source = graph.source(edge);
      var target = graph.target(edge);
      out.type = directed ? "arrow" : "line";
      out.size = edgeSizes[edge];
      out.color = ROLE_COLORS[attrs.role] || DEFAULT_EDGE_COLOR;
      out.label = edgeLabels[edge];
      out.zIndex = 0;
      out.hidden = kindHidden(source) || kindHidden(target);
      var focus = focusOf();
      if (focus !== null) {
        if (state.focusSet.has(source) && state.focusSet.has(target)) {
          out.zIndex = 1;
        } else {
          out.hidden = true;
        }
      }
      return out;
    }

    var container = $("kg-graph");
    var renderer;
    try {
      renderer = new Sigma(graph, container, {
        nodeReducer: nodeReducer,
        edgeReducer: edgeReducer,
        defaultEdgeType: directed ? "arrow" : "line",
        renderEdgeLabels: false,
        zIndex: true,
        labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
        labelSize: 12,
        labelWeight: "500",
        labelDensity: 0.9,
        labelRenderedSizeThreshold: 6,
        edgeLabelSize: 10,
        edgeLabelColor: { color: "#555" },
        stagePadding: 40,
        minCameraRatio: 0.02,
        maxCameraRatio: 20
      });
    } catch (error) {
      record("could not start the renderer (" + (error && error.message ? error.message : error) +
        "); this page needs a browser with WebGL");
      return;
    }
    window.kgRenderer = renderer;

    function update() {
      state.focusSet = computeFocusSet(focusOf());
      renderer.setSetting("renderEdgeLabels", state.selected !== null);
      state.dirty = true;
      renderer.refresh();
    }

    renderer.on("afterRender", function () {
      if (!state.dirty) return;
      state.dirty = false;
      var nodes = 0;
      var edges = 0;
      graph.forEachNode(function (node) {
        var display = renderer.getNodeDisplayData(node);
        if (display && !display.hidden) nodes += 1;
      });
      graph.forEachEdge(function (edge) {
        var display = renderer.getEdgeDisplayData(edge);
        if (display && !display.hidden) edges += 1;
      });
      document.body.setAttribute("data-rendered-nodes", String(nodes));
      document.body.setAttribute("data-rendered-edges", String(edges));
      document.body.setAttribute("data-ready", "true");
    });

    var tooltip = $("kg-tooltip");
    var mouse = { x: 0, y: 0 };

    function placeTooltip() {
      if (tooltip.hidden) return;
      var box = container.getBoundingClientRect();
      var width = tooltip.offsetWidth;
      var height = tooltip.offsetHeight;
      var left = mouse.x + 16;
      var top = mouse.y + 16;
      if (left + width > window.innerWidth - 8) left = Math.max(8, mouse.x - width - 16);
      if (top + height > window.innerHeight - 8) top = Math.max(box.top + 4, mouse.y - height - 16);
      tooltip.style.left = left + "px";
      tooltip.style.top = top + "px";
    }

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

    function showEvent(node, attrs) {
      var title = [attrs.event_type, attrs.mode].filter(Boolean).join(" · ") || label(node);
      tooltip.appendChild(element("h3", null, title));
      var list = element("dl");
      row(list, "event", label(node));
      if (attrs.date) row(list, "date", attrs.date + (attrs.date_basis ? " (" + attrs.date_basis + ")" : ""));
      if (attrs.modality) row(list, "modality", element("span", "badge " + attrs.modality, attrs.modality));
      var roles = {};
      graph.forEachEdge(node, function (edge, edgeAttrs, source, target) {
        var role = edgeAttrs.role || edgeAttrs.label || "link";
        var other = source === node ? target : source;
        (roles[role] = roles[role] || []).push(label(other));
      });
      ROLE_ORDER.concat(Object.keys(roles).sort()).forEach(function (role) {
        if (roles[role]) {
          row(list, ROLE_NAMES[role] || role, listText(roles[role]));
          delete roles[role];
        }
      });
      row(list, "document", attrs.document_id);
      tooltip.appendChild(list);
      if (attrs.sentence) tooltip.appendChild(sentenceQuote(String(attrs.sentence), attrs.trigger ? String(attrs.trigger) : ""));
    }

    function showActor(node, attrs) {
      tooltip.appendChild(element("h3", null, label(node)));
      var list = element("dl");
      row(list, "kind", [attrs.kind, attrs.subtype].filter(Boolean).join(" · "));
      var eventCount = 0;
      graph.forEachNeighbor(node, function (neighbour, neighbourAttrs) {
        if (neighbourAttrs.kind === "event") eventCount += 1;
      });
      if (eventCount) row(list, "events", eventCount);
      else row(list, "links", graph.degree(node));
      row(list, "aliases", listText(attrs.aliases));
      row(list, "titles", listText(attrs.titles));
      row(list, "country", attrs.country);
      row(list, "wikidata", attrs.wikidata);
      row(list, "mentions", attrs.mention_count);
      row(list, "documents", listText(attrs.documents, 4));
      tooltip.appendChild(list);
    }

    function showTooltip(node) {
      var attrs = graph.getNodeAttributes(node);
      tooltip.textContent = "";
      if (attrs.kind === "event") showEvent(node, attrs); else showActor(node, attrs);
      tooltip.hidden = false;
      placeTooltip();
    }

    function hideTooltip() {
      tooltip.hidden = true;
      tooltip.textContent = "";
    }

    container.addEventListener("mousemove", function (event) {
      mouse.x = event.clientX;
      mouse.y = event.clientY;
      placeTooltip();
    });

    renderer.on("enterNode", function (payload) {
      state.hovered = payload.node;
      showTooltip(payload.node);
      update();
    });
    renderer.on("leaveNode", function () {
      state.hovered = null;
      hideTooltip();
      update();
    });

    function center(node) {
      var display = renderer.getNodeDisplayData(node);
      if (!display) return;
      var reach = 0;
      (state.focusSet || new Set([node])).forEach(function (other) {
        var d = renderer.getNodeDisplayData(other);
        if (d) reach = Math.max(reach, Math.abs(d.x - display.x), Math.abs(d.y - display.y));
      });
      var ratio = Math.min(1, Math.max(0.05, 2.4 * reach));
      renderer.getCamera().animate({ x: display.x, y: display.y, ratio: ratio }, { duration: 600 });
    }

    function select(node) {
      if (kindHidden(node)) {
        state.hiddenKinds[graph.getNodeAttribute(node, "kind")] = false;
        syncLegend();
      }
      state.selected = node;
      update();
      center(node);
    }

    function clearSelection() {
      state.selected = null;
      update();
    }

    renderer.on("clickNode", function (payload) { select(payload.node); });
    renderer.on("clickStage", clearSelection);

    var search = $("kg-search");
    var index = [];
    graph.forEachNode(function (node, attrs) {
      var aliases = Array.isArray(attrs.aliases) ? attrs.aliases : attrs.aliases ? [attrs.aliases] : [];
      index.push({
        node: node,
        name: label(node),
        lower: label(node).toLowerCase(),
        aliases: aliases.map(function (a) { return String(a).toLowerCase(); }),
        event: attrs.kind === "event",
        degree: graph.degree(node)
      });
    });
    index.sort(function (a, b) {
      return (a.event - b.event) || (b.degree - a.degree) || (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0);
    });
    var names = $("kg-names");
    var seen = new Set();
    index.forEach(function (entry) {
      if (seen.size >= MAX_NAMES || seen.has(entry.name)) return;
      seen.add(entry.name);
      var option = document.createElement("option");
      option.value = entry.name;
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
      for (var i = 0; i < tests.length; i += 1) {
        for (var j = 0; j < index.length; j += 1) {
          if (tests[i](index[j])) return index[j].node;
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
      var node = find(query);
      search.classList.toggle("nomatch", node === null);
      if (node !== null) select(node);
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

    $("kg-fit").addEventListener("click", function () {
      renderer.getCamera().animatedReset({ duration: 500 });
    });

    function syncLegend() {
      Object.keys(kindBoxes).forEach(function (kind) {
        kindBoxes[kind].checked = state.hiddenKinds[kind] !== true;
      });
    }
    Object.keys(kindBoxes).forEach(function (kind) {
      kindBoxes[kind].addEventListener("change", function () {
        state.hiddenKinds[kind] = !kindBoxes[kind].checked;
        if (state.selected !== null && kindHidden(state.selected)) state.selected = null;
        update();
      });
    });

    var params = new URLSearchParams(window.location.search);
    if (params.get("q")) {
      search.value = params.get("q");
      runSearch();
    } else {
      update();
    }
  }

  var kindBoxes = {};

  function buildLegend(graph, kindColors) {
    var legend = $("kg-legend");
    var counts = {};
    var roles = {};
    graph.forEachNode(function (node, attrs) {
      var kind = attrs.kind || "other";
      counts[kind] = (counts[kind] || 0) + 1;
      if (!kindColors[kind]) kindColors[kind] = attrs.color || "#7f7f7f";
    });
    graph.forEachEdge(function (edge, attrs) {
      if (attrs.role) roles[attrs.role] = true;
    });
    legend.appendChild(element("h2", null, "Nodes"));
    Object.keys(kindColors).forEach(function (kind) {
      if (!counts[kind]) return;
      var item = element("label");
      var box = element("input");
      box.type = "checkbox";
      box.checked = true;
      kindBoxes[kind] = box;
      var dot = element("span", "dot");
      dot.style.background = kindColors[kind];
      item.appendChild(box);
      item.appendChild(dot);
      item.appendChild(element("span", null, kind));
      item.appendChild(element("span", "count", counts[kind]));
      legend.appendChild(item);
    });
    var present = ROLE_ORDER.filter(function (role) { return roles[role]; });
    if (present.length) {
      legend.appendChild(element("h2", null, "Roles"));
      present.forEach(function (role) {
        var item = element("label");
        var bar = element("span", "bar");
        bar.style.background = ROLE_COLORS[role];
        item.appendChild(bar);
        item.appendChild(element("span", null, ROLE_NAMES[role]));
        legend.appendChild(item);
      });
    }
  }

  try {
    main();
  } catch (error) {
    record(error && error.stack ? error.stack : error);
  }
})();

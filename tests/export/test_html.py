"""graph.html: self-contained, data round-trips, hostile labels stay inert, the view's layout,
communities and dates, and the page in headless Chromium (filters, hover, 20,000 nodes, the
200-article ECB+ graph)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.export.html as html_module
import kg.graph
from kg.export.html import STATIC_FILES, embed_json, graph_data, render_html, write_html
from kg.graph import actor_graph, event_graph
from tests.conftest import SHARED, make_extraction
from tests.export._chromium import DevTools, browser, chromium, open_page, screenshot
from tests.export._synthetic import news_like_graph

STATIC = Path(__file__).resolve().parents[2] / "kg" / "export" / "static"
PWN = "window.__pwned=1"
HOSTILE = [
    "</script><script>alert(1)</script>",
    f'"><img src=x onerror="{PWN}">',
    f"javascript:{PWN}",
    '"quoted" \'single\' `tick`',
    "<!-- comment --> & &amp; &lt;",
    "line\u2028sep\u2029para",
    "</SCRIPT >",
    "<b>bold</b>",
]


class _Page(HTMLParser):
    """Tags with their attributes, and the text of each script element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.title = ""
        self._open: str | None = None
        self._attrs: dict[str, str | None] = {}
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "title"):
            self._open, self._attrs, self._text = tag, dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open == "script":
            self.scripts.append((self._attrs, "".join(self._text)))
        elif tag == self._open == "title":
            self.title = "".join(self._text)
        if tag == self._open:
            self._open = None


def _parse(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    page.close()
    return page


def _data_block(text: str) -> str:
    blocks = [body for attrs, body in _parse(text).scripts if attrs.get("id") == "kg-data"]
    assert len(blocks) == 1
    return blocks[0]


def _hostile_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name="</title><script>alert('t')</script>")
    for i, label in enumerate(HOSTILE):
        g.add_node(f"n{i}", label=label, kind="person", color="#1f77b4", x=float(i), y=0.0,
                   aliases=[label, "x"], type="person")
    g.add_edge("n0", "n1", key="role</script>", role="source", label="</script>", weight=2.0)
    return g


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "graph.html"
    write_html(event_graph(make_extraction()), path)
    return path


def test_no_network_references(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    parsed = _parse(text)
    for tag, attrs in parsed.tags:
        for name in ("src", "href", "srcset", "action", "data", "poster"):
            value = attrs.get(name) or ""
            assert not value.strip(), f"<{tag} {name}={value!r}> refers to another resource"
    assert not any(tag in ("link", "iframe", "img", "object", "embed") for tag, _ in parsed.tags)
    scripts = [attrs for attrs, _ in parsed.scripts]
    assert len(scripts) == 5 and not any("src" in attrs for attrs in scripts)
    csp = [
        a for t, a in parsed.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert csp and "default-src 'none'" in (csp[0].get("content") or "")
    lowered = text.lower()
    for needle in ("url(http", "@import", "sourcemappingurl"):
        assert needle not in lowered
    viewer = (STATIC / "viewer.js").read_text(encoding="utf-8")
    for call in ("fetch(", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon", " import("):
        assert call not in viewer
    assert not re.search(r"https?://\w", viewer), "the viewer names no URL"


def test_csp_runs_only_the_page_own_scripts(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    parsed = _parse(text)
    csp = next(
        a["content"] for t, a in parsed.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    directives = dict(d.strip().split(" ", 1) for d in (csp or "").split(";") if d.strip())
    sources = directives["script-src"].split()
    assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources
    bodies = [body for attrs, body in parsed.scripts if "type" not in attrs]
    assert len(bodies) == 4
    expected = [
        "'sha256-" + base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() + "'"
        for b in bodies
    ]
    assert sources == expected


def test_scripts_are_inlined_from_the_package(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for name in STATIC_FILES:
        assert (STATIC / name).is_file()
    for name in ("sigma.min.js", "graphology.umd.min.js"):
        source = (STATIC / name).read_text(encoding="utf-8")
        assert source.startswith("/*!") and "MIT" in source[:600]
        assert "Permission is hereby granted" in source
        assert "</script" not in source.lower() and "<!--" not in source
        assert source in text


def test_embedded_json_round_trips(page: Path) -> None:
    graph = event_graph(make_extraction())
    data = json.loads(_data_block(page.read_text(encoding="utf-8")))
    assert data == json.loads(json.dumps(graph_data(graph)))
    nodes = {n["key"]: n["attributes"] for n in data["graph"]["nodes"]}
    assert set(nodes) == set(graph.nodes)
    assert len(data["graph"]["edges"]) == graph.number_of_edges()
    assert data["graph"]["options"] == {"type": "directed", "multi": True, "allowSelfLoops": True}
    for node, attrs in graph.nodes(data=True):
        for name in ("label", "kind", "color"):
            assert nodes[node][name] == attrs[name]
        assert isinstance(nodes[node]["x"], float) and isinstance(nodes[node]["y"], float)
    taliban = next(a for a in nodes.values() if a["label"] == "Taliban")
    assert taliban["aliases"] == ["<Taliban>", "Taliban"]
    event = next(a for a in nodes.values() if a.get("event_type") == "AID")
    assert event["modality"] == "denied" and event["date"] == "2021-09-06"
    assert '"air support"' in event["sentence"] and event["trigger"] == "air support"
    assert [k for k, _ in data["kinds"]] == ["person", "organisation", "country", "place", "event"]
    day = (dt.date(2021, 9, 6) - dt.date(1970, 1, 1)).days
    assert event["_t0"] == event["_t1"] == day
    assert data["view"]["isolated"] == 1 and data["view"]["components"] == 1
    assert data["view"]["scope"] is None


def test_hostile_labels_are_escaped(tmp_path: Path) -> None:
    graph = _hostile_graph()
    write_html(graph, tmp_path / "graph.html")
    text = (tmp_path / "graph.html").read_text(encoding="utf-8")
    block = _data_block(text)
    for char in "<>&\u2028\u2029":
        assert char not in block
    assert text.lower().count("</script") == 5
    assert "<script>alert" not in text
    data = json.loads(block)
    labels = sorted(n["attributes"]["label"] for n in data["graph"]["nodes"])
    assert labels == sorted(HOSTILE)
    assert {entry[1] for entry in data["view"]["communities"]} <= set(HOSTILE)
    assert all(n["attributes"]["type_"] == "person" for n in data["graph"]["nodes"])
    assert not any("type" in n["attributes"] for n in data["graph"]["nodes"])
    assert data["graph"]["edges"][0]["attributes"]["label"] == "</script>"
    assert _parse(text).title == "</title><script>alert('t')</script>"


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_label_survives_embedding(label: str) -> None:
    block = embed_json({"label": label, "list": [label]})
    assert not set(block) & set("<>&\u2028\u2029")
    assert json.loads(block) == {"label": label, "list": [label]}
    assert render_html(nx.Graph([(label, "b")])).lower().count("</script") == 5


def test_surrogates_and_odd_values(tmp_path: Path) -> None:
    g = nx.Graph()
    g.add_node("a\ud800", label="lone \udfff surrogate", x=float("nan"), y=1.0, big=2**60,
               s={"b", "a"})
    g.add_node("b", label="no position")
    g.add_edge("a\ud800", "b", weight=float("inf"))
    write_html(g, tmp_path / "g.html")
    data = json.loads(_data_block((tmp_path / "g.html").read_text(encoding="utf-8")))
    nodes = {n["key"]: n["attributes"] for n in data["graph"]["nodes"]}
    assert nodes["a\ud800"]["label"] == "lone \udfff surrogate"
    assert nodes["a\ud800"]["big"] == str(2**60) and nodes["a\ud800"]["s"] == ["a", "b"]
    assert all(isinstance(a["x"], float) and isinstance(a["y"], float) for a in nodes.values())
    assert data["graph"]["edges"][0]["attributes"] == {}
    assert data["graph"]["options"]["type"] == "undirected"


def test_deterministic(tmp_path: Path) -> None:
    write_html(event_graph(make_extraction()), tmp_path / "a.html")
    write_html(event_graph(make_extraction()), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_written_page_is_the_rendered_page(tmp_path: Path) -> None:
    """The page is written a node or an edge at a time: the same bytes as the whole text."""
    odd = nx.Graph(name="odd")
    odd.add_node("a\ud800", label="lone \udfff surrogate </script>", x=float("nan"))
    odd.add_edge("a\ud800", "b\u2028", weight=float("inf"))
    for i, graph in enumerate((nx.MultiDiGraph(), event_graph(make_extraction()),
                               actor_graph(make_extraction()), odd)):
        write_html(graph, tmp_path / f"{i}.html")
        assert (tmp_path / f"{i}.html").read_bytes() == render_html(graph).encode("utf-8")


def test_empty_and_actor_graphs(tmp_path: Path) -> None:
    write_html(nx.MultiDiGraph(), tmp_path / "empty.html")
    data = json.loads(_data_block((tmp_path / "empty.html").read_text(encoding="utf-8")))
    assert data["graph"]["nodes"] == [] and data["kinds"] == []
    write_html(actor_graph(make_extraction()), tmp_path / "actors.html")
    data = json.loads(_data_block((tmp_path / "actors.html").read_text(encoding="utf-8")))
    assert {e["attributes"]["event_type"] for e in data["graph"]["edges"]} == {"AID", "ASSAULT"}


# --- the view: layout, components, communities, dates ---------------------------------------


def _two_stories() -> nx.MultiDiGraph:
    """Two cliques of four actors joined by one bridge, a separate pair, and three loners."""
    g = nx.MultiDiGraph(name="stories")
    for story in "ab":
        members = [f"{story}{i}" for i in range(4)]
        for node in members:
            g.add_node(node, label=node.upper(), kind="person")
        for i, u in enumerate(members):
            for v in members[i + 1 :]:
                g.add_edge(u, v, key="source", role="source")
    g.add_edge("a0", "b0", key="target", role="target")
    g.add_node("p", label="P", kind="place")
    g.add_node("q", label="Q", kind="event", date="2021-09")
    g.add_edge("q", "p", key="location", role="location")
    for loner in ("z1", "z2", "z3"):
        g.add_node(loner, label=loner, kind="group")
    return g


def _view_nodes(graph: nx.Graph) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    data = graph_data(graph)
    return {n["key"]: n["attributes"] for n in data["graph"]["nodes"]}, data["view"]


def test_isolated_nodes_are_marked_and_set_apart() -> None:
    nodes, view = _view_nodes(_two_stories())
    loners = {"z1", "z2", "z3"}
    assert view["isolated"] == 3
    for key, attrs in nodes.items():
        assert ("_component" in attrs) == (key not in loners)
        assert ("_community" in attrs) == (key not in loners)
    lowest_linked = min(a["y"] for k, a in nodes.items() if k not in loners)
    assert all(nodes[k]["y"] < lowest_linked for k in loners), "isolated nodes sit below"


def test_components_are_ranked_and_packed_apart() -> None:
    nodes, view = _view_nodes(_two_stories())
    assert view["components"] == 2 and view["scope"] is None
    big = [a for k, a in nodes.items() if k[0] in "ab"]
    small = [nodes["p"], nodes["q"]]
    assert {a["_component"] for a in big} == {0} and {a["_component"] for a in small} == {1}

    def box(group: list[dict[str, Any]]) -> tuple[float, float, float, float]:
        xs, ys = [a["x"] for a in group], [a["y"] for a in group]
        return min(xs), max(xs), min(ys), max(ys)

    x0, x1, y0, y1 = box(big)
    u0, u1, v0, v1 = box(small)
    assert u0 > x1 or u1 < x0 or v0 > y1 or v1 < y0, "components overlap"


def test_communities_split_the_bridged_stories() -> None:
    nodes, view = _view_nodes(_two_stories())
    a = {nodes[f"a{i}"]["_community"] for i in range(4)}
    b = {nodes[f"b{i}"]["_community"] for i in range(4)}
    assert len(a) == len(b) == 1 and a != b
    assert nodes["p"]["_community"] == nodes["q"]["_community"] not in a | b
    assert [entry[2] for entry in view["communities"]] == [4, 4, 2]
    assert view["communities"][2][1] == "P", "named after its best-connected actor"


def test_view_does_not_depend_on_insertion_order() -> None:
    graph = _two_stories()
    shuffled = nx.MultiDiGraph(name=graph.graph["name"])
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert graph_data(shuffled) == graph_data(graph)


def test_page_bytes_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    script = (
        "import sys; from kg.export.html import write_html;"
        "from tests.export._synthetic import news_like_graph;"
        "write_html(news_like_graph(300), sys.argv[1])"
    )
    root = Path(__file__).resolve().parents[2]
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(tmp_path / f"{seed}.html")],
                       check=True, cwd=root, env=env)
    assert (tmp_path / "1.html").read_bytes() == (tmp_path / "2.html").read_bytes()


EVENT_DAYS = {  # an event's date: its first and last day, or None when it is no date
    "2021-09-06": ("2021-09-06", "2021-09-06"),
    "2021-09": ("2021-09-01", "2021-09-30"),
    "2020": ("2020-01-01", "2020-12-31"),
    "2021-12-30/2022-01-02": ("2021-12-30", "2022-01-02"),
    "0845-01-01": ("0845-01-01", "0845-01-01"),
    "2021-13-45": None,
    "2022-01-02/2021-12-30": None,
    "yesterday": None,
    "2021-09-06/2021-09-07/2021-09-08": None,
}


@pytest.mark.parametrize("date", EVENT_DAYS)
def test_event_days(date: str) -> None:
    g = nx.Graph()
    g.add_node("e", kind="event", date=date)
    nodes, _ = _view_nodes(g)
    expected = EVENT_DAYS[date]
    if expected is None:
        assert "_t0" not in nodes["e"] and "_t1" not in nodes["e"]
    else:
        first, last = (dt.date.fromisoformat(d) - dt.date(1970, 1, 1) for d in expected)
        assert (nodes["e"]["_t0"], nodes["e"]["_t1"]) == (first.days, last.days)


def test_large_graphs_open_on_their_largest_components(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_module, "MAX_INITIAL_NODES", 9)
    _, view = _view_nodes(_two_stories())
    assert view["scope"] == 1, "8 nodes fit, the pair would make 10"
    monkeypatch.setattr(html_module, "MAX_INITIAL_NODES", 3)
    _, view = _view_nodes(_two_stories())
    assert view["scope"] == 1, "the largest component always shows"
    monkeypatch.setattr(html_module, "MAX_INITIAL_NODES", 10)
    _, view = _view_nodes(_two_stories())
    assert view["scope"] is None


# --- what the page should show, computed here from the embedded data ------------------------


class _Expect:
    """The viewer's filter rules, restated in Python as the oracle for the browser tests."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.nodes = {n["key"]: n["attributes"] for n in data["graph"]["nodes"]}
        self.edges = [(e["source"], e["target"]) for e in data["graph"]["edges"]]
        self.degree: Counter[str] = Counter()
        for u, v in self.edges:
            self.degree[u] += 1
            self.degree[v] += 1
        self.scope = data["view"]["scope"]
        self.days = sorted(
            {a[t] for a in self.nodes.values() if "_t0" in a for t in ("_t0", "_t1")}
        )

    def count(self, *, kinds: set[str] | None = None, min_degree: int = 1,
              all_components: bool = False, days: tuple[int, int] | None = None) -> int:
        def base(key: str) -> bool:
            attrs = self.nodes[key]
            component = attrs.get("_component", -1)
            in_scope = all_components or self.scope is None or component < self.scope
            return ((kinds is None or attrs.get("kind") in kinds)
                    and self.degree[key] >= min_degree and in_scope)

        shown = {k for k in self.nodes if base(k)}
        if days is not None:
            lo, hi = days
            dated = {k for k in shown if "_t0" in self.nodes[k]
                     and self.nodes[k]["_t1"] >= lo and self.nodes[k]["_t0"] <= hi}
            actors = {k for k in shown if "_t0" not in self.nodes[k]
                      and self.nodes[k].get("kind") != "event"}
            linked = {a for u, v in self.edges for a, b in ((u, v), (v, u))
                      if a in actors and b in dated}
            shown = dated | linked
        return len(shown)


def _require_chromium() -> str:
    binary = chromium()
    if binary is None:
        pytest.skip("Chromium not installed (`make test` installs Debian's chromium as root)")
    return binary


@pytest.fixture
def tools() -> Iterator[DevTools]:
    with browser(_require_chromium()) as devtools:
        yield devtools


def _body(tools: DevTools) -> dict[str, str]:
    return dict(tools.evaluate("Object.assign({}, document.body.dataset)"))


def _shown(tools: DevTools, expected: int, timeout: float = 120.0) -> None:
    """Wait until the page shows *expected* nodes (a liveness bound, not a speed test: a 20,000
    node page on a loaded shared machine once took over 30 s to repaint)."""
    try:
        tools.wait_for(f"document.body.dataset.renderedNodes === '{expected}'", timeout=timeout)
    except TimeoutError:
        pytest.fail(f"page shows {_body(tools).get('renderedNodes')} nodes, expected {expected}")


def _click(tools: DevTools, selector: str) -> None:
    tools.evaluate(f"document.querySelector({json.dumps(selector)}).click()")


def _slide(tools: DevTools, slider: str, value: int) -> None:
    tools.evaluate(
        f"(() => {{ const s = document.getElementById({json.dumps(slider)}); s.value = {value};"
        " s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change')); })()"
    )


def _node_point(tools: DevTools, key: str) -> dict[str, float]:
    tools.wait_for("!window.kgRenderer.getCamera().isAnimated()", timeout=10)
    return dict(tools.evaluate(
        f"(() => {{ const r = window.kgRenderer, d = r.getNodeDisplayData({json.dumps(key)});"
        " const p = r.framedGraphToViewport(d), b = document.getElementById('kg-graph')"
        ".getBoundingClientRect(); return {x: p.x + b.left, y: p.y + b.top}; })()"
    ))


def _hover(tools: DevTools, key: str) -> dict[str, Any]:
    point = _node_point(tools, key)
    tools.call("Input.dispatchMouseEvent", type="mouseMoved", x=point["x"], y=point["y"])
    return dict(tools.wait_for(
        "(() => { const t = document.getElementById('kg-tooltip');"
        " return t.hidden ? null : {text: t.innerText,"
        " mark: (t.querySelector('mark') || {}).textContent}; })()",
        timeout=10,
    ))


def _click_node(tools: DevTools, key: str) -> None:
    """Click *key* and wait until the panel shows it."""
    point = _node_point(tools, key)
    for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
        tools.call("Input.dispatchMouseEvent", type=kind, x=point["x"], y=point["y"],
                   button="left", clickCount=1)
    tools.wait_for(
        f"document.getElementById('kg-details').dataset.node === {json.dumps(key)}", timeout=10
    )


@pytest.mark.external
def test_renders_in_headless_chromium(tmp_path: Path, page: Path, tools: DevTools) -> None:
    graph = event_graph(make_extraction())
    open_page(tools, page)
    body = _body(tools)
    assert tools.errors() == [] and body["errors"] == "0", tools.errors()
    assert int(body["renderedNodes"]) == graph.number_of_nodes() - 1, "the isolated NRFA hides"
    assert int(body["renderedEdges"]) == graph.number_of_edges()

    event = next(n for n, d in graph.nodes(data=True) if d.get("event_type") == "ASSAULT")
    tooltip = _hover(tools, event)
    for expected in ("ASSAULT", "2021-09-06", "claimed", "Taliban", "Panjshir", "Massoud"):
        assert expected in tooltip["text"]
    assert tooltip["mark"] == "attacked"
    tools.call("Input.dispatchMouseEvent", type="mouseMoved", x=5, y=400)

    _click(tools, "#kg-kinds input[data-kind=event]")
    _shown(tools, 4)
    assert _body(tools)["renderedEdges"] == "0"
    _click(tools, "#kg-kinds input[data-kind=event]")
    _shown(tools, 6)
    _click(tools, "#kg-isolated")
    _shown(tools, 7)

    taliban = next(n for n, d in graph.nodes(data=True) if d.get("label") == "Taliban")
    tools.evaluate(
        "(() => { const s = document.getElementById('kg-search'); s.value = '<taliban>';"
        " s.dispatchEvent(new Event('change')); })()"
    )
    assert tools.wait_for(
        f"window.kgRenderer.getNodeDisplayData({json.dumps(taliban)}).highlighted", timeout=10
    )
    dimmed = tools.evaluate(
        "(() => { const r = window.kgRenderer; return r.getGraph().filterNodes("
        "n => r.getNodeDisplayData(n).color === '#e6e6e6').map(n => r.getNodeDisplayData(n)"
        ".label); })()"
    )
    assert dimmed == [""], "only the NRFA, linked to no event of the Taliban, is greyed"
    details = tools.evaluate("document.getElementById('kg-details').innerText")
    assert "Taliban" in details and "Q42954" in details
    top = tools.evaluate("[...document.querySelectorAll('#kg-top .name')].map(e => e.textContent)")
    assert top[0] in ("Taliban", "Panjshir", "Pakistan") and "Ahmad Massoud" in top
    tools.evaluate("new Promise(r => setTimeout(r, 800))")
    screenshot(tools, tmp_path / "graph.png")
    assert tools.errors() == []
    _assert_drawn(tmp_path / "graph.png")


def _assert_drawn(path: Path) -> None:
    """The screenshot shows the kinds' colours: nodes were really drawn, not just counted."""
    from PIL import Image

    with Image.open(path) as image:
        assert image.size[0] >= 800
        rgb = image.convert("RGB")
        colors = rgb.getcolors(maxcolors=1 << 20) or []
    present = {c for _, c in colors}
    for hex_color in ("#d62728", "#1f77b4", "#2ca02c"):
        want = tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
        near = sum(
            n for n, c in colors if max(abs(a - b) for a, b in zip(c, want, strict=True)) < 9
        )
        assert near > 40, f"{hex_color} hardly appears in {path}"
    assert len(present) > 50


# --- hostile data never runs ----------------------------------------------------------------


def _hostile_page_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name=f"</title><script>{PWN}</script>")
    g.add_node("a", label=f"</script><script>{PWN}</script>", kind="person",
               aliases=[f"<img src=x onerror={PWN}>"],
               documents=["https://example.org/a?x=<b>", f"javascript:{PWN}",
                          f"data:text/html,<script>{PWN}</script>", f" javascript:{PWN}"])
    g.add_node("b", label=f'"><img src=x onerror="{PWN}">', kind="organisation",
               url=f"javascript:{PWN}", wikidata=f"<svg onload={PWN}>")
    g.add_node("e", label=f"<img src=x onerror={PWN}>", kind="event", event_type="ATTACK",
               date="2021-09-06", modality=f'asserted" onmouseover="{PWN}',
               sentence=f"They <script>{PWN}</script> attacked <b>here</b>.",
               trigger=f"<script>{PWN}</script>", document_id=f"javascript:{PWN}",
               **{f"<img src=x onerror={PWN}>": "attribute name", "source_url": "https://example.org/b"})
    g.add_edge("a", "e", key="source", role="source")
    g.add_edge("e", "b", key=f"</script><script>{PWN}</script>", role=f"<img src=x onerror={PWN}>")
    return g


@pytest.mark.external
def test_hostile_data_runs_nothing(tmp_path: Path, tools: DevTools) -> None:
    path = tmp_path / "hostile.html"
    graph = _hostile_page_graph()
    write_html(graph, path)
    open_page(tools, path)
    for key in ("a", "b", "e"):
        _hover(tools, key)
        _click_node(tools, key)
        details = tools.evaluate("document.getElementById('kg-details-body').textContent")
        assert graph.nodes[key]["label"] in details, "labels shown as text, verbatim"
    tools.evaluate(
        "(() => { const s = document.getElementById('kg-search'); s.value = '<img';"
        " s.dispatchEvent(new Event('change')); })()"
    )
    tools.evaluate(
        "(() => { const r = document.querySelector('input[value=community]'); r.checked = true;"
        " r.dispatchEvent(new Event('change')); })()"
    )
    tools.evaluate(
        "(() => { const s = document.createElement('script'); s.textContent = 'window.__csp = 1';"
        " document.body.appendChild(s); })()"
    )
    tools.evaluate("new Promise(r => setTimeout(r, 300))")
    assert tools.evaluate("typeof window.__pwned") == "undefined"
    assert tools.evaluate("typeof window.__csp") == "undefined", "CSP admits only kg's scripts"
    assert tools.evaluate("document.querySelectorAll('img, svg, iframe, object').length") == 0
    assert tools.evaluate("document.title") == graph.graph["name"]
    _click_node(tools, "e")
    links = tools.evaluate("[...document.querySelectorAll('#kg-details a')].map(a => a.href)")
    assert links == ["https://example.org/b"], links
    _click_node(tools, "a")
    links = tools.evaluate("[...document.querySelectorAll('#kg-details a')].map(a => a.href)")
    assert links == ["https://example.org/a?x=%3Cb%3E"], links
    assert tools.evaluate("[...document.querySelectorAll('a')].every(a =>"
                          " a.protocol === 'https:' && a.rel === 'noopener noreferrer')")
    text = tools.evaluate("document.getElementById('kg-details-body').textContent")
    assert f"javascript:{PWN}" in text, "an unsafe URL is shown as text, not dropped"
    blocked = [e for e in tools.errors() if "Content Security Policy" in e]
    assert len(blocked) == 1, "the one script injected by this test, and nothing else"
    assert len(tools.errors()) == 1 and _body(tools)["errors"] == "0", tools.errors()


# --- scale: 20,000 nodes ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def large_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("large") / "graph.html"
    write_html(news_like_graph(20_000), path)
    return path, json.loads(_data_block(path.read_text(encoding="utf-8")))


@pytest.mark.external
def test_twenty_thousand_nodes_filter(large_page: tuple[Path, dict[str, Any]],
                                      tools: DevTools) -> None:
    path, data = large_page
    expect = _Expect(data)
    assert data["view"]["scope"] is not None, "this graph opens on its largest components"
    open_page(tools, path, timeout=180)
    assert tools.errors() == [] and _body(tools)["errors"] == "0", tools.errors()
    _shown(tools, expect.count())
    assert expect.count() < len(expect.nodes) // 2

    actors = {"person", "organisation", "country", "place", "group"}
    _click(tools, "#kg-kinds input[data-kind=event]")
    _shown(tools, expect.count(kinds=actors))
    _click(tools, "#kg-kinds input[data-kind=event]")
    steps = sorted(set(expect.degree.values()) | {0})
    _slide(tools, "kg-degree", steps.index(3))
    _shown(tools, expect.count(min_degree=3))
    _slide(tools, "kg-degree", steps.index(1))
    _click(tools, "#kg-all")
    _shown(tools, expect.count(all_components=True))

    n = len(expect.days)
    _slide(tools, "kg-from", n // 4)
    _slide(tools, "kg-to", n // 2)
    window = (expect.days[n // 4], expect.days[n // 2])
    _shown(tools, expect.count(all_components=True, days=window))
    _click(tools, "#kg-time-reset")
    _click(tools, "#kg-isolated")
    _shown(tools, len(expect.nodes))

    # Hovering repaints the hovered neighbourhood, never the 20,000 nodes.
    hub = max(expect.degree, key=lambda k: (expect.nodes[k].get("kind") != "event",
                                            expect.degree[k], k))
    tools.evaluate(
        "(() => { const r = window.kgRenderer, reduce = r.getSetting('nodeReducer');"
        " window.__reduced = 0; r.setSetting('nodeReducer', (k, a) =>"
        " { window.__reduced += 1; return reduce(k, a); }); })()"
    )
    tools.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    tools.evaluate("window.__reduced = 0")
    _hover(tools, hub)
    tools.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    reduced = tools.evaluate("window.__reduced")
    hovered = tools.evaluate("window.kgRenderer.hoveredNode")
    assert 0 < reduced <= expect.degree[hovered] + 1 < 500, (hovered, reduced)
    assert tools.errors() == []


# --- the 200-article ECB+ graph -------------------------------------------------------------

ECBPLUS = SHARED / "corpora" / "ecbplus.jsonl"


@pytest.fixture(scope="module")
def ecbplus_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """``head -200 ecbplus.jsonl`` built as ``kg build --date 2012-01-01`` would."""
    if not ECBPLUS.is_file():
        pytest.skip(f"ECB+ corpus absent: {ECBPLUS}")
    from kg import Settings, build

    folder = tmp_path_factory.mktemp("ecbplus")
    with ECBPLUS.open(encoding="utf-8") as handle:
        head = [line for _, line in zip(range(200), handle, strict=False)]
    (folder / "ecb200.jsonl").write_text("".join(head), encoding="utf-8")
    result = build(folder / "ecb200.jsonl", Settings(date=dt.date(2012, 1, 1)))
    write_html(result.graph, folder / "graph.html")
    return folder / "graph.html", json.loads(_data_block(
        (folder / "graph.html").read_text(encoding="utf-8")
    ))


@pytest.mark.external
@pytest.mark.slow
def test_two_hundred_articles(ecbplus_page: tuple[Path, dict[str, Any]], tmp_path: Path,
                              tools: DevTools) -> None:
    path, data = ecbplus_page
    expect = _Expect(data)
    assert data["view"]["isolated"] > 0 and data["view"]["scope"] is None
    open_page(tools, path)
    assert tools.errors() == [] and _body(tools)["errors"] == "0", tools.errors()
    _shown(tools, expect.count())
    assert expect.count() == len(expect.nodes) - data["view"]["isolated"]
    _click(tools, "#kg-kinds input[data-kind=place]")
    _shown(tools, expect.count(kinds={"person", "organisation", "country", "group", "event"}))
    _click(tools, "#kg-kinds input[data-kind=place]")
    n = len(expect.days)
    _slide(tools, "kg-from", n // 3)
    _slide(tools, "kg-to", 2 * n // 3)
    _shown(tools, expect.count(days=(expect.days[n // 3], expect.days[2 * n // 3])))
    screenshot(tools, tmp_path / "ecbplus.png")
    assert tools.errors() == []


def test_known_components_give_the_same_page_and_are_not_laid_out_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    graph = news_like_graph(600)
    known: dict[str, Any] = {}
    assert graph_data(graph, known) == graph_data(graph)
    kept = json.loads(json.dumps(known))  # as the parts folder gives them back
    calls: list[int] = []
    compute = kg.graph.component_view
    monkeypatch.setattr(kg.graph, "component_view",
                        lambda *args: calls.append(1) or compute(*args))
    assert graph_data(graph, kept) == graph_data(graph, known) and calls == []
    graph.add_edge("a0", "e-new", key="source", role="source")
    again = graph_data(graph, kept)
    assert len(calls) == 1, "only the component of a0 is laid out again"
    assert again == graph_data(graph)

"""graph.html: self-contained, data round-trips, hostile labels stay inert, draws in Chromium."""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import time
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.export.html import STATIC_FILES, embed_json, graph_data, render_html, write_html
from kg.graph import actor_graph, event_graph
from tests.conftest import make_extraction

STATIC = Path(__file__).resolve().parents[2] / "kg" / "export" / "static"
HOSTILE = [
    "</script><script>alert(1)</script>",
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
    assert "fetch(" not in viewer and "XMLHttpRequest" not in viewer and "http" not in viewer


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
        for name in ("label", "kind", "color", "x", "y"):
            assert nodes[node][name] == attrs[name]
    taliban = next(a for a in nodes.values() if a["label"] == "Taliban")
    assert taliban["aliases"] == ["<Taliban>", "Taliban"]
    event = next(a for a in nodes.values() if a.get("event_type") == "AID")
    assert event["modality"] == "denied" and event["date"] == "2021-09-06"
    assert '"air support"' in event["sentence"] and event["trigger"] == "air support"
    assert [k for k, _ in data["kinds"]] == ["person", "organisation", "country", "place", "event"]


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


def test_empty_and_actor_graphs(tmp_path: Path) -> None:
    write_html(nx.MultiDiGraph(), tmp_path / "empty.html")
    data = json.loads(_data_block((tmp_path / "empty.html").read_text(encoding="utf-8")))
    assert data["graph"]["nodes"] == [] and data["kinds"] == []
    write_html(actor_graph(make_extraction()), tmp_path / "actors.html")
    data = json.loads(_data_block((tmp_path / "actors.html").read_text(encoding="utf-8")))
    assert {e["attributes"]["event_type"] for e in data["graph"]["edges"]} == {"AID", "ASSAULT"}


# --- headless Chromium, driven through the DevTools protocol --------------------------------

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1200,800", "--remote-debugging-port=0",
]


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        if found := shutil.which(name):
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


class _DevTools:
    """The smallest WebSocket client the DevTools protocol needs (RFC 6455, client side)."""

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        parts = urllib.parse.urlsplit(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\n"
            f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("DevTools closed the handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError(head.decode(errors="replace"))
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def _read(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            data += chunk
        return data

    def _send(self, payload: bytes, opcode: int = 1) -> None:
        mask = os.urandom(4)
        n = len(payload)
        header = bytes([0x80 | opcode])
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 2**16:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + body)

    def _message(self) -> dict[str, Any]:
        parts: list[bytes] = []
        while True:
            first, second = self._read(2)
            n = second & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(n)
            opcode = first & 0x0F
            if opcode == 8:
                raise ConnectionError("DevTools closed the connection")
            if opcode == 9:
                self._send(payload, opcode=10)
                continue
            if opcode in (0, 1, 2):
                parts.append(payload)
                if first & 0x80:
                    return json.loads(b"".join(parts))

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self._send(json.dumps({"id": self.next_id, "method": method, "params": params}).encode())
        while True:
            message = self._message()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if value := self.evaluate(expression):
                return value
            time.sleep(0.1)
        raise TimeoutError(expression)

    def errors(self) -> list[str]:
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(json.dumps(params.get("exceptionDetails", {}))[:500])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(json.dumps(params.get("args", []))[:500])
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append(params["entry"].get("text", ""))
        return found

    def close(self) -> None:
        self.sock.close()


def _start_chromium(binary: str, profile: Path) -> tuple[subprocess.Popen[bytes], _DevTools]:
    process = subprocess.Popen(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    port_file = profile / "DevToolsActivePort"
    deadline = time.monotonic() + 60
    while not (port_file.exists() and port_file.read_text().strip()):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"Chromium did not start its DevTools endpoint (exit {process.poll()})")
        time.sleep(0.1)
    port = int(port_file.read_text().split()[0])
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
        targets = json.load(response)
    target = next(t for t in targets if t.get("type") == "page")
    return process, _DevTools(target["webSocketDebuggerUrl"])


@pytest.mark.external
def test_renders_in_headless_chromium(tmp_path: Path, page: Path) -> None:
    binary = _chromium()
    if binary is None:
        pytest.skip("Chromium not installed (`make test` installs Debian's chromium as root)")
    graph = event_graph(make_extraction())
    process, tools = _start_chromium(binary, tmp_path / "profile")
    try:
        for domain in ("Runtime", "Log", "Page"):
            tools.call(f"{domain}.enable")
        tools.call("Page.navigate", url=page.as_uri())
        tools.wait_for("document.body && document.body.dataset.ready === 'true'")
        tools.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        body = tools.evaluate("Object.assign({}, document.body.dataset)")
        assert tools.errors() == [] and body["errors"] == "0", tools.errors()
        assert int(body["renderedNodes"]) == graph.number_of_nodes()
        assert int(body["renderedEdges"]) == graph.number_of_edges()

        event = next(n for n, d in graph.nodes(data=True) if d.get("event_type") == "ASSAULT")
        point = tools.evaluate(
            f"(() => {{ const r = window.kgRenderer, d = r.getNodeDisplayData({json.dumps(event)});"
            " const p = r.framedGraphToViewport(d), b = document.getElementById('kg-graph')"
            ".getBoundingClientRect(); return {x: p.x + b.left, y: p.y + b.top}; })()"
        )
        tools.call("Input.dispatchMouseEvent", type="mouseMoved", x=point["x"], y=point["y"])
        tooltip = tools.wait_for(
            "(() => { const t = document.getElementById('kg-tooltip');"
            " return t.hidden ? null : {text: t.innerText,"
            " mark: (t.querySelector('mark') || {}).textContent}; })()",
            timeout=10,
        )
        for expected in ("ASSAULT", "2021-09-06", "claimed", "Taliban", "Panjshir", "Massoud"):
            assert expected in tooltip["text"]
        assert tooltip["mark"] == "attacked"
        tools.call("Input.dispatchMouseEvent", type="mouseMoved", x=5, y=400)

        tools.evaluate(
            "(() => { const box = [...document.querySelectorAll('#kg-legend label')]"
            ".find(l => l.textContent.startsWith('event')).querySelector('input');"
            " box.click(); })()"
        )
        assert tools.wait_for("document.body.dataset.renderedNodes === '5'", timeout=10)
        assert tools.evaluate("document.body.dataset.renderedEdges") == "0"
        tools.evaluate(
            "[...document.querySelectorAll('#kg-legend label')]"
            ".find(l => l.textContent.startsWith('event')).querySelector('input').click()"
        )
        assert tools.wait_for("document.body.dataset.renderedNodes === '7'", timeout=10)

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
            "n => r.getNodeDisplayData(n).color === '#e6e6e6').length; })()"
        )
        assert dimmed == 1
        time.sleep(0.8)
        shot = base64.b64decode(tools.call("Page.captureScreenshot", format="png")["data"])
        (tmp_path / "graph.png").write_bytes(shot)
        assert tools.errors() == []
    finally:
        tools.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
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

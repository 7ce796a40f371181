"""graph.png: a valid PNG of the actor network, in the kinds' colours, byte-identical on rewrite."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import networkx as nx
import pytest
from PIL import Image

import kg.export.png
from kg.export import write_all
from kg.export._parts import Parts
from kg.export.png import drawing_key, render_png, write_png
from kg.graph import KIND_COLORS, actor_graph
from tests.conftest import make_extraction

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data.startswith(PNG_SIGNATURE)
    chunks, at = [], len(PNG_SIGNATURE)
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        assert zlib.crc32(kind + body) == crc
        chunks.append((kind, body))
        at += 12 + length
    return chunks


def _near(image: Image.Image, hex_color: str, tolerance: int = 10) -> int:
    want = tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    colors = image.convert("RGB").getcolors(maxcolors=1 << 22) or []
    return sum(
        n for n, c in colors if max(abs(a - b) for a, b in zip(c, want, strict=True)) <= tolerance
    )


def test_valid_png_of_the_actor_network(tmp_path: Path) -> None:
    path = tmp_path / "graph.png"
    write_png(actor_graph(make_extraction()), path)
    data = path.read_bytes()
    kinds = [kind for kind, _ in _chunks(data)]
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and b"IDAT" in kinds
    with Image.open(path) as image:
        image.verify()
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size == (1200, 900)
        for kind in ("organisation", "country", "place"):
            assert _near(image, KIND_COLORS[kind]) > 200, kind
        assert _near(image, KIND_COLORS["person"]) < 20


def test_no_version_or_date_in_metadata(tmp_path: Path) -> None:
    data = render_png(actor_graph(make_extraction()))
    texts = [body for kind, body in _chunks(data) if kind in (b"tEXt", b"iTXt", b"zTXt", b"tIME")]
    assert texts == []
    assert b"matplotlib" not in data.lower()


def test_deterministic(tmp_path: Path) -> None:
    write_png(actor_graph(make_extraction()), tmp_path / "a.png")
    write_png(actor_graph(make_extraction()), tmp_path / "b.png")
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()


def test_awkward_graphs() -> None:
    g = nx.MultiDiGraph(name="$x^2$ & <odd>")
    g.add_node("a", label="$5 million_{x}", kind="person", color="not a colour", x=0.0, y=0.0)
    g.add_node("b", label="b" * 80, kind="unknown")
    g.add_node("c", label="\u0637\u0627\u0644\u0628\u0627\u0646", kind="organisation", x=1.0, y=1.0)
    g.add_edge("a", "b", weight=3.0)
    g.add_edge("a", "a")
    g.add_edge("b", "c", weight=float("nan"))
    for graph in (g, nx.MultiDiGraph(), nx.path_graph(600)):
        with Image.open(io.BytesIO(render_png(graph, size=(4, 3), dpi=50))) as image:
            assert image.size == (200, 150)


def test_write_all_writes_html_and_png(tmp_path: Path) -> None:
    written = write_all(make_extraction(), tmp_path)
    assert tmp_path / "graph.html" in written and tmp_path / "graph.png" in written
    assert (tmp_path / "graph.png").read_bytes().startswith(PNG_SIGNATURE)
    assert b'id="kg-data"' in (tmp_path / "graph.html").read_bytes()


def test_the_picture_is_in_the_default_style_whatever_the_users_rc() -> None:
    import matplotlib

    plain = render_png(actor_graph(make_extraction()))
    with matplotlib.rc_context({"font.size": 20, "lines.linewidth": 5, "font.family": "serif"}):
        assert render_png(actor_graph(make_extraction())) == plain


def test_the_drawing_key_follows_what_is_drawn() -> None:
    graph = actor_graph(make_extraction())
    key = drawing_key(graph)
    assert drawing_key(actor_graph(make_extraction())) == key
    assert drawing_key(graph, dpi=60) != key
    node = sorted(graph.nodes)[0]
    for name, value in [("x", 1e6), ("color", "#000000"), ("label", "Renamed"), ("kind", "x")]:
        moved = graph.copy()
        moved.nodes[node][name] = value
        assert drawing_key(moved) != key, name
    u, v, k = next(iter(graph.edges(keys=True)))
    heavier = graph.copy()
    heavier.edges[u, v, k]["weight"] += 1
    assert drawing_key(heavier) != key
    graph.nodes[node]["documents"] = ["not drawn"]
    assert drawing_key(graph) == key


def test_a_kept_picture_is_read_back_and_not_drawn_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = actor_graph(make_extraction())
    drawn = render_png(graph)
    with Parts(tmp_path / "parts", "png") as parts:
        write_png(graph, tmp_path / "a.png", parts=parts)

    def not_again(*_args: object, **_kwargs: object) -> bytes:
        raise AssertionError("drawn again")

    monkeypatch.setattr(kg.export.png, "render_png", not_again)
    with Parts(tmp_path / "parts", "png") as parts:
        write_png(graph, tmp_path / "b.png", parts=parts)
    assert (tmp_path / "b.png").read_bytes() == (tmp_path / "a.png").read_bytes() == drawn


def test_without_matplotlibs_version_the_picture_is_drawn_and_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.export.png, "_versions", lambda: None)
    graph = actor_graph(make_extraction())
    assert drawing_key(graph) is None
    with Parts(tmp_path / "parts", "png") as parts:
        write_png(graph, tmp_path / "a.png", parts=parts)
    assert (tmp_path / "a.png").read_bytes() == render_png(graph)
    assert not list((tmp_path / "parts" / "png").glob("*/*"))

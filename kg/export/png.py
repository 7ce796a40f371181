"""The static ``graph.png``: a picture of the actor network for READMEs and reports.

Drawn with matplotlib's Agg canvas (no pyplot, no display) in matplotlib's default style (not
the user's matplotlibrc) at the graph's precomputed ``x``/``y`` positions: nodes in their
``color`` (the kind's colour), their area growing with degree, edges as curved arrows whose width
grows with ``weight``, names on the best-connected nodes and a legend of kinds. The PNG carries
no software version or date, so the same graph gives the same bytes, and a build keeps it by
:func:`drawing_key` in the parts store. matplotlib is imported only to draw.
"""

from __future__ import annotations

import functools
import importlib.metadata
import io
import math
import os
import warnings
from collections import defaultdict
from collections.abc import Hashable
from typing import IO, TYPE_CHECKING, Any

import networkx as nx

from kg.export._atomic import open_dest
from kg.export._parts import Parts, digest
from kg.graph import KIND_COLORS

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["drawing_key", "render_png", "write_png"]

_FALLBACK_COLOR = "#7f7f7f"
_EDGE_COLOR = "#8c8c8c"
_MAX_ARROWS = 400
_MAX_LABEL = 28
_MIN_AREA, _MAX_AREA = 40.0, 700.0
_PNG_METADATA: dict[str, str | None] = {"Software": None}


_MAX_EDGE_LABELS = 40


def _number(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def _positions(graph: nx.Graph, nodes: list[Hashable]) -> dict[Hashable, tuple[float, float]]:
    pos: dict[Hashable, tuple[float, float]] = {}
    for node in nodes:
        x, y = _number(graph.nodes[node].get("x")), _number(graph.nodes[node].get("y"))
        if x is not None and y is not None:
            pos[node] = (x, y)
    missing = [n for n in nodes if n not in pos]
    if missing:
        xs = [p[0] for p in pos.values()] or [0.0]
        ys = [p[1] for p in pos.values()] or [0.0]
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        radius = max(100.0, max(xs) - min(xs), max(ys) - min(ys)) / 2 + 50.0
        for i, node in enumerate(missing):
            angle = 2 * math.pi * i / len(missing)
            pos[node] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    return pos


def _color(data: dict[str, Any]) -> str:
    from matplotlib.colors import is_color_like

    color = data.get("color")
    if isinstance(color, str) and is_color_like(color):
        return color
    return KIND_COLORS.get(str(data.get("kind", "")), _FALLBACK_COLOR)


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= _MAX_LABEL else label[: _MAX_LABEL - 1] + "…"


def _weights(graph: nx.Graph) -> dict[tuple[Hashable, Hashable], float]:
    """Total weight per ordered pair (per unordered pair when undirected), self-loops dropped."""
    totals: dict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for u, v, weight in graph.edges(data="weight", default=1.0):
        if u == v:
            continue
        if not graph.is_directed() and str(v) < str(u):
            u, v = v, u
        totals[u, v] += _number(weight) or 1.0
    return dict(sorted(totals.items(), key=lambda item: (str(item[0][0]), str(item[0][1]))))


def _label(
    fig: Figure, ax: Any, graph: nx.Graph, nodes: list[Hashable],
    pos: dict[Hashable, tuple[float, float]], area: dict[Hashable, float],
    degree: dict[Hashable, int], top_labels: int,
) -> None:
    """Name the best-connected nodes, skipping a name that would overlap one already placed."""
    from matplotlib import patheffects

    ranked = sorted(nodes, key=lambda n: (-degree[n], str(graph.nodes[n].get("label", n)), str(n)))
    outline = [patheffects.withStroke(linewidth=3, foreground="white")]
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    figure_box = fig.bbox
    (x0, x1), top = ax.get_xlim(), max(degree.values()) or 1
    placed: list[Any] = []
    for node in ranked[:top_labels]:
        x, y = pos[node]
        share = (x - x0) / (x1 - x0) if x1 > x0 else 0.5
        text = ax.annotate(
            _short(str(graph.nodes[node].get("label") or node)), (x, y),
            xytext=(0, math.sqrt(area[node]) / 2 + 2), textcoords="offset points",
            ha="left" if share < 0.1 else "right" if share > 0.9 else "center", va="bottom",
            fontsize=8 + 3 * degree[node] / top, color="#222222",
            path_effects=outline, zorder=3, parse_math=False,
        )
        box = text.get_window_extent(renderer).padded(2)
        inside = figure_box.x0 <= box.x0 and box.x1 <= figure_box.x1 and box.y1 <= figure_box.y1
        if not inside or any(box.overlaps(other) for other in placed):
            text.remove()
        else:
            placed.append(box)


def _draw(fig: Figure, graph: nx.Graph, top_labels: int) -> None:
    from matplotlib import patheffects
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    ax = fig.add_axes((0.01, 0.01, 0.98, 0.93))
    ax.set_axis_off()
    nodes = sorted(graph.nodes, key=str)
    name = graph.graph.get("name") or "kg"
    title = f"{name}: {len(nodes)} nodes, {graph.number_of_edges()} edges"
    fig.text(0.015, 0.975, title, fontsize=10, va="top", color="#333333", parse_math=False)
    if not nodes:
        ax.text(0.5, 0.5, "no actors linked by events", ha="center", va="center",
                transform=ax.transAxes, color="#666666", fontsize=12)
        return
    pos = _positions(graph, nodes)
    degree = {n: graph.degree(n) for n in nodes}
    top = max(degree.values()) or 1
    crowd = max(0.15, min(1.0, math.sqrt(150 / len(nodes))))
    area = {
        n: crowd * (_MIN_AREA + (_MAX_AREA - _MIN_AREA) * math.sqrt(degree[n] / top)) for n in nodes
    }
    weights = _weights(graph)
    heaviest = max(weights.values(), default=1.0)

    def width(w: float) -> float:
        return max(0.4, crowd) * (0.6 + 2.4 * math.log1p(w) / math.log1p(heaviest))

    if len(weights) <= _MAX_ARROWS:
        kinds_of: dict[tuple[Hashable, Hashable], set[str]] = defaultdict(set)
        for u, v, edge_label in graph.edges(data="label"):
            if edge_label:
                kinds_of[u, v].add(str(edge_label))
        for (u, v), w in weights.items():
            if len(weights) <= _MAX_EDGE_LABELS and kinds_of.get((u, v)):
                (ux, uy), (vx, vy) = pos[u], pos[v]
                ax.text(
                    (ux + vx) / 2 + 0.06 * (vy - uy), (uy + vy) / 2 - 0.06 * (vx - ux),
                    " / ".join(sorted(kinds_of[u, v])), fontsize=6.5, color="#666666",
                    ha="center", va="center", zorder=1, parse_math=False,
                    path_effects=[patheffects.withStroke(linewidth=2, foreground="white")],
                )
            ax.add_patch(FancyArrowPatch(
                pos[u], pos[v], arrowstyle="-|>" if graph.is_directed() else "-",
                mutation_scale=9, linewidth=width(w), color=_EDGE_COLOR, alpha=0.7,
                connectionstyle="arc3,rad=0.12", zorder=1,
                shrinkA=math.sqrt(area[u]) / 2 + 1, shrinkB=math.sqrt(area[v]) / 2 + 1,
            ))
    else:
        ax.add_collection(LineCollection(
            [(pos[u], pos[v]) for u, v in weights], linewidths=[width(w) for w in weights.values()],
            colors=_EDGE_COLOR, alpha=max(0.12, min(0.5, 10 / math.sqrt(len(weights)))), zorder=1,
        ))
    ax.scatter(
        [pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=[area[n] for n in nodes],
        c=[_color(graph.nodes[n]) for n in nodes], edgecolors="white", linewidths=0.8, zorder=2,
    )
    ax.set_aspect("equal", adjustable="datalim")
    ax.autoscale_view()
    ax.margins(0.08)
    ax.apply_aspect()
    _label(fig, ax, graph, nodes, pos, area, degree, top_labels)
    kinds = sorted({str(graph.nodes[n].get("kind", "")) for n in nodes} - {""},
                   key=lambda k: (list(KIND_COLORS).index(k) if k in KIND_COLORS else 99, k))
    colors = {str(graph.nodes[n].get("kind", "")): _color(graph.nodes[n]) for n in reversed(nodes)}
    handles = [Line2D([], [], linestyle="", marker="o", markersize=7, markerfacecolor=colors[k],
                      markeredgecolor="white", label=k) for k in kinds]
    if handles:
        ax.legend(handles=handles, loc="lower left", frameon=False, fontsize=8, handletextpad=0.3)


def render_png(
    graph: nx.Graph,
    *,
    top_labels: int = 15,
    size: tuple[float, float] = (10.0, 7.5),
    dpi: int = 120,
) -> bytes:
    """The picture of *graph* as PNG bytes.

    Parameters
    ----------
    graph
        Any networkx graph; kg's actor projection (:func:`kg.graph.actor_graph`) is the usual.
    top_labels
        How many of the highest-degree nodes are named.
    size, dpi
        Figure size in inches and resolution: the image is ``size * dpi`` pixels.
    """
    from matplotlib import style
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with style.context("default"), warnings.catch_warnings():  # not the user's matplotlibrc
        fig = Figure(figsize=size, dpi=dpi, facecolor="white")
        FigureCanvasAgg(fig)
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from", category=UserWarning)
        _draw(fig, graph, top_labels)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", metadata=_PNG_METADATA, facecolor="white")
    return buffer.getvalue()


def drawing_key(graph: nx.Graph, *, top_labels: int = 15, size: tuple[float, float] = (10.0, 7.5),
                dpi: int = 120) -> str | None:
    """A digest of all that :func:`render_png` reads (the graph's name and direction, each
    node's position, colour, kind and label, each edge's weight and label, the options) and
    of the matplotlib and Pillow that draw it: graphs of one key have one picture. None when
    matplotlib's or Pillow's version is unknown (no package metadata)."""
    versions = _versions()
    if versions is None:
        return None
    nodes = [(node, data.get("x"), data.get("y"), data.get("color"), data.get("kind"),
              data.get("label")) for node, data in graph.nodes(data=True)]
    edges = [(u, v, data.get("weight", 1.0), data.get("label"))
             for u, v, data in graph.edges(data=True)]
    drawn = (graph.graph.get("name"), graph.is_directed(), top_labels, size, dpi, nodes, edges)
    return digest("png", *versions, repr(drawn))


@functools.cache
def _versions() -> tuple[str, ...] | None:
    try:
        return tuple(importlib.metadata.version(name) for name in ("matplotlib", "pillow"))
    except importlib.metadata.PackageNotFoundError:
        return None


def write_png(graph: nx.Graph, dest: str | os.PathLike[str] | IO[bytes], *,
              parts: Parts | None = None, **options: Any) -> None:
    """Write the picture of *graph* to a path (atomically) or a binary file.

    Keyword options are those of :func:`render_png`. With *parts* (kg's parts store), the
    picture is kept there by its :func:`drawing_key`: a re-run that draws the same network
    reads it back instead of drawing it (and importing matplotlib: 0.4 s of CPU).
    """
    key = drawing_key(graph, **options) if parts is not None and parts.enabled else None
    if parts is not None and key is not None:
        data = parts.make(key, lambda: render_png(graph, **options))
    else:
        data = render_png(graph, **options)
    with open_dest(dest) as out:
        out.write(data)

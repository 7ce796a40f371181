"""The interactive graph.html at scale, in headless Chromium, small and large side by side.

    .venv/bin/python bench/bench_html.py [--sizes 2000 20000] [--page exports/graph.html]

For each news-like synthetic graph (tests/export/_synthetic.py) and each --page given: the time
to write the page, its size, the time until the viewer has drawn it, the viewer's own start-up
steps, the time of each filter change (one pass over the nodes and edges, then sigma's redraw),
the work of a hover (node reducer calls: the hovered neighbourhood, not the graph) and the frame
rate while the camera moves with every node shown, with the JavaScript time of each of those
frames (sigma's render call; the rest is drawing). The last column is the largest synthetic
graph's value over the smallest's.

Headless Chromium here draws WebGL in software (SwiftShader, no GPU): drawing times are upper
bounds of what a desktop browser shows; the ratios are what to watch.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.export.html import write_html  # noqa: E402
from tests.export._chromium import DevTools, browser, chromium, open_page  # noqa: E402
from tests.export._synthetic import news_like_graph  # noqa: E402

FILTERS = [
    ("untick events", "document.querySelector('#kg-kinds input[data-kind=event]').click()"),
    ("tick events", "document.querySelector('#kg-kinds input[data-kind=event]').click()"),
    ("min. links, 3rd step", "(() => { const s = document.getElementById('kg-degree');"
     " s.value = 3; s.dispatchEvent(new Event('input')); })()"),
    ("min. links 1", "(() => { const s = document.getElementById('kg-degree');"
     " s.value = 1; s.dispatchEvent(new Event('input')); })()"),
    ("date window", "(() => { const f = document.getElementById('kg-from'),"
     " t = document.getElementById('kg-to'); f.value = Math.floor(f.max / 4);"
     " f.dispatchEvent(new Event('input')); t.value = Math.floor(t.max / 2);"
     " t.dispatchEvent(new Event('input')); })()"),
    ("all dates", "document.getElementById('kg-time-reset').click()"),
    ("show all components", "(b => b.closest('[hidden]') ? false : b.click())"
     "(document.getElementById('kg-all'))"),
    ("show isolated nodes", "document.getElementById('kg-isolated').click()"),
]


def _frame() -> str:
    return "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def _measure(tools: DevTools, page: Path) -> dict[str, Any]:
    out: dict[str, Any] = {"open s": open_page(tools, page, timeout=300)}
    body = tools.evaluate("Object.assign({}, document.body.dataset)")
    out["nodes shown at open"] = int(body["renderedNodes"])
    out.update({f"js {k} ms": v for k, v in tools.evaluate("window.kgTimings").items()
                if k != "start"})
    for name, script in FILTERS:
        tools.evaluate("document.body.removeAttribute('data-filter-ms')")
        started = time.perf_counter()
        if tools.evaluate(script) is False:
            out[f"{name} ms"] = None  # nothing to do: the page already shows it
            continue
        tools.wait_for("document.body.dataset.filterMs !== undefined", timeout=120)
        tools.evaluate(_frame())
        out[f"{name} ms"] = round((time.perf_counter() - started) * 1000)
    out["nodes shown at the end"] = int(tools.evaluate("document.body.dataset.renderedNodes"))
    hub = tools.evaluate(
        "(() => { const r = window.kgRenderer, g = r.getGraph(); let best = null, most = -1;"
        " g.forEachNode((n, a) => { const d = g.degree(n); if (d > most) { most = d; best = n; }"
        " }); return best; })()"
    )
    tools.evaluate(
        "(() => { const r = window.kgRenderer, reduce = r.getSetting('nodeReducer');"
        " window.__reduced = 0; r.setSetting('nodeReducer', (k, a) =>"
        " { window.__reduced += 1; return reduce(k, a); }); })()"
    )
    tools.evaluate(_frame())
    tools.wait_for("!window.kgRenderer.getCamera().isAnimated()", timeout=60)
    point = tools.evaluate(
        f"(() => {{ const r = window.kgRenderer, d = r.getNodeDisplayData({json.dumps(hub)});"
        " const p = r.framedGraphToViewport(d), b = document.getElementById('kg-graph')"
        ".getBoundingClientRect(); return {x: p.x + b.left, y: p.y + b.top}; })()"
    )
    tools.evaluate("window.__reduced = 0")
    started = time.perf_counter()
    tools.call("Input.dispatchMouseEvent", type="mouseMoved", x=point["x"], y=point["y"])
    tools.wait_for("!document.getElementById('kg-tooltip').hidden", timeout=60)
    tools.evaluate(_frame())
    out["hover ms"] = round((time.perf_counter() - started) * 1000)
    out["hover reducer calls"] = tools.evaluate("window.__reduced")
    out["hovered node's links"] = tools.evaluate(
        "window.kgRenderer.getGraph().degree(window.kgRenderer.hoveredNode)"
    )
    tools.call("Input.dispatchMouseEvent", type="mouseMoved", x=2, y=300)
    moving = tools.evaluate(
        "new Promise(done => { const r = window.kgRenderer, c = r.getCamera(), s = c.getState();"
        " const render = r.render.bind(r); let spent = 0, calls = 0;"
        " r.render = () => { const t = performance.now(); render(); spent += performance.now() - t;"
        " calls += 1; return r; };"
        " let frames = 0; const t0 = performance.now(); let moving = true;"
        " (function tick() { frames += 1; if (moving) requestAnimationFrame(tick); })();"
        " c.animate({x: s.x + 0.1, y: s.y - 0.05, ratio: s.ratio * 0.6}, {duration: 2000},"
        " () => { moving = false; r.render = render; done({fps: frames * 1000 /"
        " (performance.now() - t0), js: spent / Math.max(1, calls)}); }); })"
    )
    out["camera move fps"] = round(moving["fps"], 1)
    out["render() JS per frame ms"] = round(moving["js"], 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[2000, 20000])
    parser.add_argument("--page", type=Path, action="append", default=[],
                        help="also measure this graph.html (e.g. a 200-article build)")
    args = parser.parse_args()
    binary = chromium()
    if binary is None:
        sys.exit("bench_html: no Chromium installed")
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for size in args.sizes:
            page = Path(tmp) / f"synthetic-{size}.html"
            started = time.perf_counter()
            write_html(news_like_graph(size), page)
            pages.append((f"synthetic {size}", page, time.perf_counter() - started))
        pages += [(str(p), p, float("nan")) for p in args.page]
        for name, page, written in pages:
            with browser(binary, (1400, 900)) as tools:
                row = {"write_html s": round(written, 2),
                       "page MB": round(page.stat().st_size / 1e6, 1)}
                row.update(_measure(tools, page))
                results[name] = row
    names = list(results)
    synthetic = [n for n in names if n.startswith("synthetic")]
    ratio_of = (synthetic[0], synthetic[-1]) if len(synthetic) > 1 else None
    print(f"{'':28}" + "".join(f"{n[-22:]:>24}" for n in names)
          + (f"   {ratio_of[1][10:]}/{ratio_of[0][10:]}" if ratio_of else ""))
    for key in results[names[0]]:
        values = [results[n].get(key) for n in names]
        cells = "".join(
            f"{'-' if v is None else v if isinstance(v, int) else round(v, 2):>24}" for v in values
        )
        ratio = ""
        if ratio_of:
            small, large = results[ratio_of[0]].get(key), results[ratio_of[1]].get(key)
            if isinstance(small, int | float) and small and isinstance(large, int | float):
                ratio = f"   {large / small:8.2f}x"
        print(f"{key:28}{cells}{ratio}")

if __name__ == "__main__":
    main()

"""Export benchmarks, measured side by side in one run so the ratios hold on a noisy machine.

    .venv/bin/python bench/bench_exports.py [--docs 3400] [--graph-docs 1200]

On one synthetic extraction (deterministic: documents of news-like text, actors from a shared
pool, events with roles and mentions; --docs 3400 makes over a million RDF triples):

1. RDF: kg's ``write_rdf`` (all six files, from the extraction) and kg's Turtle alone, against
   rdflib's Turtle ``serialize`` of the same triples (its graph built beforehand, not timed, in
   a child process that is stopped after --reference-limit seconds, giving a lower bound).
   The outputs are checked to be the same triples.
2. GraphML: kg's ``write_graphml`` of the event graph against ``networkx.write_graphml`` of the
   same graph with lists joined (networkx refuses lists); both files read back by networkx must
   give the same nodes, edges and attributes.
3. GEXF: kg's ``write_gexf`` against ``networkx.write_gexf``, for reference.

Times are CPU times (best of 3 for kg and networkx, in this process; rdflib's in its child), so
that another process's load on a shared machine does not count.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import multiprocessing
import queue
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx
import psutil
import pyoxigraph as ox
import rdflib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.export.gexf import write_gexf  # noqa: E402
from kg.export.graphml import node_ids, write_graphml  # noqa: E402
from kg.export.rdf import ntriples, write_rdf  # noqa: E402
from kg.graph import event_graph  # noqa: E402
from kg.model import (  # noqa: E402
    Actor,
    ActorType,
    Argument,
    Document,
    Event,
    Extraction,
    Mention,
    Modality,
)
from kg.vocab import actor_iri, event_iri  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from bench_build import _timed  # noqa: E402

WORDS = ('the', 'government', 'said', 'on', 'Monday', 'that', 'forces', 'had', 'attacked',
         'the', 'town', 'near', 'the', 'border', 'while', 'officials', 'denied', 'any', 'role',
         'and', 'called', 'for', 'talks', 'with', 'the', 'rebels')
TYPES = ("ASSAULT", "COERCE", "CONSULT", "AID", "DEMAND", "RETREAT")
ROLES = ("source", "target", "location", "claimed_by")


def synthetic(n_docs: int, seed: int = 7) -> Extraction:
    """*n_docs* documents of about 1,500 characters, 9 actor mentions and 5 events each."""
    rng = random.Random(seed)
    pool = [(f"Actor {i} {rng.choice(WORDS).title()}", list(ActorType)[i % 5])
            for i in range(max(50, n_docs * 2))]
    actors: dict[str, Actor] = {}
    documents, events = [], []
    for d in range(n_docs):
        text = " ".join(rng.choice(WORDS) for _ in range(240)) + "."
        doc = Document(f"doc-{d:06d}.txt", text, dt.date(2021, 1, 1) + dt.timedelta(d % 300),
                       "header", title=f"Report {d}", path=f"doc-{d:06d}.txt")
        documents.append(doc)
        mentions = []
        for m in range(9):
            label, kind = rng.choice(pool)
            start = m * 150
            mention = Mention(doc.id, start, start + 12, text[start:start + 12], m // 3, "ORG")
            actor = actors.setdefault(actor_iri(label), Actor(
                actor_iri(label), label, kind, aliases=[label, label.upper()],
                latitude=rng.uniform(-60, 60) if kind is ActorType.PLACE else None,
                longitude=rng.uniform(-100, 100) if kind is ActorType.PLACE else None))
            actor.mentions.append(mention)
            mentions.append((actor.id, mention))
        for e in range(5):
            start = 60 + e * 280
            trigger = Mention(doc.id, start, start + 8, text[start:start + 8], e)
            etype = TYPES[(d + e) % len(TYPES)]
            arguments = [Argument(role, *rng.choice(mentions)) for role in ROLES[:2 + e % 3]]
            events.append(Event(
                event_iri(doc.id, start, etype), etype, trigger,
                text[start - 60:start + 120], mode="attack", date=doc.date.isoformat(),
                date_basis="document", modality=list(Modality)[e % 3], arguments=arguments,
                mentions=[trigger]))
    return Extraction(documents, dict(sorted(actors.items())), events, [])


def _row(name: str, ours: float, theirs: float) -> None:
    print(f"  {name:52} kg {ours:8.2f} s   reference {theirs:8.2f} s   "
          f"ratio {theirs / ours if ours else float('inf'):6.1f}x", flush=True)


def _rdflib_turtle(nt: bytes, results: Any) -> None:
    """In a child process: rdflib's Turtle serialisation time of *nt*, and the Turtle itself."""
    graph = rdflib.Graph()
    graph.parse(data=nt.decode("utf-8"), format="nt")
    buffer = io.BytesIO()
    start = time.process_time()
    graph.serialize(buffer, format="turtle")
    results.put((time.process_time() - start, buffer.getvalue()))


def bench_rdf(extraction: Extraction, limit: float) -> None:
    nt = ntriples(extraction)
    triples = nt.count(b"\n")
    print(f"RDF: {len(extraction.documents)} documents, {triples:,} triples", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        all_files = _timed(lambda: write_rdf(extraction, out))
        turtle = _timed(lambda: ox.serialize(ox.parse(ntriples(extraction),
                                                      format=ox.RdfFormat.N_TRIPLES),
                                             out / "alone.ttl", format=ox.RdfFormat.TURTLE))
        print(f"  kg: all six RDF files {all_files:.2f} s, Turtle alone {turtle:.2f} s",
              flush=True)
        results: Any = multiprocessing.Queue()
        child = multiprocessing.Process(target=_rdflib_turtle, args=(nt, results))
        child.start()
        try:
            reference, data = results.get(timeout=limit)
        except queue.Empty:
            cpu = psutil.Process(child.pid).cpu_times()
            spent = cpu.user + cpu.system  # graph parsing included: a lower bound
            child.kill()
            print(f"  rdflib Turtle did not finish in {limit:.0f} s ({spent:.0f} s of CPU, "
                  f"graph parsing included): ratio over {spent / all_files:.0f}x (all files), "
                  f"over {spent / turtle:.0f}x (Turtle alone)")
            return
        child.join()
        ours = set(ox.parse(path=out / "graph.ttl"))
    assert ours == set(ox.parse(data, format=ox.RdfFormat.TURTLE)), "different triples"
    _row("graph.ttl + .nt + .nq + .trig + .jsonld vs rdflib Turtle", all_files, reference)
    _row("Turtle alone (from the extraction) vs rdflib Turtle", turtle, reference)
    print("  same triples in both Turtle files: yes")


def _flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """*graph* with lists joined as kg's GraphML joins them, the input networkx accepts."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: "|".join(v) if isinstance(v, list) else v
                               for k, v in data.items()})
    for u, v, k, data in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=k, **{a: "|".join(b) if isinstance(b, list) else b
                                      for a, b in data.items()})
    return flat


def _same_graphml(graph: nx.MultiDiGraph, ours: bytes, theirs: bytes) -> None:
    ids = node_ids(graph)
    a = nx.read_graphml(io.BytesIO(ours))
    b = nx.read_graphml(io.BytesIO(theirs))
    assert sorted(a.nodes) == sorted(ids[n] for n in b.nodes)
    for node in b.nodes:
        mine = {k: v for k, v in a.nodes[ids[node]].items() if k not in {"iri", "r", "g", "b",
                                                                          "labels"}}
        assert mine == b.nodes[node], node
    edges_a = sorted((u, v, d["role"]) for u, v, d in a.edges(data=True))
    edges_b = sorted((ids[u], ids[v], d["role"]) for u, v, d in b.edges(data=True))
    assert edges_a == edges_b


def bench_xml(extraction: Extraction) -> None:
    graph = event_graph(extraction)
    flat = _flat(graph)
    print(f"GraphML/GEXF: event graph of {graph.number_of_nodes():,} nodes, "
          f"{graph.number_of_edges():,} edges", flush=True)
    kg_time = _timed(lambda: write_graphml(graph, io.BytesIO()), repeat=3)
    nx_time = _timed(lambda: nx.write_graphml(flat, io.BytesIO()), repeat=3)
    ours, theirs = io.BytesIO(), io.BytesIO()
    write_graphml(graph, ours)
    nx.write_graphml(flat, theirs)
    _same_graphml(graph, ours.getvalue(), theirs.getvalue())
    _row("GraphML vs networkx.write_graphml", kg_time, nx_time)
    print("  same nodes, edges and attributes read back by networkx: yes")
    with tempfile.TemporaryDirectory() as tmp:
        _row("GEXF vs networkx.write_gexf",
             _timed(lambda: write_gexf(graph, io.BytesIO()), repeat=3),
             _timed(lambda: nx.write_gexf(flat, Path(tmp) / "g.gexf"), repeat=3))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3400,
                        help="documents for the RDF benchmark (3,400 give over 1M triples)")
    parser.add_argument("--graph-docs", type=int, default=1200,
                        help="documents for the GraphML/GEXF benchmark")
    parser.add_argument("--reference-limit", type=float, default=1800,
                        help="seconds rdflib may take before the bench gives a lower bound")
    args = parser.parse_args()
    bench_xml(synthetic(args.graph_docs))
    bench_rdf(synthetic(args.docs), args.reference_limit)


if __name__ == "__main__":
    main()

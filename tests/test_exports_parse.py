"""Every committed export of the seed parses in the libraries users load it with."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from lxml import etree

from tests.conftest import ROOT

EXPORTS = ROOT / "exports"
RDF = {
    "graph.ttl": ("turtle", ox.RdfFormat.TURTLE),
    "graph.nt": ("nt", ox.RdfFormat.N_TRIPLES),
    "graph.jsonld": ("json-ld", ox.RdfFormat.JSON_LD),
    "graph.trig": ("trig", ox.RdfFormat.TRIG),
    "graph.nq": ("nquads", ox.RdfFormat.N_QUADS),
}


@pytest.mark.parametrize("name", sorted(RDF))
def test_rdf_parses_in_rdflib_and_pyoxigraph_alike(name: str) -> None:
    path = EXPORTS / name
    rdflib_format, ox_format = RDF[name]
    dataset = rdflib.Dataset()
    dataset.parse(path, format=rdflib_format)
    in_rdflib = sum(len(g) for g in dataset.graphs())
    in_oxigraph = len(list(ox.parse(path=str(path), format=ox_format)))
    assert in_rdflib == in_oxigraph > 100


@pytest.mark.parametrize("name", ["graph.graphml", "actors.graphml"])
def test_graphml_parses_in_networkx_and_lxml(name: str) -> None:
    g = nx.read_graphml(EXPORTS / name)
    tree = etree.parse(str(EXPORTS / name))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert g.number_of_nodes() == len(tree.findall(".//g:node", ns)) > 0
    assert g.number_of_edges() == len(tree.findall(".//g:edge", ns))
    assert {d["label"] for _, d in g.nodes(data=True)} >= {"Taliban", "Panjshir"}


@pytest.mark.parametrize("name", ["graph.gexf", "actors.gexf"])
def test_gexf_parses_in_networkx_and_lxml(name: str) -> None:
    g = nx.read_gexf(EXPORTS / name)
    tree = etree.parse(str(EXPORTS / name))
    assert g.number_of_nodes() == len(tree.findall(".//{http://gexf.net/1.3}node")) > 0
    assert b"lastmodifieddate" not in (EXPORTS / name).read_bytes()


def test_tables_and_context_load() -> None:
    with (EXPORTS / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(r["event_id"].startswith("https://") for r in rows)
    context = json.loads((EXPORTS / "context.jsonld").read_text(encoding="utf-8"))
    assert "@context" in context


def test_offsets_index_the_seed_file_as_the_user_has_it() -> None:
    """mentions.csv offsets point into the .txt file itself, its date line included."""
    seeds = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    with (EXPORTS / "mentions.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        text = seeds[Path(row["document_id"]).name]
        assert text[int(row["start"]):int(row["end"])] == row["text"], row

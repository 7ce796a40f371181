"""Checks the GraphML and GEXF tests share: schema validity, stable bytes, atomic writes, and a
property test that random text always gives a valid file that reads back.

Each format's test module passes in what differs: its writer, how it reads a file back, and how
a node id and an attribute name come out of the format.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from kg.export._xml import clean_text

ToBytes = Callable[[nx.Graph], bytes]
TEXT = st.text(max_size=30)


def assert_valid(schema: etree.XMLSchema | etree.RelaxNG, data: bytes) -> etree._Element:
    """The parsed root of *data*, which *schema* must accept."""
    root = etree.fromstring(data)
    assert schema.validate(root), schema.error_log
    return root


def assert_insertion_order_free(graph: nx.MultiDiGraph, to_bytes: ToBytes, seed: int) -> bytes:
    """The bytes of *graph*, which writing twice or a shuffled copy must not change."""
    first = to_bytes(graph)
    assert to_bytes(graph) == first
    shuffled = nx.MultiDiGraph(name=graph.graph["name"])
    nodes, edges = list(graph.nodes(data=True)), list(graph.edges(keys=True, data=True))
    random.Random(seed).shuffle(nodes)
    random.Random(seed).shuffle(edges)
    shuffled.add_nodes_from(nodes)
    shuffled.add_edges_from(edges)
    assert to_bytes(shuffled) == first
    return first


def assert_atomic_write(
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
    graph: nx.Graph,
    write: Callable[[nx.Graph, Path], None],
    hook: tuple[ModuleType, str, int],
) -> None:
    """A write to *target* that fails midway leaves the file as it was and no temporary file.

    *hook* is ``(module, function name, n)``: that function of the writer raises on its n-th call.
    """
    write(graph, target)
    good = target.read_bytes()
    module, name, fail_at = hook
    original = getattr(module, name)
    calls = 0

    def failing(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == fail_at:
            raise RuntimeError("disk on fire")
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        write(graph, target)
    assert target.read_bytes() == good
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def joined(value: str | list[str]) -> str:
    """What a text or list of texts should read back as: illegal characters out, lists joined."""
    parts = [value] if isinstance(value, str) else value
    return "|".join(p for p in map(clean_text, parts) if p)


def random_text(reserved: set[str]) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Hypothesis cases for :func:`assert_random_text_round_trips`: up to five labels, a note per
    node (a text or a list of texts) and an attribute name that is none of *reserved*."""
    cases = given(
        labels=st.lists(TEXT, min_size=1, max_size=5),
        notes=st.lists(st.one_of(TEXT, st.lists(TEXT, max_size=3)), min_size=5, max_size=5),
        name=TEXT.filter(lambda n: clean_text(n) not in {"", *reserved}),
    )
    budget = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    return lambda test: budget(cases(test))


def assert_random_text_round_trips(
    labels: list[str],
    notes: list[str | list[str]],
    name: str,
    to_bytes: ToBytes,
    valid: Callable[[bytes], object],
    read: Callable[[bytes], nx.MultiDiGraph],
    *,
    iri_part: Callable[[str], str],
    node_id: Callable[[str], str],
    attr_name: Callable[[str], str],
    lists: bool = False,
) -> None:
    """A ring of nodes labelled *labels*, each with the attribute *name* set to its note, edges
    keyed and labelled by the labels: valid, every node and edge read back, and each node with
    its label and its note (cleaned and joined).

    A node's IRI ends in ``iri_part(label)``; ``node_id(iri)`` and ``attr_name(name)`` are what
    the format makes of an IRI and an attribute name. With *lists* the format has list values:
    a column holding a list holds lists only (``["a", "b"]``, read back as JSON).
    """
    graph = nx.MultiDiGraph()
    for i, label in enumerate(labels):
        graph.add_node(f"https://x.org/{i}/{iri_part(label)}", label=label, **{name: notes[i]})
    nodes = list(graph)
    for i, (u, v) in enumerate(zip(nodes, nodes[1:] + nodes[:1], strict=True)):
        graph.add_edge(u, v, key=labels[i], label=labels[i], note=notes[i])
    data = to_bytes(graph)
    valid(data)
    back = read(data)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    used = notes[: len(labels)]
    as_lists = lists and any(isinstance(n, list) and joined(n) for n in used)
    for i, node in enumerate(nodes):
        got = back.nodes[node_id(node)]
        assert got.get("label") == (clean_text(labels[i]) or None)
        value = got.get(attr_name(clean_text(name)))
        if as_lists and value is not None:
            parts = [used[i]] if isinstance(used[i], str) else used[i]
            assert json.loads(value) == [p for p in map(clean_text, parts) if p]
        else:
            assert value == (joined(used[i]) or None)

"""Namespaces and IRI minting: the same actor, event or document gets the same IRI on every run.

IRIs are derived from content (canonical names, document ids, trigger offsets), never from
counters, so two corpora that mention the same actor agree on its IRI.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

__all__ = [
    "BASE",
    "KG",
    "NS",
    "actor_iri",
    "document_iri",
    "event_iri",
    "local_name",
    "slugify",
    "wikidata_iri",
]

BASE = "https://w3id.org/kg-news/"
KG = BASE + "ontology#"
ID = BASE + "id/"

NS: dict[str, str] = {
    "kg": KG,
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "oa": "http://www.w3.org/ns/oa#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "wgs": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "geo": "http://www.opengis.net/ont/geosparql#",
    "void": "http://rdfs.org/ns/void#",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": "http://www.wikidata.org/entity/",
    "gn": "https://sws.geonames.org/",
    "plover": BASE + "plover#",
}


def slugify(text: str) -> str:
    """Lower-case ASCII slug: ``"Mazar-e-Sharif"`` -> ``"mazar-e-sharif"``.

    Non-Latin names that fold to nothing keep a short hash so they still get a distinct IRI.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug or "x" + hashlib.sha1(_utf8(text)).hexdigest()[:12]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of *text*, lone surrogates (from undecodable input) included."""
    return text.encode("utf-8", "surrogatepass")


def local_name(text: str) -> str:
    """*text* percent-encoded to a valid IRI path segment: ``"ASSAULT"`` stays as it is."""
    return quote(_utf8(text), safe="") or "_"


_QID = re.compile(r"Q[1-9][0-9]*")


def wikidata_iri(qid: str) -> str | None:
    """The Wikidata entity IRI of *qid* (``"Q42"``), None for anything that is not a QID."""
    qid = qid.strip()
    return NS["wd"] + qid if _QID.fullmatch(qid) else None


def actor_iri(label: str) -> str:
    """IRI of the actor whose canonical label is *label*."""
    return f"{ID}actor/{slugify(label)}"


def document_iri(document_id: str) -> str:
    """IRI of a document, from its stable id (record id or path relative to the input root)."""
    return f"{ID}doc/{quote(_utf8(document_id), safe='')}"


def event_iri(*parts: object) -> str:
    """IRI of an event, a hash of what identifies it (document and trigger, or type + roles)."""
    digest = hashlib.sha1(_utf8("\x1f".join(map(str, parts)))).hexdigest()[:16]
    return f"{ID}event/{digest}"

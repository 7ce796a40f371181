"""The report of an evaluation and its gate: scores, counts, the baseline of floors (shipped
with kg as ``kg/evaluation/baseline.json``) and the table ``kg evaluate`` prints."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import InputError

__all__ = [
    "BASELINE",
    "LOWER_IS_BETTER",
    "Report",
    "check_floors",
    "format_table",
    "load_baseline",
    "propose_baseline",
]

BASELINE = "kg/evaluation/baseline.json"
"""The packaged baseline (package data of :mod:`kg.evaluation`), as messages name it."""

LOWER_IS_BETTER = frozenset({
    "coref.split_rate", "coref.false_merge_rate", "ecbplus.cross_doc.split_rate",
    "ecbplus.cross_doc.false_merge_rate", "ecbplus.within_doc.split_rate",
    "ecbplus.false_merge_rate",
})


@dataclass
class Report:
    """Scores by metric name, raw counts, and diagnostics that are not gated."""

    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)

    def merge(self, other: Report) -> Report:
        """A new report holding both reports' entries (*other* wins on a clash)."""
        return Report({**self.metrics, **other.metrics}, {**self.counts, **other.counts},
                      {**self.details, **other.details})

    def to_json(self, baseline: Mapping[str, float] | None = None) -> dict[str, Any]:
        """The report as a JSON-ready dict; with *baseline*, also its bounds and the failures."""
        data: dict[str, Any] = {"metrics": dict(self.metrics), "counts": dict(self.counts),
                                "details": dict(self.details)}
        if baseline is not None:
            data["baseline"] = dict(baseline)
            data["failed"] = check_floors(self, baseline)
        return data


def load_baseline(path: Path | None = None) -> dict[str, float]:
    """Read a baseline file: a JSON object of metric name -> floor (ceiling if lower-is-better).

    Without *path*, the baseline shipped with kg (:data:`BASELINE`).

    Raises
    ------
    InputError
        When the file is missing, not JSON, or holds a non-numeric bound.
    """
    where: str | Path = BASELINE if path is None else path
    try:
        if path is None:
            text = resources.files("kg.evaluation").joinpath("baseline.json").read_text("utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = json.loads(text)
    except OSError as exc:
        raise InputError(where, f"cannot read the baseline ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON: {exc.msg}", exc.lineno) from exc
    if not isinstance(data, dict):
        raise InputError(where, "expected an object of metric name -> number", 1)
    for name, value in data.items():
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if not (ok and math.isfinite(value)):
            raise InputError(where, f"bound of {name!r} is not a number")
    return {name: float(value) for name, value in data.items()}


def _status(report: Report, name: str, bound: float) -> str:
    if name not in report.metrics:
        return "missing"
    value = report.metrics[name]
    if name in LOWER_IS_BETTER:
        return "ok" if value <= bound + 1e-9 else "ABOVE"
    return "ok" if value >= bound - 1e-9 else "BELOW"


def check_floors(report: Report, baseline: Mapping[str, float]) -> list[str]:
    """The baseline metrics that miss their bound or are absent from *report*, sorted."""
    return sorted(n for n, bound in baseline.items() if _status(report, n, bound) != "ok")


def propose_baseline(report: Report, slack: float = 0.02) -> dict[str, float]:
    """Bounds *slack* below (above, if lower-is-better) each metric, rounded to 3 decimals."""
    bounds = {}
    for name, value in sorted(report.metrics.items()):
        if name in LOWER_IS_BETTER:
            bounds[name] = min(1.0, math.ceil(round((value + slack) * 1000, 6)) / 1000)
        else:
            bounds[name] = max(0.0, math.floor(round((value - slack) * 1000, 6)) / 1000)
    return bounds


def format_table(report: Report, baseline: Mapping[str, float] | None = None) -> str:
    """An aligned text table: metric, value, floor (or ceiling) and status; then the counts."""
    baseline = baseline or {}
    rows = [("metric", "value", "floor", "status")]
    for name in sorted(set(report.metrics) | set(baseline)):
        value = f"{report.metrics[name]:.3f}" if name in report.metrics else "-"
        if name in baseline:
            sign = "<=" if name in LOWER_IS_BETTER else ">="
            rows.append((name, value, f"{sign} {baseline[name]:.3f}",
                         _status(report, name, baseline[name])))
        else:
            rows.append((name, value, "-", "-"))
    rows.append(("", "", "", ""))
    rows.append(("count", "value", "", ""))
    rows.extend((name, str(n), "", "") for name, n in sorted(report.counts.items()))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0]), row[1].rjust(widths[1]), row[2].rjust(widths[2]),
                 row[3].ljust(widths[3])]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"

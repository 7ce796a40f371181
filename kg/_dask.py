"""Per-document analysis on a Dask cluster (``kg build --dask ADDRESS``).

Imported only when asked for, so that a local build never pays for importing ``distributed``.
Each Dask worker loads kg's pipeline once, in a worker plugin, from the run's settings; the
scheduler is sent batches of documents and returns their records as they are done.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, get_worker, wait

from kg.config import Settings
from kg.errors import ConfigError
from kg.executors import Batch, Done, Worker, bounded

__all__ = ["DaskExecutor"]

_ATTRIBUTE = "kg_worker"


class _Pipeline(WorkerPlugin):
    """Loads the pipeline when a worker starts or joins, and drops it when it leaves."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        setattr(worker, _ATTRIBUTE, Worker(self.settings))

    def teardown(self, worker: Any) -> None:
        setattr(worker, _ATTRIBUTE, None)


def _run(batch: Batch) -> Done:
    worker: Worker = getattr(get_worker(), _ATTRIBUTE)
    return worker.run(batch)


class DaskExecutor:
    """Batches sent to a Dask cluster: *address* ``tcp://host:8786``, or ``"local"`` for a
    ``LocalCluster`` of *workers* single-threaded processes on this machine."""

    def __init__(self, settings: Settings, address: str, workers: int) -> None:
        self.cluster: LocalCluster | None = None
        try:
            if address == "local":
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                            processes=True, dashboard_address=None)
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout=30)
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        self.client.register_plugin(_Pipeline(settings), name="kg-pipeline")
        self.slots = max(1, sum(self.client.nthreads().values()))

    def map(self, batches: Iterable[Batch]) -> Iterator[Done]:
        def wait_one(pending: set[Any]) -> tuple[set[Any], set[Any]]:
            done, rest = wait(list(pending), return_when="FIRST_COMPLETED")
            return set(done), set(rest)

        yield from bounded(
            lambda batch: self.client.submit(_run, batch, pure=False),
            wait_one,
            lambda future: future.result(),
            batches,
            2 * self.slots,
        )

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

"""The one place where the stages are put in order (see runner.py), locally or on Ray;
`ingest_paths` (loading.py) stores articles without processing them."""

from sitrep.pipeline.loading import IngestStats, ingest_paths
from sitrep.pipeline.runner import STAGES, Failure, Progress, Runner, RunStats, build_runner

__all__ = [
    "STAGES",
    "Failure",
    "IngestStats",
    "Progress",
    "RunStats",
    "Runner",
    "build_runner",
    "ingest_paths",
]

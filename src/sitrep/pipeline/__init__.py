"""The one place where the stages are put in order (see runner.py), locally or on Ray."""

from sitrep.pipeline.runner import STAGES, Failure, Progress, Runner, RunStats, build_runner

__all__ = ["STAGES", "Failure", "Progress", "RunStats", "Runner", "build_runner"]

"""report stage: situation reports and exports an analyst can hand on.

- :func:`build_report` / :func:`render_report` (``sitrep_report.py``): the weekly
  situation report as one self-contained HTML file or Markdown with PNGs beside it;
- :func:`write_export` / :func:`iter_export_chunks` (``exports.py``): JSONL, ACLED CSV,
  GeoJSON and Parquet, pure over ``Iterable[Event]``.

This stage sits at the edge: it reads events through the store and may import other
stages; nothing imports it but ``serve/``.
"""

from __future__ import annotations

from sitrep.report.exports import EXPORT_FORMATS, iter_export_chunks, write_export
from sitrep.report.sitrep_report import REPORT_FORMATS, build_report, render_report

__all__ = [
    "EXPORT_FORMATS",
    "REPORT_FORMATS",
    "build_report",
    "iter_export_chunks",
    "render_report",
    "write_export",
]

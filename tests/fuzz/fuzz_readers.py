"""Coverage-guided fuzzing of the ingest readers with atheris.

Every input is written to a temporary file with one of the reader extensions and
streamed through :func:`sitrep.ingest.iter_articles`; anything other than an Article
or a Rejection coming out, or any exception escaping, is a crash atheris reports.

Run it (atheris is not a project dependency; ``pip install atheris==3.0.0``)::

    mkdir -p /tmp/fuzz/corpus
    python tests/fuzz/fuzz_readers.py -atheris_runs=20000 -artifact_prefix=/tmp/fuzz/
    python tests/fuzz/fuzz_readers.py -max_total_time=300 -max_len=4096 \
        -artifact_prefix=/tmp/fuzz/ /tmp/fuzz/corpus                    # 5 minutes, kept corpus
    python tests/fuzz/fuzz_readers.py /tmp/fuzz/crash-<hash>          # replay one crash

The first byte of an input picks the extension, the rest is the file.

Any libFuzzer flag works (``-max_len=4096``, ``-jobs=2``). pytest does not collect this
file, and importing it without atheris installed is harmless.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from datetime import date
from pathlib import Path

try:
    import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]
except ImportError:  # pragma: no cover - atheris is optional
    atheris = None

if atheris is not None:
    with atheris.instrument_imports(include=["sitrep"]):
        from sitrep.ingest import READERS, iter_articles
        from sitrep.model import Article, Rejection
else:
    from sitrep.ingest import READERS, iter_articles
    from sitrep.model import Article, Rejection

SUFFIXES = sorted(READERS)
TODAY = date(2024, 6, 1)
MAX_BYTES = 200_000


def fuzz_one(data: bytes, folder: Path) -> None:
    """Ingest one fuzzed file; raises AssertionError on a contract breach."""
    suffix = SUFFIXES[data[0] % len(SUFFIXES)] if data else ".txt"
    path = folder / f"fuzz{suffix}"
    path.write_bytes(data[1:])
    for item in iter_articles([path], max_bytes=MAX_BYTES, today=TODAY):
        if not isinstance(item, Article | Rejection):
            raise AssertionError(f"unexpected {type(item).__name__} from {suffix}")
        if isinstance(item, Article) and not item.text.strip():
            raise AssertionError(f"empty article text from {suffix}")


def main(argv: list[str]) -> None:
    """Entry point: ``python tests/fuzz/fuzz_readers.py [libFuzzer flags] [corpus]``."""
    if atheris is None:
        raise SystemExit("atheris is not installed: pip install atheris==3.0.0")
    logging.disable(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as folder:
        atheris.Setup(argv, lambda data: fuzz_one(data, Path(folder)))
        atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)

"""Keeping the cyclic garbage collector off the objects that live for a whole run.

A run holds a few hundred thousand Python objects from its start to its end (the spaCy
pipeline and its vocabulary, the lexicons, the gazetteer's tables, the actor dictionary),
and every full collection walks all of them again to find no garbage: on the 120-article
throughput benchmark (issue 7) about half a CPU second of a 16-second run. `run_heap_frozen`
moves them to the collector's permanent generation (``gc.freeze``) for the length of the
run and back afterwards, after one full collection (garbage frozen with them would stay
for the whole run: 400 MB more peak RSS on that benchmark); what the run itself allocates
is collected as before. The
results do not change: only when unreachable cycles among the older objects are
reclaimed (after the run instead of during it).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["run_heap_frozen"]


@contextmanager
def run_heap_frozen() -> Iterator[None]:
    """Within the block, the objects alive when it opens are left out of collections.

    Inside another such block (or after the caller froze the heap itself) it does nothing,
    so the enclosing freeze is the one that ends, and ends only once."""
    if gc.get_freeze_count():
        yield
        return
    gc.collect()  # garbage awaiting collection must not be frozen with the live objects
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()

"""Schemathesis against the published OpenAPI schema: generated requests, valid and invalid,
never get a 5xx, and valid ones get responses that match the schema they document.

(schemathesis' pytest plugin does not run under pytest 9 yet, so each operation's
hypothesis strategy is driven here directly.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from sitrep.serve.api import create_app
from sitrep.serve.boundaries import BOUNDARIES_FILE
from sitrep.settings import Settings
from sitrep.store import Store

schemathesis = pytest.importorskip("schemathesis", reason="needs schemathesis==4.32.5")
checks = pytest.importorskip("schemathesis.checks")
generation = pytest.importorskip("schemathesis.generation")

EXAMPLES = 25
NO_INPUT = {"GET /health", "GET /config", "GET /boundaries"}


def _run(operation: Any, mode: Any, token: str) -> None:
    verify = [checks.not_a_server_error]
    if mode == generation.GenerationMode.POSITIVE:
        verify += [
            checks.status_code_conformance,
            checks.content_type_conformance,
            checks.response_schema_conformance,
        ]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Any) -> None:
        response = case.call(headers={"Authorization": f"Bearer {token}"})
        case.validate_response(response, checks=verify)

    check()


def test_generated_requests_never_get_a_server_error(
    store: Store, make_settings: Callable[..., Settings], api_token: str
) -> None:
    app = create_app(store=store, settings=make_settings())
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    labels = []
    for result in schema.get_all_operations():
        operation = result.ok()
        labels.append(operation.label)
        if operation.label == "GET /boundaries" and not BOUNDARIES_FILE.is_file():
            # an install without the built map answers 503 by design (test_serve_api)
            continue
        _run(operation, generation.GenerationMode.POSITIVE, api_token)
        try:
            _run(operation, generation.GenerationMode.NEGATIVE, api_token)
        except Unsatisfiable:  # nothing to get wrong: no parameters, no body
            assert operation.label in NO_INPUT, operation.label
    assert "GET /events" in labels
    assert "POST /events/{event_id}/review" in labels
    assert len(labels) >= 12

"""Fixtures for the report and export tests."""

from __future__ import annotations

import pytest
from report_fixtures import make_events, make_previous_events

from sitrep.model import Event


@pytest.fixture
def events() -> list[Event]:
    return make_events()


@pytest.fixture
def previous_events() -> list[Event]:
    return make_previous_events()

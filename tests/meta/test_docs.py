"""Every command, option and setting is documented, and generated docs are current."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from sitrep.serve.cli import cli
from sitrep.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _commands(group: click.Group, prefix: str = "sitrep") -> Iterator[tuple[str, click.Command]]:
    for name, command in sorted(group.commands.items()):
        yield f"{prefix} {name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix} {name}")


COMMANDS = list(_commands(cli))


def _gen_docs():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_and_options_have_help(name: str, command: click.Command) -> None:
    assert command.help, f"{name} has no help text"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts} has no help"


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_is_in_the_readme(name: str, command: click.Command) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    if isinstance(command, click.Group):
        return
    assert re.search(re.escape(name) + r"\b", readme), f"README does not show `{name}`"


def test_every_setting_has_a_description() -> None:
    for name, info in Settings.model_fields.items():
        assert info.description, name


def test_generated_docs_are_current() -> None:
    gen = _gen_docs()
    assert gen.main(["--check"]) == 0, "run: python scripts/gen_docs.py"

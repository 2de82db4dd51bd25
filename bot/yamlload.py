"""Strict YAML loading for data files edited by hand: line numbers on every mapping
(`__line__`) and an error on a duplicate key (PyYAML would silently keep the last one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class YamlError(Exception):
    """A YAML problem with its place."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path, self.line, self.problem = path, line, problem


def _mapping(loader: yaml.BaseLoader, node: yaml.MappingNode) -> dict[str, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    mapping = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


# libyaml's C parser when available (much faster), with the same safe constructors.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_StringBase = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


class TypedLoader(_SafeBase):  # type: ignore[misc, valid-type]
    """Safe types (numbers, booleans) plus line numbers."""


class StringLoader(_StringBase):  # type: ignore[misc, valid-type]
    """Every scalar is a string (so `10:00` or `999` can never turn into a number)."""


for _cls in (TypedLoader, StringLoader):
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load(path: Path, *, strings: bool = False) -> Any:
    """Parse a YAML file; raise YamlError with file:line on any problem."""
    loader = StringLoader if strings else TypedLoader
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlError(path, mark.line + 1 if mark else 1, f"YAML: {exc.problem or exc}") from None

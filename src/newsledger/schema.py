"""JSON Schema of newsledger's output, generated from the record dataclasses.

``python -m newsledger.schema > docs/schema.json`` rewrites the published schema; a test keeps
the file in sync with the records.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any

from .records import SCHEMA_VERSION, Analysis, Record


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a, defs) for a in typing.get_args(tp)]
        return {"anyOf": options}
    if origin is tuple or origin is list:
        args = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(args[0], defs) if args else {}}
    if origin is dict:
        args = typing.get_args(tp)
        return {"type": "object", "additionalProperties": _type_schema(args[1], defs) if args else {}}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(tp))}
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if isinstance(tp, type) and issubclass(tp, Record):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _record_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    return {}


def _record_schema(cls: type[Record], defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required: list[str] = []
    for f in dataclasses.fields(cls):
        props[f.name] = _type_schema(hints[f.name], defs)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(f.name)
    doc = (cls.__doc__ or "").strip().split("\n")[0]
    out: dict[str, Any] = {"type": "object", "properties": props, "required": required,
                           "additionalProperties": False}
    if doc and not doc.startswith(cls.__name__ + "("):
        out["description"] = doc
    return out


def analysis_schema() -> dict[str, Any]:
    """The JSON Schema of an ``Analysis`` as printed by ``newsledger analyze``."""
    defs: dict[str, Any] = {}
    root = _record_schema(Analysis, defs)
    root["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsledger.invalid/schema/analysis.json",
        "title": "newsledger analysis",
        "schema_version": SCHEMA_VERSION,
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def schema_json() -> str:
    return json.dumps(analysis_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(schema_json())

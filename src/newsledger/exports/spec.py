"""What the export formats look like: the GDELT 2.0 columns, the PLOVER record layout and
vocabularies, the POLECAT-style table's columns, and the CAMEO/PLOVER codes the exports fill in.
All of it is read from ``data/ledger/`` and ``data/exports/`` through the resource loader (schemas
below and in ``exports.vocabulary``), so a user data file may extend it."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Record
from ..resources import MapOf, Required, Resources
from .vocabulary import Vocabulary, load_vocabulary

CSV_COLUMNS = ("column", "type", "newsledger")

PLOVER_FIELDS_SCHEMA = Required(
    {"record_fields": Required({"required": [str], "optional": [str]}, frozenset({"required", "optional"})),
     "extension_fields": [str], "actor_fields": [str], "text_info_fields": [str],
     "cite_info_fields": [str], "location_fields": [str], "quad_codes": [int]},
    frozenset({"record_fields", "extension_fields", "actor_fields", "text_info_fields",
               "cite_info_fields", "location_fields", "quad_codes"}),
)
CODES_SCHEMA = Required(
    {"plover_to_cameo_root": MapOf(str),
     "cameo_roots": MapOf(Required({"goldstein": float, "quad": int}, frozenset({"goldstein", "quad"}))),
     "plover_quad": MapOf(int)},
    frozenset({"plover_to_cameo_root", "cameo_roots", "plover_quad"}),
)


@dataclass(frozen=True)
class ColumnSpec(Record):
    """One column of an export format, as specified, and what newsledger puts in it."""

    name: str
    type: str
    note: str

    @property
    def filled(self) -> bool:
        return self.note.startswith("filled")


@dataclass(frozen=True)
class PloverSpec(Record):
    """The PLOVER JSON record layout (field names of the specification)."""

    required: tuple[str, ...]
    optional: tuple[str, ...]
    extension: tuple[str, ...]
    actor_fields: tuple[str, ...]
    text_info_fields: tuple[str, ...]
    cite_info_fields: tuple[str, ...]
    location_fields: tuple[str, ...]
    quad_codes: tuple[int, ...]

    @property
    def record_fields(self) -> tuple[str, ...]:
        return self.required + self.optional + self.extension


@dataclass(frozen=True)
class Codes:
    """CAMEO root of each PLOVER type; Goldstein score and QuadClass of each CAMEO root; QuadClass
    of each PLOVER type."""

    plover_root: dict[str, str]
    roots: dict[str, tuple[float, int]]
    plover_quad: dict[str, int]


@dataclass(frozen=True)
class ExportSpec:
    """Everything the GDELT, PLOVER and POLECAT-style exports read from data files."""

    gdelt_events: tuple[ColumnSpec, ...]
    gdelt_mentions: tuple[ColumnSpec, ...]
    polecat: tuple[ColumnSpec, ...]
    plover: PloverSpec
    codes: Codes
    vocabulary: Vocabulary


def _columns(resources: Resources, name: str) -> tuple[ColumnSpec, ...]:
    rows = resources.csv(name, CSV_COLUMNS)
    return tuple(ColumnSpec(name=r["column"], type=r["type"], note=r["newsledger"]) for r in rows)


def _plover(resources: Resources) -> PloverSpec:
    d = resources.yaml("ledger/plover_fields.yaml", PLOVER_FIELDS_SCHEMA)
    return PloverSpec(
        required=tuple(d["record_fields"]["required"]), optional=tuple(d["record_fields"]["optional"]),
        extension=tuple(d["extension_fields"]), actor_fields=tuple(d["actor_fields"]),
        text_info_fields=tuple(d["text_info_fields"]), cite_info_fields=tuple(d["cite_info_fields"]),
        location_fields=tuple(d["location_fields"]), quad_codes=tuple(d["quad_codes"]))


def _codes(resources: Resources) -> Codes:
    d = resources.yaml("ledger/codes.yaml", CODES_SCHEMA)
    return Codes(plover_root={k: str(v) for k, v in d["plover_to_cameo_root"].items()},
                 roots={str(k): (float(v["goldstein"]), int(v["quad"])) for k, v in d["cameo_roots"].items()},
                 plover_quad={k: int(v) for k, v in d["plover_quad"].items()})


def load_spec(resources: Resources) -> ExportSpec:
    """The export specifications, read once per ``resources``."""
    def build() -> ExportSpec:
        return ExportSpec(gdelt_events=_columns(resources, "ledger/gdelt_events_columns.csv"),
                          gdelt_mentions=_columns(resources, "ledger/gdelt_mentions_columns.csv"),
                          polecat=_columns(resources, "exports/polecat_columns.csv"),
                          plover=_plover(resources), codes=_codes(resources),
                          vocabulary=load_vocabulary(resources))

    spec: ExportSpec = resources.memo(("exports", "spec"), build)
    return spec

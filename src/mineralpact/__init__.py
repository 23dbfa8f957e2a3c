"""mineralpact: a typed model of international critical-mineral cooperation.

Agreements, parties, minerals, reserves and production with units, timelines,
and the sources behind every fact, as immutable, validated and serializable
values. Everything public is importable from here; the submodules
(:mod:`mineralpact.dates`, :mod:`mineralpact.quantities`, ...) hold the same
names, grouped by concept, and :mod:`mineralpact.minerals` also has the
look-up functions for the bundled reference minerals.

>>> import mineralpact
>>> mineralpact.PartialDate.parse("2023-02")
PartialDate(2023, 2)
>>> mineralpact.resolve_date("by November", mineralpact.PartialDate(2025, 3, 12),
...                          tense=mineralpact.Tense.FUTURE).value
Deadline(PartialDate(2025, 11))
>>> mineralpact.Quantity.parse("3,110 t") == mineralpact.Quantity.parse("3.11 kt")
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Every public name, grouped by the submodule that defines it: the one list
# that __all__ and the look-up below derive from. Submodules are imported on
# first use, so that ``import mineralpact`` costs next to nothing: defining the
# record classes (and the regular expressions and caches behind them) is paid
# only by the programs that use them. The imports under TYPE_CHECKING mirror
# this list for type checkers, which cannot follow a computed one; a test
# checks that they agree.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "agreements": ("Agreement", "AgreementKind", "Scope", "Signatory"),
    "codes": ("Country", "Identifier", "IdentifierScheme", "Subdivision"),
    "dataset": ("Claim", "Dataset", "Disagreement", "EntryKind", "Record", "TimelineEntry"),
    "dates": (
        "Comparison",
        "DateRange",
        "Deadline",
        "PartialDate",
        "Precision",
        "QualifiedDate",
        "Qualifier",
        "ResolvedDate",
        "TemporalValue",
        "Tense",
        "parse_temporal",
        "resolve_date",
    ),
    "errors": (
        "IncompatibleUnitsError",
        "InvalidCodeError",
        "InvalidDatasetError",
        "InvalidDateError",
        "InvalidDocumentError",
        "InvalidIdError",
        "InvalidQuantityError",
        "InvalidTypeError",
        "InvalidUnitError",
        "InvalidValueError",
        "MineralpactError",
        "MissingExtraError",
        "Problem",
        "ProblemGroup",
        "RecordNotFoundError",
        "RecordTypeError",
        "Severity",
        "UnknownMineralError",
        "UnresolvableDateError",
    ),
    "events": ("Event", "EventKind", "Participant"),
    "figures": (
        "Basis",
        "Figure",
        "FigureKey",
        "FigureValue",
        "Measure",
        "ProductionStage",
        "ReserveCategory",
        "Rounding",
    ),
    "laws": ("Law", "LawKind"),
    "milestones": ("Milestone", "MilestoneKind", "MilestoneStatus", "Plan"),
    "minerals": (
        "Commodity",
        "Element",
        "ListSubset",
        "Mineral",
        "MineralForm",
        "MineralGroup",
        "MineralList",
    ),
    "parties": (
        "Membership",
        "Name",
        "NameKind",
        "Organisation",
        "OrganisationKind",
        "Person",
        "Position",
    ),
    "places": ("Place",),
    "projects": ("Facility", "FacilityKind", "FundingInstrument", "Project"),
    "quantities": (
        "Coded",
        "Count",
        "Money",
        "Quantity",
        "QuantityRange",
        "Rank",
        "Share",
        "StatisticCode",
    ),
    "schema": ("json_schema",),
    "stages": ("InstrumentStatus", "Stage", "StageKind"),
    "serialization": (
        "FORMAT_VERSION",
        "READABLE_VERSIONS",
        "Limits",
        "dump",
        "dump_lines",
        "dumps",
        "iter_lines",
        "load",
        "load_lines",
        "loads",
        "register_migration",
    ),
    "restatements": ("Restatement",),
    "sources": ("Citation", "Confidence", "DateClaim", "Source", "SourceKind"),
}

#: Where each public name lives.
_SUBMODULE = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = sorted(_SUBMODULE)  # noqa: PLE0605 (derived from the one list above)

#: The public submodules, importable as attributes on first use: those above,
#: and those that export no name of their own here (mineralpact.strategies
#: needs hypothesis).
_MODULES = frozenset({*_EXPORTS, "bundled", "cli", "strategies"})

#: Old names of submodules, importable still, with a DeprecationWarning.
_DEPRECATED_MODULES = frozenset({"datasets"})

if TYPE_CHECKING:
    # The public submodules (mineralpact.strategies needs hypothesis), then
    # the public names: ``X as X`` re-exports X to type checkers, to which
    # the computed __all__ says nothing.
    from mineralpact import agreements as agreements
    from mineralpact import bundled as bundled
    from mineralpact import cli as cli
    from mineralpact import codes as codes
    from mineralpact import dataset as dataset
    from mineralpact import dates as dates
    from mineralpact import errors as errors
    from mineralpact import events as events
    from mineralpact import figures as figures
    from mineralpact import laws as laws
    from mineralpact import milestones as milestones
    from mineralpact import minerals as minerals
    from mineralpact import parties as parties
    from mineralpact import places as places
    from mineralpact import projects as projects
    from mineralpact import quantities as quantities
    from mineralpact import restatements as restatements
    from mineralpact import schema as schema
    from mineralpact import serialization as serialization
    from mineralpact import sources as sources
    from mineralpact import stages as stages
    from mineralpact.agreements import Agreement as Agreement
    from mineralpact.agreements import AgreementKind as AgreementKind
    from mineralpact.agreements import Scope as Scope
    from mineralpact.agreements import Signatory as Signatory
    from mineralpact.codes import Country as Country
    from mineralpact.codes import Identifier as Identifier
    from mineralpact.codes import IdentifierScheme as IdentifierScheme
    from mineralpact.codes import Subdivision as Subdivision
    from mineralpact.dataset import Claim as Claim
    from mineralpact.dataset import Dataset as Dataset
    from mineralpact.dataset import Disagreement as Disagreement
    from mineralpact.dataset import EntryKind as EntryKind
    from mineralpact.dataset import Record as Record
    from mineralpact.dataset import TimelineEntry as TimelineEntry
    from mineralpact.dates import Comparison as Comparison
    from mineralpact.dates import DateRange as DateRange
    from mineralpact.dates import Deadline as Deadline
    from mineralpact.dates import PartialDate as PartialDate
    from mineralpact.dates import Precision as Precision
    from mineralpact.dates import QualifiedDate as QualifiedDate
    from mineralpact.dates import Qualifier as Qualifier
    from mineralpact.dates import ResolvedDate as ResolvedDate
    from mineralpact.dates import TemporalValue as TemporalValue
    from mineralpact.dates import Tense as Tense
    from mineralpact.dates import parse_temporal as parse_temporal
    from mineralpact.dates import resolve_date as resolve_date
    from mineralpact.errors import IncompatibleUnitsError as IncompatibleUnitsError
    from mineralpact.errors import InvalidCodeError as InvalidCodeError
    from mineralpact.errors import InvalidDatasetError as InvalidDatasetError
    from mineralpact.errors import InvalidDateError as InvalidDateError
    from mineralpact.errors import InvalidDocumentError as InvalidDocumentError
    from mineralpact.errors import InvalidIdError as InvalidIdError
    from mineralpact.errors import InvalidQuantityError as InvalidQuantityError
    from mineralpact.errors import InvalidTypeError as InvalidTypeError
    from mineralpact.errors import InvalidUnitError as InvalidUnitError
    from mineralpact.errors import InvalidValueError as InvalidValueError
    from mineralpact.errors import MineralpactError as MineralpactError
    from mineralpact.errors import MissingExtraError as MissingExtraError
    from mineralpact.errors import Problem as Problem
    from mineralpact.errors import ProblemGroup as ProblemGroup
    from mineralpact.errors import RecordNotFoundError as RecordNotFoundError
    from mineralpact.errors import RecordTypeError as RecordTypeError
    from mineralpact.errors import Severity as Severity
    from mineralpact.errors import UnknownMineralError as UnknownMineralError
    from mineralpact.errors import UnresolvableDateError as UnresolvableDateError
    from mineralpact.events import Event as Event
    from mineralpact.events import EventKind as EventKind
    from mineralpact.events import Participant as Participant
    from mineralpact.figures import Basis as Basis
    from mineralpact.figures import Figure as Figure
    from mineralpact.figures import FigureKey as FigureKey
    from mineralpact.figures import FigureValue as FigureValue
    from mineralpact.figures import Measure as Measure
    from mineralpact.figures import ProductionStage as ProductionStage
    from mineralpact.figures import ReserveCategory as ReserveCategory
    from mineralpact.figures import Rounding as Rounding
    from mineralpact.laws import Law as Law
    from mineralpact.laws import LawKind as LawKind
    from mineralpact.milestones import Milestone as Milestone
    from mineralpact.milestones import MilestoneKind as MilestoneKind
    from mineralpact.milestones import MilestoneStatus as MilestoneStatus
    from mineralpact.milestones import Plan as Plan
    from mineralpact.minerals import Commodity as Commodity
    from mineralpact.minerals import Element as Element
    from mineralpact.minerals import ListSubset as ListSubset
    from mineralpact.minerals import Mineral as Mineral
    from mineralpact.minerals import MineralForm as MineralForm
    from mineralpact.minerals import MineralGroup as MineralGroup
    from mineralpact.minerals import MineralList as MineralList
    from mineralpact.parties import Membership as Membership
    from mineralpact.parties import Name as Name
    from mineralpact.parties import NameKind as NameKind
    from mineralpact.parties import Organisation as Organisation
    from mineralpact.parties import OrganisationKind as OrganisationKind
    from mineralpact.parties import Person as Person
    from mineralpact.parties import Position as Position
    from mineralpact.places import Place as Place
    from mineralpact.projects import Facility as Facility
    from mineralpact.projects import FacilityKind as FacilityKind
    from mineralpact.projects import FundingInstrument as FundingInstrument
    from mineralpact.projects import Project as Project
    from mineralpact.quantities import Coded as Coded
    from mineralpact.quantities import Count as Count
    from mineralpact.quantities import Money as Money
    from mineralpact.quantities import Quantity as Quantity
    from mineralpact.quantities import QuantityRange as QuantityRange
    from mineralpact.quantities import Rank as Rank
    from mineralpact.quantities import Share as Share
    from mineralpact.quantities import StatisticCode as StatisticCode
    from mineralpact.restatements import Restatement as Restatement
    from mineralpact.schema import json_schema as json_schema
    from mineralpact.serialization import FORMAT_VERSION as FORMAT_VERSION
    from mineralpact.serialization import READABLE_VERSIONS as READABLE_VERSIONS
    from mineralpact.serialization import Limits as Limits
    from mineralpact.serialization import dump as dump
    from mineralpact.serialization import dump_lines as dump_lines
    from mineralpact.serialization import dumps as dumps
    from mineralpact.serialization import iter_lines as iter_lines
    from mineralpact.serialization import load as load
    from mineralpact.serialization import load_lines as load_lines
    from mineralpact.serialization import loads as loads
    from mineralpact.serialization import register_migration as register_migration
    from mineralpact.sources import Citation as Citation
    from mineralpact.sources import Confidence as Confidence
    from mineralpact.sources import DateClaim as DateClaim
    from mineralpact.sources import Source as Source
    from mineralpact.sources import SourceKind as SourceKind
    from mineralpact.stages import InstrumentStatus as InstrumentStatus
    from mineralpact.stages import Stage as Stage
    from mineralpact.stages import StageKind as StageKind

    __version__: str
else:
    # Hidden from type checkers, which see the imports above instead.

    def __getattr__(name: str) -> Any:
        if name in _MODULES or name in _DEPRECATED_MODULES:
            # ``mineralpact.bundled.korea_mongolia()`` after ``import mineralpact``
            return importlib.import_module(f"mineralpact.{name}")
        module = _SUBMODULE.get(name)
        if module is not None:
            value = getattr(importlib.import_module(f"mineralpact.{module}"), name)
            globals()[name] = value
            return value
        if name == "__version__":
            # Read from the installed package's metadata, on first use.
            from importlib.metadata import version

            return version("mineralpact")
        raise AttributeError(f"module 'mineralpact' has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted([*globals(), *__all__, "__version__"])

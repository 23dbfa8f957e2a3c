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

__all__ = [
    "FORMAT_VERSION",
    "READABLE_VERSIONS",
    "Agreement",
    "AgreementKind",
    "Basis",
    "Citation",
    "Claim",
    "Commodity",
    "Comparison",
    "Confidence",
    "Count",
    "Country",
    "Dataset",
    "DateClaim",
    "DateRange",
    "Deadline",
    "Disagreement",
    "Element",
    "EntryKind",
    "Event",
    "EventKind",
    "Facility",
    "FacilityKind",
    "Figure",
    "FigureKey",
    "FigureValue",
    "FundingInstrument",
    "Identifier",
    "IdentifierScheme",
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
    "Limits",
    "ListSubset",
    "Measure",
    "Milestone",
    "MilestoneKind",
    "MilestoneStatus",
    "Mineral",
    "MineralGroup",
    "MineralList",
    "MineralpactError",
    "Money",
    "Name",
    "NameKind",
    "Organisation",
    "OrganisationKind",
    "PartialDate",
    "Participant",
    "Person",
    "Place",
    "Plan",
    "Position",
    "Precision",
    "Problem",
    "Project",
    "QualifiedDate",
    "Qualifier",
    "Quantity",
    "Rank",
    "Record",
    "RecordNotFoundError",
    "RecordTypeError",
    "ReserveCategory",
    "ResolvedDate",
    "Scope",
    "Severity",
    "Share",
    "Signatory",
    "Source",
    "SourceKind",
    "Subdivision",
    "TemporalValue",
    "Tense",
    "TimelineEntry",
    "UnknownMineralError",
    "UnresolvableDateError",
    "dump",
    "dump_lines",
    "dumps",
    "iter_lines",
    "json_schema",
    "load",
    "load_lines",
    "loads",
    "parse_temporal",
    "register_migration",
    "resolve_date",
]

# Where each public name lives. Submodules are imported on first use, so that
# ``import mineralpact`` costs next to nothing: defining the record classes
# (and the regular expressions and caches behind them) is paid only by the
# programs that use them.
_SUBMODULE = {
    "Agreement": "agreements",
    "AgreementKind": "agreements",
    "Scope": "agreements",
    "Signatory": "agreements",
    "Country": "codes",
    "Identifier": "codes",
    "IdentifierScheme": "codes",
    "Subdivision": "codes",
    "Claim": "dataset",
    "Dataset": "dataset",
    "Disagreement": "dataset",
    "EntryKind": "dataset",
    "Record": "dataset",
    "TimelineEntry": "dataset",
    "Comparison": "dates",
    "DateRange": "dates",
    "Deadline": "dates",
    "PartialDate": "dates",
    "Precision": "dates",
    "QualifiedDate": "dates",
    "Qualifier": "dates",
    "ResolvedDate": "dates",
    "TemporalValue": "dates",
    "Tense": "dates",
    "parse_temporal": "dates",
    "resolve_date": "dates",
    "IncompatibleUnitsError": "errors",
    "InvalidCodeError": "errors",
    "InvalidDatasetError": "errors",
    "InvalidDateError": "errors",
    "InvalidIdError": "errors",
    "InvalidQuantityError": "errors",
    "InvalidTypeError": "errors",
    "InvalidUnitError": "errors",
    "InvalidValueError": "errors",
    "MineralpactError": "errors",
    "Problem": "errors",
    "RecordNotFoundError": "errors",
    "RecordTypeError": "errors",
    "Severity": "errors",
    "UnknownMineralError": "errors",
    "UnresolvableDateError": "errors",
    "Event": "events",
    "EventKind": "events",
    "Participant": "events",
    "Basis": "figures",
    "Figure": "figures",
    "FigureKey": "figures",
    "FigureValue": "figures",
    "Measure": "figures",
    "ReserveCategory": "figures",
    "Milestone": "milestones",
    "MilestoneKind": "milestones",
    "MilestoneStatus": "milestones",
    "Plan": "milestones",
    "Commodity": "minerals",
    "Element": "minerals",
    "ListSubset": "minerals",
    "Mineral": "minerals",
    "MineralGroup": "minerals",
    "MineralList": "minerals",
    "Name": "parties",
    "NameKind": "parties",
    "Organisation": "parties",
    "OrganisationKind": "parties",
    "Person": "parties",
    "Position": "parties",
    "Place": "places",
    "Facility": "projects",
    "FacilityKind": "projects",
    "FundingInstrument": "projects",
    "Project": "projects",
    "Count": "quantities",
    "Money": "quantities",
    "Quantity": "quantities",
    "Rank": "quantities",
    "Share": "quantities",
    "Citation": "sources",
    "Confidence": "sources",
    "DateClaim": "sources",
    "Source": "sources",
    "SourceKind": "sources",
    "FORMAT_VERSION": "serialization",
    "READABLE_VERSIONS": "serialization",
    "Limits": "serialization",
    "dump": "serialization",
    "dump_lines": "serialization",
    "dumps": "serialization",
    "iter_lines": "serialization",
    "load": "serialization",
    "load_lines": "serialization",
    "loads": "serialization",
    "register_migration": "serialization",
    "json_schema": "schema",
    "InvalidDocumentError": "errors",
}

#: The public submodules, importable as attributes on first use.
_MODULES = frozenset(
    {
        "agreements",
        "cli",
        "codes",
        "dataset",
        "datasets",
        "dates",
        "errors",
        "events",
        "figures",
        "milestones",
        "minerals",
        "parties",
        "places",
        "projects",
        "quantities",
        "schema",
        "serialization",
        "sources",
        "strategies",
    }
)

if TYPE_CHECKING:
    # The public submodules (mineralpact.strategies needs hypothesis).
    from mineralpact import agreements as agreements
    from mineralpact import cli as cli
    from mineralpact import codes as codes
    from mineralpact import dataset as dataset
    from mineralpact import datasets as datasets
    from mineralpact import dates as dates
    from mineralpact import errors as errors
    from mineralpact import events as events
    from mineralpact import figures as figures
    from mineralpact import milestones as milestones
    from mineralpact import minerals as minerals
    from mineralpact import parties as parties
    from mineralpact import places as places
    from mineralpact import projects as projects
    from mineralpact import quantities as quantities
    from mineralpact import schema as schema
    from mineralpact import serialization as serialization
    from mineralpact import sources as sources
    from mineralpact.agreements import (
        Agreement,
        AgreementKind,
        Scope,
        Signatory,
    )
    from mineralpact.codes import (
        Country,
        Identifier,
        IdentifierScheme,
        Subdivision,
    )
    from mineralpact.dataset import (
        Claim,
        Dataset,
        Disagreement,
        EntryKind,
        Record,
        TimelineEntry,
    )
    from mineralpact.dates import (
        Comparison,
        DateRange,
        Deadline,
        PartialDate,
        Precision,
        QualifiedDate,
        Qualifier,
        ResolvedDate,
        TemporalValue,
        Tense,
        parse_temporal,
        resolve_date,
    )
    from mineralpact.errors import (
        IncompatibleUnitsError,
        InvalidCodeError,
        InvalidDatasetError,
        InvalidDateError,
        InvalidDocumentError,
        InvalidIdError,
        InvalidQuantityError,
        InvalidTypeError,
        InvalidUnitError,
        InvalidValueError,
        MineralpactError,
        Problem,
        RecordNotFoundError,
        RecordTypeError,
        Severity,
        UnknownMineralError,
        UnresolvableDateError,
    )
    from mineralpact.events import (
        Event,
        EventKind,
        Participant,
    )
    from mineralpact.figures import (
        Basis,
        Figure,
        FigureKey,
        FigureValue,
        Measure,
        ReserveCategory,
    )
    from mineralpact.milestones import (
        Milestone,
        MilestoneKind,
        MilestoneStatus,
        Plan,
    )
    from mineralpact.minerals import (
        Commodity,
        Element,
        ListSubset,
        Mineral,
        MineralGroup,
        MineralList,
    )
    from mineralpact.parties import (
        Name,
        NameKind,
        Organisation,
        OrganisationKind,
        Person,
        Position,
    )
    from mineralpact.places import (
        Place,
    )
    from mineralpact.projects import (
        Facility,
        FacilityKind,
        FundingInstrument,
        Project,
    )
    from mineralpact.quantities import (
        Count,
        Money,
        Quantity,
        Rank,
        Share,
    )
    from mineralpact.schema import json_schema
    from mineralpact.serialization import (
        FORMAT_VERSION,
        READABLE_VERSIONS,
        Limits,
        dump,
        dump_lines,
        dumps,
        iter_lines,
        load,
        load_lines,
        loads,
        register_migration,
    )
    from mineralpact.sources import (
        Citation,
        Confidence,
        DateClaim,
        Source,
        SourceKind,
    )

    __version__: str
else:
    # Hidden from type checkers, which see the imports above instead.

    def __getattr__(name: str) -> Any:
        if name in _MODULES:
            # ``mineralpact.datasets.korea_mongolia()`` after ``import mineralpact``
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

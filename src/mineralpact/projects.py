"""Projects and facilities: who funds, runs and hosts them, where, and for what.

A :class:`Project` is a funded undertaking: Korea's official development
assistance (ODA) project "Establishment of a Rare Metal Center for High
Value-Added Processing and Commercialization of Mongolia's Rare Metals",
funded by Korea, executed by KIGAM, managed by KIAT and hosted by Mongolia's
GCRA. A :class:`Facility` is a place where work is done: the Korea-Mongolia
Rare Metal Cooperation Center that the project built in Ulaanbaatar. Both
refer to parties and minerals by id (``org:kigam``, ``country:mn``,
``group:ree``), and cite their sources.

Counts of a project or facility ("56 types of advanced equipment", "research
on 35 types of rare metals") are not fields: they are sourced figures
(:class:`~mineralpact.figures.Figure`) whose ``subject`` is the facility's or
project's id and whose value is a :class:`~mineralpact.quantities.Count`, so
that sources that give other counts can be kept beside them.

>>> from mineralpact.agreements import Scope
>>> from mineralpact.codes import Country
>>> from mineralpact.figures import Figure, Measure
>>> from mineralpact.places import Place
>>> from mineralpact.quantities import Count
>>> from mineralpact.sources import Citation
>>> cite = Citation(
...     "src:sedaily-2025-12-15",
...     quotation="The facility is equipped with 56 types of advanced equipment",
... )
>>> project = Project(
...     id="project:kr-mn-rare-metal-center-oda",
...     title="Establishment of a Rare Metal Center for High Value-Added Processing "
...     "and Commercialization of Mongolia's Rare Metals",
...     funders=frozenset({"country:kr"}),
...     instrument=FundingInstrument.OFFICIAL_DEVELOPMENT_ASSISTANCE,
...     executors=frozenset({"org:kigam"}),
...     managers=frozenset({"org:kiat"}),
...     hosts=frozenset({"org:gcra", "country:mn"}),
...     place=Place(country=Country("MN"), city="Ulaanbaatar"),
...     scope=frozenset({Scope.RESEARCH_AND_DEVELOPMENT, Scope.PROCESSING}),
...     citations=(cite,),
... )
>>> equipment = Figure(
...     id="figure:kr-mn-rare-metal-center-equipment-types",
...     subject="facility:kr-mn-rare-metal-cooperation-center",
...     measure=Measure.COUNT,
...     value=Count(56, of="types of advanced equipment"),
...     citations=(cite,),
... )
>>> str(equipment.value)
'56 types of advanced equipment'
"""

from __future__ import annotations

import enum

import attrs

from mineralpact import _claims, _fields
from mineralpact import _validate as v
from mineralpact._ids import MINERAL_PREFIXES, PARTY_PREFIXES
from mineralpact.agreements import Scope
from mineralpact.parties import Name, NameKind
from mineralpact.places import Place
from mineralpact.sources import Citation, DateClaim

__all__ = ["Facility", "FacilityKind", "FundingInstrument", "Project"]

_MAX_TITLE_LENGTH = 500


class FundingInstrument(enum.Enum):
    """How a project is paid for.

    >>> FundingInstrument("official_development_assistance")
    <FundingInstrument.OFFICIAL_DEVELOPMENT_ASSISTANCE: 'official_development_assistance'>
    """

    #: Official development assistance (ODA): aid from a government's budget.
    OFFICIAL_DEVELOPMENT_ASSISTANCE = "official_development_assistance"
    #: A grant that is not ODA (from a foundation or a company, say).
    GRANT = "grant"
    #: A loan, concessional or not.
    LOAN = "loan"
    #: An equity stake.
    EQUITY = "equity"
    #: A government's own budget, spent at home.
    PUBLIC_BUDGET = "public_budget"
    #: Private money of the parties themselves.
    PRIVATE = "private"
    #: Anything else.
    OTHER = "other"


class FacilityKind(enum.Enum):
    """What kind of place a facility is.

    >>> FacilityKind("research_centre")
    <FacilityKind.RESEARCH_CENTRE: 'research_centre'>
    """

    #: A research centre (the Korea-Mongolia Rare Metal Cooperation Center).
    RESEARCH_CENTRE = "research_centre"
    #: A laboratory.
    LABORATORY = "laboratory"
    #: A mine.
    MINE = "mine"
    #: A processing plant, including a pilot plant.
    PLANT = "plant"
    #: A smelter.
    SMELTER = "smelter"
    #: A refinery.
    REFINERY = "refinery"
    #: An office.
    OFFICE = "office"
    #: Anything else.
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Project:
    """A funded undertaking: who pays, who carries it out, who hosts it, and where.

    ``funders`` and ``hosts`` are party ids (``org:``, ``country:`` or
    ``person:``); ``executors`` (who carry the work out) and ``managers``
    (who manage the funding on the funder's behalf) are ``org:`` ids.
    ``instrument`` is how the project is paid for, ``place`` where it
    takes place, ``areas`` the places within it where the work is done, when
    a source names several (the regions an exploration covers), ``minerals`` the mineral ids (``element:``, ``group:``,
    ``commodity:``, ``list:``) it concerns and ``scope`` what it covers.
    ``start`` and ``end`` hold the dates on which its sources say it began
    and ended, one :class:`~mineralpact.sources.DateClaim` per distinct
    date, so that it stands in a timeline (a planned step with a plan and
    an outcome is a :class:`~mineralpact.milestones.Milestone` instead).
    Ids start with ``project:``.

    Counts that sources give for a project are
    :class:`~mineralpact.figures.Figure` records with the project's id as
    ``subject`` and a :class:`~mineralpact.quantities.Count` as value.

    >>> from mineralpact.sources import Citation
    >>> cite = Citation(
    ...     "src:sedaily-2025-12-15",
    ...     quotation="the government's Official Development Assistance (ODA) project",
    ... )
    >>> project = Project(
    ...     id="project:kr-mn-rare-metal-center-oda",
    ...     title="Establishment of a Rare Metal Center for High Value-Added Processing "
    ...     "and Commercialization of Mongolia's Rare Metals",
    ...     funders=frozenset({"country:kr"}),
    ...     instrument=FundingInstrument.OFFICIAL_DEVELOPMENT_ASSISTANCE,
    ...     executors=frozenset({"org:kigam"}),
    ...     hosts=frozenset({"org:gcra"}),
    ...     minerals=frozenset({"group:ree", "element:w", "element:mo", "element:li"}),
    ...     citations=(cite,),
    ... )
    >>> project.instrument.value
    'official_development_assistance'
    >>> list(project.references())[:4]
    [('funders[0]', 'country:kr'), ('executors[0]', 'org:kigam'), ('hosts[0]', 'org:gcra'), ('minerals[0]', 'element:li')]
    >>> Project(id="project:x", title="X", funders=frozenset({"kigam"}), citations=(cite,))
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidIdError: invalid Project.funders: 'kigam'; ...

    Raises:
        InvalidTypeError: if a field has the wrong type (a list for a frozenset).
        InvalidValueError: if a text is blank or too long, or there are no citations.
        InvalidIdError: if an id is malformed or names the wrong kind of record.
    """  # noqa: E501 -- the list of references is one long line

    id: str = attrs.field(**_fields.identifier("project"))
    title: str = attrs.field(**_fields.title(max_length=_MAX_TITLE_LENGTH))
    funders: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs(*PARTY_PREFIXES))
    instrument: FundingInstrument | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(FundingInstrument))
    )
    executors: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs("org"))
    managers: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs("org"))
    hosts: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs(*PARTY_PREFIXES))
    place: Place | None = attrs.field(default=None, validator=v.optional(v.instance_of(Place)))
    minerals: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs(*MINERAL_PREFIXES))
    scope: frozenset[Scope] = attrs.field(default=frozenset(), validator=v.frozenset_of(Scope))
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()
    areas: tuple[Place, ...] = attrs.field(default=(), validator=v.tuple_of(Place))
    start: tuple[DateClaim, ...] = attrs.field(
        default=(), validator=[v.tuple_of(DateClaim), _claims.distinct_values]
    )
    end: tuple[DateClaim, ...] = attrs.field(
        default=(), validator=[v.tuple_of(DateClaim), _claims.distinct_values]
    )

    references = _fields.references


@attrs.frozen(kw_only=True)
class Facility:
    """A place where work is done: a research centre, a laboratory, a mine, a plant.

    ``names`` holds every name sources give (the centre is the "Korea-Mongolia
    Rare Metals Cooperation Center" in one text and the "Korea-Mongolia Rare
    Metal Cooperation Center" in another), the primary one first (see
    :attr:`name`). ``project`` is the id of the project that built or runs
    it, ``operators`` the ``org:`` ids of those who run it, ``host`` the
    ``org:`` id of the organisation whose premises it is on. ``start`` and
    ``end`` hold the dates on which its sources say it opened (or began
    work) and closed, one :class:`~mineralpact.sources.DateClaim` per
    distinct date; an opening that was planned, with its plan, is a
    :class:`~mineralpact.milestones.Milestone` instead. Ids start with
    ``facility:``.

    Counts that sources give for a facility ("equipped with 56 types of
    advanced equipment") are :class:`~mineralpact.figures.Figure` records
    with the facility's id as ``subject`` and a
    :class:`~mineralpact.quantities.Count` as value.

    >>> from mineralpact.codes import Country
    >>> from mineralpact.parties import Name, NameKind
    >>> from mineralpact.places import Place
    >>> from mineralpact.sources import Citation
    >>> sedaily = Citation(
    ...     "src:sedaily-2025-12-15",
    ...     quotation="opened the Korea-Mongolia Rare Metal Cooperation Center",
    ... )
    >>> korea_net = Citation(
    ...     "src:korea-net-2025-03-12",
    ...     quotation="the Korea-Mongolia Rare Metals Cooperation Center",
    ... )
    >>> centre = Facility(
    ...     id="facility:kr-mn-rare-metal-cooperation-center",
    ...     names=(
    ...         Name("Korea-Mongolia Rare Metal Cooperation Center", citations=(sedaily,)),
    ...         Name(
    ...             "Korea-Mongolia Rare Metals Cooperation Center",
    ...             kind=NameKind.ALIAS,
    ...             citations=(korea_net,),
    ...         ),
    ...     ),
    ...     kind=FacilityKind.RESEARCH_CENTRE,
    ...     project="project:kr-mn-rare-metal-center-oda",
    ...     operators=frozenset({"org:kigam"}),
    ...     host="org:gcra",
    ...     place=Place(country=Country("MN"), city="Ulaanbaatar"),
    ...     citations=(sedaily, korea_net),
    ... )
    >>> centre.name.text
    'Korea-Mongolia Rare Metal Cooperation Center'
    >>> centre.host
    'org:gcra'

    Raises:
        InvalidTypeError: if a field has the wrong type (a list for a tuple).
        InvalidValueError: if there are no names or no citations, or a note is blank.
        InvalidIdError: if an id is malformed or names the wrong kind of record.
    """

    id: str = attrs.field(**_fields.identifier("facility"))
    names: tuple[Name, ...] = attrs.field(validator=v.tuple_of(Name, min_length=1))
    kind: FacilityKind = attrs.field(validator=v.instance_of(FacilityKind))
    project: str | None = attrs.field(default=None, **_fields.ref("project", optional=True))
    operators: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs("org"))
    host: str | None = attrs.field(default=None, **_fields.ref("org", optional=True))
    place: Place | None = attrs.field(default=None, validator=v.optional(v.instance_of(Place)))
    minerals: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs(*MINERAL_PREFIXES))
    scope: frozenset[Scope] = attrs.field(default=frozenset(), validator=v.frozenset_of(Scope))
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()
    start: tuple[DateClaim, ...] = attrs.field(
        default=(), validator=[v.tuple_of(DateClaim), _claims.distinct_values]
    )
    end: tuple[DateClaim, ...] = attrs.field(
        default=(), validator=[v.tuple_of(DateClaim), _claims.distinct_values]
    )

    @property
    def name(self) -> Name:
        """The primary name: the first official English name, else the first name.

        The same rule as :attr:`mineralpact.parties.Organisation.name`.

        >>> from mineralpact.parties import Name, NameKind
        >>> from mineralpact.sources import Citation
        >>> lab = Facility(
        ...     id="facility:gcra-laboratory",
        ...     names=(Name("GCRA lab", kind=NameKind.ABBREVIATION), Name("GCRA Laboratory")),
        ...     kind=FacilityKind.LABORATORY,
        ...     citations=(Citation("src:kigam-2025-12-12"),),
        ... )
        >>> lab.name.text
        'GCRA Laboratory'
        """
        for name in self.names:
            if name.kind is NameKind.OFFICIAL and name.language == "en":
                return name
        return self.names[0]

    references = _fields.references

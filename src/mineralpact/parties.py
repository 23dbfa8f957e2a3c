"""Parties: organisations and people, their names, and the positions people hold.

Organisations and people are entities with stable ids (``org:kigam``,
``person:uchral-nyam-osor``). What sources say about them is kept as stated:

* :class:`Name`: a name as a source gives it, with its language, its kind
  (official, abbreviation, alias, translation), the period in which it was in
  use and the sources that give it. An organisation may have several names at
  once (GCRA is "Geological Center for Research and Analysis" in one text and
  "Geological Central Research Academy" in another) and names that change
  over time (Korea's Ministry of Trade, Industry and Energy was restyled the
  Ministry of Trade, Industry and Resources in late 2025).
* :class:`Organisation` and :class:`Person`: the entities, each with one or
  more names.
* :class:`Position`: a person holding a title in an organisation over a
  period, as a source states it. A person who changes posts has one position
  record per post.
* :class:`Membership`: a country or an organisation belonging to an
  international organisation (a union, an intergovernmental organisation, a
  partnership, a forum) over a period, held on
  :attr:`Organisation.members`: France in the European Union since 1958,
  the United Kingdom until 2020-01-31.

>>> from mineralpact.codes import Country
>>> from mineralpact.sources import Citation
>>> cite = Citation(
...     "src:korea-net-2025-03-12",
...     quotation="Geological Center for Research and Analysis (GCRA)",
... )
>>> gcra = Organisation(
...     id="org:gcra",
...     names=(
...         Name("Geological Center for Research and Analysis", citations=(cite,)),
...         Name("GCRA", kind=NameKind.ABBREVIATION, citations=(cite,)),
...     ),
...     kind=OrganisationKind.RESEARCH_INSTITUTE,
...     jurisdiction=Country("MN"),
...     citations=(cite,),
... )
>>> gcra.name.text
'Geological Center for Research and Analysis'
>>> gcra.matches("gcra")
True
"""

from __future__ import annotations

import datetime
import enum

import attrs

from mineralpact import _claims, _fields
from mineralpact import _validate as v
from mineralpact._folding import fold_name
from mineralpact.codes import Country, Identifier
from mineralpact.dates import PartialDate
from mineralpact.errors import InvalidIdError, InvalidTypeError
from mineralpact.sources import Citation, DateClaim

__all__ = [
    "Membership",
    "Name",
    "NameKind",
    "Organisation",
    "OrganisationKind",
    "Person",
    "Position",
]

_MAX_NAME_LENGTH = 300
_MAX_TITLE_LENGTH = 300
_DATE_EXPECTED = "a PartialDate or a datetime.date (not a datetime)"


class OrganisationKind(enum.Enum):
    """What kind of body an organisation is.

    >>> OrganisationKind("state_owned_enterprise")
    <OrganisationKind.STATE_OWNED_ENTERPRISE: 'state_owned_enterprise'>
    """

    #: A national government as a whole ("the Mongolian government").
    GOVERNMENT = "government"
    #: A ministry or department of a government (MOTIE).
    MINISTRY = "ministry"
    #: A government agency (Mongolia's National Geological Survey).
    AGENCY = "agency"
    #: A company owned by a state (Erdenes Mongol, KOMIR).
    STATE_OWNED_ENTERPRISE = "state_owned_enterprise"
    #: A private or listed company (KT Corporation, Samsung C&T).
    COMPANY = "company"
    #: A research institute (KIGAM, GCRA).
    RESEARCH_INSTITUTE = "research_institute"
    #: A university.
    UNIVERSITY = "university"
    #: An international organisation or body.
    INTERNATIONAL_BODY = "international_body"
    #: A union of states that holds powers of its own, issues law and is a
    #: party to agreements (the European Union).
    SUPRANATIONAL_UNION = "supranational_union"
    #: An organisation of states set up by treaty (the OECD, ASEAN).
    INTERGOVERNMENTAL_ORGANISATION = "intergovernmental_organisation"
    #: A partnership of states and other bodies on a shared aim (the Minerals
    #: Security Partnership).
    PARTNERSHIP = "partnership"
    #: An informal grouping of states that meets and issues statements (the G7).
    FORUM = "forum"
    #: The organiser of a forum or conference.
    FORUM_ORGANISER = "forum_organiser"
    #: A joint committee (the Korea-Mongolia Rare Metals Cooperation Joint Committee).
    COMMITTEE = "committee"
    FUND = "fund"  #: A fund, such as one an agreement establishes.
    #: A publisher of news or reports (The Korea Herald).
    PUBLISHER = "publisher"
    #: Anything else.
    OTHER = "other"


class NameKind(enum.Enum):
    """What kind of name a :class:`Name` is.

    >>> NameKind("abbreviation")
    <NameKind.ABBREVIATION: 'abbreviation'>
    """

    #: The name the party itself uses officially, in that language.
    OFFICIAL = "official"
    #: A short form such as "GCRA" or "MOTIE".
    ABBREVIATION = "abbreviation"
    #: Another name or rendering in use, such as another source's English
    #: name, or a person's name in another order ("J. Ganbaatar").
    ALIAS = "alias"
    #: A translation of the official name into another language.
    TRANSLATION = "translation"


# --- shared helpers ---------------------------------------------------------------


def _date_bounds(what: str, value: object) -> tuple[datetime.date, datetime.date]:
    """The first and last day that a date (partial or not) may stand for."""
    if isinstance(value, PartialDate):
        return value.earliest, value.latest
    # A datetime is a date too, but its time of day would be silently dropped.
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value, value
    raise InvalidTypeError(what, value, _DATE_EXPECTED)


def _in_period(
    first: datetime.date,
    last: datetime.date,
    since: PartialDate | None,
    until: PartialDate | None,
    *,
    open_bounds: bool,
) -> bool | None:
    """Whether every day from ``first`` to ``last`` lies in ``[since, until]``.

    ``since`` is the first day of the period and ``until`` its last (both
    included), each known only to the precision it is given with. Returns
    ``True`` when every day certainly lies in the period, ``False`` when none
    can, and ``None`` when it cannot be told. A missing bound is open (no limit
    on that side) when ``open_bounds`` is true. Otherwise it is unknown, and
    the period is only known to hold the days that both ends of the stated
    one share: a period known to start on 2023-01-26 holds at least that day.
    """
    if since is not None and last < since.earliest:
        return False
    if until is not None and first > until.latest:
        return False
    if not open_bounds:
        if since is None and until is None:
            return None
        # The period ends no earlier than it starts, so a known bound stands
        # in for the unknown one, as the shortest period possible.
        since, until = since or until, until or since
    after_start = since is None or since.latest <= first
    before_end = until is None or last <= until.earliest
    return True if after_start and before_end else None


def _attested_on(
    attested: tuple[DateClaim, ...], first: datetime.date, last: datetime.date
) -> bool:
    """Whether a source shows use on the one day ``first`` to ``last`` stands for.

    Only an attestation of one exact day tells that the name or post was in
    use on that day; one of a month, a year or an uncertain day only tells
    that it was in use at some time then.
    """
    return first == last and any(
        isinstance(claim.value, PartialDate) and claim.value.earliest == claim.value.latest == first
        for claim in attested
    )


def _with_attested(
    period: bool | None, attested: tuple[DateClaim, ...], first: datetime.date, last: datetime.date
) -> bool | None:
    """The answer of a stated period, with what the attestations add to it.

    A day on which a source shows the name or post in use is ``True``,
    unless the stated period excludes it: then the record contradicts
    itself, and the answer is ``None``.
    """
    if not _attested_on(attested, first, last):
        return period
    return None if period is False else True


def _primary(names: tuple[Name, ...]) -> Name:
    for name in names:
        if name.kind is NameKind.OFFICIAL and name.language == "en":
            return name
    return names[0]


def _matches(what: str, names: tuple[Name, ...], text: object) -> bool:
    if not isinstance(text, str):
        raise InvalidTypeError(what, text, "a string")
    folded = fold_name(text)
    return bool(folded) and any(fold_name(name.text) == folded for name in names)


# --- Name -------------------------------------------------------------------------


@attrs.frozen
class Name:
    """A name of an organisation or a person, as sources give it.

    ``language`` is an ISO 639-1 code (two lower-case letters, ``"en"``,
    ``"ko"``, ``"mn"``). ``since`` and ``until`` bound the period in which the
    name was in use, both included, each as precise as known; leave them out
    when the sources do not say. ``attested`` holds the dates on which
    sources show the name in use (a report that uses it, dated by the day it
    speaks of), each a :class:`~mineralpact.sources.DateClaim` citing them:
    evidence of use on those dates, not a start or an end. ``citations`` are
    the sources that give the name (they may be left empty when the record's
    own citations cover it).

    The name Korea's MOTIE had until its restyling in late 2025, and the name
    it has since:

    >>> from mineralpact.dates import PartialDate
    >>> old = Name("Ministry of Trade, Industry and Energy", until=PartialDate(2025))
    >>> new = Name("Ministry of Trade, Industry and Resources", since=PartialDate(2025))
    >>> str(new)
    'Ministry of Trade, Industry and Resources'
    >>> Name("GCRA", kind=NameKind.ABBREVIATION).kind
    <NameKind.ABBREVIATION: 'abbreviation'>
    >>> Name("Монгол Улс", language="MN")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidCodeError: invalid Name.language: 'MN'; expected an ISO 639-1 ...
    """

    text: str = attrs.field(validator=v.text(max_length=_MAX_NAME_LENGTH))
    language: str = attrs.field(default="en", validator=v.language())
    kind: NameKind = attrs.field(default=NameKind.OFFICIAL, validator=v.instance_of(NameKind))
    since: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    until: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), **_fields.citations(min_length=0))
    attested: tuple[DateClaim, ...] = attrs.field(
        default=(), validator=[v.tuple_of(DateClaim), _claims.distinct_values]
    )

    def in_use_on(self, date: PartialDate | datetime.date) -> bool | None:
        """Whether this name was in use on ``date``: ``True``, ``False`` or ``None``.

        ``True`` when the name was certainly in use on every day ``date`` may
        stand for, ``False`` when it certainly was not in use on any of them,
        ``None`` when the precision of the dates does not allow telling. A
        missing ``since`` or ``until`` is open: a name with neither is taken
        as in use at any time. A day in ``attested`` is a day the name was
        in use, whatever its period leaves open (``None`` if the period
        excludes it: the record then contradicts itself).

        A name first used at some time in 2025 is not known to be in use in
        June 2025, but is in 2026:

        >>> from mineralpact.dates import PartialDate
        >>> new = Name("Ministry of Trade, Industry and Resources", since=PartialDate(2025))
        >>> new.in_use_on(PartialDate(2025, 6)) is None
        True
        >>> new.in_use_on(PartialDate(2026, 3))
        True
        >>> new.in_use_on(datetime.date(2024, 12, 31))
        False

        A name last used some time in 2025, which a report of 22 September
        2025 uses:

        >>> from mineralpact.sources import Citation, DateClaim
        >>> monday = Citation("src:korea-times-2025-09-22", quotation="Monday", phrase="Monday")
        >>> old = Name(
        ...     "Ministry of Trade, Industry and Energy",
        ...     until=PartialDate(2025),
        ...     attested=(DateClaim(PartialDate(2025, 9, 22), (monday,)),),
        ... )
        >>> old.in_use_on(PartialDate(2025, 9, 22))
        True
        >>> old.in_use_on(PartialDate(2025, 9)) is None
        True

        Raises:
            InvalidTypeError: if ``date`` is neither a PartialDate nor a
                datetime.date.
        """
        first, last = _date_bounds("Name.in_use_on", date)
        period = _in_period(first, last, self.since, self.until, open_bounds=True)
        return _with_attested(period, self.attested, first, last)

    def __str__(self) -> str:
        return self.text


# --- Membership ---------------------------------------------------------------------


@attrs.frozen
class Membership:
    """A country or an organisation that belongs to an organisation, over a period.

    ``member`` is a ``country:`` or ``org:`` id (a state, or a body such as
    the European Union in the G7). ``since`` and ``until`` are the first and
    the last day of membership, both included, each as precise as known. A
    missing bound is open, as for a :class:`Name`: leave ``until`` out while
    the membership lasts, and ``since`` out when the sources do not say; a
    membership with neither holds at every date. ``citations`` are the
    sources that state it (they may be left empty when the organisation's own
    citations cover it). A member that left and joined again has one
    membership per period.

    France, a founding member of the European Economic Community in 1958,
    and the United Kingdom, a member from 1973 until 31 January 2020:

    >>> from mineralpact.dates import PartialDate
    >>> france = Membership("country:fr", since=PartialDate(1958, 1, 1))
    >>> uk = Membership("country:gb", since=PartialDate(1973, 1, 1), until=PartialDate(2020, 1, 31))
    >>> france.held_on(PartialDate(2024)), uk.held_on(PartialDate(2024))
    (True, False)
    >>> uk.held_on(PartialDate(2020, 1, 31)), uk.held_on(PartialDate(2015, 6))
    (True, True)
    >>> print(uk.held_on(PartialDate(2020)))
    None
    >>> Membership("person:x")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidIdError: invalid Membership.member: 'person:x'; expected an id of the form 'country:…' or 'org:…'
    """  # noqa: E501 -- doctest lines

    member: str = attrs.field(**_fields.ref("country", "org"))
    since: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    until: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    citations: tuple[Citation, ...] = attrs.field(default=(), **_fields.citations(min_length=0))

    def held_on(self, date: PartialDate | datetime.date) -> bool | None:
        """Whether the member belonged to the organisation on ``date``.

        ``True`` when it certainly did on every day ``date`` may stand for,
        ``False`` when it certainly did on none of them, ``None`` when the
        precision of the dates does not allow telling (a member that left on
        2020-01-31, asked about 2020). A missing ``since`` or ``until`` is
        open (see :class:`Membership`).

        >>> from mineralpact.dates import PartialDate
        >>> Membership("country:fr", since=PartialDate(1958)).held_on(datetime.date(1957, 12, 31))
        False

        Raises:
            InvalidTypeError: if ``date`` is neither a PartialDate nor a
                datetime.date.
        """
        first, last = _date_bounds("Membership.held_on", date)
        return _in_period(first, last, self.since, self.until, open_bounds=True)

    references = _fields.references


# --- Organisation -------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Organisation:
    """An organisation: a government, ministry, agency, company, institute...

    ``names`` holds every name sources give, the primary one first (see
    :attr:`name`); ``jurisdiction`` is the country whose law it falls under;
    ``parent`` is the id of the organisation it belongs to (a ministry's
    government, an institute's ministry); ``identifiers`` are its ids in
    external registers; ``members``, for an international organisation, the
    countries and organisations that belong to it, each a
    :class:`Membership` with its period (see :meth:`members_on`). Ids start
    with ``org:``.

    >>> from mineralpact.codes import Country, Identifier
    >>> from mineralpact.sources import Citation
    >>> cite = Citation("src:korea-herald-2023-01-26", quotation="KT Corp.")
    >>> kt = Organisation(
    ...     id="org:kt",
    ...     names=(
    ...         Name("KT Corporation", citations=(cite,)),
    ...         Name("KT Corp.", kind=NameKind.ALIAS),
    ...         Name("KT", kind=NameKind.ABBREVIATION),
    ...     ),
    ...     kind=OrganisationKind.COMPANY,
    ...     jurisdiction=Country("KR"),
    ...     identifiers=frozenset({Identifier("sec_cik", "892450")}),
    ...     citations=(cite,),
    ... )
    >>> kt.name
    Name(text='KT Corporation', language='en', kind=<NameKind.OFFICIAL: 'official'>, since=None, until=None, citations=(Citation(source='src:korea-herald-2023-01-26', quotation='KT Corp.', phrase=None),), attested=())
    >>> kt.matches("kt  corp.")
    True
    >>> list(kt.references())
    [('names[0].citations[0].source', 'src:korea-herald-2023-01-26'), ('citations[0].source', 'src:korea-herald-2023-01-26')]

    Raises:
        InvalidTypeError: if a field has the wrong type.
        InvalidValueError: if a field's value is not acceptable (no names, no
            citations, a blank note).
        InvalidIdError: if ``id`` or ``parent`` is not an ``org:`` id, or
            ``parent`` or a member is the organisation itself.
    """  # noqa: E501 -- the repr of a Name is one long line

    id: str = attrs.field(**_fields.identifier("org"))
    names: tuple[Name, ...] = attrs.field(validator=v.tuple_of(Name, min_length=1))
    kind: OrganisationKind = attrs.field(validator=v.instance_of(OrganisationKind))
    jurisdiction: Country | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Country))
    )
    parent: str | None = attrs.field(default=None, **_fields.ref("org", optional=True))
    identifiers: frozenset[Identifier] = attrs.field(
        default=frozenset(), validator=v.frozenset_of(Identifier)
    )
    members: tuple[Membership, ...] = attrs.field(default=(), validator=v.tuple_of(Membership))
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()

    def __attrs_post_init__(self) -> None:
        if self.parent is not None and self.parent == self.id:
            raise InvalidIdError(
                "Organisation.parent",
                self.parent,
                "the id of another organisation",
                reason="an organisation cannot be its own parent",
            )
        for i, membership in enumerate(self.members):
            if membership.member == self.id:
                raise InvalidIdError(
                    f"Organisation.members[{i}].member",
                    membership.member,
                    "the id of a country or of another organisation",
                    reason="an organisation cannot be its own member",
                )

    @property
    def name(self) -> Name:
        """The primary name: the first official English name, else the first name.

        It does not depend on dates: list the current name first, or use
        :meth:`name_on` for the name in use at a given time.

        >>> mimr = Organisation(
        ...     id="org:mn-mimr",
        ...     names=(
        ...         Name("MIMR", kind=NameKind.ABBREVIATION),
        ...         Name("Ministry of Industry and Mineral Resources"),
        ...     ),
        ...     kind=OrganisationKind.MINISTRY,
        ...     citations=(Citation("src:korea-net-2025-03-12"),),
        ... )
        >>> mimr.name.text
        'Ministry of Industry and Mineral Resources'
        """
        return _primary(self.names)

    def name_on(self, date: PartialDate | datetime.date) -> Name | None:
        """The name in use on ``date``, or ``None`` when it cannot be told.

        Only names certainly in use on every day that ``date`` may stand for
        count (see :meth:`Name.in_use_on`): a name with ``since`` 2025-11 is
        not known to be in use in 2025-10, nor in 2025 as a whole. Official
        names come before the others, and among them the names that a source
        shows in use on that very day (``attested``) before those whose period
        merely allows it; of these, the first English name is chosen, else the
        first.
        A name without ``since`` or ``until`` counts as in use without limit
        on that side. ``None`` means that no name is known to be in use then,
        typically because ``date`` falls in the uncertain time of a renaming.

        Korea's MOTIE, restyled in late 2025:

        >>> from mineralpact.dates import PartialDate
        >>> motie = Organisation(
        ...     id="org:kr-motie",
        ...     names=(
        ...         Name("Ministry of Trade, Industry and Resources", since=PartialDate(2025)),
        ...         Name("Ministry of Trade, Industry and Energy", until=PartialDate(2025)),
        ...     ),
        ...     kind=OrganisationKind.MINISTRY,
        ...     citations=(Citation("src:korea-net-2025-03-12"),),
        ... )
        >>> motie.name_on(PartialDate(2023, 2, 15)).text
        'Ministry of Trade, Industry and Energy'
        >>> motie.name_on(PartialDate(2026)).text
        'Ministry of Trade, Industry and Resources'
        >>> motie.name_on(PartialDate(2025, 9)) is None
        True

        Mongolia's mining ministry, with names the sources give undated: the
        one a report uses on its day is the name of that day.

        >>> from mineralpact.sources import DateClaim
        >>> def on(day):
        ...     return (DateClaim(day, (Citation("src:a"),)),)
        >>> ministry = Organisation(
        ...     id="org:mn-mining-ministry",
        ...     names=(
        ...         Name("Ministry of Mining and Heavy Industry", attested=on(PartialDate(2023, 1, 26))),
        ...         Name("Ministry of Industry and Mineral Resources", attested=on(PartialDate(2025, 9, 22))),
        ...     ),
        ...     kind=OrganisationKind.MINISTRY,
        ...     citations=(Citation("src:a"),),
        ... )
        >>> ministry.name_on(PartialDate(2025, 9, 22)).text
        'Ministry of Industry and Mineral Resources'
        >>> ministry.name_on(PartialDate(2023, 1, 26)).text
        'Ministry of Mining and Heavy Industry'

        Raises:
            InvalidTypeError: if ``date`` is neither a PartialDate nor a
                datetime.date.
        """  # noqa: E501 -- doctest lines
        first, last = _date_bounds("Organisation.name_on", date)
        in_use = [name for name in self.names if name.in_use_on(date)]
        if not in_use:
            return None
        official = [name for name in in_use if name.kind is NameKind.OFFICIAL]
        candidates = official or in_use
        attested = [name for name in candidates if _attested_on(name.attested, first, last)]
        return _primary(tuple(attested or candidates))

    def members_on(self, date: PartialDate | datetime.date) -> frozenset[str]:
        """The ids of the members that certainly belonged to it on ``date``.

        A member counts when one of its memberships held on every day that
        ``date`` may stand for (see :meth:`Membership.held_on`); one whose
        membership began or ended within ``date`` is left out, as is one
        whose membership cannot be told.

        The European Union, with France a member since 1958 and the United
        Kingdom until 31 January 2020:

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation
        >>> eu = Organisation(
        ...     id="org:eu",
        ...     names=(Name("European Union"), Name("EU", kind=NameKind.ABBREVIATION)),
        ...     kind=OrganisationKind.SUPRANATIONAL_UNION,
        ...     members=(
        ...         Membership("country:fr", since=PartialDate(1958)),
        ...         Membership("country:gb", since=PartialDate(1973), until=PartialDate(2020, 1, 31)),
        ...     ),
        ...     citations=(Citation("src:x"),),
        ... )
        >>> sorted(eu.members_on(PartialDate(2015)))
        ['country:fr', 'country:gb']
        >>> sorted(eu.members_on(PartialDate(2024, 5, 3)))
        ['country:fr']
        >>> sorted(eu.members_on(PartialDate(2020)))
        ['country:fr']

        Raises:
            InvalidTypeError: if ``date`` is neither a PartialDate nor a
                datetime.date.
        """  # noqa: E501 -- doctest lines
        _date_bounds("Organisation.members_on", date)
        return frozenset(m.member for m in self.members if m.held_on(date))

    def matches(self, text: str) -> bool:
        """Whether ``text`` is one of the organisation's names or abbreviations.

        Case, Unicode compatibility forms and runs of white space are
        ignored; punctuation counts. Every name matches, whatever its period.

        >>> from mineralpact.sources import Citation
        >>> gcra = Organisation(
        ...     id="org:gcra",
        ...     names=(
        ...         Name("Geological Center for Research and Analysis"),
        ...         Name("Geological Central Research Academy", kind=NameKind.ALIAS),
        ...         Name("GCRA", kind=NameKind.ABBREVIATION),
        ...     ),
        ...     kind=OrganisationKind.RESEARCH_INSTITUTE,
        ...     citations=(Citation("src:sedaily-2025-12-15"),),
        ... )
        >>> gcra.matches("geological central research  academy")
        True
        >>> gcra.matches("Geological Center")
        False

        Raises:
            InvalidTypeError: if ``text`` is not a string.
        """
        return _matches("Organisation.matches", self.names, text)

    references = _fields.references


# --- Person -------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Person:
    """A person, with every form of their name that sources give.

    Korean and Mongolian names appear in several orders and forms: list each
    as a :class:`Name` (the usual English form first, the others as
    ``NameKind.ALIAS``). Ids start with ``person:``.

    >>> from mineralpact.codes import Country
    >>> from mineralpact.sources import Citation
    >>> ganbaatar = Person(
    ...     id="person:ganbaatar-jambal",
    ...     names=(Name("Ganbaatar Jambal"), Name("J. Ganbaatar", kind=NameKind.ALIAS)),
    ...     nationality=Country("MN"),
    ...     citations=(Citation("src:korea-herald-2023-01-26", quotation="Ganbaatar Jambal"),),
    ... )
    >>> ganbaatar.name.text
    'Ganbaatar Jambal'
    >>> ganbaatar.matches("J. GANBAATAR")
    True

    Raises:
        InvalidTypeError: if a field has the wrong type.
        InvalidValueError: if a field's value is not acceptable.
        InvalidIdError: if ``id`` is not a ``person:`` id.
    """

    id: str = attrs.field(**_fields.identifier("person"))
    names: tuple[Name, ...] = attrs.field(validator=v.tuple_of(Name, min_length=1))
    nationality: Country | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Country))
    )
    identifiers: frozenset[Identifier] = attrs.field(
        default=frozenset(), validator=v.frozenset_of(Identifier)
    )
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()

    @property
    def name(self) -> Name:
        """The primary name: the first official English name, else the first name.

        >>> from mineralpact.sources import Citation
        >>> Person(
        ...     id="person:ku-hyeon-mo",
        ...     names=(Name("구현모", language="ko"), Name("Ku Hyeon-mo")),
        ...     citations=(Citation("src:korea-herald-2023-01-26"),),
        ... ).name.text
        'Ku Hyeon-mo'
        """
        return _primary(self.names)

    def matches(self, text: str) -> bool:
        """Whether ``text`` is one of the person's names.

        Case, Unicode compatibility forms and runs of white space are
        ignored; punctuation and the order of the parts count, so each order
        in use is listed as its own name.

        >>> from mineralpact.sources import Citation
        >>> lee = Person(
        ...     id="person:lee-ho-hyeon",
        ...     names=(Name("Lee Ho-hyeon"),),
        ...     citations=(Citation("src:korea-net-2025-03-12"),),
        ... )
        >>> lee.matches("lee ho-hyeon"), lee.matches("Ho-hyeon Lee")
        (True, False)

        Raises:
            InvalidTypeError: if ``text`` is not a string.
        """
        return _matches("Person.matches", self.names, text)

    references = _fields.references


# --- Position -----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Position:
    """A person holding a title in an organisation, as a source states it.

    ``person`` and ``organisation`` are ids (``person:…``, ``org:…``);
    ``title`` is the title as written. ``since`` and ``until`` bound the
    period in which the position was held (both included, each as precise as
    known); leave them out when the source does not say. ``attested`` holds
    the dates on which sources show the post held (a report that gives the
    title, dated by the day it speaks of), each a
    :class:`~mineralpact.sources.DateClaim` citing them: evidence, not a
    start or an end. A person who holds several posts, one after another or
    at once, has one record per post, each citing its source: Uchral
    Nyam-Osor was Minister of Digital Development and Communications in
    January 2023, and First Deputy Prime Minister and Minister of Economy
    and Development in September 2025.

    >>> from mineralpact.sources import Citation
    >>> minister = Position(
    ...     id="position:uchral-nyam-osor-mddc",
    ...     person="person:uchral-nyam-osor",
    ...     organisation="org:mn-mddc",
    ...     title="Minister of Digital Development and Communications",
    ...     citations=(
    ...         Citation(
    ...             "src:korea-herald-2023-01-26",
    ...             quotation="Uchral Nyam-Osor, Mongolia's Minister of digital development "
    ...             "and communications",
    ...         ),
    ...     ),
    ... )
    >>> list(minister.references())  # doctest: +NORMALIZE_WHITESPACE
    [('person', 'person:uchral-nyam-osor'), ('organisation', 'org:mn-mddc'),
     ('citations[0].source', 'src:korea-herald-2023-01-26')]

    Raises:
        InvalidTypeError: if a field has the wrong type.
        InvalidValueError: if a field's value is not acceptable.
        InvalidIdError: if an id has the wrong form or prefix.
    """

    id: str = attrs.field(**_fields.identifier("position"))
    person: str = attrs.field(**_fields.ref("person"))
    organisation: str = attrs.field(**_fields.ref("org"))
    title: str = attrs.field(**_fields.title(max_length=_MAX_TITLE_LENGTH))
    since: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    until: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()
    attested: tuple[DateClaim, ...] = attrs.field(
        default=(), validator=[v.tuple_of(DateClaim), _claims.distinct_values]
    )

    def held_on(self, date: PartialDate | datetime.date) -> bool | None:
        """Whether the record says the position was held on ``date``.

        ``True`` when every day ``date`` may stand for lies within the stated
        period, ``False`` when none of them can, ``None`` when it cannot be
        told. Unlike a name's period, a missing bound is unknown, not open: a
        position without ``until`` has no stated end, so whether it is still
        held after its first day cannot be told from the record (and one with
        neither bound gives ``None`` for every date). A day in ``attested``
        is a day the post was held (``None`` if the period excludes it: the
        record then contradicts itself).

        Ku Hyeon-mo was appointed Mongolia's chief technology officer on
        Thursday 2023-01-26; the source states no end:

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.sources import Citation
        >>> cto = Position(
        ...     id="position:ku-hyeon-mo-mn-cto",
        ...     person="person:ku-hyeon-mo",
        ...     organisation="org:mn-government",
        ...     title="Chief Technology Officer",
        ...     since=PartialDate(2023, 1, 26),
        ...     citations=(Citation("src:korea-herald-2023-01-26", phrase="Thursday"),),
        ... )
        >>> cto.held_on(PartialDate(2023, 1, 26))
        True
        >>> cto.held_on(PartialDate(2022))
        False
        >>> cto.held_on(PartialDate(2023)) is None
        True
        >>> cto.held_on(PartialDate(2024)) is None
        True

        Lee Ho-hyeon, Vice Minister on the day of the forum a report dates
        "Monday" (2025-09-22); the report gives no start and no end:

        >>> from mineralpact.sources import DateClaim
        >>> monday = Citation("src:korea-times-2025-09-22", quotation="Monday", phrase="Monday")
        >>> vice = Position(
        ...     id="position:lee-ho-hyeon-vice-minister",
        ...     person="person:lee-ho-hyeon",
        ...     organisation="org:motie",
        ...     title="Vice Minister of Trade, Industry and Energy",
        ...     attested=(DateClaim(PartialDate(2025, 9, 22), (monday,)),),
        ...     citations=(monday,),
        ... )
        >>> vice.held_on(PartialDate(2025, 9, 22))
        True
        >>> vice.held_on(PartialDate(2025, 9, 23)) is None
        True

        Raises:
            InvalidTypeError: if ``date`` is neither a PartialDate nor a
                datetime.date.
        """
        first, last = _date_bounds("Position.held_on", date)
        period = _in_period(first, last, self.since, self.until, open_bounds=False)
        return _with_attested(period, self.attested, first, last)

    references = _fields.references

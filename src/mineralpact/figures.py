"""Figures: reserves, resources, production, capacity, shares, ranks, counts and money.

A :class:`Figure` is one number (or one qualitative statement) that a source
gives about a subject: a country, an organisation, a facility or a project.
It says what is measured (:class:`Measure`), of which minerals, on which
:class:`Basis` (contained metal, oxide, concentrate, ore), for which period
or as of which date, in which reserve or resource category
(:class:`ReserveCategory`), whether it is an estimate, and which sources
state it. The value is one of the small value types of
:mod:`mineralpact.quantities`, so that a tonnage, a share of a named total, a
rank and an approximate count cannot be confused.

A figure whose ``subject`` is ``None`` is about the world as a whole: a world
total (USGS: world molybdenum production of 256,000 t in 2024).

Figures that say the same thing share a :attr:`~Figure.key`; two figures
with the same key and different values are a disagreement between their
sources.

Mongolia's molybdenum, as USGS gives it and as the news texts do:

>>> from mineralpact.dates import PartialDate
>>> from mineralpact.quantities import Quantity, Rank
>>> from mineralpact.sources import Citation
>>> usgs = Citation("src:usgs-mcs-2026", quotation="Mongolia 3,110 4,200")
>>> production_2024 = Figure(
...     id="figure:mn-mo-production-2024-usgs",
...     subject="country:mn",
...     measure=Measure.PRODUCTION,
...     minerals=frozenset({"element:mo"}),
...     value=Quantity(3110, "t"),
...     basis=Basis.CONTAINED_METAL,
...     period=PartialDate(2024),
...     citations=(usgs,),
... )
>>> world_2024 = Figure(
...     id="figure:world-mo-production-2024-usgs",
...     subject=None,
...     measure=Measure.PRODUCTION,
...     minerals=frozenset({"element:mo"}),
...     value=Quantity(256000, "t"),
...     basis=Basis.CONTAINED_METAL,
...     period=PartialDate(2024),
...     citations=(Citation("src:usgs-mcs-2026"),),
... )
>>> rank = Figure(
...     id="figure:mn-mo-production-rank-korea-net",
...     subject="country:mn",
...     measure=Measure.PRODUCTION,
...     minerals=frozenset({"element:mo"}),
...     value=Rank(8, scope="largest producers of molybdenum"),
...     citations=(Citation("src:korea-net-2025-03-12", phrase="eighth-largest producer"),),
... )
>>> str(rank.value), world_2024.is_world
('8th: largest producers of molybdenum', True)
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple, TypeAlias

import attrs

from mineralpact import _fields
from mineralpact import _validate as v
from mineralpact._folding import fold_case_and_spacing
from mineralpact._ids import MINERAL_PREFIXES
from mineralpact.dates import DateRange, PartialDate
from mineralpact.errors import (
    IncompatibleUnitsError,
    InvalidQuantityError,
    InvalidTypeError,
    InvalidValueError,
)
from mineralpact.quantities import (
    MAX_DIGITS,
    MAX_EXPONENT,
    Coded,
    Count,
    Money,
    Quantity,
    QuantityRange,
    Rank,
    Share,
)
from mineralpact.sources import Citation

__all__ = [
    "Basis",
    "Figure",
    "FigureKey",
    "FigureValue",
    "Measure",
    "ProductionStage",
    "ReserveCategory",
    "Rounding",
]

#: The kinds of value a figure may hold.
FigureValue: TypeAlias = Quantity | Share | Rank | Count | Money | QuantityRange | Coded

_FIGURE_VALUE_TYPES = (Quantity, Share, Rank, Count, Money, QuantityRange, Coded)
_WITHIN_PREFIXES = ("country", "org")
_SUBJECT_PREFIXES = ("org", "country", "person", "facility", "project")
_MAX_DESCRIPTION_LENGTH = 1000


class Measure(enum.Enum):
    """What a figure measures.

    >>> Measure("production")
    <Measure.PRODUCTION: 'production'>
    """

    #: Reserves: what can be mined economically (CRIRSCO proved and probable,
    #: or a national figure).
    RESERVES = "reserves"
    #: Resources: what is known to be there (CRIRSCO measured, indicated and
    #: inferred, or a national figure).
    RESOURCES = "resources"
    #: Production (mine or refinery output) in a period.
    PRODUCTION = "production"
    #: Production capacity.
    CAPACITY = "capacity"
    #: Exports in a period.
    EXPORTS = "exports"
    #: Imports in a period.
    IMPORTS = "imports"
    #: Investment, in money.
    INVESTMENT = "investment"
    #: Mineral deposits: their number or the number of their kinds ("some 80
    #: kinds of mineral deposits").
    DEPOSITS = "deposits"
    #: A count of things, described by the :class:`~mineralpact.quantities.Count`'s
    #: ``of`` ("56 types of advanced equipment").
    COUNT = "count"
    #: What the minerals are used for, as a source states it, in the
    #: description ("an essential component in steel alloy production"): a
    #: statement about the minerals wherever they come from, so its subject
    #: is ``None``.
    USE = "use"
    #: Anything else.
    OTHER = "other"


class Basis(enum.Enum):
    """What a tonnage or grade is of: the metal, its oxide, concentrate or ore.

    >>> Basis("oxide")
    <Basis.OXIDE: 'oxide'>
    """

    #: The contained metal ("3,110 t Mo content").
    CONTAINED_METAL = "contained_metal"
    #: The oxide, such as rare-earth oxide (REO).
    OXIDE = "oxide"
    #: Concentrate.
    CONCENTRATE = "concentrate"
    #: Ore, as mined.
    ORE = "ore"


class ProductionStage(enum.Enum):
    """The stage of the supply chain a figure is of, beside its :class:`Basis`.

    USGS gives molybdenum as *mine* production, contained molybdenum: the
    stage is MINE and the basis CONTAINED_METAL.

    >>> ProductionStage("mine"), ProductionStage.REFINERY.value
    (<ProductionStage.MINE: 'mine'>, 'refinery')
    """

    #: Mine output (ore or concentrate, as mined).
    MINE = "mine"
    #: Refinery output (refined metal, compounds).
    REFINERY = "refinery"
    #: Smelter output.
    SMELTER = "smelter"
    #: Processing other than smelting and refining (separation, conversion).
    PROCESSING = "processing"
    #: Recycling, from scrap or waste.
    RECYCLING = "recycling"


def _rounding_to(value: Decimal | int | None) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise InvalidTypeError("Rounding.to", value, "a Decimal or an int, or None")
    if isinstance(value, int) and value.bit_length() > 4 * MAX_EXPONENT:
        raise InvalidValueError(
            "Rounding.to", f"an int of {value.bit_length()} bits", "a step below 1e100"
        )
    number = Decimal(value)
    digits, exponent = len(number.as_tuple().digits), number.adjusted() if number else 0
    if not number.is_finite() or digits > MAX_DIGITS or abs(exponent) > MAX_EXPONENT:
        raise InvalidValueError(
            "Rounding.to",
            value,
            f"a finite step of at most {MAX_DIGITS} digits and an exponent from "
            f"-{MAX_EXPONENT} to {MAX_EXPONENT}",
        )
    if number <= 0:
        raise InvalidValueError(
            "Rounding.to", value, "a positive step such as 1000 (to the nearest 1,000)"
        )
    return number


@attrs.frozen(kw_only=True)
class Rounding:
    """How a source says it rounded a figure: "World total (rounded)".

    ``to`` is the step, in the unit of the figure's value, when the source
    states it ("to the nearest 1,000 t" is ``to=1000`` for a value in
    tonnes); ``None`` when the source says only that the figure is
    rounded. A rounded figure's value must be a multiple of the step.

    >>> Rounding(), Rounding(to=1000)
    (Rounding(to=None), Rounding(to=Decimal('1000')))
    >>> Rounding(to=0)
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidValueError: invalid Rounding.to: 0; expected a positive step ...
    """

    to: Decimal | None = attrs.field(default=None, converter=_rounding_to)

    def holds(self, number: Decimal) -> bool:
        """Whether ``number`` could be a value rounded this way (a multiple of the step).

        >>> Rounding(to=1000).holds(Decimal(260000)), Rounding(to=1000).holds(Decimal(3110))
        (True, False)
        """
        # As fractions: exact, and free of the caller's Decimal context.
        return self.to is None or Fraction(number) % Fraction(self.to) == 0


class ReserveCategory(enum.Enum):
    """A reserve or resource category: CRIRSCO's, or a national unclassified one.

    CRIRSCO's template (JORC, NI 43-101, PERC and others) divides mineral
    reserves into PROVED and PROBABLE, and mineral resources into MEASURED,
    INDICATED and INFERRED. NATIONAL_UNCLASSIFIED is a national or
    compiled figure outside those categories, such as the reserves that USGS
    Mineral Commodity Summaries lists by country; it may be a reserve or a
    resource figure.

    >>> ReserveCategory.PROBABLE.is_reserve, ReserveCategory.INFERRED.is_resource
    (True, True)
    >>> ReserveCategory.NATIONAL_UNCLASSIFIED.is_reserve
    False
    """

    PROVED = "proved"
    PROBABLE = "probable"
    MEASURED = "measured"
    INDICATED = "indicated"
    INFERRED = "inferred"
    NATIONAL_UNCLASSIFIED = "national_unclassified"

    @property
    def is_reserve(self) -> bool:
        """Whether this is a CRIRSCO reserve category (proved or probable).

        >>> [c.value for c in ReserveCategory if c.is_reserve]
        ['proved', 'probable']
        """
        return self in (ReserveCategory.PROVED, ReserveCategory.PROBABLE)

    @property
    def is_resource(self) -> bool:
        """Whether this is a CRIRSCO resource category (measured, indicated or inferred).

        >>> [c.value for c in ReserveCategory if c.is_resource]
        ['measured', 'indicated', 'inferred']
        """
        return self in (
            ReserveCategory.MEASURED,
            ReserveCategory.INDICATED,
            ReserveCategory.INFERRED,
        )


class FigureKey(NamedTuple):
    """What identifies "the same figure", so that sources can be compared.

    Two figures with equal keys state the same thing about the same subject;
    if their values differ, their sources disagree. ``kind`` is the kind of
    value with what makes values of that kind comparable:

    * ``("quantity", dimensionality)``: tonnes and kilotonnes compare, tonnes
      and tonnes per year do not;
    * ``("share", total)``, ``("rank", scope)``, ``("count", what is
      counted)``: the named total, ranking or things counted, case and runs
      of spaces folded (a share of global reserves and a share of Asian
      reserves are different figures);
    * ``("money", currency)``: amounts in different currencies do not compare;
    * ``("qualitative", description)``: a statement without a number, folded;
      it never disagrees with a number, nor with another wording.

    A key is a tuple, and compares and hashes like one.

    >>> from mineralpact import Citation, PartialDate, Quantity
    >>> def production(tonnes, unit, year=2024):
    ...     return Figure(
    ...         id="figure:mn-mo-production",
    ...         subject="country:mn",
    ...         measure=Measure.PRODUCTION,
    ...         minerals=frozenset({"element:mo"}),
    ...         value=Quantity(tonnes, unit),
    ...         period=PartialDate(year),
    ...         citations=(Citation("src:usgs-mcs-2026"),),
    ...     )
    >>> production(3110, "t").key == production(3, "kt").key  # one figure, two values: a dispute
    True
    >>> production(3110, "t").key == production(4200, "t", year=2025).key
    False
    >>> production(3110, "t").key.kind
    ('quantity', '[mass]')
    """

    subject: str | None
    measure: Measure
    minerals: frozenset[str]
    basis: Basis | None
    category: ReserveCategory | None
    period: PartialDate | DateRange | None
    as_of: PartialDate | None
    kind: tuple[str, str]
    stage: ProductionStage | None = None
    within: str | None = None


def _value_kind(value: FigureValue | None, description: str | None) -> tuple[str, str]:
    if isinstance(value, (Quantity, QuantityRange)):
        return "quantity", value.dimensionality
    if isinstance(value, Share):
        # The total is the figure's measure of its minerals within ``within``:
        # the text of ``of`` describes it and does not decide what compares.
        return "share", ""
    if isinstance(value, Rank):
        # Likewise the ranking: the text of ``scope`` is a description.
        return "rank", ""
    if isinstance(value, Coded):
        return "coded", ""
    if isinstance(value, Count):
        return "count", "" if value.of is None else fold_case_and_spacing(value.of)
    if isinstance(value, Money):
        return "money", value.currency
    return "qualitative", fold_case_and_spacing(description or "")


@attrs.frozen(kw_only=True)
class Figure:
    """A number, or a qualitative statement, that sources give about a subject.

    Fields:

    * ``subject``: who or what the figure is about: a party (``country:mn``,
      ``org:…``, ``person:…``), a ``facility:`` or a ``project:``; ``None``
      for the world as a whole (a world total). It is required, so a world
      figure says ``subject=None`` explicitly.
    * ``measure``: what is measured (:class:`Measure`).
    * ``minerals``: the mineral ids it concerns (``element:mo``,
      ``group:ree``, ``commodity:fluorspar``, ``list:…``).
    * ``value``: a :class:`~mineralpact.quantities.Quantity`,
      :class:`~mineralpact.quantities.Share`,
      :class:`~mineralpact.quantities.Rank`,
      :class:`~mineralpact.quantities.Count` or
      :class:`~mineralpact.quantities.Money`; ``None`` when the source gives
      no number, and then ``description`` is required ("abundant reserves").
    * ``basis``: what a tonnage is of (:class:`Basis`).
    * ``period``: the period a flow is for (production in 2024); ``as_of``:
      the date a stock is stated at (reserves at the end of 2024). A figure
      has one or the other, or neither when the source does not say.
    * ``category``: the reserve or resource category, only with
      :attr:`Measure.RESERVES` (proved, probable, national unclassified) or
      :attr:`Measure.RESOURCES` (measured, indicated, inferred, national
      unclassified).
    * ``estimated``: the source marks the figure as an estimate (USGS "e").

    A :attr:`Measure.COUNT` figure holds a :class:`~mineralpact.quantities.Count`
    that says what it counts. Counts that sources give for a facility or a
    project ("56 types of advanced equipment", "research on 35 types of rare
    metals") are figures whose subject is the facility's or project's id.
    Ids start with ``figure:``.

    Mongolia's rare-earth reserves, as two news texts give them, and its
    "abundant reserves" of molybdenum, nickel and tin, which come without a
    number:

    >>> from mineralpact.quantities import Share
    >>> from mineralpact.sources import Citation
    >>> share = Figure(
    ...     id="figure:mn-ree-reserves-share",
    ...     subject="country:mn",
    ...     measure=Measure.RESERVES,
    ...     minerals=frozenset({"group:ree"}),
    ...     value=Share(16, of="global rare earth reserves"),
    ...     citations=(
    ...         Citation("src:korea-herald-2023-01-26", phrase="about 16 percent"),
    ...         Citation("src:sedaily-2025-12-15", phrase="16%"),
    ...     ),
    ... )
    >>> str(share.value)
    '16% of global rare earth reserves'
    >>> abundant = Figure(
    ...     id="figure:mn-mo-ni-sn-reserves-abundant",
    ...     subject="country:mn",
    ...     measure=Measure.RESERVES,
    ...     minerals=frozenset({"element:mo", "element:ni", "element:sn"}),
    ...     description="abundant reserves",
    ...     citations=(Citation("src:korea-times-2025-09-22", phrase="abundant reserves"),),
    ... )
    >>> abundant.is_qualitative
    True
    >>> Figure(
    ...     id="figure:x",
    ...     subject="country:mn",
    ...     measure=Measure.RESERVES,
    ...     citations=(Citation("src:a"),),
    ... )
    Traceback (most recent call last):
    ...
    mineralpact.errors.InvalidValueError: invalid Figure.description: None ...

    Raises:
        InvalidTypeError: if a field has the wrong type (a float, a list for
            a frozenset).
        InvalidValueError: if there is neither a value nor a description, a
            category does not fit the measure, both ``period`` and ``as_of``
            are given, a count figure holds no count of something, or there
            are no citations.
        InvalidIdError: if an id is malformed or names the wrong kind of record.
    """

    id: str = attrs.field(**_fields.identifier("figure"))
    subject: str | None = attrs.field(**_fields.ref(*_SUBJECT_PREFIXES, optional=True))
    measure: Measure = attrs.field(validator=v.instance_of(Measure))
    minerals: frozenset[str] = attrs.field(default=frozenset(), **_fields.refs(*MINERAL_PREFIXES))
    value: FigureValue | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(*_FIGURE_VALUE_TYPES))
    )
    description: str | None = attrs.field(
        default=None, validator=v.optional(v.text(max_length=_MAX_DESCRIPTION_LENGTH))
    )
    basis: Basis | None = attrs.field(default=None, validator=v.optional(v.instance_of(Basis)))
    period: PartialDate | DateRange | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate, DateRange))
    )
    as_of: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate))
    )
    category: ReserveCategory | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(ReserveCategory))
    )
    estimated: bool = attrs.field(default=False, validator=v.instance_of(bool))
    citations: tuple[Citation, ...] = attrs.field(**_fields.citations())
    notes: str | None = _fields.notes()
    stage: ProductionStage | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(ProductionStage))
    )
    within: str | None = attrs.field(default=None, **_fields.ref(*_WITHIN_PREFIXES, optional=True))
    rounding: Rounding | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Rounding))
    )

    def __attrs_post_init__(self) -> None:
        if self.value is None and self.description is None:
            raise InvalidValueError(
                "Figure.description",
                None,
                "a description of what the source states when the figure has no value",
                reason="a figure needs a value, a description, or both",
            )
        if self.measure is Measure.COUNT and self.value is not None:
            if not isinstance(self.value, Count):
                raise InvalidValueError(
                    "Figure.value",
                    self.value,
                    "a Count for a figure that measures Measure.COUNT",
                )
            if self.value.of is None:
                raise InvalidValueError(
                    "Figure.value",
                    self.value,
                    "a Count that says what it counts (Count(56, of='types of equipment'))",
                    reason="a count figure without 'of' counts nothing in particular",
                )
        if self.measure is Measure.USE and (self.subject is not None or not self.minerals):
            raise InvalidValueError(
                "Figure.subject" if self.subject is not None else "Figure.minerals",
                self.subject if self.subject is not None else "no minerals",
                "no subject and at least one mineral for a figure that measures Measure.USE",
                reason="a use is stated of minerals, not of a country or an organisation",
            )
        if self.period is not None and self.as_of is not None:
            raise InvalidValueError(
                "Figure.as_of",
                self.as_of,
                "no as-of date when a period is given",
                reason="a figure is either for a period or as of a date, not both",
            )
        if self.category is not None:
            self._check_category(self.category)
        if self.stage is not None and self.measure in _IN_THE_GROUND:
            raise InvalidValueError(
                "Figure.stage",
                self.stage.value,
                "no production stage for reserves or resources",
                reason="what is in the ground has not reached a stage of production",
            )
        if self.within is not None and not isinstance(self.value, (Rank, Share)):
            raise InvalidValueError(
                "Figure.within",
                self.within,
                "no 'within' unless the value is a Rank or a Share",
                reason="'within' names the area of a ranking or of a share's total",
            )
        if self.rounding is not None:
            self._check_rounding(self.rounding)

    def _check_rounding(self, rounding: Rounding) -> None:
        numbers = _numbers(self.value)
        if numbers is None:
            raise InvalidValueError(
                "Figure.rounding",
                repr(rounding),
                "no rounding unless the value is a Quantity, QuantityRange, Share or Money",
                reason="only a number can be rounded",
            )
        for number in numbers:
            if not rounding.holds(number):
                raise InvalidValueError(
                    "Figure.rounding",
                    repr(rounding),
                    f"a step that the value ({self.value}) is a multiple of",
                    reason="the value is not rounded to that step",
                )

    def _check_category(self, category: ReserveCategory) -> None:
        if self.measure is Measure.RESERVES:
            fits = not category.is_resource
            expected = "proved, probable or national_unclassified for reserves"
        elif self.measure is Measure.RESOURCES:
            fits = not category.is_reserve
            expected = "measured, indicated, inferred or national_unclassified for resources"
        else:
            fits = False
            expected = "no category for a figure that measures neither reserves nor resources"
        if not fits:
            raise InvalidValueError(
                "Figure.category",
                category.value,
                expected,
                reason=f"the figure measures {self.measure.value}",
            )

    @property
    def is_world(self) -> bool:
        """Whether the figure is about the world as a whole (``subject`` is ``None``).

        >>> from mineralpact.quantities import Quantity
        >>> from mineralpact.sources import Citation
        >>> Figure(
        ...     id="figure:world-mo-production-2024-usgs",
        ...     subject=None,
        ...     measure=Measure.PRODUCTION,
        ...     value=Quantity(256000, "t"),
        ...     citations=(Citation("src:usgs-mcs-2026"),),
        ... ).is_world
        True
        """
        return self.subject is None

    @property
    def is_qualitative(self) -> bool:
        """Whether the figure states no number, only a description.

        >>> from mineralpact.quantities import Count
        >>> from mineralpact.sources import Citation
        >>> Figure(
        ...     id="figure:mn-deposit-kinds",
        ...     subject="country:mn",
        ...     measure=Measure.DEPOSITS,
        ...     value=Count(80, approximate=True, of="kinds of mineral deposits"),
        ...     citations=(Citation("src:korea-herald-2023-01-26", phrase="some 80 kinds"),),
        ... ).is_qualitative
        False
        """
        return self.value is None

    @property
    def key(self) -> FigureKey:
        """What identifies "the same figure": equal keys and different values disagree.

        The key is ``(subject, measure, minerals, basis, category, period,
        as_of, kind)``, where ``kind`` is the kind of value with what makes
        values of that kind comparable (see :class:`FigureKey`). Estimates
        and final figures share a key, and so do figures from different
        sources: that is what lets them be compared.

        USGS's 2024 figure and a hypothetical other source's, in kilotonnes:

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.quantities import Quantity
        >>> from mineralpact.sources import Citation
        >>> def production(figure_id, value, source):
        ...     return Figure(
        ...         id=figure_id,
        ...         subject="country:mn",
        ...         measure=Measure.PRODUCTION,
        ...         minerals=frozenset({"element:mo"}),
        ...         value=value,
        ...         basis=Basis.CONTAINED_METAL,
        ...         period=PartialDate(2024),
        ...         citations=(Citation(source),),
        ...     )
        >>> usgs = production("figure:a", Quantity(3110, "t"), "src:usgs-mcs-2026")
        >>> other = production("figure:b", Quantity(3, "kt"), "src:other")
        >>> usgs.key == other.key, usgs.value == other.value
        (True, False)
        >>> usgs.key.kind
        ('quantity', '[mass]')
        """
        return FigureKey(
            subject=self.subject,
            measure=self.measure,
            minerals=self.minerals,
            basis=self.basis,
            category=self.category,
            period=self.period,
            as_of=self.as_of,
            kind=_value_kind(self.value, self.description),
            stage=self.stage,
            within=self.within,
        )

    def agrees_with(self, other: Figure) -> bool:
        """Whether this figure and ``other`` state the same figure in values that can both be true.

        They must share a :attr:`key`. Values agree when they are equal once
        an approximate mark is set aside ("about 16%" and "16%"); a range
        agrees with a value in it and with a range it overlaps; ranks agree
        on their position (and on how many are ranked, when both say); shares
        on their percentage (what ``of`` says is a description); a code that
        states no number (W, NA, "Large", "Very small") agrees with any other
        code (a code and a number never share a key);
        a figure rounded to a stated step agrees with a value that rounds to
        it. Qualitative figures with one key agree.

        USGS's rounded world total and a precise figure that rounds to it:

        >>> from mineralpact.dates import PartialDate
        >>> from mineralpact.quantities import Quantity
        >>> from mineralpact.sources import Citation
        >>> def world(figure_id, tonnes, rounding=None):
        ...     return Figure(
        ...         id=figure_id,
        ...         subject=None,
        ...         measure=Measure.PRODUCTION,
        ...         minerals=frozenset({"element:mo"}),
        ...         value=Quantity(tonnes, "t"),
        ...         stage=ProductionStage.MINE,
        ...         period=PartialDate(2025),
        ...         rounding=rounding,
        ...         citations=(Citation("src:a"),),
        ...     )
        >>> usgs = world("figure:a", 260000, Rounding(to=10000))
        >>> usgs.agrees_with(world("figure:b", 259800)), usgs.agrees_with(world("figure:c", 250000))
        (True, False)
        """
        if not isinstance(other, Figure):
            raise InvalidTypeError("Figure.agrees_with other", other, "a Figure")
        if self.key != other.key:
            return False
        return _values_agree(self, other)

    references = _fields.references


_IN_THE_GROUND = frozenset({Measure.RESERVES, Measure.RESOURCES})


def _numbers(value: FigureValue | None) -> tuple[Decimal, ...] | None:
    """The numbers of a value that can be rounded, or None for one that cannot."""
    if isinstance(value, Quantity):
        return (value.magnitude,)
    if isinstance(value, QuantityRange):
        return (value.low.magnitude, value.high.magnitude)
    if isinstance(value, Share):
        return (value.value,)
    if isinstance(value, Money):
        return (value.amount,)
    return None


def _plain(value: FigureValue | None) -> object:
    """A value without what does not decide agreement: approximate marks, description texts."""
    if isinstance(value, (Quantity, Count)) and value.approximate:
        return attrs.evolve(value, approximate=False)
    if isinstance(value, Share):
        return value.value
    return value


def _values_agree(a: Figure, b: Figure) -> bool:
    """Whether the values of ``a`` and ``b`` (figures of one key) can both be true."""
    x, y = a.value, b.value
    if isinstance(x, Coded) or isinstance(y, Coded):
        codes = [c for c in (x, y) if isinstance(c, Coded)]
        return not all(c.states_number for c in codes) or x == y
    if isinstance(x, Rank) and isinstance(y, Rank):
        return x.position == y.position and (x.of is None or y.of is None or x.of == y.of)
    if isinstance(y, QuantityRange) and not isinstance(x, QuantityRange):
        x, y = y, x
    if isinstance(x, QuantityRange):
        if isinstance(y, QuantityRange):
            return x.overlaps(y)
        return isinstance(y, Quantity) and x.holds(attrs.evolve(y, approximate=False))
    if _plain(x) == _plain(y):
        return True
    return _rounds_to(a, b) or _rounds_to(b, a)


def _rounds_to(rounded: Figure, other: Figure) -> bool:
    """Whether ``other``'s quantity rounds to ``rounded``'s at its stated step."""
    x, y = rounded.value, other.value
    step = None if rounded.rounding is None else rounded.rounding.to
    if step is None or not isinstance(x, Quantity) or not isinstance(y, Quantity):
        return False
    try:
        difference = abs((x - y).magnitude)
    except (IncompatibleUnitsError, InvalidQuantityError):
        return False
    return Fraction(difference) * 2 <= Fraction(step)

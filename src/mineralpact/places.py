"""Where something happened or stands: country, subdivision, city, venue.

>>> from mineralpact import Country, Place
>>> str(Place(country=Country("MN"), city="Ulaanbaatar"))
'Ulaanbaatar, MN'
"""

from __future__ import annotations

import attrs

from mineralpact import _validate as v
from mineralpact.codes import Country, Subdivision
from mineralpact.errors import InvalidValueError

__all__ = ["Place"]


@attrs.frozen(kw_only=True)
class Place:
    """A location as precise as the sources give it.

    At least one part is given. A subdivision must lie in the country, and
    the country can be left out when a subdivision is given (it follows).
    ``region`` is a named area as the source writes it, for an area that no
    ISO 3166-2 code identifies with certainty ("southern Gobi").

    >>> from mineralpact import Subdivision
    >>> Place(subdivision=Subdivision("MN-071")).country
    Country('MN')
    >>> Place(venue="Government Complex Seoul", city="Seoul", country=Country("KR")).venue
    'Government Complex Seoul'
    >>> str(Place(country=Country("MN"), region="southern Gobi"))
    'southern Gobi, MN'
    """

    country: Country | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Country))
    )
    subdivision: Subdivision | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Subdivision))
    )
    city: str | None = attrs.field(default=None, validator=v.optional(v.text(max_length=200)))
    venue: str | None = attrs.field(default=None, validator=v.optional(v.text(max_length=300)))
    region: str | None = attrs.field(default=None, validator=v.optional(v.text(max_length=200)))

    def __attrs_post_init__(self) -> None:
        if self.subdivision is not None:
            country = self.subdivision.country
            if self.country is None:
                object.__setattr__(self, "country", country)
            elif self.country != country:
                raise InvalidValueError(
                    "Place.subdivision",
                    str(self.subdivision),
                    f"a subdivision of {self.country}",
                )
        if (
            self.country is None
            and self.city is None
            and self.venue is None
            and self.region is None
        ):
            raise InvalidValueError(
                "Place", "nothing", "at least one of country, subdivision, region, city or venue"
            )

    def __str__(self) -> str:
        parts = [self.venue, self.city, self.region]
        if self.subdivision is not None:
            parts.append(self.subdivision.name)
        if self.country is not None:
            parts.append(str(self.country))
        return ", ".join(p for p in parts if p)

"""Dates with explicit precision: a date is a window of possible days, never completed with today's."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from marsad.model.enums import IdentityEnum


class Precision(IdentityEnum):
    """How precisely a date is known. ``acled_code`` maps to ACLED's ``time_precision``."""

    DAY = "day"
    WEEK = "week"  # a few days / a week: ACLED precision 2
    MONTH = "month"  # ACLED precision 3
    YEAR = "year"  # too vague for an ACLED event; still useful for control timelines

    @property
    def acled_code(self) -> int | None:
        return {"day": 1, "week": 2, "month": 3}.get(self.value)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A window ``[earliest, latest]`` of days and how precisely the text gave it.

    ``day`` precision means ``earliest == latest``. A month is its first to last day; a year likewise.
    """

    earliest: dt.date
    latest: dt.date
    precision: Precision

    def __post_init__(self) -> None:
        if self.latest < self.earliest:
            raise ValueError("latest before earliest")

    @classmethod
    def day(cls, d: dt.date) -> DateValue:
        return cls(d, d, Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> DateValue:
        last = calendar.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last), Precision.MONTH)

    @classmethod
    def year(cls, year: int) -> DateValue:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR)

    @classmethod
    def window(cls, earliest: dt.date, latest: dt.date) -> DateValue:
        return cls(earliest, latest, Precision.WEEK)

    @property
    def midpoint(self) -> dt.date:
        return self.earliest + (self.latest - self.earliest) / 2

    @property
    def representative(self) -> dt.date:
        """The day ACLED records: the day itself, or the middle of the window.

        For part of a month ("مطلع الشهر", "أواخر تشرين الأول") ACLED takes the first day for early and
        the last for late: a month-precision window starting on the 1st but ending before the month's
        end is early; one ending on the last day but starting later is late.
        """
        if self.precision is Precision.DAY:
            return self.earliest
        if self.precision is Precision.MONTH and self.earliest.month == self.latest.month:
            month_end = calendar.monthrange(self.latest.year, self.latest.month)[1]
            starts_first, ends_last = self.earliest.day == 1, self.latest.day == month_end
            if starts_first and not ends_last:
                return self.earliest
            if ends_last and not starts_first:
                return self.latest
        return self.midpoint

    def iso(self) -> str:
        """ISO text at the date's own precision: ``2017-10-29``, ``2012-06`` or ``2014``."""
        if self.precision is Precision.YEAR:
            return f"{self.earliest.year:04d}"
        if self.precision is Precision.MONTH:
            return f"{self.earliest.year:04d}-{self.earliest.month:02d}"
        return self.representative.isoformat()

"""The base of Marsad's enumerations."""

from __future__ import annotations

from enum import Enum


class IdentityEnum(Enum):
    """An enumeration whose members hash by identity, as they compare.

    ``Enum.__hash__`` is Python code (it hashes the member's name), and members are looked up in
    sets and dicts hundreds of times per report; ``object.__hash__`` runs in C. Members are
    singletons compared by identity, so equal members still hash equally.
    """

    __hash__ = object.__hash__

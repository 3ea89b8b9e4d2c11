"""Matching keys for gazetteer names: the text's normalisation, plus an article-less variant.

A name such as "الرقة" is stored under "الرقه" and, flagged, under "رقه": the flagged key matches only
where the text has the article in a clitic prefix ("للرقة" = ل + ال + رقة), which the first key
cannot match because a prefix ending in the article may not precede a name starting with it.
"""

from __future__ import annotations

import re

from marsad.text.normalize import normalize_term

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u02af\u1e00-\u1eff]")
#: what may stand beside the letters of a name: digits, spaces, punctuation, apostrophes, modifier
#: letters and combining marks used in transliterations (ʻ, ʿ, z̧, H̱ ...)
_ALLOWED_EXTRA = re.compile(r"^[\s\d'\u2018\u2019`\u00b4\u02b0-\u036f\-\u2013.,()/&]*$")


def is_arabic(name: str) -> bool:
    return bool(_ARABIC.search(name))


def is_latin(name: str) -> bool:
    return bool(_LATIN.search(name)) and not is_arabic(name)


def script_ok(name: str) -> bool:
    """True for names in Arabic or Latin script (with digits and punctuation), not mixed."""
    rest = _ARABIC.sub("", name) if is_arabic(name) else _LATIN.sub("", name)
    if is_arabic(name) and _LATIN.search(name):
        return False
    return bool(_ALLOWED_EXTRA.match(rest))


def name_key(name: str) -> str:
    """The normalised key of a name (Arabic folded, Latin lower-cased, whitespace collapsed)."""
    return normalize_term(name)


def match_keys(name: str) -> list[tuple[str, bool]]:
    """(key, needs_article) pairs under which an Arabic name is matched in text."""
    key = name_key(name)
    if not key:
        return []
    out = [(key, False)]
    if key.startswith("ال") and len(key) >= 5 and " " not in key[:4]:
        out.append((key[2:], True))
    # "كفر" (village) is written joined to the rest of the name or apart: كفرتخاريم / كفر تخاريم
    head, _, rest = key.partition(" ")
    if head == _KAFR and len(rest) >= 3 and " " not in rest:
        out.append((_KAFR + rest, False))
    elif " " not in key and key.startswith(_KAFR) and len(key) - len(_KAFR) >= 3:
        out.append((f"{_KAFR} {key[len(_KAFR) :]}", False))
    return out


_KAFR = "كفر"

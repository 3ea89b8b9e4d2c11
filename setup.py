"""Optional mypyc build of the extraction hot path; the metadata lives in pyproject.toml.

By default this adds nothing: ``pip install -e .`` and wheels stay pure Python. With
``MARSAD_COMPILE=1`` the modules below are compiled to C extensions, which Python imports in place
of the ``.py`` files (same outputs, about 1.4x the reports per second). mypy must be installed and
build isolation off: ``MARSAD_COMPILE=1 pip install --no-build-isolation .``. In a checkout,
``make compiled`` does this in ``.venv-compiled``; ``make bench-compiled`` and ``make test-compiled``
run the benchmark and the tests there. Avoid an editable compiled install: the extension modules
would sit next to the sources and shadow later edits of them until rebuilt.
"""

from __future__ import annotations

import os

from setuptools import setup

#: the per-report code: text view, extractors, dates, the model, the geocoder's matching and ranking
COMPILED = [
    "src/marsad/text/clitics.py",
    "src/marsad/text/datelines.py",
    "src/marsad/text/matcher.py",
    "src/marsad/text/normalize.py",
    "src/marsad/text/ranges.py",
    "src/marsad/text/segment.py",
    "src/marsad/model/dates.py",
    "src/marsad/model/document.py",
    "src/marsad/model/events.py",
    "src/marsad/model/mentions.py",
    "src/marsad/model/places.py",
    "src/marsad/model/span.py",
    "src/marsad/extractors/actors.py",
    "src/marsad/extractors/built.py",
    "src/marsad/extractors/control_facts.py",
    "src/marsad/extractors/daily.py",
    "src/marsad/extractors/events.py",
    "src/marsad/extractors/fight_sides.py",
    "src/marsad/extractors/frames.py",
    "src/marsad/extractors/history.py",
    "src/marsad/extractors/merge.py",
    "src/marsad/extractors/mobs.py",
    "src/marsad/extractors/notes.py",
    "src/marsad/extractors/off_stage.py",
    "src/marsad/extractors/number_expressions.py",
    "src/marsad/extractors/positions.py",
    "src/marsad/extractors/quantities.py",
    "src/marsad/extractors/roles.py",
    "src/marsad/extractors/since_taken.py",
    "src/marsad/extractors/state_forces.py",
    "src/marsad/extractors/subtypes.py",
    "src/marsad/extractors/text_stage.py",
    "src/marsad/extractors/tolls.py",
    "src/marsad/extractors/tolls_by_place.py",
    "src/marsad/extractors/triggers.py",
    "src/marsad/extractors/vocabulary.py",
    "src/marsad/extractors/when_where.py",
    "src/marsad/temporal/calendar_dates.py",
    "src/marsad/temporal/day_lists.py",
    "src/marsad/temporal/days.py",
    "src/marsad/temporal/grammar.py",
    "src/marsad/temporal/parsing.py",
    "src/marsad/temporal/periods.py",
    "src/marsad/temporal/reckon.py",
    "src/marsad/temporal/scan.py",
    "src/marsad/temporal/stage.py",
    "src/marsad/lang/actors.py",
    "src/marsad/lang/numbers.py",
    "src/marsad/lang/timewords.py",
    "src/marsad/lang/triggers.py",
    "src/marsad/geo/acled.py",
    "src/marsad/geo/clues.py",
    "src/marsad/geo/countries.py",
    # geo/cues.py stays Python: its word lists are module attributes loaded on first use (PEP 562), which
    # a compiled module cannot offer
    "src/marsad/geo/finder.py",
    "src/marsad/geo/gazetteer.py",
    "src/marsad/geo/geocoder.py",
    "src/marsad/geo/names.py",
    "src/marsad/geo/records.py",
    "src/marsad/geo/resolver.py",
    "src/marsad/geo/stage.py",
    "src/marsad/geo/store.py",
    "src/marsad/geo/translit.py",
]


def ext_modules() -> list[object]:
    if os.environ.get("MARSAD_COMPILE", "") not in ("1", "true", "yes"):
        return []
    from mypyc.build import mypycify  # only needed for the optional build

    return list(mypycify(COMPILED, opt_level="3"))


setup(ext_modules=ext_modules())

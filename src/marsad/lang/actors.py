"""Actor lexicon of a country pack: ACLED names, inter codes, Arabic aliases and weak references."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from marsad.errors import LanguageDataError
from marsad.lang.files import iso_date, load_data_file, require, string_list, text_problems
from marsad.lang.packs import DEFAULT_PACK, load_pack
from marsad.model.enums import IdentityEnum
from marsad.text.normalize import normalize_term


class Side(IdentityEnum):
    GOVERNMENT = "government"
    PRO_GOVERNMENT = "pro_government"
    OPPOSITION = "opposition"
    JIHADIST = "jihadist"
    KURDISH = "kurdish"
    TURKISH_BACKED = "turkish_backed"
    FOREIGN_STATE = "foreign_state"
    COALITION = "coalition"
    COMMUNAL = "communal"  # tribal, clan and ethnic militias
    UNIDENTIFIED = "unidentified"
    CIVILIANS = "civilians"
    PROTESTERS = "protesters"
    RIOTERS = "rioters"

    @property
    def armed(self) -> bool:
        return self not in (Side.CIVILIANS, Side.PROTESTERS, Side.RIOTERS)

    @property
    def state(self) -> bool:
        return self in (Side.GOVERNMENT, Side.FOREIGN_STATE)


#: sides that fight on the same side of the Syrian war (used to fill associated actors)
ALLIED: dict[Side, frozenset[Side]] = {
    Side.GOVERNMENT: frozenset({Side.PRO_GOVERNMENT}),
    Side.PRO_GOVERNMENT: frozenset({Side.GOVERNMENT, Side.PRO_GOVERNMENT}),
    Side.TURKISH_BACKED: frozenset({Side.FOREIGN_STATE}),
}


#: the countries whose English names take the article after "of" in ACLED's actor names
_THE_COUNTRIES = ("United ", "Netherlands", "Philippines", "Central African Republic", "Democratic Republic")


def _period_of(periods: tuple[tuple[str, tuple[dt.date, ...]], ...], country: str, on: dt.date | None) -> str:
    """The naming period (" (2006-2020)") of ``country``'s government on day ``on``; with no day, its period
    still open; "" for a country the table does not list or a day before its first period."""
    starts = next((s for where, s in periods if where == country), ())
    i = len(starts) - 1 if on is None else sum(1 for first in starts if first <= on) - 1
    if i < 0:
        return ""
    end = str(starts[i + 1].year) if i + 1 < len(starts) else ""
    return f" ({starts[i].year}-{end})"


#: the naming period in an ACLED name: " (2006-2014)", " (2014-)"
_PERIOD = re.compile(r" \((\d{4})-(\d{4})?\)")


def _period(name: str, at_end: bool = False) -> tuple[int, int] | None:
    """The first and last year of the naming period of an ACLED name ("... (1969-2011) ...", an open one
    "(2014-)" lasting to 9999); ``at_end``: only a period that ends the name ("... (2006-2014)")."""
    found = _PERIOD.search(name)
    if found is None or (at_end and found.end() != len(name)):
        return None
    return int(found[1]), int(found[2]) if found[2] else 9999


def _in_period(name: str, year: int) -> bool:
    """``year`` falls in the naming period of an ACLED name ("... (1969-2011) ..." or "... (2014-) ...")."""
    period = _period(name)
    return period is not None and period[0] <= year <= period[1]


def _period_start(name: str) -> int:
    """The first year of the naming period ending an ACLED name ("... (2006-2014)" → 2006), or 0."""
    period = _period(name, at_end=True)
    return period[0] if period is not None else 0


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str  # may contain "{country}" for generic actors
    inter: int
    side: Side
    aliases: tuple[str, ...]
    references: tuple[str, ...]
    associate_of: str = ""
    home_country: str = ""
    #: other countries an armed group fights in as much as at home (JNIM in Burkina Faso and Niger): their
    #: places are as likely as its home's where it is named
    also_in: tuple[str, ...] = ()
    #: the actor its people counted as the victims of violence are ("قتل ثلاثة مستوطنين": civilians of Israel)
    harmed_as: str = ""
    #: (first day, ACLED name from that day): a state's forces under a new government ("Military Forces of
    #: Syria (2024-)" from 2024-12-08), oldest first
    renamed: tuple[tuple[dt.date, str], ...] = ()
    #: (country, actor id): in an event located in that country, or qualified by its nationality, this
    #: actor's words name another actor ("قوى الأمن الداخلي" is the Asayish in Syria, the ISF in Lebanon)
    abroad: tuple[tuple[str, str], ...] = ()
    #: aliases or references that name a whole camp ("الفصائل", "فصائل المعارضة"): joined to a group named
    #: right after them ("الفصائل وهيئة تحرير الشام", "بقيادة هيئة تحرير الشام") they stand for that group
    umbrella: tuple[str, ...] = ()
    #: aliases or references that take no pronoun or plural suffix ("طالبان" is not "طالباني", a surname)
    exact: tuple[str, ...] = ()
    #: words naming a post, patrol or vehicle of this force attacked without the force's name ("دورية عسكرية",
    #: "سيارة شرطة"): weak mentions that give way to an owner named right after them ("نقطة عسكرية لقسد") and
    #: to a state force the sentence names
    posts: tuple[str, ...] = ()
    #: its attacks that name no target are on civilians ("هاجم مستوطنون بلدة ترمسعيا وأضرموا النار في مركبات"):
    #: no armed adversary is inferred for them from the rest of the report
    attacks_civilians: bool = False
    #: (day, actor id): before that day this actor's words named the other actor ("الأمن العام" was Hayat
    #: Tahrir al Sham's security service before it became the state's in December 2024)
    earlier: tuple[dt.date, str] | None = None
    #: (day, actor id): from that day this actor's words name the other actor (the Taliban's fighters are
    #: Afghanistan's forces once the Taliban took power on 15 August 2021)
    later: tuple[dt.date, str] | None = None
    #: (country, first days of its governments' periods): the periods a generic state force ("Military
    #: Forces of {country}") is named by in ACLED ("Police Forces of Kuwait (2006-2020)")
    periods: tuple[tuple[str, tuple[dt.date, ...]], ...] = ()
    #: the forces of a rival government of the same country ("قوات حفتر" for the Government of National Accord's):
    #: never allied, though both are a state's forces
    rivals: tuple[str, ...] = ()

    def abroad_in(self, country: str) -> str:
        """The id of the actor this one's words name in ``country``, or "" when they name this one."""
        return next((other for where, other in self.abroad if where == country), "")

    def earlier_on(self, on: dt.date | None) -> str:
        """The id of the actor this one's words named on day ``on``, or "" when they name this one."""
        if self.earlier is None or on is None or on >= self.earlier[0]:
            return ""
        return self.earlier[1]

    def named_on(self, on: dt.date | None) -> str:
        """The id of the actor this one's words named on day ``on`` (see ``earlier`` and ``later``), or "" when
        they name this one (with no day, this one)."""
        if self.later is not None and on is not None and on >= self.later[0]:
            return self.later[1]
        return self.earlier_on(on)

    def export_name(self, country: str, on: dt.date | None = None) -> str:
        """The ACLED name where the event happens and, for a renamed actor, as of its first day ``on``; with
        no day, its first name of a period still open ("Military Forces of Syria (2000-)", "Military Forces
        of Iraq (2022-)"), as ACLED names undated reporting of a force that goes on, or else its last name
        ("Hayat Tahrir al Sham")."""
        name = self.name
        if self.renamed and on is None:
            names = (name, *(later for _, later in self.renamed))
            name = next((n for n in names if n.endswith("-)")), names[-1])
        elif on is not None:
            for first, later in self.renamed:
                if on >= first:
                    name = later
            if self.renamed and name == self.name and (start := _period_start(name)) and on.year < start:
                name = name[: name.rindex(" (")]  # before the first period the pack knows: no period
        if self.periods and name.endswith("{country}"):
            name += _period_of(self.periods, country, on)
        if " of {country}" in name and country.startswith(_THE_COUNTRIES):
            country = "the " + country  # "Military Forces of the United Kingdom"
        return name.replace("{country}", country)

    def named_in(self, year: int) -> bool:
        """One of this actor's names has a naming period that holds ``year``."""
        return any(_in_period(n, year) for n in (self.name, *(later for _, later in self.renamed)))

    def inter_in(self, country: str) -> int:
        """ACLED inter code where the event happens: a state's forces abroad are external (8)."""
        if self.side.state and self.home_country and country and self.home_country != country:
            return 8
        if self.side.state and self.home_country == country:
            return 1
        return self.inter


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    version: str
    actors: dict[str, Actor]

    def counterpart(
        self, actor_id: str, country: str, generic: bool = False, on: dt.date | None = None
    ) -> Actor | None:
        """The same kind of state force of another country: "الجيش العراقي" read through "الجيش" (the
        Syrian army's word) is Iraq's military. The kind is the ACLED name's head ("Military Forces",
        "Police Forces"); of several, the one whose naming period holds day ``on`` (Libya's forces of
        1969-2011 in March 2011, not the House of Representatives' of 2014-); None when the pack lists no such
        force of that country."""
        actor = self.actors.get(actor_id)
        if actor is not None and (other_id := actor.abroad_in(country)):
            return self.actors[other_id]
        if actor is None or not actor.side.state or " of " not in actor.name:
            return None
        kind = actor.name.split(" of ", 1)[0]
        found = [
            other
            for other in self.actors.values()
            if other.home_country == country and other.side.state and other.name.startswith(kind + " of ")
        ]
        if on is not None and len(found) > 1:
            return next((o for o in found if o.named_in(on.year)), found[0])
        if found:
            return found[0]
        if generic:
            # the pack knows no such force of that country: its generic one ("Police Forces of {country}")
            return next((o for o in self.actors.values() if o.name == kind + " of {country}"), None)
        return None

    def get(self, actor_id: str) -> Actor:
        try:
            return self.actors[actor_id]
        except KeyError as exc:
            raise LanguageDataError(f"unknown actor id {actor_id!r}; add it to the pack's actors.yaml") from exc


_INTER_CODES = frozenset(range(1, 9))


@lru_cache(maxsize=8)
def load_actors(pack_id: str = DEFAULT_PACK) -> ActorLexicon:
    pack = load_pack(pack_id)
    f = load_data_file(pack.folder / "actors.yaml", "marsad.actors/1")
    entries = f.body.get("actors")
    if not isinstance(entries, list) or not entries:
        raise LanguageDataError(f"{f.path}: 'actors' must be a non-empty list")
    periods = _state_periods(f.body.get("state_periods", {}), f"{f.path}: state_periods")
    actors: dict[str, Actor] = {}
    for i, entry in enumerate(entries):
        where = f"{f.path}: actors[{i}]"
        if not isinstance(entry, dict):
            raise LanguageDataError(f"{where}: expected a mapping")
        actor_id = require(entry, "id", str, where)
        where = f"{f.path}: actor {actor_id}"
        if actor_id in actors:
            raise LanguageDataError(f"{where}: duplicate id")
        inter = require(entry, "inter", int, where)
        if inter not in _INTER_CODES:
            raise LanguageDataError(f"{where}: inter must be 1..8 (ACLED), got {inter}")
        side_text = require(entry, "side", str, where)
        try:
            side = Side(side_text)
        except ValueError as exc:
            raise LanguageDataError(f"{where}: unknown side {side_text!r}; one of {[s.value for s in Side]}") from exc
        actors[actor_id] = Actor(
            id=actor_id,
            name=require(entry, "name", str, where),
            inter=inter,
            side=side,
            # (a generic force, "Police Forces of {country}", is only reached as another's counterpart)
            aliases=tuple(string_list(entry, "aliases", where, required="{country}" not in str(entry.get("name")))),
            references=tuple(string_list(entry, "references", where)),
            associate_of=str(entry.get("associate_of", "")),
            home_country=str(entry.get("home_country", "")),
            also_in=tuple(string_list(entry, "also_in", where)),
            harmed_as=str(entry.get("harmed_as", "")),
            renamed=_renamed(entry.get("renamed", []), where),
            abroad=_abroad(entry.get("abroad", {}), where),
            umbrella=tuple(string_list(entry, "umbrella", where)),
            exact=tuple(string_list(entry, "exact", where)),
            posts=tuple(string_list(entry, "posts", where)),
            attacks_civilians=bool(entry.get("attacks_civilians", False)),
            earlier=_day_and_actor(entry.get("earlier"), where, "earlier", "until"),
            later=_day_and_actor(entry.get("later"), where, "later", "from"),
            periods=periods if str(entry.get("name")).endswith(" Forces of {country}") else (),
            rivals=tuple(string_list(entry, "rivals", where)),
        )
    lexicon = ActorLexicon(version=f.version, actors=actors)
    unresolved = [a.id for a in actors.values() if a.associate_of and a.associate_of not in actors]
    unresolved += [a.id for a in actors.values() for _, other in a.abroad if other not in actors]
    unresolved += [a.id for a in actors.values() if a.harmed_as and a.harmed_as not in actors]
    unresolved += [a.id for a in actors.values() if a.earlier is not None and a.earlier[1] not in actors]
    unresolved += [a.id for a in actors.values() if a.later is not None and a.later[1] not in actors]
    unresolved += [a.id for a in actors.values() for other in a.rivals if other not in actors]
    if unresolved:
        raise LanguageDataError(
            f"{f.path}: associate_of, abroad, earlier, later, rivals or harmed_as names unknown actors for {unresolved}"
        )
    for role in ("unidentified_armed_group", "civilians", "protesters", "rioters"):
        if getattr(pack, role) not in actors:
            raise LanguageDataError(f"{pack.folder}/pack.yaml: {role} names an actor missing from actors.yaml")
    for country, actor_id in pack.bombardier_in.items():
        if actor_id not in actors:
            raise LanguageDataError(f"{pack.folder}/pack.yaml: bombardier_in.{country} names {actor_id!r}, no actor")
    for country, air_force in pack.air_force_in.items():
        if air_force.actor_id not in actors:
            raise LanguageDataError(
                f"{pack.folder}/pack.yaml: air_force_in.{country} names {air_force.actor_id!r}, no actor"
            )
    return lexicon


def _renamed(raw: object, where: str) -> tuple[tuple[dt.date, str], ...]:
    """The ``renamed`` list of an actor: ``[{from: 2024-12-08, name: ...}]``, checked and sorted."""
    if not isinstance(raw, list):
        raise LanguageDataError(f"{where}: 'renamed' must be a list of {{from, name}}")
    out: list[tuple[dt.date, str]] = []
    for item in raw:
        first = iso_date(item.get("from") if isinstance(item, dict) else None)
        name = item.get("name") if isinstance(item, dict) else None
        if first is None or not isinstance(name, str) or not name.strip():
            raise LanguageDataError(f"{where}: each 'renamed' item needs from: YYYY-MM-DD and a name")
        out.append((first, name))
    return tuple(sorted(out))


def _state_periods(raw: object, where: str) -> tuple[tuple[str, tuple[dt.date, ...]], ...]:
    """``state_periods``: country name to the first days of its governments' periods, oldest first."""
    if not isinstance(raw, dict):
        raise LanguageDataError(f"{where}: expected a mapping of country name to a list of YYYY-MM-DD")
    out: list[tuple[str, tuple[dt.date, ...]]] = []
    for country, days in raw.items():
        starts = [iso_date(d) for d in days] if isinstance(days, list) else [None]
        if not isinstance(country, str) or not starts or None in starts:
            raise LanguageDataError(f"{where}: {country}: expected a non-empty list of YYYY-MM-DD")
        dates = tuple(d for d in starts if d is not None)
        if list(dates) != sorted(set(dates)):
            raise LanguageDataError(f"{where}: {country}: list the days once each, oldest first")
        out.append((country, dates))
    return tuple(sorted(out))


def _day_and_actor(raw: object, where: str, field: str, day: str) -> tuple[dt.date, str] | None:
    """An actor's ``earlier`` (``{until: 2024-12-08, actor: HTS}``) or ``later`` (``{from: 2021-08-15, actor:
    AFG_STATE}``) mapping, its ``day`` key and actor id checked."""
    if raw is None:
        return None
    on = iso_date(raw.get(day) if isinstance(raw, dict) else None)
    other = raw.get("actor") if isinstance(raw, dict) else None
    if on is None or not isinstance(other, str) or not other:
        raise LanguageDataError(f"{where}: '{field}' needs {day}: YYYY-MM-DD and an actor id")
    return (on, other)


def _abroad(raw: object, where: str) -> tuple[tuple[str, str], ...]:
    """The ``abroad`` mapping of an actor: ``{Lebanon: LBN_POLICE}``, country to actor id."""
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in raw.items()):
        raise LanguageDataError(f"{where}: 'abroad' must map a country name to an actor id")
    return tuple(sorted(raw.items()))


def lint_actors(lexicon: ActorLexicon) -> list[str]:
    """Problems a maintainer must fix: bad text, aliases shared by two actors, duplicates."""
    problems: list[str] = []
    owners: dict[str, list[str]] = {}
    for actor in lexicon.actors.values():
        terms = [*actor.aliases, *actor.references, *actor.posts]
        for term in terms:
            problems.extend(f"actor {actor.id}: {term!r}: {p}" for p in text_problems(term))
            owners.setdefault(normalize_term(term), []).append(actor.id)
        counts = Counter(normalize_term(t) for t in terms)
        problems.extend(f"actor {actor.id}: {t!r} listed twice" for t, n in counts.items() if n > 1)
        problems.extend(
            f"actor {actor.id}: {field} {u!r} is none of its aliases or references"
            for field, listed in (("umbrella", actor.umbrella), ("exact", actor.exact))
            for u in listed
            if normalize_term(u) not in counts
        )
    problems.extend(
        f"alias {term!r} belongs to several actors: {sorted(set(ids))}"
        for term, ids in owners.items()
        if len(set(ids)) > 1
    )
    return problems

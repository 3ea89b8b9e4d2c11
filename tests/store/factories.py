"""Places, events, control facts and documents built by hand, so store tests need no extraction."""

from __future__ import annotations

import datetime as dt

from marsad.model import (
    ActorRef,
    ControlFact,
    ControlStatus,
    DateValue,
    Document,
    Event,
    Evidence,
    EvidenceRole,
    PlaceKind,
    ResolvedPlace,
    Span,
    SubEventType,
)

SYR = ActorRef("SYR_STATE", "Military Forces of Syria (2000-)", 1)
MILITIA = ActorRef("PRO_GOV_MILITIA", "Pro-Government Militia (Syria)", 3)
ISIS = ActorRef("ISIS", "Islamic State (Syria)", 2)
FSA = ActorRef("FSA", "Free Syrian Army", 2)
RUS = ActorRef("RUS_STATE", "Military Forces of Russia (2000-)", 8)


def city(place_id: str = "SY-DEZ", name_en: str = "Deir ez-Zor", name_ar: str = "دير الزور") -> ResolvedPlace:
    return ResolvedPlace(
        place_id=place_id,
        name_en=name_en,
        name_ar=name_ar,
        kind=PlaceKind.CITY,
        country="Syria",
        iso=760,
        admin1="Deir ez-Zor",
        admin2="Deir ez-Zor",
        admin3="Deir ez-Zor",
        latitude=35.336,
        longitude=40.141,
        geo_precision=1,
        location=name_en,
    )


def hood(place_id: str, name_en: str, name_ar: str, lat: float = 35.34, lon: float = 40.14) -> ResolvedPlace:
    return ResolvedPlace(
        place_id=place_id,
        name_en=name_en,
        name_ar=name_ar,
        kind=PlaceKind.NEIGHBOURHOOD,
        country="Syria",
        iso=760,
        admin1="Deir ez-Zor",
        admin2="Deir ez-Zor",
        admin3="Deir ez-Zor",
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        location=f"Deir ez-Zor - {name_en}",
        city="Deir ez-Zor",
    )


DEZ = city()
HAMIDIYAH = hood("SY-DEZ-hamidiyah", "al-Hamidiyah", "الحميدية", 35.338, 40.147)
SHEIKH_YASSIN = hood("SY-DEZ-sheikh-yassin", "al-Sheikh Yassin", "الشيخ ياسين", 35.337, 40.150)
UMMAL = hood("SY-DEZ-ummal", "al-Ummal", "العمال", 35.330, 40.135)
ARFI = hood("SY-DEZ-arfi", "al-Arfi", "العرفي", 35.331, 40.130)
SINAA = hood("SY-DEZ-sinaa", "al-Sinaa", "الصناعة", 35.325, 40.160)
RAQQA = city("SY-RAQ", "Raqqa", "الرقة")


def day(y: int, m: int, d: int) -> DateValue:
    return DateValue.day(dt.date(y, m, d))


def ev(text: str, role: EvidenceRole = EvidenceRole.TRIGGER, start: int = 0) -> Evidence:
    return Evidence(role, Span(start, start + len(text)), text)


def battle(
    place: ResolvedPlace,
    date: DateValue,
    sub: SubEventType = SubEventType.GOVERNMENT_REGAINS,
    actor1: ActorRef | None = SYR,
    actor2: ActorRef | None = ISIS,
    fatalities: int = 0,
    evidence: str = "",
    **kw: object,
) -> Event:
    return Event(
        sub_event_type=sub,
        date=date,
        place=place,
        actor1=actor1,
        actor2=actor2,
        fatalities=fatalities,
        evidence=[ev(evidence)] if evidence else [],
        assoc_actor_1=[MILITIA] if actor1 is SYR else [],
        notes=f"{sub.label} in {place.location}.",
        **kw,  # type: ignore[arg-type]
    )


def fact(
    place: ResolvedPlace | None,
    actor: str,
    status: ControlStatus,
    date: DateValue | None,
    kind: str = "capture",
    other: str = "",
    place_text: str = "",
    evidence: str = "",
    historical: bool = False,
) -> ControlFact:
    return ControlFact(
        place=place,
        place_text=place_text or (place.name_ar if place else ""),
        actor_id=actor,
        status=status,
        date=date,
        other_actor_id=other,
        kind=kind,
        historical=historical,
        evidence=[ev(evidence)] if evidence else [],
    )


def document(
    text: str,
    events: list[Event] | None = None,
    control: list[ControlFact] | None = None,
    published: dt.date | None = dt.date(2017, 10, 29),
    outlet: str = "Euphrates Post",
    url: str = "",
    doc_id: str = "",
    versions: tuple[str, str] = ("p1", "d1"),
) -> Document:
    return Document(
        text=text,
        id=doc_id,
        published=published,
        outlet=outlet,
        url=url,
        events=list(events or []),
        control=list(control or []),
        pipeline_version=versions[0],
        data_version=versions[1],
    )


def seed_document() -> Document:
    """The seed report as the lead's extraction aims to give it (see ../shared/examples/seed)."""
    lost = ControlStatus.LOST
    held = ControlStatus.HELD
    events = [
        battle(HAMIDIYAH, day(2017, 10, 29), SubEventType.ARMED_CLASH, evidence="من الدخول إلى حي الحميدية"),
        battle(UMMAL, day(2017, 10, 28), fatalities=12, evidence="السيطرة على حيي العمال"),
        battle(ARFI, day(2017, 10, 28), evidence="والعرفي"),
        battle(SINAA, day(2017, 10, 25), extent="partial", evidence="أغلب مناطق حي الصناعة"),
        battle(
            HAMIDIYAH,
            DateValue.month(2012, 6),
            SubEventType.NON_STATE_OVERTAKES,
            actor1=FSA,
            actor2=SYR,
            historical=True,
        ),
    ]
    control = [
        fact(
            HAMIDIYAH,
            "SYR_STATE",
            lost,
            DateValue.month(2012, 6),
            kind="loss",
            historical=True,
            evidence="خرجت عن سيطرة النظام في يونيو/ حزيران عام 2012",
        ),
        fact(
            HAMIDIYAH,
            "FSA",
            held,
            DateValue.month(2012, 6),
            historical=True,
            evidence="بعد سيطرة الجيش السوري الحر",
        ),
        fact(
            HAMIDIYAH,
            "ISIS",
            held,
            DateValue.year(2014),
            other="FSA",
            historical=True,
            evidence="قبل أن يتمكن داعش من السيطرة عليه عام 2014",
        ),
        fact(
            HAMIDIYAH,
            "SYR_STATE",
            ControlStatus.CONTESTED,
            day(2017, 10, 29),
            kind="entry",
            other="ISIS",
            evidence="من الدخول إلى حي الحميدية",
        ),
        fact(SHEIKH_YASSIN, "SYR_STATE", lost, DateValue.month(2012, 6), kind="loss", historical=True),
        fact(UMMAL, "SYR_STATE", held, day(2017, 10, 28), other="ISIS", evidence="عقب سيطرتها على حي العمال"),
        fact(ARFI, "SYR_STATE", held, day(2017, 10, 28)),
        fact(
            SINAA,
            "SYR_STATE",
            ControlStatus.PARTIAL,
            day(2017, 10, 25),
            other="ISIS",
            evidence="أغلب مناطق حي الصناعة",
        ),
    ]
    return document(
        "تمكنت قوات النظام والميليشيات المتحالفة صباح اليوم الأحد من الدخول إلى حي الحميدية",
        events,
        control,
        doc_id="euphrates-post-hamidiyah",
        url="https://example.org/hamidiyah",
    )

"""Event-level quality on the review sets (tests/fixtures/reviews/review*.jsonl): items written with the
coding a careful ACLED coder would give, by reviewers blind to the code, then read to find errors (so
they are development data now). The floors sit a little below the measured figures, so a change that
loses real events, invents them on the negatives or breaks a field fails here; the figures themselves
come from ``marsad evaluate --review tests/fixtures/reviews/reviewN.jsonl``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import marsad
from marsad.evaluate.reviews import ReviewItem, read_reviews, score_reviews
from marsad.io.records import document_record

REVIEWS = Path(__file__).parent / "fixtures" / "reviews"


def _exported(item: ReviewItem) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = document_record(marsad.extract(item.text, published=item.published))["events"]
    return events


@pytest.mark.parametrize(
    ("name", "f1", "false_on_negatives", "actor1", "fatalities"),
    [
        ("review4", 0.90, 0, 0.68, 0.95),
        ("review5", 0.88, 0, 0.65, 0.88),
        ("review6", 0.81, 0, 0.65, 0.85),
        ("review7", 0.80, 0, 0.74, 0.84),
        ("review8", 0.76, 2, 0.78, 0.73),
        ("review9", 0.78, 0, 0.60, 0.74),
        ("review10", 0.78, 2, 0.66, 0.88),
        ("review11", 0.84, 1, 0.74, 0.78),
        ("review12", 0.72, 2, 0.70, 0.76),
        ("review13", 0.86, 1, 0.65, 0.80),
        ("review14", 0.90, 1, 0.80, 0.90),
        ("review15", 0.85, 1, 0.64, 0.80),
        ("review16", 0.78, 1, 0.80, 0.78),
        ("review17", 0.84, 0, 0.88, 0.92),
        ("review18", 0.78, 1, 0.74, 0.74),
        # 2006-2009 newswire from ten countries (actor names of that era's periods are often unknown to the
        # packs, hence the low actor1 floor)
        ("review19", 0.84, 0, 0.50, 0.85),
        ("review20", 0.86, 3, 0.78, 0.92),
        # 2011-2020 reports from eleven countries (Yemen, Iraq, Libya, Sudan, Somalia, Egypt, the Sahel ...)
        ("review21", 0.85, 2, 0.64, 0.80),
        ("review22", 0.80, 1, 0.78, 0.84),
        # 2012-2017 and 2023-2025: Syria's early war, Iraq against ISIS, Yemen, Libya, Sudan's war (read)
        ("review23", 0.85, 1, 0.68, 0.82),
        # 2018-2025 across eight countries, scored blind at the start and end of round 14 (read in round 15)
        ("review24", 0.76, 2, 0.55, 0.80),
        # 2011-2024 demonstrations, riots and mob violence across thirteen countries (read in round 15; the
        # reviewer named state forces without ACLED's period)
        ("review25", 0.83, 2, 0.92, 0.84),
        # 2014-2025 long reports of several events each, scored blind at the start and end of round 15, read
        # in round 16
        ("review26", 0.83, 1, 0.72, 0.79),
        # 2015-2024 regional outlets' reports from Yemen, Iraq, Libya, Somalia, Lebanon, Palestine and Sudan,
        # scored blind at the start and end of round 16 (three items read for the end figure's causes)
        ("review27", 0.85, 1, 0.75, 0.85),
        ("review28", 0.84, 0, 0.60, 0.88),
        ("review29", 0.83, 1, 0.66, 0.83),
        ("review30", 0.82, 2, 0.70, 0.75),
        # 2024-2025: Sudan, Syria after December 2024, Lebanon, Palestine, Yemen, Libya, the Sahel, Somalia, Iraq
        # and North African protests (read in round 19)
        ("review31", 0.85, 1, 0.76, 0.88),
        # 2013-2022: Syria's and Iraq's wars by neighbourhood, Yemen, Libya, Sinai, Lebanon and the 2019 protests,
        # scored blind at the start and end of round 19
        ("review32", 0.85, 2, 0.66, 0.77),
        # 2004-2023 wire, state-media, live-blog, monitor and statement styles: Iraq 2004-2008 and 2017, Syria
        # 2011-2012, Egypt 2013-2015, Yemen, Libya, Somalia, Afghanistan, Sudan and North African protests, scored
        # blind at the start and end of round 20, then read
        ("review33", 0.83, 1, 0.66, 0.82),
        # 2006-2024 bulletins, denials, round-ups, ministry statements and witness pieces from Sudan, Somalia,
        # Lebanon, Palestine, Mali, Niger, Tunisia, Algeria, Jordan and Afghanistan, scored blind at the start of
        # round 21, then read
        ("review34", 0.72, 1, 0.64, 0.62),
        # 2003-2025 wires filed abroad, monitors' tallies, statements and features: Syria 2025, Iraq 2003-2008,
        # Yemen 2015, Libya, Egypt, Kurdish regions, the Gulf and Morocco, scored blind at the start and end of
        # round 21 (only its differences between the two read)
        ("review35", 0.73, 3, 0.43, 0.59),
        # 2003-2026 wires, ministry and army statements, monitors' bulletins and features from 23 countries
        # (Syria to Mozambique, Nigeria and Ethiopia), scored blind at the start and end of round 22, then read
        ("review36", 0.82, 1, 0.55, 0.88),
        # long reports mixing today's news with last week's, tolls by place, raised tolls, claims and denials,
        # actors named by a pronoun: Syria 2012-2025, Iraq, Yemen, Libya, Sudan, Somalia, Palestine, Lebanon;
        # scored blind at the start of round 22, then read
        ("review37", 0.88, 3, 0.68, 0.71),
        # 2012-2025 wires and local sites from 24 countries, South Sudan, the DRC and Mozambique among them,
        # scored blind at the start and end of round 23, read in round 24
        ("review38", 0.78, 1, 0.60, 0.76),
        # 2011-2026 agency statements, monitors' tallies, Kurdish and Sahel pages: repelled attacks, unclaimed
        # drones, mines left behind, riots by night, intercepted missiles; scored blind at the start of round 23,
        # then read
        ("review39", 0.91, 1, 0.74, 0.91),
        # 2011-2026 reports from 26 countries (Cameroon, Chad, Kenya among them), eight negatives (a football
        # match in war words, a court ruling, a commemoration); scored blind at the start and end of round 24
        # (not read)
        ("review40", 0.73, 3, 0.73, 0.78),
        # 2011-2026 army and rebel statements, live blogs, rights reports: factions led by a named group,
        # claims after the group's name, remembered events, breakdown asides; scored blind at the start of
        # round 24, then read
        ("review41", 0.81, 0, 0.73, 0.85),
        # 2011-2025 Sudan's war, Yemen, Libya, Iraq, Syria, the Sahel, Somalia, Lebanon, Sinai; eight negatives;
        # scored blind at the start and end of round 25 (not read)
        ("review42", 0.80, 0, 0.58, 0.71),
        # 1948-2024 Palestine, Lebanon, Egypt, the Maghreb's and Bahrain's protests, Iraq, north-east Syria,
        # Libya, Sudan, Yemen, Somalia, Lake Chad; a film review and an anniversary among the negatives; scored
        # blind at the start of round 25, then read
        ("review43", 0.86, 1, 0.70, 0.82),
        # 2011-2025 Sudan (Darfur, Kordofan, Khartoum), Libya, Yemen, Somalia, the Sahel, Iraq, the Maghreb's and
        # the Gulf's protests; eight negatives; scored blind at the start and end of round 26 (not read)
        ("review44", 0.80, 3, 0.73, 0.78),
        # 2012-2025 Syria after December 2024 (the coast, Suwayda), Lebanon's border war, Gaza and the West Bank,
        # Sinai, Iraq's 2019 protests, Lake Chad, Turkey's war with the PKK; scored blind at the start of round 26,
        # then read
        ("review45", 0.85, 2, 0.78, 0.94),
        # 2012-2025 Syria after December 2024, Iraq, Lebanon's 2024 war, Sudan, Yemen, Libya, the Sahel, Somalia,
        # the West Bank, Sinai, the Maghreb's, Jordan's and the Gulf's protests; eight negatives; scored blind at the
        # start and end of round 27 (not read)
        # (actor1 0.61 -> 0.60 in round 30: one more event found, its actor1 wrong; as many right as before)
        ("review46", 0.78, 2, 0.59, 0.81),
        # 2011-2025 Iraq and Kurdistan, north-east and north-west Syria, Gaza, south Lebanon, Yemen, Sudan, Tripoli,
        # Somalia, Lake Chad, Egypt, Morocco, Iran's 2022 protests; scored blind at the start of round 27, then read
        ("review47", 0.83, 0, 0.77, 0.90),
        # 2014-2025 Sudan's war, Libya, Iraq, Syria after December 2024, Lebanon, the West Bank, Yemen, Somalia,
        # Sinai and the Sahel in wires, monitors' posts, features and statements; eight negatives; scored blind at
        # the start and end of round 28 (not read)
        ("review48", 0.85, 0, 0.65, 0.77),
        # 2012-2024 Syria's early war in coordination committees' roundups, Iraq, Yemen, Libya, Gaza, Sudan's and
        # the Maghreb's, Jordan's, Bahrain's and Kuwait's protests, Algeria's army bulletins; scored blind at the
        # start of round 28, then read
        ("review49", 0.87, 0, 0.79, 0.89),
        # published 2019-2024: Yemen, Sudan, Libya, Somalia, Iraq, Lebanon, Gaza and the West Bank, Syria, Sinai, the
        # Maghreb, the Sahel, Jordan's and the Gulf's protests in wires, tallies, features, statements and posts;
        # eight negatives; scored blind at the start and end of round 29 (not read)
        ("review50", 0.79, 0, 0.79, 0.88),
        # 2011-2024 Syria's uprising and war, Iraq, Yemen, Libya, Sudan, Lebanon, Palestine, Egypt, Morocco's Rif,
        # Mauritania and Saudi Arabia's border: mobs, abductions, arrest campaigns, films and trials among the
        # negatives; scored blind at the start of round 29, then read
        ("review51", 0.90, 1, 0.82, 0.95),
        # written to lean towards Sudan, Yemen, Iraq, Somalia and Libya, with several reports of two to four events;
        # eight negatives; scored blind at the start and end of round 30 (not read)
        ("review52", 0.90, 0, 0.83, 0.87),
        # written to lean towards Syria, Palestine, Lebanon, Egypt and the Maghreb, with territorial control news
        # (captures, withdrawals, hand-overs); eight negatives; scored blind at the start of round 30, then read
        ("review53", 0.94, 0, 0.83, 0.92),
        # round 31: set 54 (2012-2025 across the Arab world and the Sahel) scored blind at the start and end of
        # the round and not read; sets 55 (varied countries and styles) and 56 (long multi-event reports and wires,
        # 2011-2025, Afghanistan and the Sahel too) scored blind at the start, then read
        ("review54", 0.91, 0, 0.72, 0.91),
        ("review55", 0.99, 0, 0.78, 0.99),
        ("review56", 0.87, 1, 0.75, 0.84),
        # round 32: set 57 (2011-2025 wires and local sites, a dozen countries) scored blind at the start and end
        # of the round and not read; sets 58 (multi-event reports: Sahel, Horn, Ethiopia, Pakistan, Libya, Iraq)
        # and 59 (26 countries, South Sudan, Cameroon, Mozambique and the DRC among them) scored blind, then read
        ("review57", 0.87, 1, 0.84, 0.94),
        ("review58", 0.94, 0, 0.84, 0.90),
        ("review59", 0.92, 0, 0.79, 0.89),
        # round 33: set 60 (40 reports of varied countries, written blind to the code) scored blind at the start
        # and end of the round and not read; set 61 (multi-event reports and conflicting tolls, from Haiti and
        # the Central African Republic to Ukraine) scored blind at the start, then read
        ("review60", 0.90, 1, 0.67, 0.89),
        ("review61", 0.89, 1, 0.70, 0.82),
        # round 34: set 62 (40 reports, two dozen countries, written blind to the code) scored blind at the start
        # and end of the round and not read; set 63 (Sahel, Horn, South Asia, the Americas, quoted statements and
        # conflicting tolls) scored blind at the start, then read
        ("review62", 0.92, 2, 0.81, 0.87),
        ("review63", 0.95, 0, 0.75, 0.89),
        # round 35: set 64 (40 reports, a score of countries, written blind to the code) scored blind at the start
        # and end of the round and not read; set 65 (the Sahel, Central Africa, Haiti, Pakistan, Yemen, tolls
        # updated and counted on two sides) scored blind at the start, then read
        ("review64", 0.91, 0, 0.71, 0.89),
        ("review65", 0.95, 0, 0.84, 0.90),
        # round 36: set 66 (40 reports, a score of countries, written blind to the code) scored blind at the start
        # and end of the round and not read; set 67 (the Americas, Myanmar, the Philippines, Central Africa,
        # crowds met with fire, suspected and attributed perpetrators) scored blind at the start, then read
        ("review66", 0.91, 2, 0.81, 0.88),
        ("review67", 0.96, 0, 0.84, 0.97),
        # round 37: set 68 (40 reports, a score of countries, written blind to the code) scored blind at the start
        # and end of the round and not read; set 69 (the Sahel's "neutralised", settlers, crowds by city, Tunisia's
        # night riots, hand-overs told as like one another) scored blind at the start, then read
        ("review68", 0.93, 1, 0.79, 0.93),
        ("review69", 0.93, 0, 0.81, 0.97),
        # round 38: set 70 scored blind at the start and end of the round (not read), set 71 scored blind at the
        # start and then read
        ("review70", 0.87, 0, 0.80, 0.90),
        ("review71", 0.97, 0, 0.83, 0.97),
        # round 39: set 72 scored blind at the start and end of the round (not read), set 73 scored blind at the
        # start and then read
        # (set 72 read in round 40: 0.897 -> 0.933, its floor raised)
        ("review72", 0.92, 1, 0.86, 0.88),
        ("review73", 0.95, 0, 0.88, 0.94),
        # round 40: set 74 scored blind at the start and end of the round (not read), set 75 scored blind at the
        # start and then read
        # (set 74 read in round 41: 0.913 -> 0.967, its floors raised)
        ("review74", 0.95, 0, 0.84, 0.91),
        ("review75", 0.93, 0, 0.76, 0.96),
        # round 41: set 76 scored blind at the start and end of the round (not read), set 77 scored blind at the
        # start and then read
        ("review76", 0.86, 1, 0.70, 0.84),
        ("review77", 0.97, 0, 0.85, 0.97),
    ],
)
def test_review_set_stays_above_its_floor(
    name: str, f1: float, false_on_negatives: int, actor1: float, fatalities: float
) -> None:
    score = score_reviews(read_reviews(REVIEWS / f"{name}.jsonl"), _exported)
    assert score.f1 >= f1, (name, round(score.f1, 3))
    assert score.events_on_negatives <= false_on_negatives, (name, score.events_on_negatives)
    assert score.fields["actor1"].accuracy >= actor1, (name, score.fields["actor1"].accuracy)
    assert score.fields["fatalities"].accuracy >= fatalities, (name, score.fields["fatalities"].accuracy)

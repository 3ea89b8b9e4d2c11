"""The actor family of language data: schema, hygiene, and that aliases find their actor in text."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

import marsad
from marsad.errors import LanguageDataError
from marsad.extractors.actors import ActorStage
from marsad.extractors.text_stage import TextStage
from marsad.lang import actors as actors_mod
from marsad.lang.actors import Side, lint_actors, load_actors
from marsad.model.document import Document
from marsad.model.events import SubEventType


def test_pack_lints_clean() -> None:
    assert lint_actors(load_actors("sy")) == []


def test_every_actor_has_inter_and_name() -> None:
    lex = load_actors("sy")
    for actor in lex.actors.values():
        assert 1 <= actor.inter <= 8
        # (a generic force, "Police Forces of {country}", is reached only as another force's counterpart)
        assert actor.name and (actor.aliases or "{country}" in actor.name)


def _actor_ids(text: str) -> list[str]:
    doc = Document(text=text)
    TextStage()(doc)
    ActorStage("sy")(doc)
    return [m.actor_id for m in doc.actors]


@pytest.mark.parametrize(
    ("sentence", "actor_id"),
    [
        ("قصفت قوات النظام البلدة", "SYR_STATE"),
        ("قتل عنصران من وحدات مقاومة سنجار بغارة", "YBS"),
        ("قتل عنصران من اليبشة بغارة", "YBS"),
        ("استهدفت غارات مواقع للفصائل الموالية لإيران في البوكمال", "PRO_GOV_MILITIA"),
        ("نفذ العدو الإسرائيلي عدواناً جوياً على محيط دمشق", "ISR_STATE"),
        ("قصفت مدفعية العدو أطراف بلدة كفرشوبا", "ISR_STATE"),
        ("شنت مسيرة معادية غارة على سيارة", "ISR_STATE"),
        ("اشتبك مقاتلو الفيلق الثالث مع عناصر الهيئة", "SNA"),
        ("قتل جنديان في اشتباك مع عناصر من تنظيم «بي كا كا» الإرهابي", "PKK"),
        ("أعلنت المقاومة الإسلامية أن مجاهديها استهدفوا موقع المالكية", "HEZBOLLAH"),
        ("قصفت المقاومة الإسلامية في العراق قاعدة عين الأسد", "IRAQ_ISLAMIC_RESISTANCE"),
        ("سيطر جيش الفتح على مدينة جسر الشغور", "JAISH_FATEH"),
        ("خاضت القوات معارك مع ميليشيا الخوارج قرب بلدة رون نيرغود", "SHABAAB"),
        ("خطف مسلحون من عشائر البدو تاجراً قرب بلدة المسمية", "BEDOUIN_MILITIA"),
        ("اندلعت اشتباكات بين مسلحين من البدو والفصائل المحلية الدرزية", "DRUZE_MILITIA"),
        # a model's designation between the platform and its country
        ("نفذت طائرات F-16 العراقية ضربة جوية على مخبأ للإرهابيين", "IRQ_STATE"),
        ("هاجم نحو عشرين مستعمراً المزارعين خلال قطفهم الزيتون", "SETTLERS"),
        ("وأعلن الجيش العربي السوري", "SYR_STATE"),
        ("هاجمت الميليشيات المتحالفة مع النظام القرية", "PRO_GOV_MILITIA"),
        ("وقال حزب الله في بيان", "HEZBOLLAH"),
        ("شنت الطائرات الروسية غارات", "RUS_STATE"),
        ("انسحب مقاتلو تنظيم الدولة الإسلامية", "ISIS"),
        ("هاجمت خلايا داعش نقطة عسكرية", "ISIS"),
        ("سيطرت هيئة تحرير الشام على التلة", "HTS"),
        ("وكانت جبهة النصرة قد أعلنت", "HTS"),
        ("تقدمت فصائل الجيش الحر", "FSA"),
        ("قصفت قوات سوريا الديمقراطية", "SDF"),
        ("اشتبكت قسد مع", "SDF"),
        ("قصفت المدفعية التركية القرية", "TUR_STATE"),
        ("استهدف طيران التحالف الدولي", "COALITION"),
        ("قتل شاب برصاص الجندرما التركية", "TUR_STATE"),
        ("أطلق مسلحون مجهولون النار", "UNIDENTIFIED_ARMED"),
        ("قتل مسلح مجهول رجلا", "UNIDENTIFIED_ARMED"),
        ("أطلق مسلحان النار على السيارة", "UNIDENTIFIED_ARMED"),
        ("قتل ثلاثة مدنيين", "CIVILIANS"),
        ("فرقت الشرطة المتظاهرين", "PROTESTERS"),
        ("قتل متظاهر برصاص الشرطة", "PROTESTERS"),
        # a party's supporters, by the word for party
        ("اندلعت مواجهات بين الشرطة وأنصار حزب حركة لبيك في مدينة لاهور", "PROTESTERS"),
        ("اشتبكت حركة نور الدين الزنكي مع الهيئة", "NOUR_ZENKI"),
        ("فرقت قوات الأمن الداخلي مظاهرة", "ASAYISH"),
        ("أصيبت طفلة برصاص قناص حوثي في حي ثعبات", "HOUTHIS"),
        ("هاجمت جماعة أنصار الله مواقع الجيش", "HOUTHIS"),
        ("قالت كتائب القسام إن مقاتليها خاضوا اشتباكات", "QASSAM"),
        ("أطلقت سرايا القدس رشقات صاروخية", "QUDS_BRIGADES"),
        ("اعتقلت الشرطة عناصر من حركة حماس", "HAMAS"),
        ("اغتيل قيادي في حركة الجهاد الإسلامي", "PIJ"),
        # the factions of Lebanon's Palestinian camps ("فتح" alone is also "opened": only with its head word)
        ("أصيب عنصران من حركة فتح في المخيم", "FATAH"),
        ("هاجم مسلحون من جند الشام مركزاً في المخيم", "JUND_AL_SHAM"),
        ("قصفت قوات الدعم السريع الأحياء السكنية", "RSF"),
        ("هاجم مقاتلو العشائر نقطة عسكرية", "TRIBAL_MILITIA"),
        ("سيطر مقاتلون من أبناء العشائر العربية على البلدة", "TRIBAL_MILITIA"),
        # the Sahel's, Sudan's, Somalia's, Egypt's and Libya's groups and missions
        ("تبنت جماعة نصرة الإسلام والمسلمين الهجوم", "JNIM"),
        ("هاجم مسلحو تنظيم الدولة الإسلامية في الصحراء الكبرى قرية", "ISGS"),
        ("قتل جنديان من بعثة الأمم المتحدة في مالي", "MINUSMA"),
        ("نفذت قوة برخان ضربة جوية", "FRA_STATE"),
        ("انسحبت قوات أميصوم من البلدة", "AMISOM"),
        ("هاجم مقاتلو حركة العدل والمساواة البلدة", "JEM"),
        ("أعلنت حركة تحرير السودان جناح عبد الواحد أن قواتها صدت الهجوم", "SLM_AW"),
        ("وأعلنت حركة حسم مسؤوليتها عن التفجير", "HASM"),
        ("قصفت المدفعية تمركزات مجلس شورى ثوار بنغازي", "BRSC"),
        ("قصف التحالف العربي مواقع الحوثيين", "SAU_STATE"),
        ("انسحبت القوات الإثيوبية من بلدة حلجن", "ETH_STATE"),
        ("أعلنت القيادة العسكرية الأمريكية في أفريقيا «أفريكوم» أنها نفذت غارة جوية", "USA_STATE"),
        ("دخل مقاتلو الشباب بلدة حلجن", "SHABAAB"),
        ("أعلن جهاز مكافحة الإرهاب تحرير حي الزهور", "IRQ_STATE"),
        ("استشهد خمسة مواطنين بغارة شنها طيران العدوان السعودي الأمريكي", "SAU_STATE"),
        ("اندلعت اشتباكات بين قوات الحزام الأمني وألوية الحماية الرئاسية في عدن", "YEM_STATE"),
    ],
)
def test_alias_finds_actor(sentence: str, actor_id: str) -> None:
    assert actor_id in _actor_ids(sentence)


def test_the_aggressions_artillery_is_not_the_enemys() -> None:
    """Houthi media's "مدفعية العدوان" is the coalition's, not Lebanese media's "مدفعية العدو" (Israel's)."""
    ids = _actor_ids("قصفت مدفعية العدوان السعودي مديرية شدا")
    assert "ISR_STATE" not in ids and "SAU_STATE" in ids


@pytest.mark.parametrize(
    "sentence",
    ["قُتل رجل إسرائيلي وأصيب آخرون بصاروخ", "في أول قتيل على الجانب الإسرائيلي منذ بدء القتال"],
)
def test_a_countrys_adjective_on_people_or_a_side_is_not_its_forces(sentence: str) -> None:
    assert "ISR_STATE" not in _actor_ids(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["استشهد تسعة من العاملين في الهيئة الصحية الإسلامية", "وأعلنت الهيئة الوطنية العليا لمسيرات العودة"],
)
def test_a_groups_generic_word_before_another_adjective_is_another_body(sentence: str) -> None:
    assert "HTS" not in _actor_ids(sentence)


def test_two_students_are_no_taliban() -> None:
    """ "طالبان جامعيان" is the dual of "طالب" (two university students), civilians, not the Taliban."""
    ids = _actor_ids("اعتقل الأمن خمسة شبان، بينهم طالبان جامعيان")
    assert "CIVILIANS" in ids and "TALIBAN" not in ids


def test_civil_as_a_feminine_adjective_is_no_civilian() -> None:
    """ "المؤسسات المدنية": civil institutions; "مدنيا", "مدنيان": civilians."""
    assert _actor_ids("اتفق الطرفان على دمج المؤسسات المدنية والعسكرية") == []
    assert _actor_ids("قتل مدنيا وأصيب مدنيان") == ["CIVILIANS", "CIVILIANS"]


def test_armed_as_an_adjective_is_no_actor() -> None:
    assert _actor_ids("تعرض الحاجز لهجوم مسلح") == []
    # of a group named right before it: the settlers are armed, no unidentified group stands beside them
    assert _actor_ids("ولم نستطع الاقتراب بسبب وجود المستوطنين المسلحين") == ["SETTLERS"]


def test_clitic_forms_find_actor() -> None:
    assert _actor_ids("واشتبكت مع لداعش وبالجيش السوري الحر") == ["ISIS", "FSA"]


def test_foreign_state_is_external_abroad() -> None:
    russia = load_actors("sy").get("RUS_STATE")
    assert russia.side is Side.FOREIGN_STATE
    assert russia.inter_in("Syria") == 8
    assert russia.inter_in("Russia") == 1


def test_generic_names_take_the_country() -> None:
    civ = load_actors("sy").get("CIVILIANS")
    assert civ.export_name("Iraq") == "Civilians (Iraq)"


def test_unknown_id_is_a_clear_error() -> None:
    with pytest.raises(LanguageDataError, match="unknown actor id"):
        load_actors("sy").get("NOPE")


def _load_broken_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, actor: str, error: str) -> None:
    """A pack "xx" whose one actor is the ``actor`` line fails to load with a message matching ``error``."""
    pack = tmp_path / "packs" / "xx"
    pack.mkdir(parents=True)
    (pack / "pack.yaml").write_text(
        "schema: marsad.pack/1\nversion: '1'\nid: xx\ncountry: X\niso: 1\n"
        "unidentified_armed_group: A\ncivilians: A\nprotesters: A\nrioters: A\n",
        encoding="utf-8",
    )
    (pack / "actors.yaml").write_text(
        f"schema: marsad.actors/1\nversion: '1'\nactors:\n  - {actor}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("marsad.lang.packs.data_root", lambda: tmp_path)
    actors_mod.load_actors.cache_clear()
    from marsad.lang import packs

    packs.load_pack.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match=error):
            actors_mod.load_actors("xx")
    finally:
        actors_mod.load_actors.cache_clear()
        packs.load_pack.cache_clear()


def test_broken_pack_is_reported_with_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actor = "{id: A, name: A, inter: 9, side: civilians, aliases: [x]}"
    _load_broken_pack(tmp_path, monkeypatch, actor, r"actors.yaml: actor A: inter must be 1\.\.8")


def test_a_rival_that_names_no_actor_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actor = "{id: A, name: A, inter: 1, side: civilians, aliases: [x], rivals: [NOBODY]}"
    _load_broken_pack(tmp_path, monkeypatch, actor, r"rivals or harmed_as names unknown actors for \['A'\]")


def test_a_harmed_as_that_names_no_actor_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actor = "{id: A, name: A, inter: 3, side: civilians, aliases: [x], harmed_as: NOBODY}"
    _load_broken_pack(tmp_path, monkeypatch, actor, r"harmed_as names unknown actors for \['A'\]")


def test_lint_finds_shared_alias() -> None:
    lex = load_actors("sy")
    a, b = lex.actors["ISIS"], lex.actors["HTS"]
    bad = type(lex)(
        version="t",
        actors={a.id: a, b.id: replace(b, aliases=(*b.aliases, "داعش"))},
    )
    assert any("several actors" in p for p in lint_actors(bad))


def test_pack_nationalities_map_adjectives_to_one_country() -> None:
    from marsad.errors import LanguageDataError
    from marsad.lang.packs import _nationalities, load_pack

    assert load_pack("sy").nationalities["السوداني"] == "Sudan"
    with pytest.raises(LanguageDataError, match="Iraq and Syria"):
        _nationalities({"nationalities": {"Iraq": ["العراقي"], "Syria": ["العراقي"]}}, "pack.yaml")


def test_a_renamed_actor_needs_a_date_and_a_name() -> None:
    with pytest.raises(LanguageDataError, match="from: YYYY-MM-DD"):
        actors_mod._renamed([{"from": "8 Dec 2024", "name": "X"}], "actors.yaml")
    with pytest.raises(LanguageDataError, match="from: YYYY-MM-DD"):
        actors_mod._renamed([{"from": "2024-12-08"}], "actors.yaml")
    syria = load_actors().get("SYR_STATE")
    assert syria.export_name("Syria", dt.date(2024, 12, 7)) == "Military Forces of Syria (2000-)"
    assert syria.export_name("Syria", dt.date(2024, 12, 8)) == "Military Forces of Syria (2024-)"


@pytest.mark.parametrize(
    ("actor_id", "country", "on", "name"),
    [
        ("STATE_POLICE", "Kuwait", dt.date(2011, 3, 8), "Police Forces of Kuwait (2006-2020)"),
        ("STATE_POLICE", "Kuwait", dt.date(2020, 9, 29), "Police Forces of Kuwait (2020-2023)"),
        ("STATE_MILITARY", "Afghanistan", dt.date(2021, 8, 14), "Military Forces of Afghanistan (2014-2021)"),
        # no day: the period still open, as for the forces the pack names
        ("STATE_POLICE", "Morocco", None, "Police Forces of Morocco (1999-)"),
        # Iran's by the Supreme Leader's period, as ACLED names them
        ("STATE_POLICE", "Iran", dt.date(2022, 9, 30), "Police Forces of Iran (1989-)"),
        # the Americas' and Myanmar's governments
        ("STATE_MILITARY", "Mexico", dt.date(2024, 9, 15), "Military Forces of Mexico (2018-2024)"),
        ("STATE_MILITARY", "Colombia", dt.date(2024, 11, 24), "Military Forces of Colombia (2022-)"),
        ("STATE_MILITARY", "Myanmar", dt.date(2023, 10, 27), "Military Forces of Myanmar (2021-)"),
        # Pakistan's by its prime ministers' terms, Shehbaz Sharif's two apart
        ("STATE_POLICE", "Pakistan", dt.date(2023, 12, 12), "Police Forces of Pakistan (2022-2024)"),
        ("STATE_POLICE", "Pakistan", dt.date(2025, 4, 15), "Police Forces of Pakistan (2024-)"),
        (
            "STATE_MILITARY",
            "Central African Republic",
            dt.date(2023, 2, 9),
            "Military Forces of the Central African Republic (2016-)",
        ),
        # before the first period the table lists, and in a country it does not list: no period
        ("STATE_POLICE", "Kuwait", dt.date(2001, 5, 1), "Police Forces of Kuwait"),
        ("STATE_MILITARY", "Lebanon", dt.date(2019, 10, 17), "Military Forces of Lebanon"),
    ],
)
def test_a_generic_state_force_is_named_by_its_governments_period(
    actor_id: str, country: str, on: dt.date | None, name: str
) -> None:
    assert load_actors().get(actor_id).export_name(country, on) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قصف الحرس الثوري الإيراني بالصواريخ مقرات لجماعات كردية قرب مدينة كويسنجق أمس.",
         "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"),
        ("قصفت القوات الإيرانية بالمدفعية قرى حدودية قرب سوران أمس.", "Military Forces of Iran (1989-)"),
    ],
)
def test_irans_revolutionary_guard_is_named_as_a_unit_of_its_forces(text: str, name: str) -> None:
    (e,) = marsad.extract(text, published=dt.date(2022, 9, 29)).events
    assert e.actor1 is not None and e.actor1.name == name


def test_state_periods_are_days_oldest_first() -> None:
    with pytest.raises(LanguageDataError, match="oldest first"):
        actors_mod._state_periods({"Kuwait": ["2020-09-29", "2006-01-29"]}, "actors.yaml")
    with pytest.raises(LanguageDataError, match="YYYY-MM-DD"):
        actors_mod._state_periods({"Kuwait": ["January 2006"]}, "actors.yaml")
    with pytest.raises(LanguageDataError, match="YYYY-MM-DD"):
        actors_mod._state_periods({"Kuwait": []}, "actors.yaml")


def test_a_police_force_abroad_is_named_by_the_period_of_the_events_day() -> None:
    text = "فرقت الشرطة الكويتية بالقوة مظاهرة لمئات من البدون في منطقة تيماء بمدينة الجهراء أمس الجمعة."
    (e,) = marsad.extract(text, published=dt.date(2011, 2, 19)).events
    names = {e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else ""}
    assert "Police Forces of Kuwait (2006-2020)" in names


def test_abroad_maps_a_country_to_a_known_actor() -> None:
    with pytest.raises(LanguageDataError, match="map a country"):
        actors_mod._abroad(["Lebanon"], "actors.yaml")
    asayish = load_actors().get("ASAYISH")
    assert asayish.abroad_in("Lebanon") == "LBN_POLICE"
    assert asayish.abroad_in("Syria") == ""
    assert load_actors().counterpart("ASAYISH", "Lebanon") == load_actors().get("LBN_POLICE")


#: Lebanon's police in May 2023
_LEBANON_POLICE = "Police Forces of Lebanon (2022-2025)"


@pytest.mark.parametrize(
    ("text", "actor1", "location"),
    [
        # the Kurdish-led administration's internal security forces in Syria, Lebanon's ISF in Lebanon
        ("اعتقلت قوى الأمن الداخلي أمس ثلاثة شبان في مدينة القامشلي", "Asayish", "Qamishli"),
        ("أوقفت قوى الأمن الداخلي عند حاجز في بيروت أمس مطلوبين اثنين", _LEBANON_POLICE, "Beirut"),
        # the force's nationality names the country, and with it which Tripoli is meant
        ("اعتقلت قوى الأمن الداخلي اللبنانية أمس ثلاثة أشخاص في طرابلس", _LEBANON_POLICE, "Tripoli"),
    ],
)
def test_one_name_for_two_forces_is_read_by_where_it_acts(text: str, actor1: str, location: str) -> None:
    import marsad

    (event,) = marsad.extract(text, published="2023-05-10").events
    assert event.actor1 is not None and event.place is not None
    assert (event.actor1.name, event.place.location) == (actor1, location)


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # the opposition at large joined to a named group of its camp: that group
        ("دارت اشتباكات عنيفة مع الفصائل وهيئة تحرير الشام", ["HTS"]),
        ('دخلت فصائل المعارضة المسلحة بقيادة "هيئة تحرير الشام" المدينة', ["HTS"]),
        # ... and the camp's word later in the report
        ("دارت اشتباكات مع الفصائل وهيئة تحرير الشام. وكانت الفصائل قد سيطرت على البلدة", ["HTS", "HTS"]),
        # alone, or joined to the other side, the camp's word keeps its own actor
        ("دارت اشتباكات عنيفة مع الفصائل في البلدة", ["FSA"]),
        ("دارت اشتباكات بين الفصائل وقوات النظام", ["FSA", "SYR_STATE"]),
    ],
)
def test_a_camp_word_joined_to_a_named_group_is_that_group(text: str, ids: list[str]) -> None:
    assert _actor_ids(text) == ids


def test_lint_finds_an_umbrella_word_that_is_no_alias() -> None:
    lex = load_actors("sy")
    fsa = lex.actors["FSA"]
    bad = type(lex)(version="t", actors={fsa.id: replace(fsa, umbrella=("فصائل الثورة",))})
    assert any("umbrella" in p for p in lint_actors(bad))
    assert not any("umbrella" in p for p in lint_actors(lex))


@pytest.mark.parametrize(
    ("text", "force"),
    [
        # a bare force word in an event abroad: that country's force, generic when the pack lists none
        ("أطلقت الشرطة الغاز المسيل للدموع على متظاهرين في مدينة صنعاء أمس", "Police Forces of Yemen"),
        ("اعتقلت الشرطة أمس خمسة متظاهرين في مدينة طهران", "Police Forces of Iran (1989-)"),
        # ... or the force the pack names for that country
        ("قصف الجيش بالمدفعية بلدة بيت حانون أمس", "Military Forces of Israel (2022-)"),
    ],
)
def test_a_bare_force_word_abroad_is_the_force_of_where_it_acts(text: str, force: str) -> None:
    import marsad

    names = [
        ref.name
        for e in marsad.extract(text, published="2023-05-10").events
        for ref in (e.actor1, e.actor2)
        if ref is not None
    ]
    assert force in names
    assert not any("Syria" in n for n in names)


@pytest.mark.parametrize(
    "text",
    [
        # a party's supporters are a crowd, not its armed side ...
        "أطلقت قوات الأمن الأردنية الغاز المسيل للدموع أمس على تظاهرة لمئات من أنصار المعارضة في عمّان.",
        # ... and a word naming a Syrian camp only in Syria's news, abroad, is no side even when inferred
        "قتل ثلاثة أشخاص برصاص الشرطة خلال مواجهات في مدينة إربد أمس. وتتهم المعارضة الحكومة بتزوير الانتخابات.",
    ],
)
def test_the_opposition_abroad_is_not_the_syrian_armed_opposition(text: str) -> None:
    events = marsad.extract(text, published="2023-05-02").events
    assert events
    assert all(a is None or a.name != "Free Syrian Army" for e in events for a in (e.actor1, e.actor2))


def test_a_datelines_country_is_no_actor() -> None:
    assert "TUR_STATE" not in _actor_ids("ديار بكر (تركيا) ـ ا ف ب: اشتبك مئات الشبان مع قوات الشرطة")
    # a country in brackets elsewhere may still name its state
    assert "TUR_STATE" in _actor_ids("قصفت المدفعية (تركيا) مواقع للحزب")


def test_the_government_forces_are_those_of_where_the_event_happens() -> None:
    text = "اندلعت مواجهات مسلحة أمس بين القوات الحكومية ومسلحي جماعة الحوثي في مدينة الحديدة."
    doc = marsad.extract(text, published="2023-06-18")
    assert [(e.actor1.name if e.actor1 else None) for e in doc.events] == ["Military Forces of Yemen (2022-)"]


def test_a_report_with_no_known_place_happens_where_its_local_armed_group_fights() -> None:
    doc = marsad.extract("قتلت قوات الدعم السريع أمس 12 مدنيا في هجوم على قرية.", published="2024-06-06")
    assert [e.actor2.name if e.actor2 else None for e in doc.events] == ["Civilians (Sudan)"]


def test_tribal_fighters_who_take_a_town_are_an_identity_militia_that_overtakes_territory() -> None:
    text = (
        "سيطر مقاتلون من أبناء العشائر العربية اليوم على بلدة ذيبان بريف دير الزور الشرقي بعد اشتباكات"
        " مع قوات سوريا الديمقراطية."
    )
    (e,) = [e for e in marsad.extract(text, published="2023-08-30").events if not e.historical]
    assert e.actor1 is not None and e.actor1.name == "Arab Tribal Militia (Syria)" and e.actor1.inter == 4
    assert e.actor2 is not None and e.actor2.actor_id == "SDF"
    assert e.sub_event_type.value[0] == "Non-state actor overtakes territory"


def test_the_islamic_state_is_named_by_the_country_it_acts_in() -> None:
    doc = marsad.extract(
        "هاجم مسلحون من تنظيم داعش نقطة للجيش العراقي في ناحية الرشاد جنوب كركوك أمس.", published="2022-12-18"
    )
    assert {e.actor1.name for e in doc.events if e.actor1} == {"Islamic State (Iraq)"}
    doc = marsad.extract("هاجم مسلحون من تنظيم داعش نقطة لقوات النظام قرب مدينة السخنة أمس.", published="2022-12-18")
    assert {e.actor1.name for e in doc.events if e.actor1} == {"Islamic State (Syria)"}


def test_lint_finds_an_exact_word_that_is_no_alias() -> None:
    lex = load_actors()
    taliban = lex.get("TALIBAN")
    bad = type(lex)(version="t", actors={taliban.id: replace(taliban, exact=("طلبة",))})
    assert any("exact" in p for p in lint_actors(bad))
    assert not any("exact" in p for p in lint_actors(lex))


def test_a_led_camp_is_one_mention_where_the_camp_stands() -> None:
    text = "سيطرت فصائل المعارضة بقيادة هيئة تحرير الشام على بلدة سراقب"
    doc = marsad.extract(text, published="2024-11-30")
    (mention,) = doc.actors
    assert (mention.actor_id, text[mention.span.start : mention.span.end]) == (
        "HTS",
        "فصائل المعارضة بقيادة هيئة تحرير الشام",
    )
    # the named group right after the verb is its subject: the capture is the group's
    (event,) = doc.events
    assert event.sub_event_type is SubEventType.NON_STATE_OVERTAKES
    assert event.actor1 is not None and event.actor1.name == "Hayat Tahrir al Sham"


@pytest.mark.parametrize("among", ["بينها", "من بينها", "منها"])
def test_a_camp_among_which_a_group_is_named_is_that_group(among: str) -> None:
    (event,) = marsad.extract(
        f"استعادت قوات النظام اليوم السيطرة على بلدة كفرنبودة بعد معارك مع فصائل المعارضة {among} هيئة تحرير الشام.",
        published="2019-05-27",
    ).events
    assert event.actor2 is not None and event.actor2.name == "Hayat Tahrir al Sham"


@pytest.mark.parametrize(
    ("published", "actor1", "sub_event_type"),
    [
        # the coalition of the offensive of November 2024 was led by HTS ...
        ("2024-11-30", "Hayat Tahrir al Sham", SubEventType.NON_STATE_OVERTAKES),
        # ... and was the new government's army once the Assad government fell
        ("2024-12-11", "Military Forces of Syria (2024-)", SubEventType.GOVERNMENT_REGAINS),
    ],
)
def test_a_force_named_for_a_period_acts_as_the_actor_of_the_reports_day(
    published: str, actor1: str, sub_event_type: SubEventType
) -> None:
    (event,) = marsad.extract("سيطرت فصائل «إدارة العمليات العسكرية» أمس على مدينة حماة", published=published).events
    assert event.actor1 is not None and (event.actor1.name, event.sub_event_type) == (actor1, sub_event_type)


def test_earlier_names_another_actor_before_a_day() -> None:
    with pytest.raises(LanguageDataError, match="until: YYYY-MM-DD"):
        actors_mod._day_and_actor({"until": "December 2024", "actor": "HTS"}, "actors.yaml", "earlier", "until")
    with pytest.raises(LanguageDataError, match="until: YYYY-MM-DD"):
        actors_mod._day_and_actor({"until": "2024-12-08"}, "actors.yaml", "earlier", "until")
    security = load_actors().get("SYR_GENERAL_SECURITY")
    assert security.earlier_on(dt.date(2024, 3, 6)) == "HTS"
    assert security.earlier_on(dt.date(2025, 3, 6)) == ""
    assert security.earlier_on(None) == ""  # an undated event keeps the actor's own name


def test_later_names_another_actor_from_a_day() -> None:
    with pytest.raises(LanguageDataError, match="from: YYYY-MM-DD"):
        actors_mod._day_and_actor({"from": "August 2021", "actor": "AFG_STATE"}, "actors.yaml", "later", "from")
    taliban = load_actors().get("TALIBAN")
    assert taliban.named_on(dt.date(2020, 3, 6)) == ""
    assert taliban.named_on(dt.date(2022, 3, 6)) == "AFG_STATE"
    assert taliban.named_on(None) == ""  # an undated event keeps the actor's own name


def test_a_later_actor_must_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actor = "{id: A, name: A, inter: 2, side: opposition, aliases: [x], later: {from: 2021-08-15, actor: NOBODY}}"
    _load_broken_pack(tmp_path, monkeypatch, actor, r"later, rivals or harmed_as names unknown actors for \['A'\]")


@pytest.mark.parametrize(
    ("actor_id", "on", "name"),
    [
        # Iraq's forces by the prime minister's term
        ("IRQ_POLICE", dt.date(2019, 11, 28), "Police Forces of Iraq (2018-2020)"),
        ("IRQ_STATE", dt.date(2022, 10, 26), "Military Forces of Iraq (2020-2022)"),
        ("IRQ_STATE", dt.date(2022, 10, 27), "Military Forces of Iraq (2022-)"),
        # before the first period the pack knows: the name without a period
        ("IRQ_STATE", dt.date(1988, 3, 16), "Military Forces of Iraq"),
        # with no day: the first period still open
        ("IRQ_STATE", None, "Military Forces of Iraq (2022-)"),
        ("SYR_STATE", None, "Military Forces of Syria (2000-)"),
        ("ISR_STATE", dt.date(2022, 8, 17), "Military Forces of Israel (2021-2022)"),
        ("ISR_STATE", dt.date(2008, 12, 27), "Military Forces of Israel (2006-2009)"),
        ("ISR_STATE", dt.date(2003, 11, 15), "Military Forces of Israel (2001-2006)"),
        # Egypt's and Tunisia's by head of state, from the years before their revolutions
        ("EGY_POLICE", dt.date(2008, 4, 6), "Police Forces of Egypt (1981-2011)"),
        ("EGY_STATE", dt.date(2013, 8, 14), "Military Forces of Egypt (2013-2014)"),
        ("EGY_STATE", dt.date(2015, 1, 25), "Military Forces of Egypt (2014-)"),
        ("TUN_POLICE", dt.date(2010, 12, 24), "Police Forces of Tunisia (1987-2011)"),
        ("TUN_POLICE", dt.date(2013, 2, 6), "Police Forces of Tunisia (2011-2014)"),
        # Mali's by head of state, the juntas' periods included
        ("MLI_STATE", dt.date(2012, 3, 31), "Military Forces of Mali (2012-2013)"),
        ("MLI_STATE", dt.date(2024, 7, 26), "Military Forces of Mali (2021-)"),
        ("USA_STATE", dt.date(2019, 10, 27), "Military Forces of the United States (2017-2021)"),
        # Ethiopia's by government: the EPRDF's, then Abiy Ahmed's
        ("ETH_STATE", dt.date(2017, 3, 14), "Military Forces of Ethiopia (1991-2018)"),
        ("ETH_STATE", dt.date(2019, 9, 26), "Military Forces of Ethiopia (2018-)"),
    ],
)
def test_a_state_force_is_named_by_the_period_of_its_day(actor_id: str, on: dt.date | None, name: str) -> None:
    assert load_actors().get(actor_id).export_name("", on) == name


@pytest.mark.parametrize(
    ("text", "sub_type", "actor1"),
    [
        # "الجيش الوطني" is the Syrian National Army in Syria's news and Yemen's army in Yemen's: ground it
        # takes there is the government's
        (
            "أعلن الجيش الوطني أمس سيطرته على سلسلة جبال في مديرية صرواح غرب مدينة مأرب بعد معارك مع الحوثيين.",
            "Government regains territory",
            "Military Forces of Yemen (2012-2022)",
        ),
        # the coalition's aircraft over Yemen are the Saudi-led coalition's
        (
            "شن طيران التحالف أمس غارات على مواقع لجماعة الحوثي في مديرية صرواح غرب مدينة مأرب.",
            "Air/drone strike",
            "Military Forces of Saudi Arabia (2015-)",
        ),
    ],
)
def test_a_camps_word_abroad_names_the_actor_the_pack_gives_for_that_country(
    text: str, sub_type: str, actor1: str
) -> None:
    events = marsad.extract(text, published="2018-02-05").events
    assert [(e.sub_event_type.label, e.actor1.name if e.actor1 else None) for e in events] == [(sub_type, actor1)]


def test_the_aggression_is_no_dual_of_the_enemy() -> None:
    """"طيران العدوان" is not "طيران العدو" with a dual ending: Israel's forces are not named."""
    assert "ISR_STATE" not in _actor_ids("قصف طيران العدوان منزلاً في صعدة")
    assert _actor_ids("قصف طيران العدو مواقع في ريف دمشق") == ["ISR_STATE"]


@pytest.mark.parametrize(
    ("on", "name"),
    [
        (dt.date(2013, 1, 11), "Jabhat al Nusra"),
        (dt.date(2016, 10, 1), "Jabhat Fateh al Sham"),
        (dt.date(2019, 5, 1), "Hayat Tahrir al Sham"),
        (None, "Hayat Tahrir al Sham"),  # undated: the last name
    ],
)
def test_al_qaedas_syrian_branch_is_named_for_the_day(on: dt.date | None, name: str) -> None:
    assert load_actors().get("HTS").export_name("Syria", on) == name


@pytest.mark.parametrize(
    ("on", "name"),
    [
        (dt.date(2008, 9, 17), "Military Forces of Yemen (1990-2012)"),
        (dt.date(2019, 8, 10), "Military Forces of Yemen (2012-2022)"),
        (dt.date(2023, 1, 5), "Military Forces of Yemen (2022-)"),
    ],
)
def test_yemens_forces_are_named_by_the_head_of_state(on: dt.date, name: str) -> None:
    assert load_actors().get("YEM_STATE").export_name("Yemen", on) == name


@pytest.mark.parametrize(
    "text",
    ["وأعلنت حركة «حسم» مسؤوليتها عن التفجير", "وأعلنت حركة 'حسم' مسؤوليتها عن التفجير", 'وأعلنت حركة "حسم" مسؤوليتها'],
)
def test_a_name_quoted_after_its_generic_head_is_found(text: str) -> None:
    """"حركة «حسم»": the bare "حسم" is a common word, the name with its head ("حركة حسم") an alias."""
    assert _actor_ids(text) == ["HASM"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head alone, with the article, is the group named with it before
        ("تبنت حركة الشباب تفجير مقديشو. وقالت الحركة إن مقاتليها قتلوا جنديين.", {"الحركة": "SHABAAB"}),
        (
            "قتل طفل برصاص قناص من مليشيا الحوثي في تعز. وأضاف المصدر أن المليشيا قصفت حي عصيفرة.",
            {"المليشيا": "HOUTHIS"},
        ),
        ("هاجمت جماعة الحوثي مواقع للجيش في مأرب، وأعلنت الجماعة أسر جنود.", {"الجماعة": "HOUTHIS"}),
        ("تبنت حركة الشباب تفجير مقديشو. وقال مسؤول تابع للحركة إن مقاتليها قتلوا جنديين.", {"للحركة": "SHABAAB"}),
        # an adjective after it makes another name or no group at all
        ("تبنت حركة الشباب تفجير مقديشو. وعادت الحركة التجارية إلى السوق.", {}),
        # a head no group was named with refers to nobody
        ("تبنت حركة الشباب تفجير مقديشو. وقالت الجماعة إن مقاتليها قتلوا جنديين.", {}),
        # a state force is not named by such a head
        ("قصف الجيش السوري بلدة كفرنبل. وقالت الحركة إن مقاتليها ردوا.", {}),
    ],
)
def test_a_groups_generic_head_stands_for_the_group_named_with_it(text: str, expected: dict[str, str]) -> None:
    doc = marsad.extract(text, published="2023-03-20")
    anaphors = {doc.text[m.span.start : m.span.end]: m.actor_id for m in doc.actors if m.anaphoric}
    assert {w: a for w, a in anaphors.items() if w in ("الحركة", "للحركة", "المليشيا", "الجماعة")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircraft, drones, warships and tanks with a state's nationality adjective are its military
        ("شنت طائرات حربية أمريكية غارات على مواقع للحوثيين في الحديدة.", ["USA_STATE"]),
        ("قصفت مروحيات إسرائيلية منزلاً في بيت حانون.", ["ISR_STATE"]),
        ("قصفت الطائرات الحربية التركية قرى في ريف عفرين.", ["TUR_STATE"]),
        # a platform joined to another before the adjective; a second adjective names a second state's
        # military only when the pack knows it (it names no British one)
        ("شنت طائرات وسفن حربية أمريكية وبريطانية غارات على الحديدة.", ["USA_STATE"]),
        ("قصفت طائرات حربية تركية وروسية مواقع في ريف حلب.", ["TUR_STATE", "RUS_STATE"]),
        # the pack's own country: its own military
        ("ألقت مروحيات سورية براميل متفجرة على داريا.", ["SYR_STATE"]),
        # ships without a word of their kind are no force ("Israeli ships" the Houthis target)
        ("هدد الحوثيون باستهداف السفن الإسرائيلية في البحر الأحمر.", []),
        # what names the maker names no force
        ("أطلق مسلحون قذائف من دبابات روسية الصنع على البلدة.", []),
        # a platform with no nationality names nobody
        ("شنت طائرات حربية غارات على مدينة إدلب.", []),
        # a single plane only with its kind, before or after the adjective, or as a strike's agent
        ("أسقطت الدفاعات الجوية طائرة أمريكية مسيّرة فوق مأرب.", ["USA_STATE"]),
        ("قتل ثلاثة في غارة شنتها طائرة إسرائيلية على سيارة في غزة.", ["ISR_STATE"]),
        ("استهدف الهجوم طائرة إسرائيلية وفندقاً في مومباسا عام 2002.", []),
    ],
)
def test_a_platform_with_a_nationality_is_that_states_military(text: str, expected: list[str]) -> None:
    doc = marsad.extract(text, published="2024-01-12")
    platform_words = ("طائرات", "الطائرات", "طائرة", "مروحيات", "سفن", "السفن", "دبابات", "روسية", "وروسية")
    named = [m.actor_id for m in doc.actors if doc.text[m.span.start : m.span.end].startswith(platform_words)]
    assert named == expected


@pytest.mark.parametrize(
    ("published", "actor_id"),
    [("2024-06-06", "RSF"), ("2008-10-16", "JANJAWEED")],
)
def test_the_janjaweed_are_the_rsf_in_news_after_its_founding(published: str, actor_id: str) -> None:
    doc = marsad.extract("هاجمت ميليشيا الجنجويد أمس قرية في ولاية شمال دارفور وقتلت سبعة مدنيين.", published=published)
    assert [m.actor_id for m in doc.actors if "الجنجويد" in doc.text[m.span.start : m.span.end]] == [actor_id]


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        # the army's own "national" comes between the words of its units and the adjective that says whose
        ("هاجمت وحدات من الجيش الوطني الصومالي مواقع لحركة الشباب قرب جوهر.", "SOM_STATE"),
        ("هاجمت وحدات من الجيش العراقي مواقع لداعش قرب تلعفر.", "IRQ_STATE"),
        # the pack's own country keeps its own army
        ("هاجمت وحدات من الجيش النظامي السوري مواقع للمعارضة قرب إدلب.", "SYR_STATE"),
    ],
)
def test_whose_army_units_are_is_read_past_the_armys_own_adjective(text: str, actor_id: str) -> None:
    doc = marsad.extract(text, published="2022-12-07")
    assert doc.actors[0].actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "أعلن حزب الله استهداف تجمع لجنود الجيش الإسرائيلي في محيط المطلة.",
            [("HEZBOLLAH", "حزب الله"), ("ISR_STATE", "جنود الجيش الإسرائيلي")],
        ),
        ("قتل ثلاثة جنود من الجيش التركي بانفجار عبوة قرب الباب.", [("TUR_STATE", "جنود من الجيش التركي")]),
        # soldiers with no force after them stay the army of where it happens
        ("قتل ثلاثة جنود بانفجار عبوة قرب الباب.", [("SYR_STATE", "جنود")]),
    ],
)
def test_soldiers_in_construct_with_a_state_force_are_that_force(text: str, mentions: list[tuple[str, str]]) -> None:
    doc = marsad.extract(text, published="2023-11-12")
    assert [(m.actor_id, doc.text[m.span.start : m.span.end]) for m in doc.actors] == mentions


def test_azawads_rebels_and_ansar_dine_are_named() -> None:
    text = "سيطر مقاتلو الحركة الوطنية لتحرير أزواد وجماعة أنصار الدين على مدينة كيدال بعد معارك مع الجيش المالي."
    (e,) = marsad.extract(text, published="2012-04-02").events
    assert e.actor1 is not None and e.actor1.actor_id == "MNLA"
    assert [a.actor_id for a in e.assoc_actor_1] == ["ANSAR_DINE"]
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Mali (2012-2013)"


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the country's name after a direction is where the rockets fell, not a side
        ("أطلق حزب الله أمس صواريخ على شمال إسرائيل، سقط عدد منها في نهاريا.", ["HEZBOLLAH"]),
        ("شنت روسيا غارات على قرى في شرقي سوريا.", ["RUS_STATE"]),
        # the same name as a subject is the state
        ("قصفت إسرائيل مواقع في جنوب لبنان أمس.", ["ISR_STATE"]),
    ],
)
def test_a_country_named_after_a_direction_is_a_place_not_a_side(text: str, actors: list[str]) -> None:
    doc = marsad.extract(text, published="2006-07-31")
    assert [m.actor_id for m in doc.actors] == actors


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        # Houthi media's "aggression" by its nationality
        ("قال المتحدث إن العدوان الأمريكي البريطاني شن أمس ثماني عشرة غارة على صنعاء.", "USA_STATE"),
        # (Syrian state media's "العدوان الإسرائيلي الذي استهدف" is the strike itself, and no alias)
    ],
)
def test_the_aggression_of_a_nationality_is_that_states_forces(text: str, actor_id: str) -> None:
    doc = marsad.extract(text, published="2024-02-25")
    assert [m.actor_id for m in doc.actors][:1] == [actor_id]


@pytest.mark.parametrize(
    ("published", "name"),
    [
        (dt.date(2011, 3, 6), "Military Forces of Libya (1969-2011)"),
        (dt.date(2019, 4, 8), "Military Forces of Libya (2014-) House of Representatives"),
    ],
)
def test_a_countrys_force_of_several_is_the_one_whose_period_holds_the_day(published: dt.date, name: str) -> None:
    text = "قصفت طائرات حربية تابعة للنظام مواقع الثوار في مدينة بن جواد الليبية اليوم."
    (e,) = marsad.extract(text, published=published).events
    assert e.actor1 is not None
    assert e.actor1.name == name


def test_bombardier_in_maps_a_country_to_an_actor_id() -> None:
    from marsad.lang.packs import _bombardier_in, load_pack

    assert load_pack("sy").bombardier_in["Palestine"] in load_actors("sy").actors
    with pytest.raises(LanguageDataError, match="bombardier_in"):
        _bombardier_in({"bombardier_in": ["Palestine"]}, "pack.yaml")


def test_the_coalition_over_saudi_arabia_is_the_saudi_led_one() -> None:
    text = "أعلن التحالف فجر اليوم اعتراض وإسقاط طائرة مسيرة مفخخة أطلقها الحوثيون باتجاه مدينة خميس مشيط."
    (e,) = marsad.extract(text, published=dt.date(2019, 7, 2)).events
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Saudi Arabia (2015-)"


def test_air_force_in_maps_a_country_to_an_actor_its_days_and_the_provinces_it_shares() -> None:
    from marsad.lang.packs import _air_force_in, load_pack

    syria = load_pack("sy").air_force_in["Syria"]
    assert syria.actor_id in load_actors("sy").actors
    assert syria.holds(dt.date(2013, 11, 4), "Rural Damascus")
    assert syria.holds(dt.date(2013, 11, 4), "Deir ez-Zor")  # before the coalition struck
    assert not syria.holds(dt.date(2017, 10, 3), "Deir ez-Zor")
    assert not syria.holds(dt.date(2025, 1, 10), "Idleb")  # after the government fell
    for bad in (
        {"air_force_in": {"Syria": "SYR_STATE"}},
        {"air_force_in": {"Syria": {"actor": "SYR_STATE", "until": "2024-13-40"}}},
        {"air_force_in": {"Syria": {"actor": "SYR_STATE", "shared": {"since": "2014-09-23"}}}},
    ):
        with pytest.raises(LanguageDataError, match="air_force_in"):
            _air_force_in(bad, "pack.yaml")


def test_the_armed_forces_are_the_army_of_where_it_happens() -> None:
    text = "استشهد 4 من أفراد القوات المسلحة إثر انفجار عبوة ناسفة في مدرعة جنوب مدينة رفح بشمال سيناء ظهر أمس السبت."
    (e,) = marsad.extract(text, published=dt.date(2015, 7, 12)).events
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Egypt (2014-)"


def test_security_units_are_the_police_of_where_it_happens() -> None:
    text = "أغلق شبان الطرقات بالعجلات المشتعلة في حي التضامن بتونس مساء أمس ورشقوا وحدات الأمن بالحجارة."
    (e,) = marsad.extract(text, published=dt.date(2021, 1, 18)).events
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Tunisia (2019-)"


@pytest.mark.parametrize(
    ("text", "published", "actor1"),
    [
        (
            "قتل خمسة مدنيين صباح اليوم جراء قصف مدفعي شنته قوات الحركة الشعبية لتحرير السودان - شمال على مدينة"
            " كادقلي.",
            dt.date(2026, 1, 11),
            "SPLM-N: Sudan People's Liberation Movement-North (Al Hilu Faction)",
        ),
        ("هاجم مسلحو فانو أمس مركزاً للشرطة في مدينة بحر دار.", dt.date(2023, 8, 14), "Fano Militia"),
    ],
)
def test_sudans_and_ethiopias_rebels_are_named(text: str, published: dt.date, actor1: str) -> None:
    (e,) = marsad.extract(text, published=published).events
    assert e.actor1 is not None and e.actor1.name == actor1


def test_the_baloch_liberation_army_claims_in_balochistan() -> None:
    text = (
        "قتل مسلحون 23 شخصاً على الأقل بعد أن أوقفوا حافلات على الطريق السريع في مقاطعة موسى خيل بإقليم بلوشستان"
        " ليلة الأحد. وأعلن جيش تحرير بلوشستان مسؤوليته عن الهجوم."
    )
    (e,) = [e for e in marsad.extract(text, published=dt.date(2024, 8, 26)).events if not e.historical]
    assert e.actor1 is not None and e.actor1.name == "BLA: Baloch Liberation Army"
    assert e.place is not None and (e.place.location, e.place.admin1) == ("Musakhel", "Balochistan")


@pytest.mark.parametrize(
    ("text", "published", "actor1", "actor2"),
    [
        (
            "هاجم متمردو حركة 23 مارس أمس مواقع للجيش الكونغولي في بلدة روتشورو.",
            dt.date(2022, 6, 13),
            "M23: March 23 Movement",
            "Military Forces of the Democratic Republic of Congo (2019-)",
        ),
        (
            "قتل مسلحون من القوات الديمقراطية المتحالفة 12 مدنياً في هجوم على قرية قرب مدينة بيني أمس.",
            dt.date(2021, 5, 3),
            "ADF: Allied Democratic Forces",
            "Civilians (Democratic Republic of Congo)",
        ),
        (
            "هاجم مسلحون من قبيلة المورلي أمس قرية في ولاية جونقلي وقتلوا أربعة مدنيين.",
            dt.date(2023, 3, 15),
            "Murle Ethnic Militia (South Sudan)",
            "Civilians (South Sudan)",
        ),
        (
            "اشتبكت قوات دفاع شعب جنوب السودان أمس مع الجيش الأبيض في بلدة ناصر بولاية أعالي النيل.",
            dt.date(2025, 3, 5),
            "Military Forces of South Sudan (2011-)",
            "Nuer Ethnic Militia (South Sudan)",
        ),
        (
            "هاجم مسلحو حركة الشباب أمس بلدة موسيمبوا دا برايا في إقليم كابو ديلغادو شمالي موزمبيق.",
            dt.date(2020, 8, 12),
            "Islamic State (Mozambique)",
            "",
        ),
        (
            "قتل جنديان في هجوم شنه الانفصاليون الناطقون بالإنجليزية أمس على دورية للجيش قرب مدينة بامندا.",
            dt.date(2019, 6, 2),
            "Ambazonian Separatists",
            "Military Forces of Cameroon (1982-)",
        ),
    ],
)
def test_the_armed_groups_of_central_and_east_africa_are_named(
    text: str, published: dt.date, actor1: str, actor2: str
) -> None:
    events = [e for e in marsad.extract(text, published=published).events if not e.historical]
    assert events, text
    e = events[0]
    assert e.actor1 is not None and e.actor1.name == actor1
    assert (e.actor2.name if e.actor2 is not None else "") == actor2


def test_the_islamic_states_sahel_branch_is_named_a_province_from_2022() -> None:
    text = "قتل مسلحون من تنظيم الدولة الإسلامية في الصحراء الكبرى أمس 20 مدنياً في قرية قرب مدينة تيلابيري."
    before = marsad.extract(text, published=dt.date(2021, 3, 16)).events
    after = marsad.extract(text, published=dt.date(2023, 3, 16)).events
    assert [e.actor1.name for e in before if e.actor1] == ["Islamic State (Greater Sahara)"]
    assert [e.actor1.name for e in after if e.actor1] == ["Islamic State Sahel Province"]


def test_mozambiques_forces_keep_one_period_since_independence() -> None:
    text = "استعاد الجيش أمس السيطرة على بلدة ماكوميا في إقليم كابو ديلغادو شمالي موزمبيق."
    (e,) = [e for e in marsad.extract(text, published=dt.date(2021, 4, 6)).events if not e.historical]
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Mozambique (1975-)"


@pytest.mark.parametrize(
    "text",
    [
        "سيطرت فصائل غرفة عمليات «الفتح المبين»، التي تقودها «هيئة تحرير الشام»، اليوم على بلدة كفرنبل. وكانت"
        " الفصائل قد دخلت أمس بلدة حاس بعد اشتباكات مع قوات النظام.",
        # (over another name of the group itself)
        "سيطرت فصائل «إدارة العمليات العسكرية» التي يقودها «هيئة تحرير الشام» اليوم على بلدة كفرنبل. وكانت"
        " الفصائل قد دخلت أمس بلدة حاس بعد اشتباكات مع قوات النظام.",
    ],
)
def test_factions_said_to_be_led_by_a_group_are_that_group_later_in_the_report(text: str) -> None:
    events = marsad.extract(text, published=dt.date(2020, 3, 2)).events
    assert len(events) == 2 and {e.actor1.name for e in events if e.actor1} == {"Hayat Tahrir al Sham"}


def test_a_state_coalition_led_by_a_state_is_no_camp_of_rebels() -> None:
    # (the verb of leading after a force that is no rebel camp leaves "الفصائل" the armed opposition)
    text = (
        "قصفت طائرات التحالف الذي تقوده الولايات المتحدة مواقع لتنظيم داعش في مدينة الميادين اليوم. وقصفت"
        " الفصائل بالصواريخ مواقع لقوات النظام في بلدة كفرنبل."
    )
    events = marsad.extract(text, published=dt.date(2018, 3, 2)).events
    assert "Free Syrian Army" in {e.actor1.name for e in events if e.actor1}


def test_gunmen_of_the_group_named_before_are_that_group() -> None:
    text = (
        "تبنت حركة الشباب الهجوم على القاعدة العسكرية. وفي هجوم آخر أمس، هاجم مسلحون من الحركة نفسها مركزاً"
        " للشرطة في مدينة جوهر، ما أدى إلى مقتل ثلاثة من عناصر الشرطة."
    )
    events = [e for e in marsad.extract(text, published=dt.date(2023, 6, 28)).events if not e.historical]
    assert [e.actor1.name for e in events if e.actor1] == ["Al Shabaab"]


def test_moroccos_public_forces_are_its_police() -> None:
    text = "تدخلت القوات العمومية مساء أمس لتفريق مئات المحتجين الذين خرجوا في شوارع مدينة الحسيمة."
    (e,) = marsad.extract(text, published=dt.date(2017, 5, 27)).events
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Morocco (1999-)"


@pytest.mark.parametrize(
    ("on", "name"),
    [
        (dt.date(2019, 10, 18), "Military Forces of Lebanon (2016-2022)"),
        (dt.date(2023, 2, 16), "Military Forces of Lebanon (2022-2025)"),
        (dt.date(2025, 3, 1), "Military Forces of Lebanon (2025-)"),
    ],
)
def test_lebanons_forces_are_named_by_the_presidency_of_the_events_day(on: dt.date, name: str) -> None:
    text = "اشتبك الجيش اللبناني أمس مع مسلحين في بلدة بريتال في البقاع."
    (e,) = marsad.extract(text, published=on + dt.timedelta(days=1)).events
    names = {e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else ""}
    assert name in names


@pytest.mark.parametrize(
    ("text", "published", "actor1", "actor2"),
    [
        (
            "قتل ستة أشخاص أمس الأحد في اشتباكات بين مقاتلي جيش التحرير الوطني ومنشقين عن القوات المسلحة الثورية"
            " الكولومبية في إقليم أراوكا شرقي كولومبيا.",
            dt.date(2022, 1, 3),
            "ELN: National Liberation Army",
            "FARC Dissidents",
        ),
        (
            "نصب مقاتلون من جيش الشعب الجديد أمس كميناً لدورية للجيش الفلبيني في جزيرة سمر، ما أدى إلى مقتل جنديين.",
            dt.date(2019, 5, 12),
            "NPA: New People's Army",
            "Military Forces of the Philippines (2016-2022)",
        ),
        (
            "اندلعت أمس السبت مواجهات بين عصابتي لوس لوبوس ولوس تشونيروس داخل سجن في مدينة غواياكيل، قتل فيها"
            " 15 سجيناً.",
            dt.date(2022, 10, 2),
            "Los Lobos",
            "Los Choneros",
        ),
    ],
)
def test_insurgencies_and_gangs_further_afield_are_named(
    text: str, published: dt.date, actor1: str, actor2: str
) -> None:
    (e,) = marsad.extract(text, published=published).events
    assert [a.name for a in (e.actor1, e.actor2) if a] == [actor1, actor2]


@pytest.mark.parametrize(
    "text",
    [
        "اختطف مسلحون يُشتبه في انتمائهم إلى تنظيم الدولة الإسلامية في الساحل 15 شخصاً من قرية في منطقة تيلابيري"
        " غربي النيجر مساء الخميس.",
        "قتل مسلحون يعتقد أنهم من تنظيم الدولة الإسلامية - ولاية الساحل 19 قروياً في منطقة تيلابيري غربي النيجر"
        " مساء الخميس.",
    ],
)
def test_gunmen_suspected_of_belonging_to_a_group_are_the_group(text: str) -> None:
    (e,) = marsad.extract(text, published=dt.date(2024, 2, 10)).events
    assert e.actor1 is not None and e.actor1.name == "Islamic State Sahel Province" and not e.assoc_actor_1
    assert e.actor2 is not None and e.actor2.name == "Civilians (Niger)"


def test_a_militias_word_beside_a_side_abroad_names_no_syrian_militia() -> None:
    text = (
        "سيطر متمردو حركة إم 23 يوم الثلاثاء على بلدة روبايا في إقليم شمال كيفو بعد اشتباكات مع الجيش الكونغولي"
        " وميليشيات وازاليندو المتحالفة معه."
    )
    (e,) = marsad.extract(text, published=dt.date(2024, 5, 2)).events
    assert e.actor2 is not None and e.actor2.name == "Military Forces of the Democratic Republic of Congo (2019-)"
    assert all("Syria" not in a.name for a in e.assoc_actor_1 + e.assoc_actor_2)

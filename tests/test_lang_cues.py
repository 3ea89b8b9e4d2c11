"""The cue-word family (data/ar/cues.yaml): the file's integrity, its linter, and that each group is what
the rules read: taking one word out of its group changes what a sentence we wrote gives."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import marsad.extractors.number_expressions as number_expressions
import marsad.lang.cues as cues_module
from marsad.api import default_stages
from marsad.errors import LanguageDataError
from marsad.lang.cues import cue_words, group_names, lint_cue_groups, lint_cues, load_cues, read_cue_groups
from marsad.lang.files import data_root
from marsad.model.document import Document
from marsad.model.events import Event, EventType, SubEventType
from marsad.pipeline import Pipeline
from marsad.text.normalize import normalize_term

PATH = data_root() / "ar" / "cues.yaml"


@pytest.fixture(scope="module")
def body() -> dict[str, Any]:
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_packaged_file_loads_clean_and_is_cached() -> None:
    cues = load_cues()
    assert cues.version
    assert lint_cues() == []
    assert load_cues() is cues


def test_every_group_is_read_normalised_and_not_empty() -> None:
    cues = load_cues()
    for name in group_names():
        words = getattr(cues, name)
        assert words, name
        assert all(normalize_term(w) == w for w in words), name


def test_not_loaded_at_import_time() -> None:
    code = (
        "import marsad.extractors.roles, marsad.extractors.events, marsad.extractors.triggers, "
        "marsad.extractors.when_where, marsad.extractors.quantities, marsad.lang.cues as c;"
        "print(c.load_cues.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "0"


def test_unknown_group_is_named(body: dict[str, Any]) -> None:
    bad = {**body, "groups": {**body["groups"], "agnet": {"words": ["برصاص"]}}}
    with pytest.raises(LanguageDataError, match="agnet"):
        read_cue_groups(bad, "cues.yaml")


def test_missing_group_is_named(body: dict[str, Any]) -> None:
    groups = dict(body["groups"])
    del groups["accusation"]
    with pytest.raises(LanguageDataError, match="accusation"):
        read_cue_groups({**body, "groups": groups}, "cues.yaml")


def test_words_must_be_a_list_of_strings(body: dict[str, Any]) -> None:
    bad = {**body, "groups": {**body["groups"], "support": {"words": "بدعم"}}}
    with pytest.raises(LanguageDataError, match="support"):
        read_cue_groups(bad, "cues.yaml")


@pytest.mark.parametrize(
    ("words", "problem"),
    [
        (("بتهمة", "بتهمه"), "listed twice"),  # the same word once normalised
        (("بتهـمة",), "tatweel"),
        (("\ufe91\ufe98\ufeec\ufee4\ufe94",), "presentation forms"),
        (("بتهمة ",), "whitespace"),
    ],
)
def test_linter_reports(words: tuple[str, ...], problem: str) -> None:
    groups = dict(read_cue_groups(yaml.safe_load(PATH.read_text(encoding="utf-8")), "cues.yaml"))
    groups["accusation"] = tuple(words)
    assert any(problem in p for p in lint_cue_groups(groups))


def test_typed_record_normalises_spelling_variants() -> None:
    groups = {name: ("في",) for name in group_names()}
    groups["accusation"] = ("بتهمة", "بدعوى")
    assert cue_words("t", groups).accusation == frozenset({"بتهمه", "بدعوي"})


@pytest.fixture
def extract_without() -> Iterator[Callable[[str, str | None, str | None], list[Event]]]:
    """Run a fresh pipeline with one word taken out of one cue group (or with the file as it is)."""
    original = cues_module._read

    def run(text: str, group: str | None = None, word: str | None = None) -> list[Event]:
        version, groups = original()
        if group is not None:
            assert word in groups[group], f"{word} is not in group {group}"
            groups = {**groups, group: tuple(w for w in groups[group] if w != word)}
        cues_module._read = lambda: (version, groups)  # type: ignore[assignment]
        load_cues.cache_clear()
        number_expressions._COMPILED.clear()
        try:
            pipeline = Pipeline(default_stages())
            return pipeline(Document(text=text, id="t", published=dt.date(2020, 3, 10))).events
        finally:
            cues_module._read = original  # type: ignore[method-assign]
            load_cues.cache_clear()
            number_expressions._COMPILED.clear()

    yield run


def _names(events: list[Event], field: str) -> list[str]:
    out: list[str] = []
    for e in events:
        value = getattr(e, field)
        refs = value if isinstance(value, list) else [value]
        out.extend(r.name for r in refs if r is not None)
    return out


def _sub_types(events: list[Event]) -> list[str]:
    return [e.sub_event_type.label for e in events]


def _locations(events: list[Event]) -> list[str]:
    return [e.place.location for e in events if e.place is not None]


# (group, word, sentence, what the sentence gives with the word, checked by `holds`)
CASES: list[tuple[str, str, str, Callable[[list[Event]], bool]]] = [
    (  # a group's branch claiming names the group
        "branch_of",
        "فرع",
        "قُتل ستة أشخاص أمس في انفجار عبوة ناسفة داخل حافلة صغيرة في منطقة دشت برجي غربي كابل. وأعلن فرع تنظيم"
        " الدولة الإسلامية في خراسان مسؤوليته عن الهجوم.",
        lambda ev: len(ev) == 1 and _names(ev, "actor1")[0].startswith("Islamic State"),
    ),
    (  # where flights were diverted to is no place of the toll told beside it
        "displaced",
        "حولت",
        "اندلعت اشتباكات عنيفة ليل أمس بين جهاز الردع واللواء 444 قتال في العاصمة طرابلس. وأعلن مركز طب الطوارئ"
        " حصيلة أولية بلغت 27 قتيلاً و106 جرحى دون أن يحدد توزيعهم، فيما عُلّقت الرحلات وحُوّلت إلى مطار مصراتة.",
        lambda ev: [e.fatalities for e in ev] == [27],
    ),
    (  # a claim over "so-called" names the claimant
        "so_called",
        "تسمى",
        "سقطت ثلاثة صواريخ أمس داخل قاعدة عسكرية قرب مدينة الرمادي. وتبنت ما تسمى «المقاومة الإسلامية في العراق»"
        " في بيان القصف.",
        lambda ev: len(ev) == 1 and _names(ev, "actor1") == ["Islamic Resistance in Iraq"],
    ),
    (  # the group "behind" an ambush named a sentence later did it
        "stands_behind",
        "يقفون",
        "قُتل خمسة جنود أمس في كمين نصبه مسلحون لقافلة عسكرية قرب بلدة تيرا غربي النيجر. وقالت وزارة الدفاع إن عناصر"
        " من تنظيم الدولة الإسلامية في الساحل يقفون وراء الكمين.",
        lambda ev: len(ev) == 1 and _names(ev, "actor1")[0].startswith("Islamic State"),
    ),
    (  # "في مؤتمر صحفي": the press adjective, no journalist hit
        "press_event",
        "مؤتمر",
        "قُتل شخصان برصاص الشرطة في مدينة الحلة أمس، وفق ما أعلنه الناطق باسم الوزارة في مؤتمر صحفي.",
        lambda ev: bool(ev) and all(x.text != "صحفي" for e in ev for x in e.evidence),
    ),
    (  # what the army denied ended with "ذلك": the fighting its statement affirms is told
        "denial_ends",
        "ذلك",
        "وادعت قوات الدعم السريع أمس سيطرتها على مطار مروي في الولاية الشمالية، بينما نفى الجيش ذلك في بيان جاء "
        "فيه أن قواته تخوض معارك في محيط المطار.",
        lambda ev: any(x.text == "معارك" for e in ev for x in e.evidence),
    ),
    (  # tear gas, in the feminine, broke up the crowd
        "intervention",
        "المسيلة",
        "تجمع مئات الشبان في ساحة رياض الصلح وسط بيروت مساء أمس احتجاجاً على ضريبة جديدة، قبل أن تطلق قوات مكافحة "
        "الشغب القنابل المسيلة للدموع.",
        lambda ev: [e.sub_event_type.value[0] for e in ev] == ["Protest with intervention"],
    ),
    (  # a country named as where: no state force of it
        "part_of_country",
        "وسط",
        "شهدت مدينة قيصري وسط تركيا مساء الأحد أعمال عنف استهدفت اللاجئين السوريين، إذ هاجمت مجموعات من الشبان "
        "الغاضبين محال تجارية يملكها سوريون.",
        lambda ev: bool(ev) and not any(n.startswith("Military Forces of Turkey") for n in _names(ev, "actor2")),
    ),
    (  # an adjective of what the group is keeps a generic word of it that group's
        "group_adjective",
        "الأجنبية",
        "سيطرت قوات النظام والميليشيات الأجنبية المساندة لها أمس على حي مساكن هنانو في مدينة حلب بعد معارك مع "
        "فصائل المعارضة.",
        lambda ev: "Pro-Government Militias (Syria)" in _names(ev, "assoc_actor_1"),
    ),
    (  # the announcer's own fighters did it: the announcer is the doer
        "own_forces",
        "مجاهديها",
        "وذكر بيان للمقاومة الإسلامية أن مجاهديها استهدفوا موقع الراهب بالأسلحة الصاروخية.",
        lambda ev: _names(ev, "actor1") == ["Hezbollah"],
    ),
    (  # the direction the missiles came from is no place of the strike
        "origin_direction",
        "اتجاه",
        "نفذ العدو الإسرائيلي فجر اليوم عدواناً جوياً برشقات من الصواريخ من اتجاه شمال شرق بحيرة طبريا، مستهدفاً "
        "بعض النقاط في محيط مطار المزة العسكري بدمشق.",
        lambda ev: bool(ev) and "Tiberias" not in [e.place.name_en for e in ev if e.place],
    ),
    (  # the side the dead fell on names no force of that country
        "casualty_side",
        "الجانب",
        "قُتل شخص وأصيب آخرون عندما أصاب صاروخ أطلق من قطاع غزة مبنى في مدينة عسقلان اليوم، في أول قتيل على "
        "الجانب الإسرائيلي منذ بدء جولة القتال.",
        lambda ev: bool(ev)
        and not any(n.startswith("Military Forces of Israel") for n in _names(ev, "actor1") + _names(ev, "actor2")),
    ),
    (  # a charge names no side: the herders are civilians, not the regime's forces
        "accusation",
        "بتهمة",
        "أعدم تنظيم داعش ثلاثة رعاة بتهمة التعاون مع قوات النظام في ريف دير الزور الشرقي أمس.",
        lambda ev: _names(ev, "actor2") == ["Civilians (Syria)"],
    ),
    (  # a backer names no side: the attack is on ISIS, not on Russia
        "backer",
        "المدعوم",
        "هاجم اللواء الثامن المدعوم روسيا مقرا لتنظيم داعش في بلدة بصرى الشام أمس.",
        lambda ev: "Military Forces of Russia (2000-)" not in _names(ev, "actor2"),
    ),
    (  # who left a mine behind is not its target
        "leftover",
        "مخلفات",
        "قتل راع وطفل بانفجار لغم أرضي من مخلفات تنظيم الدولة في بادية السخنة أمس.",
        lambda ev: _names(ev, "actor2") == ["Civilians (Syria)"],
    ),
    (  # a claim names the bomber
        "claim_before",
        "وتبنى",
        "فجّر انتحاري حزامه الناسف عند حاجز لقوات سوريا الديمقراطية في بلدة الشحيل أمس، وتبنى تنظيم الدولة الهجوم.",
        lambda ev: _names(ev, "actor1") == ["Islamic State (Syria)"],
    ),
    (  # the agent cue reaches its actor over a count with no number
        "vague_count",
        "مئات",
        "أصيب خمسة مواطنين أمس في هجوم نفذه مئات المستوطنين على قرية دوما جنوب نابلس.",
        lambda ev: _names(ev, "actor1") == ["Settlers (Israel)"],
    ),
    (  # who committed the massacre did it
        "agent",
        "ارتكبتها",
        "ارتفعت حصيلة المجزرة التي ارتكبتها طائرات الاحتلال الإسرائيلي فجر اليوم في مدينة غزة إلى 42 شهيداً.",
        lambda ev: _names(ev, "actor1") == ["Military Forces of Israel (2009-2021)"],
    ),
    (  # who wages an ongoing shelling is its doer
        "agent",
        "تشنه",
        "قتل ثلاثة مدنيين في حمص اليوم جراء القصف المتواصل بالصواريخ الذي تشنه قوات النظام على الحي.",
        lambda ev: _names(ev, "actor1") == ["Military Forces of Syria (2000-)"],
    ),
    (  # support fights with the doer
        "support",
        "بمساندة",
        "سيطرت قوات سوريا الديمقراطية بمساندة طيران التحالف الدولي على قرية الباغوز أمس.",
        lambda ev: _names(ev, "assoc_actor_1") == ["Global Coalition Against Daesh"] and not _names(ev, "actor2"),
    ),
    (  # the one the doer came to support fought with it
        "support",
        "مساندة",
        "دخلت أرتال هيئة تحرير الشام مساندةً لفرقة الحمزة إلى مدينة عفرين أمس وسيطرت عليها.",
        lambda ev: _names(ev, "actor1") == ["Hayat Tahrir al Sham"] and not _names(ev, "actor2"),
    ),
    (  # where the losing side withdrew to is not where the ground changed hands
        "withdrew",
        "انسحاب",
        "سيطرت قوات النظام أمس على بلدة خان شيخون بعد انسحاب الفصائل منها باتجاه مدينة معرة النعمان.",
        lambda ev: bool(ev) and set(_locations(ev)) == {"Khan Shaykhun"},
    ),
    (  # what an air force carries out is an air strike
        "air_force",
        "القوات الجوية",
        "نفذت القوات الجوية المصرية أمس ضربات على مواقع للمسلحين جنوب مدينة الشيخ زويد.",
        lambda ev: any(e.sub_event_type.label == "Air/drone strike" for e in ev),
    ),
    (  # a patrol "belonging to" a branch is that branch's: the force is the one arresting
        "unit",
        "دورية",
        "اعتقلت دورية تابعة لفرع الأمن العسكري ثلاثة شبان في مدينة الصنمين أمس.",
        lambda ev: bool(_names(ev, "actor1")) and _names(ev, "actor2") == ["Civilians (Syria)"],
    ),
    (  # where the young man came from is not where he died
        "hometown_person",
        "شاب",
        "قضى شاب من مدينة القصير تحت التعذيب في سجون النظام بدمشق أمس.",
        lambda ev: _locations(ev) == ["Damascus"],
    ),
    (  # tear gas on a crowd: a protest met with force
        "intervention",
        "المسيل",
        "تظاهر مئات في مدينة درعا أمس، وأطلقت قوات الأمن الغاز المسيل للدموع.",
        lambda ev: _sub_types(ev) == ["Protest with intervention"],
    ),
    (  # where people fled is not where the fight was
        "displaced",
        "نزح",
        "قتل ثلاثة مدنيين بقصف مدفعي أمس، بينما نزح المئات نحو مدينة إدلب.",
        lambda ev: len(ev) == 1 and _locations(ev) == [],
    ),
    (  # a coalition's members named in its description are no side of what it did
        "comprising",
        "يضم",
        "أعلن جيش الفتح، الذي يضم جبهة النصرة وحركة أحرار الشام، سيطرته أمس على مدينة إدلب.",
        lambda ev: len(ev) == 1 and _names(ev, "actor1") == ["Jaish al Fateh"] and _names(ev, "actor2") == [],
    ),
    (  # a massacre and the strike that made it are one strike
        "massacre",
        "مجزرة",
        "ارتفعت حصيلة المجزرة التي ارتكبها الاحتلال في مخيم جباليا أمس إلى 50 شهيداً. وأفاد المراسل بأن طائرات"
        " الاحتلال ألقت عدة قنابل ثقيلة على المخيم.",
        lambda ev: _sub_types(ev) == ["Air/drone strike"],
    ),
    (  # a nationality adjective after a site's name names whose post was hit
        "site_noun",
        "موقع",
        "وردّ حزب الله اليوم باستهداف موقع المالكية الإسرائيلي بصاروخ موجّه.",
        lambda ev: bool(ev) and _names(ev, "actor1") == ["Hezbollah"],
    ),
    (  # the head of an armed party's name stands for the party named before
        "actor_head",
        "حزب",
        "قتل عنصران من حزب الله بغارة إسرائيلية على بلدة الخيام. واستهدف الحزب أمس ثكنة زرعيت بصاروخ موجه.",
        lambda ev: "Hezbollah" in _names(ev, "actor1"),
    ),
    (  # where a force advanced towards is ground it did not enter
        "advanced",
        "تقدمت",
        "تقدمت فصائل المعارضة أمس نحو مدينة حمص.",
        lambda ev: "Homs" not in _locations(ev),
    ),
    (  # ... unless it tried to, and was fought there
        "attempted",
        "حاولت",
        "اشتبك مقاتلو الحزب أمس مع قوة إسرائيلية حاولت التقدم باتجاه بلدة العديسة الحدودية.",
        lambda ev: bool(ev) and _locations(ev) == ["Odaisseh"],
    ),
    (  # (the word of direction before where they went)
        "towards",
        "نحو",
        "قتل ثلاثة مدنيين بقصف مدفعي أمس، بينما نزح المئات نحو مدينة إدلب.",
        lambda ev: len(ev) == 1 and _locations(ev) == [],
    ),
    (  # what a crowd protests against was not done to it
        "grievance",
        "تنديدا",
        "خرجت مواكب طلابية في مدينة أم درمان أمس تنديداً بما وصفه المحتجون بمجزرة الأبيض.",
        lambda ev: _sub_types(ev) == ["Peaceful protest"],
    ),
    (  # guns with the mortars: a ground attack, an armed clash
        "small_arms",
        "بالأسلحة المتوسطة",
        "تعرضت نقطة عسكرية قرب مدينة بيجي أمس لهجوم بالأسلحة المتوسطة وقذائف الهاون، أسفر عن مقتل أربعة جنود.",
        lambda ev: _sub_types(ev) == ["Armed clash"],
    ),
    (  # a crowd choking on tear gas was not met with serious harm
        "minor_injury",
        "اختناق",
        "تظاهر مئات في مدينة درعا أمس، وأطلقت قوات الأمن قنابل الغاز ما أدى إلى إصابة عشرة منهم بحالات اختناق.",
        lambda ev: _sub_types(ev) == ["Protest with intervention"],
    ),
    (  # the town suffered the shelling: the verb reports that it happened
        "suffered",
        "تعرضت",
        "تعرضت بلدة كفرنبل في ريف إدلب الجنوبي لقصف مدفعي أمس.",
        lambda ev: _sub_types(ev) == ["Shelling/artillery/missile attack"],
    ),
    (  # a hedge before the nationality: the air force is still named
        "hedge",
        "يرجح",
        "قال ناشطون إن غارة جوية أمس يرجح أنها روسية استهدفت سوقاً في مدينة أريحا.",
        lambda ev: _names(ev, "actor1") == ["Military Forces of Russia (2000-)"],
    ),
    (  # "الذي قضى": one man died
        "died_he",
        "قضى",
        "نعى حزب الله حسن عطوي، الذي قضى بغارة إسرائيلية على طريق بلدة كفركلا أمس.",
        lambda ev: [e.fatalities for e in ev] == [1],
    ),
    (  # "التي استشهدت": one woman died
        "died_she",
        "استشهدت",
        "شيّع الأهالي المعلمة سعاد، التي استشهدت بقصف على بلدة سرمين أمس.",
        lambda ev: [e.fatalities for e in ev] == [1],
    ),
    (  # "القصف الذي قضى فيه ...": where others died, not one death
        "where_it_happened",
        "فيه",
        "وكان القصف الذي قضى فيه مدنيون قد استهدف سوق بلدة سرمين أمس.",
        lambda ev: all(e.fatalities != 1 for e in ev),
    ),
    (  # "القاضي الذي قضى بإعدام": a ruling, no death
        "ruled",
        "بإعدام",
        "وقال التقرير إن القاضي الذي قضى بإعدام المتهم غادر البلاد أمس.",
        lambda ev: ev == [],
    ),
    (  # "خلال المواجهات": the fight already told; the sentence only gives its toll
        "told_again",
        "خلال",
        "سيطرت قوات النظام اليوم على بلدة كفرنبودة بعد اشتباكات مع الفصائل. "
        "وقالت مصادر إن ثمانية من مقاتلي الفصائل قتلوا خلال المعارك التي دارت أمس في البلدة.",
        lambda ev: [e.fatalities for e in ev] == [8],
    ),
    (  # a toll over two days' fighting, after an event told on each: split between them
        "over_two_days",
        "استمرت يومين",
        "هاجم مسلحون بلدة ماكوميا يوم الجمعة واشتبكوا مع الجيش، قبل أن تتجدد المعارك صباح السبت. وقالت مصادر إن"
        " عشرة جنود قتلوا في المعارك التي استمرت يومين.",
        lambda ev: [e.fatalities for e in ev] == [5, 5],
    ),
    (  # Turkey's "neutralised" covers the wounded and captured too: no toll
        "neutralising_broadly",
        "التركية",
        "أعلنت وزارة الدفاع التركية تحييد 9 إرهابيين في غارات على منطقة متينا شمالي العراق أمس.",
        lambda ev: [e.fatalities for e in ev] == [0],
    ),
    (  # ... read only of the figure of the "neutralised"
        "neutralising",
        "تحييد",
        "أعلنت وزارة الدفاع التركية تحييد 9 إرهابيين في غارات على منطقة متينا شمالي العراق أمس.",
        lambda ev: [e.fatalities for e in ev] == [0],
    ),
    (  # a verb of striking right before "مسيرة": its subject is a drone, no march
        "drone_before",
        "استهدفت",
        "استهدفت مسيرة مستودعا للذخيرة قرب بلدة الشدادي فجر اليوم.",
        lambda ev: _sub_types(ev) == ["Air/drone strike"],
    ),
    (  # a drone's adjective after "مسيرة": no march
        "drone_after",
        "مجهولة",
        "قتل شخصان اليوم بغارة نفذتها مسيرة مجهولة على سيارة قرب مدينة القامشلي.",
        lambda ev: all(e.event_type.value != "Protests" for e in ev),
    ),
    (  # the words that are a march or a drone
        "march_or_drone",
        "مسيرة",
        "قتل شخصان اليوم بغارة نفذتها مسيرة مجهولة على سيارة قرب مدينة القامشلي.",
        lambda ev: all(e.event_type.value != "Protests" for e in ev),
    ),
    (  # "كما قتل": more dead, added to those told
        "adds_to_toll",
        "كما",
        "سيطرت قوات النظام أمس على بلدة كفرنبودة بعد اشتباكات قتل فيها خمسة من عناصرها. "
        "كما قتل اثنان من عناصرها خلال المواجهات.",
        lambda ev: [e.fatalities for e in ev] == [7],
    ),
    (  # the report's date is not the date of what it counts over a month
        "statement_dated",
        "الصادر",
        "وبحسب البيان الصادر اليوم، قتل ثلاثة جنود في هجوم على حاجز قرب مدينة الفاشر يوم الأحد.",
        lambda ev: [e.date.iso() if e.date else "" for e in ev] == ["2020-03-08"],
    ),
    (  # what a crowd demands, after its own place: not where it stands
        "demand",
        "مطالبين",
        "تظاهر الآلاف في مدينة الزرقاء أمس مطالبين بوقف العمليات العسكرية في مدينة معان.",
        lambda ev: [e.place.location if e.place else None for e in ev] == ["Zarqa"],
    ),
    (  # ... nor is the day a relative clause says the report came out
        "statement_dated",
        "صدر",
        "ووثقت البعثة في تقريرها الذي صدر أمس هجوما على حاجز قرب مدينة الفاشر يوم الأحد قتل فيه ثلاثة جنود.",
        lambda ev: [e.date.iso() if e.date else "" for e in ev] == ["2020-03-08"],
    ),
    (  # "لأول مرة منذ بدء الصراع": a first since then, the toll is the massacre's
        "first_time",
        "مرة",
        "اعترف المسؤول لأول مرة منذ بدء الصراع بأن مسلحين ارتكبوا المجزرة التي وقعت الأسبوع الماضي في بلدة التريمسة،"
        " وأسفرت عن مقتل 33 شخصا.",
        lambda ev: [e.fatalities for e in ev] == [33],
    ),
    (  # a connective before a verb leaves it opening its clause: its subject is actor1
        "clause_opener",
        "فيما",
        "قتل طفل في قصف على بلدة كفرنبل أمس، فيما استهدفت قوات النظام مدينة معرة النعمان بعشرات القذائف.",
        lambda ev: "Military Forces of Syria (2000-)" in _names(ev, "actor1"),
    ),
    (  # a source sitting in a force is no side of the event it tells
        "source_noun",
        "مصدر",
        "قتل شخص بانفجار سيارة مفخخة في حي الصدرية ببغداد أمس، وفق ما أفاد مصدر في قيادة الشرطة العراقية.",
        lambda ev: not any(n.startswith("Police Forces of Iraq") for n in _names(ev, "actor1") + _names(ev, "actor2")),
    ),
    (  # a later claim of "the bombings" names who did each bombing told before it
        "claimed_all",
        "التفجيرات",
        "قتل 10 مدنيين بتفجير سيارة مفخخة في مدينة طرطوس صباح اليوم. وفي مدينة جبلة، قتل 12 مدنيا بتفجير انتحاري"
        " في كراج البولمان. وهرعت فرق الإسعاف إلى المكانين. من جهته، قال المرصد إن حصيلة القتلى ارتفعت، فيما تبنى"
        " تنظيم داعش التفجيرات.",
        lambda ev: _names(ev, "actor1").count("Islamic State (Syria)") == 2,
    ),
    (  # an announcement names the claimant, its responsibility told after an aside
        "claim_verb",
        "وأعلن",
        "قتل مسلحون مجهولون ثلاثة مدنيين في مدينة العريش أمس. وأعلن تنظيم ولاية سيناء، فرع تنظيم داعش في مصر، في"
        " تسجيل مصور نشر على حسابات مقربة منه، مسؤوليته عن الهجوم.",
        lambda ev: _names(ev, "actor1") == ["Islamic State (Egypt)"],
    ),
    (  # clashes told as one more like the riot before are riots
        "similar",
        "مماثلة",
        "رشق عشرات الشبان قوات الأمن بالحجارة مساء أمس الأحد في حي التضامن غربي العاصمة تونس. كما شهدت مدينة"
        " القصرين مواجهات مماثلة حاول خلالها شبان اقتحام مقرات حكومية.",
        lambda ev: [e.event_type for e in ev] == [EventType.RIOTS, EventType.RIOTS],
    ),
    (  # a toll told risen that nobody confirmed is another source's count, the lowest kept
        "toll_unconfirmed",
        "لم تؤكده",
        "قتلت امرأة وطفلها مساء أمس جراء قصف مدفعي على حي عصيفرة في مدينة تعز. وقال مصدر طبي إن المستشفى"
        " استقبل جثتي امرأة وطفلها. ولم تتبن أي جهة القصف، فيما اتهمت السلطات جماعة الحوثي بالوقوف وراءه."
        " وأفاد سكان بأن حصيلة القتلى ارتفعت إلى ثلاثة، وهو ما لم تؤكده المصادر الطبية.",
        lambda ev: [e.fatalities for e in ev] == [2],
    ),
    (  # the report's later sentences go on counting over its period
        "report_noun",
        "التقرير",
        "وثقت الشبكة في تقريرها الشهري مقتل 87 مدنيا في سوريا خلال شهر آذار. وأوضح التقرير أن قوات النظام"
        " قتلت 21 مدنيا في محافظة إدلب.",
        lambda ev: ev == [],
    ),
    (  # two sources' counts of the same dead: the lowest stands
        "contrast",
        "بينما",
        "قصفت قوات النظام حي بابا عمرو في مدينة حمص اليوم. وقالت لجان التنسيق إن 50 شخصا قتلوا اليوم،"
        " بينما قال المرصد إن عدد القتلى 34 بينهم سبعة أطفال.",
        lambda ev: [e.fatalities for e in ev] == [34],
    ),
    (  # the town a crowd stands with is not where it marches
        "solidarity",
        "تضامنا",
        "خرجت مظاهرة في مدينة حماة أمس تضامنا مع حمص.",
        lambda ev: _locations(ev) == ["Hama"],
    ),
    (  # ... and what it stands against is no scene either (a government named by its capital)
        "solidarity",
        "مناهضة",
        "اقتحم محتجون غاضبون مبنى القنصلية في مدينة النجف أمس وهم يرددون هتافات مناهضة لطهران.",
        lambda ev: "Tehran" not in _locations(ev),
    ),
    (  # after background history, the report goes back to its news and its date
        "news_resumes",
        "في سياق متصل",
        "سيطرت قوات النظام اليوم على بلدة سلمى في ريف اللاذقية. وكانت الفصائل قد سيطرت على البلدة عام 2012."
        " وفي سياق متصل، قتل ثلاثة مدنيين في غارة روسية على بلدة كنسبا.",
        lambda ev: [e.date.iso() for e in ev if e.fatalities == 3 and not e.historical] == ["2020-03-10"],
    ),
    (  # a former commander is a civilian, not his old faction
        "former",
        "السابق",
        "اغتال مسلحون مجهولون أمس القيادي السابق في فصائل المعارضة محمد الزعبي أمام منزله في مدينة طفس.",
        lambda ev: _names(ev, "actor2") == ["Civilians (Syria)"],
    ),
    (  # the commander survived the attempt: he is its target, not its author
        "survived",
        "نجا",
        "نجا قيادي في هيئة تحرير الشام من محاولة اغتيال في مدينة إدلب أمس.",
        lambda ev: _names(ev, "actor2") == ["Hayat Tahrir al Sham"],
    ),
    (  # whose stronghold the place is describes the place: that group is no side of what happened there
        "stronghold",
        "معقل",
        "قتل 20 مدنياً في هجوم انتحاري بسوق في إقليم أوروزجان معقل حركة طالبان أمس.",
        lambda ev: bool(ev) and "Taliban" not in _names(ev, "actor1") + _names(ev, "actor2"),
    ),
    (  # an update of the toll replaces a lower figure; a source's restatement would keep the lowest
        "toll_update",
        "ارتفعت",
        "قتل أربعة مدنيين بقصف على بلدة كفرنبل أمس. وقال الدفاع المدني إن الحصيلة ارتفعت إلى خمسة قتلى.",
        lambda ev: [e.fatalities for e in ev] == [5],
    ),
    (  # the network a group is linked to is no side of its attack
        "backer",
        "المرتبطة",
        "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة معسكراً للجيش المالي في بلدة"
        " بوليكيسي أمس.",
        lambda ev: bool(ev) and "Al Qaeda" not in _names(ev, "actor1") + _names(ev, "actor2"),
    ),
    (  # ground taken with nobody resisting is a non-violent transfer
        "unresisted",
        "دون مقاومة",
        "سيطر مسلحو حركة الشباب صباح أمس على بلدة بولوبردي دون مقاومة بعد انسحاب القوات الحكومية منها.",
        lambda ev: _sub_types(ev) == ["Non-violent transfer of territory"],
    ),
    (  # who fired the shells is their agent, named after them
        "agent",
        "أطلقها",
        "قتلت امرأتان مساء أمس جراء قذائف هاون أطلقها مسلحو جماعة الحوثي على حي سكني في مدينة تعز.",
        lambda ev: _names(ev, "actor1") == ["Houthi Movement"],
    ),
    (  # who found the bodies is no side of the killing
        "finder",
        "عثرت",
        "عثرت الشرطة على جثتين مجهولتي الهوية لرجلين قتلا بالرصاص في حي الكرادة ببغداد أمس.",
        lambda ev: bool(ev)
        and _names(ev, "actor1") == ["Unidentified Armed Group (Iraq)"]
        and _names(ev, "actor2") == ["Civilians (Iraq)"],
    ),
    (  # a group's generic head with the article stands for the group named with it before
        "actor_head",
        "جماعة",
        "سيطرت جماعة الحوثي على مديرية حريب أمس. وقال سكان إن الجماعة قصفت مدينة مأرب بقذائف الهاون.",
        lambda ev: _names(ev, "actor1") == ["Houthi Movement", "Houthi Movement"],
    ),
    (  # a platform with a nationality adjective is that state's military
        "platform",
        "مدمرة",
        "استهدف الحوثيون بصاروخين مدمرة أمريكية قبالة سواحل مدينة الحديدة أمس.",
        lambda ev: any(n.startswith("Military Forces of the United States") for n in _names(ev, "actor2")),
    ),
    (  # a vessel names a state's forces with a word of its kind
        "vessel",
        "سفن",
        "أطلقت سفن حربية أمريكية صواريخ على مواقع للحوثيين في مدينة الحديدة فجر اليوم.",
        lambda ev: any(n.startswith("Military Forces of the United States") for n in _names(ev, "actor1")),
    ),
    (  # ... and only with it: the kind word is what makes the ships a state's forces
        "platform_kind",
        "حربية",
        "أطلقت سفن حربية أمريكية صواريخ على مواقع للحوثيين في مدينة الحديدة فجر اليوم.",
        lambda ev: any(n.startswith("Military Forces of the United States") for n in _names(ev, "actor1")),
    ),
    (  # what names a weapon's maker names no force
        "made_in",
        "صنع",
        "أطلق مسلحون مجهولون قذائف من دبابات روسية الصنع على بلدة تل رفعت أمس.",
        lambda ev: bool(ev) and not any("Russia" in n for n in _names(ev, "actor1") + _names(ev, "actor2")),
    ),
    (  # protesters right after these are a mob's target
        "crowd_attacked",
        "على",
        "هاجم مئات الشبان من مناصري الحزب وسط بيروت أمس واعتدوا بالعصي على المتظاهرين.",
        lambda ev: _sub_types(ev) == ["Mob violence"],
    ),
    (  # the places enumerated after the event are each a scene of it
        "enumeration",
        "بينها",
        "شنت طائرات حربية أمريكية فجر اليوم غارات على مواقع في عدة محافظات يمنية، بينها مطار الحديدة،"
        " ومطار صنعاء.",
        lambda ev: len(ev) == 2,
    ),
    (  # a clause adding to the list before it adds its places to the event's
        "additive",
        "إضافة إلى",
        "سيطرت قوات المجلس الانتقالي الجنوبي، أمس السبت، على قصر المعاشيق في مديرية كريتر بمدينة عدن، إضافة إلى"
        " معسكر اللواء الرابع في منطقة دار سعد.",
        lambda ev: sorted(_locations(ev)) == ["Aden - Crater", "Aden - Dar Saad"],
    ),
    (  # a government named by its seat is no scene
        "government_of",
        "حكومة",
        "أعلنت وزارة الصحة في حكومة صنعاء أن الغارات الأمريكية على ميناء الحديدة أمس أسفرت عن مقتل 20 شخصاً.",
        lambda ev: "Sanaa" not in _locations(ev) and bool(ev),
    ),
    (  # where someone spoke is no place of the event he told
        "venue",
        "مؤتمر",
        "وقال المتحدث في مؤتمر صحفي عقده في دمشق إن مسلحين قتلوا ثلاثة رجال في مدينة حمص أمس.",
        lambda ev: _locations(ev) == ["Homs"],
    ),
    (  # a membership after a hedge is a suspicion: the group is no side (but gunmen's: see `suspected`)
        "membership",
        "ينتمون",
        "قتل ثلاثة رعاة أمس قرب تدمر برصاص أشخاص يعتقد أنهم ينتمون لتنظيم داعش.",
        lambda ev: bool(ev) and "Islamic State (Syria)" not in _names(ev, "actor1") + _names(ev, "actor2"),
    ),
    (  # a side's claim after its claim of responsibility counts the fighters told: the lowest stands
        "side_claim",
        "زاعما",
        "فجر انتحاري نفسه ليلة أمس على نقطة تفتيش قرب بلدة الضلوعية، ما أسفر عن مقتل 7 مقاتلين. وتبنى تنظيم"
        " داعش الهجوم، زاعماً مقتل أكثر من 25 عنصراً.",
        lambda ev: [e.fatalities for e in ev] == [7],
    ),
    (  # a statement's author is no side of what it reports
        "statement_noun",
        "بيان",
        "وذكر بيان لجهاز مكافحة الإرهاب أن طائرة مسيرة مفخخة استهدفت أمس حقلاً للغاز قرب مدينة السليمانية.",
        lambda ev: bool(ev) and _names(ev, "actor1") == ["Unidentified Armed Group (Iraq)"],
    ),
    (  # a spokesman's side that tells of its own dead did not strike them
        "spokesman",
        "المتحدث",
        "أعلن المتحدث العسكري للقوات المسلحة المصرية استشهاد ثلاثة من أفراد القوات المسلحة إثر انفجار عبوة ناسفة"
        " جنوب مدينة رفح أمس.",
        lambda ev: bool(ev) and _names(ev, "actor2") == ["Military Forces of Egypt (2014-)"]
        and "Military Forces of Egypt (2014-)" not in _names(ev, "actor1"),
    ),
    (  # ... unless its own forces act
        "own_forces",
        "قواته",
        "وذكر بيان لجهاز مكافحة الإرهاب أن قواته قصفت أمس مواقع لتنظيم داعش قرب مدينة كركوك.",
        lambda ev: bool(ev) and _names(ev, "actor1") == ["Military Forces of Iraq (2018-2020)"],
    ),
    (  # an aside on someone's age stands between them and the verb of their death
        "age_decade",
        "العشرينيات",
        "وقالت مصادر طبية إن شاباً في العشرينيات من عمره قُتل برصاص مجهولين في مدينة درعا أمس.",
        lambda ev: [e.fatalities for e in ev] == [1],
    ),
    (  # the dead took part in the crowd's march
        "participation",
        "مشاركتهم",
        "استشهد ثلاثة مواطنين أمس برصاص قوات الاحتلال خلال مشاركتهم في فعاليات جمعة الغضب ضمن مسيرات العودة.",
        lambda ev: [e.sub_event_type.label for e in ev] == ["Excessive force against protesters"],
    ),
    (  # an unclaimed drone strike is an unidentified group's
        "drone",
        "مسيرة",
        "قتل أربعة عمال بطائرة مسيرة مفخخة استهدفت حقلاً للغاز في قضاء جمجمال مساء أمس.",
        lambda ev: _names(ev, "actor1") == ["Unidentified Armed Group (Iraq)"],
    ),
    (  # aircraft said unknown take no air force
        "aircraft_unknown",
        "مجهولة",
        "قصفت طائرات حربية مجهولة مدينة سراقب أمس.",
        lambda ev: bool(ev) and _names(ev, "actor1") == [],
    ),
    (  # what the news comes months after is history
        "long_after",
        "بعد أشهر من",
        "قتل جنديان بهجوم على حاجز في بلدة الشحيل اليوم. ويأتي الهجوم بعد أشهر من مقتل خمسة مدنيين بقصف على"
        " بلدة البصيرة.",
        lambda ev: [e.fatalities for e in ev if not e.historical] == [2],
    ),
    (  # the side that repelled an attack defended it: the claimant attacked
        "repelling",
        "صدت",
        "أعلنت القوات المسلحة المالية أن وحداتها صدت مساء الخميس الماضي هجوماً استهدف معسكرها في بلدة بوني."
        " وأوضح البيان أن الهجوم أسفر عن مقتل 4 جنود. في المقابل، تبنت جماعة نصرة الإسلام والمسلمين الهجوم.",
        lambda ev: _names(ev, "actor1") == ["JNIM: Group for Support of Islam and Muslims"],
    ),
    (  # the attackers' own arson is no riot
        "attackers_told",
        "المهاجمين",
        "قتل مسلحون 14 مدنياً في هجوم على قرية قرب مدينة جيبو أمس. وقال السكان إن المهاجمين جمعوا الرجال قبل أن"
        " يطلقوا النار عليهم، ثم أحرقوا مخازن الحبوب.",
        lambda ev: bool(ev) and "Violent demonstration" not in _sub_types(ev),
    ),
    (  # who asked for what the victims did is no side of their killing
        "requested_by",
        "بطلب",
        "قتل مسلحون من حركة الشباب 15 شخصاً أمس أثناء حفرهم خنادق حول بلدة جوهر بطلب من الجيش الصومالي.",
        lambda ev: bool(ev) and not any("Somalia" in n for e in ev for n in _names([e], "actor2") if "Military" in n),
    ),
    (  # the anniversary named as the day's occasion: what was told before it is news
        "occasion",
        "في",
        "تظاهر المئات أمس في مدينة درعا في الذكرى الثالثة لانطلاق الاحتجاجات.",
        lambda ev: bool(ev) and not any(e.historical for e in ev),
    ),
    (  # a sentence going on with a statement is dated by the news told before, not by the day of telling
        "statement_goes_on",
        "أوضحت",
        "قتل 23 جنديا الأربعاء الماضي في كمين نصبه مسلحون قرب مدينة حلب. وأوضحت الوزارة، في بيان تلاه التلفزيون"
        " الرسمي مساء الخميس، أن أكثر من مئة مسلح هاجموا القافلة مستخدمين عبوات ناسفة.",
        lambda ev: bool(ev) and len({e.date.earliest for e in ev if e.date is not None}) == 1,
    ),
    (  # a force arriving after the attackers fled is no side of their attack
        "arrived_after",
        "وصول",
        "اقتحم مسلحون حانة في مدينة حلب ليلة أمس وأطلقوا النار على الزبائن، ما أسفر عن مقتل سبعة أشخاص. وفر"
        " المهاجمون قبل وصول الشرطة.",
        lambda ev: [e.event_type for e in ev] == [EventType.VIOLENCE_AGAINST_CIVILIANS],
    ),
    (  # a grenade thrown on a home with nobody named in it targeted civilians
        "dwellings",
        "منزل",
        "ألقى مجهولون فجر اليوم قنبلة يدوية على منزل ضابط متقاعد في حي البلديات شرقي بغداد.",
        lambda ev: [e.actor2.name if e.actor2 else "" for e in ev] == ["Civilians (Iraq)"],
    ),
    (  # arrests made over the whole country, at no place of their own: no event
        "scattered_over_the_country",
        "عبر التراب الوطني",
        "قتلت وحدات الجيش خمسة إرهابيين في اشتباك قرب مدينة الميلية بولاية جيجل أمس. كما أوقفت وحدات الجيش"
        " ثلاثة عناصر دعم للجماعات الإرهابية عبر التراب الوطني.",
        lambda ev: [e.event_type for e in ev] == [EventType.BATTLES],
    ),
    (  # a negating word's object ends where what came before or after it begins: the withdrawal is not denied
        "negation_ends",
        "بعد",
        "دخلت قوات النظام السوري أمس مدينة السخنة دون مقاومة بعد انسحاب تنظيم داعش منها.",
        lambda ev: [e.sub_event_type for e in ev] == [SubEventType.NON_VIOLENT_TRANSFER],
    ),
    (  # a sentence announcing an anniversary: what it tells after the anniversary word is remembered
        "anniversary_falls",
        "تحل",
        "تحل اليوم الأحد الذكرى الخمسون لاندلاع الحرب الأهلية اللبنانية، التي بدأت في 13 نيسان 1975 بحادثة في"
        " عين الرمانة واستمرت خمسة عشر عاما، وخلفت أكثر من 150 ألف قتيل.",
        lambda ev: bool(ev) and all(e.historical for e in ev),
    ),
    (  # a side telling its own losses was struck
        "own_losses",
        "مقتل",
        "أعلنت وحدات حماية الشعب مقتل ثلاثة من مقاتليها بقصف مدفعي للجيش التركي على قرية قرب عفرين أمس.",
        lambda ev: any("People's Protection Units" in n for n in _names(ev, "actor2")),
    ),
    (  # who withdrew, named after the verbal noun after "بعد": one event with the capture
        "when_before",
        "بعد",
        "سيطرت قوات النظام أمس على مدينة تدمر بعد انسحاب عناصر تنظيم داعش منها.",
        lambda ev: len(ev) == 1,
    ),
    (  # serious wounds told first keep the light ones after them from making the force light
        "serious_injury",
        "خطيرة",
        "فرقت قوات الأمن مئات المحتجين في درعا أمس، ما أدى إلى إصابة عشرة منهم بجروح خطيرة وآخرين بحالات اختناق.",
        lambda ev: "Excessive force against protesters" in _sub_types(ev),
    ),
    (  # a force told absent met no crowd
        "deployed",
        "غياب",
        "أضرم محتجون غاضبون النار في مقار عدد من الأحزاب في مدينة الناصرية أمس، وسط غياب لقوات الأمن.",
        lambda ev: bool(ev) and _names(ev, "actor2") == [],
    ),
    (  # a strike told as one like the last has its doer
        "told_as_another",
        "مماثل",
        "قتل مدنيان أمس بقصف مدفعي لقوات النظام على مدينة أريحا، وشنت طائرات روسية غارات على بلدة كفرتخاريم. وقتل"
        " رجل اليوم بقصف صاروخي مماثل على بلدة سرمين.",
        lambda ev: sum("Military Forces of Syria" in n for n in _names(ev, "actor1")) == 2,
    ),
    (  # the participle of a claim: the side's count of the same dead, the lowest kept
        "reporting_verb",
        "قائلة",
        "قتل 12 جندياً أمس في هجوم على موقع للجيش في بلدة سيبا، وتبنت الجماعة الهجوم قائلة إنها قتلت أكثر من ثلاثين.",
        lambda ev: [e.fatalities for e in ev] == [12],
    ),
    (  # the site a force withdrew to, in the middle of a city, puts no event in the city
        "inside_of",
        "وسط",
        "تمكنت قوات الأسايش أمس من فرض سيطرتها على حي غويران في مدينة الحسكة، بعد اشتباكات استمرت ساعات وانتهت"
        " بانسحاب عناصر الدفاع الوطني نحو المربع الأمني وسط المدينة.",
        lambda ev: bool(ev) and all(e.place is not None and e.place.location != "Al-Hasakeh" for e in ev),
    ),
    (  # the attacker counted on top of the dead ("إضافة إلى الانتحاري"): ACLED counts him
        "besides",
        "إضافة إلى",
        "قتل تسعة من المصلين إضافة إلى الانتحاري في تفجير استهدف مسجداً في مدينة بل خمري أمس.",
        lambda ev: [e.fatalities for e in ev] == [10],
    ),
    (
        "the_attacker",
        "منفذ الهجوم",
        "قتل تسعة أشخاص بالإضافة إلى منفذ الهجوم في تفجير استهدف مسجداً في مدينة بل خمري أمس.",
        lambda ev: [e.fatalities for e in ev] == [10],
    ),
    (  # the earlier count a toll rose from, told after its new figure, is in it
        "earlier_count",
        "في وقت سابق",
        "ارتفعت حصيلة التفجير الذي استهدف مطعماً في مقديشو مساء أمس إلى تسعة قتلى بينهم منفذ الهجوم، بعد أن أعلنت"
        " الشرطة في وقت سابق مقتل خمسة أشخاص.",
        lambda ev: [e.fatalities for e in ev] == [9],
    ),
    (  # ... and so are the areas in a place it went to: where it withdrew to, no place of the ground taken
        "areas_within",
        "مناطق",
        "دخلت القوات العراقية أمس مدينة الرمادي بعد انسحاب مسلحي تنظيم داعش منها باتجاه مناطق في محافظة نينوى.",
        lambda ev: bool(ev) and all(e.place is not None and e.place.location == "Ramadi" for e in ev),
    ),
    (  # ground a side claimed to take, its claim then denied, did not change hands: a fight
        "denied_after",
        "نفاه",
        "هاجم مسلحون صباح اليوم حاجزاً للجيش جنوب مدينة العريش، ما أسفر عن مقتل خمسة جنود. وتبنى تنظيم ولاية سيناء"
        " الهجوم، زاعماً أن مقاتليه قتلوا أكثر من 20 جندياً، وأنهم سيطروا على قرية مجاورة، وهو ما نفاه مصدر عسكري.",
        lambda ev: bool(ev) and not any("territory" in e.sub_event_type.label for e in ev),
    ),
    (  # ... and ground announced taken, then denied with an object for what was told
        "denial_verb",
        "نفى",
        "وأعلنت قوات الدعم السريع أمس سيطرتها على مطار مروي في الولاية الشمالية، غير أن الجيش نفى ذلك وقال إن"
        " قواته تتعامل مع المهاجمين.",
        lambda ev: bool(ev) and not any("territory" in e.sub_event_type.label for e in ev),
    ),
    (  # the next sentence says where the riots told centred: those are their places
        "focused_in",
        "وتركزت",
        "شهدت عدة مدن تونسية ليلة أمس مواجهات بين مجموعات من الشبان وقوات الأمن، رشق خلالها المحتجون الوحدات"
        " الأمنية بالحجارة. وتركزت المواجهات في مدينة القصرين.",
        lambda ev: [e.place.location for e in ev if e.place is not None] == ["Kasserine"],
    ),
    (  # the dead mourned at a memorial are no dead of the crowd's day
        "mourned_dead",
        "أربعينية",
        "تجمع المئات اليوم في مدينة سقز لإحياء أربعينية أحد القتلى، وأطلقت قوات الأمن الغاز المسيل للدموع لتفريقهم.",
        lambda ev: [(e.sub_event_type.label, e.fatalities) for e in ev] == [("Protest with intervention", 0)],
    ),
    (  # what had happened weeks before, told again as the news's background
        "had_done",
        "وكانت",
        "دارت أمس اشتباكات في منطقة عين زارة جنوب طرابلس. وكانت قوات حفتر قد أطلقت هجومها على طرابلس في العشرين"
        " من الشهر الماضي.",
        lambda ev: bool(ev) and all(e.historical for e in ev if e.date is not None and e.date.iso() == "2020-02-20"),
    ),
    (  # a toll over governorates, then detailed town by town: the towns' events, the dead counted once
        "detailing",
        "وأوضحت",
        "استشهد 9 مواطنين اليوم في عدوان واسع تشنه قوات الاحتلال على محافظات جنين وطوباس وطولكرم. وأوضحت الوزارة"
        " أن 4 شهداء ارتقوا في قصف من طائرة مسيرة استهدف مجموعة من المواطنين في مخيم الفارعة جنوب طوباس.",
        lambda ev: sum(e.fatalities for e in ev) == 4,
    ),
    (  # what others passed on is another count of the dead told: the lowest stands
        "reporting_verb",
        "نقل",
        "قالت لجان المقاومة إن قوات الدعم السريع اقتحمت أمس قرية ود النورة بمحلية المناقل، ما أسفر عن مقتل 104"
        " أشخاص على الأقل. ونقل ناشطون عن ناجين أن عدد القتلى تجاوز 150 شخصاً.",
        lambda ev: [e.fatalities for e in ev] == [104],
    ),
    (  # two groups after their dual head and "بين": one side each
        "dual_head",
        "عصابتي",
        "اندلعت أمس السبت مواجهات بين عصابتي لوس لوبوس ولوس تشونيروس داخل سجن في مدينة غواياكيل.",
        lambda ev: (_names(ev, "actor1"), _names(ev, "actor2")) == (["Los Lobos"], ["Los Choneros"]),
    ),
    (  # gunmen suspected of belonging to a group are that group (as ACLED codes them)
        "suspected",
        "يشتبه",
        "اختطف مسلحون يشتبه في انتمائهم إلى جماعة بوكو حرام 20 طالبة من مدرسة في بلدة شيبوك بولاية بورنو أمس.",
        lambda ev: [n.startswith("Boko Haram") for n in _names(ev, "actor1")] == [True],
    ),
    (  # an attack laid at a group's door by those who tell it: the group did it
        "attributing",
        "ونسبت",
        "قتل 18 شخصاً أمس عندما فجرت انتحارية نفسها وسط حفل زفاف في بلدة غوزا بولاية بورنو. ونسبت السلطات الهجوم"
        " إلى جماعة بوكو حرام.",
        lambda ev: [n.startswith("Boko Haram") for n in _names(ev, "actor1")] == [True],
    ),
    (  # a deal reached with the lam is made, not sought
        "reached",
        "التوصل",
        "أعلنت الفصائل أمس التوصل لاتفاق مع الجانب الروسي في مدينة بصرى الشام يقضي بتسليم السلاح الثقيل.",
        lambda ev: "Agreement" in _sub_types(ev),
    ),
]


@pytest.mark.parametrize(("group", "word", "sentence", "holds"), CASES, ids=[c[0] for c in CASES])
def test_each_group_is_what_the_rule_reads(
    extract_without: Callable[[str, str | None, str | None], list[Event]],
    group: str,
    word: str,
    sentence: str,
    holds: Callable[[list[Event]], bool],
) -> None:
    assert holds(extract_without(sentence, None, None)), "the sentence should give this with the file as it is"
    assert not holds(extract_without(sentence, group, word)), f"without {word!r} in {group} the rule should not fire"


def test_every_group_has_a_reader() -> None:
    """No group of the file is dead data: each is read by name somewhere in the extractors."""
    src = Path(cues_module.__file__).resolve().parents[1]
    code = "\n".join(p.read_text(encoding="utf-8") for p in src.rglob("*.py") if p.name != "cues.py")
    unread = [name for name in group_names() if not re.search(rf"\.{name}\b", code)]
    assert unread == []

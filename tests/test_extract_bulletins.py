"""Military bulletins and agency wires: present-tense verbs that tell what happened ("تصد"، "تقتل"), claims made
days after an attack, tolls told after it."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.model.events import EventType, SubEventType

PUB = dt.date(2017, 3, 5)  # a Sunday


def _events(text: str) -> list[marsad.model.Event]:
    return [e for e in marsad.extract(text, published=PUB).events if not e.historical]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("قوات الجيش تقتل 9 مسلحين في اشتباكات قرب قرية الشولا اليوم.", 9),
        ("طيران الجيش العراقي يدمر اليوم تجمعاً للإرهابيين في قضاء الحضر ويقتل 7 منهم.", 7),
        ("تفجير انتحاري في فندق ماريوت بإسلام آباد يقتل 60 شخصا على الأقل.", 60),
    ],
)
def test_a_present_tense_killing_verb_counts_its_dead(text: str, toll: int) -> None:
    (e,) = _events(text)
    assert e.fatalities == toll


@pytest.mark.parametrize(
    "text",
    [
        "قطعات الحشد الشعبي تصد تعرضاً لعصابات داعش غرب قضاء تلعفر مساء أمس السبت.",
        "قوات الحشد الشعبي تصد هجوماً لداعش غرب قضاء تلعفر مساء أمس السبت.",
        "وقال متحدث إن مقاتلي الحشد صدوا تعرضاً للتنظيم غرب قضاء تلعفر مساء أمس السبت.",
    ],
)
def test_an_attack_repelled_is_a_fight(text: str) -> None:
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.ARMED_CLASH
    assert {e.actor1.actor_id if e.actor1 else "", e.actor2.actor_id if e.actor2 else ""} >= {"ISIS"}


def test_the_date_of_a_claim_is_not_the_date_of_the_attack_it_claims() -> None:
    text = (
        "تبنت حركة الشباب، اليوم الأحد، التفجير الانتحاري الذي استهدف صباح السبت الماضي نقطة تفتيش في مقديشو"
        " وقتل ٧٩ شخصاً."
    )
    (e,) = _events(text)
    assert e.date is not None and e.date.iso() == "2017-03-04"


@pytest.mark.parametrize("moment", ["لحظة الانفجار", "عند الانفجار", "وقت الانفجار"])
def test_a_toll_at_the_moment_of_the_blast_told_is_that_blasts(moment: str) -> None:
    text = (
        "استهدف تفجير انتحاري بشاحنة مفخخة صباح السبت نقطة تفتيش في مقديشو. وارتفعت الحصيلة الرسمية للقتلى"
        f" إلى ٧٩ شخصاً، بينهم ١٦ طالباً كانوا على متن حافلة {moment}."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.SUICIDE_BOMB and e.fatalities == 79


def test_a_year_told_since_when_beside_the_day_dates_no_event_and_the_losers_withdrawal_is_the_takeover() -> None:
    text = (
        "قندوز – سيطر مقاتلو حركة طالبان أمس السبت على معظم أنحاء مدينة قندوز، في أكبر انتصار للحركة منذ الإطاحة"
        " بحكمها عام ٢٠٠١، بعد هجوم شنوه فجراً، تمكنوا خلاله من السيطرة على مقر قيادة الشرطة والسجن المركزي.\n"
        "وقالت وزارة الصحة إن ١٦ مدنياً على الأقل قتلوا في المعارك، في حين قال متحدث باسم الشرطة إن ١٤ من عناصر"
        " الأمن قتلوا.\nوانسحب الجنود وعناصر الشرطة إلى مطار المدينة."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.NON_STATE_OVERTAKES
    assert e.fatalities == 30 and e.date is not None and e.date.iso() == "2017-03-04"


PUB_EGYPT = dt.date(2017, 2, 24)  # a Friday


def test_a_claim_told_after_an_aside_names_the_doer_of_every_killing_before_it() -> None:
    text = (
        "وكان مسلحون قد قتلوا أمس الخميس مواطناً قبطياً أمام منزله في حي الضاحية بالعريش. وقبلها بيوم، مساء"
        " الأربعاء، قتل مسلحون طبيباً قبطياً في حي السلام بالمدينة. ولم تسجل الشرطة أي اعتقالات حتى الآن."
        " وأعلن تنظيم «ولاية سيناء»، فرع تنظيم داعش في مصر، في تسجيل مصور، مسؤوليته عن عمليات القتل."
    )
    events = [e for e in marsad.extract(text, published=PUB_EGYPT).events if not e.historical]
    assert len(events) == 2
    assert [e.actor1.name if e.actor1 else "" for e in events] == ["Islamic State (Egypt)"] * 2


@pytest.mark.parametrize(
    "claim",
    [
        "وأعلنت الشرطة، في بيان مقتضب، أنها لم تحدد بعد مسؤوليته عن الحادث.",
        "وأعلن تنظيم داعش في بيان أنه لا يتحمل مسؤوليته عن الهجوم.",
    ],
)
def test_an_announcement_that_denies_or_states_no_claim_names_no_doer(claim: str) -> None:
    text = "قتل مسلحون مجهولون ثلاثة مدنيين في مدينة العريش مساء أمس الخميس. " + claim
    (e,) = [e for e in marsad.extract(text, published=PUB_EGYPT).events if not e.historical]
    assert e.actor1 is not None
    assert e.actor1.name == "Unidentified Armed Group (Egypt)"


def test_a_toll_told_risen_after_an_accusation_replaces_the_first_count() -> None:
    text = (
        "انفجرت سيارة مفخخة ظهر اليوم قرب دوار السنتر وسط مدينة الباب، ما أدى إلى مقتل ستة أشخاص، وفق الدفاع"
        " المدني. ولم تتبن أي جهة التفجير، فيما اتهمت وزارة الدفاع في الحكومة المؤقتة وحدات حماية الشعب"
        " بالوقوف وراءه، وهو ما نفته الأخيرة. وبعد ساعات، أعلن الدفاع المدني ارتفاع عدد القتلى إلى ثمانية."
    )
    (e,) = [e for e in marsad.extract(text, published=PUB).events if not e.historical]
    assert e.fatalities == 8


def test_a_woman_and_her_child_are_two_dead() -> None:
    (e,) = [e for e in marsad.extract("قتلت امرأة وطفلها بقصف مدفعي على بلدة سرمين اليوم.", published=PUB).events]
    assert e.fatalities == 2


def test_a_whole_countrys_dead_told_after_the_figure_are_no_event() -> None:
    text = (
        "خرج الآلاف أمس في النجف بتظاهرات سلمية. وكانت الموجة الأولى من الاحتجاجات مطلع الشهر الجاري قد أسفرت"
        " عن مقتل نحو 150 شخصاً في أنحاء البلاد."
    )
    events = [e for e in marsad.extract(text, published=PUB).events if not e.historical]
    assert [e.event_type for e in events] == [EventType.PROTESTS]
    assert all(e.fatalities == 0 for e in events)


def test_wounded_said_to_come_on_top_add_no_dead_to_another_sources_count() -> None:
    text = (
        "فجر انتحاري حزامه الناسف صباح اليوم أمام بوابة معسكر في مديرية المنصورة بعدن. وقال مسؤول محلي إن 27"
        " جندياً قتلوا، فيما أكد مصدر طبي أن عدد القتلى بلغ 32 جندياً على الأقل، إضافة إلى عشرات الجرحى."
    )
    (e,) = [e for e in marsad.extract(text, published=PUB).events if not e.historical]
    assert e.fatalities == 27


def test_a_claim_two_sentences_on_over_the_toll_names_the_bomber() -> None:
    text = (
        "فجر انتحاري حزامه الناسف صباح اليوم أمام بوابة معسكر في مديرية المنصورة بعدن. وقال مسؤول محلي إن 27"
        " جندياً قتلوا في التفجير. وتبنى تنظيم الدولة الإسلامية الهجوم في بيان تداولته حسابات مقربة منه."
    )
    (e,) = [e for e in marsad.extract(text, published=PUB).events if not e.historical]
    assert e.actor1 is not None and e.actor1.name == "Islamic State (Yemen)"


@pytest.mark.parametrize(
    ("claim", "doer"),
    [
        # the group named first, its description, then its claim
        (
            "وقال المحافظ إن تنظيم القاعدة في جزيرة العرب الذي ينشط في المحافظة أعلن مسؤوليته عن التفجير.",
            "AQAP: Al Qaeda in the Arabian Peninsula",
        ),
        ("وذكرت مصادر محلية أن تنظيم الدولة الإسلامية تبنى الهجوم.", "Islamic State (Yemen)"),
        # (not its past claims of other attacks)
        (
            "ولم تعلن أي جهة مسؤوليتها، غير أن تنظيم الدولة الإسلامية سبق أن تبنى هجمات مماثلة في المدينة.",
            "Unidentified Armed Group (Yemen)",
        ),
    ],
)
def test_a_claim_told_after_the_groups_name_names_the_bomber(claim: str, doer: str) -> None:
    text = "انفجرت عبوة ناسفة صباح اليوم بدورية للجيش في مديرية المنصورة بعدن، ما أدى إلى مقتل ثلاثة جنود. " + claim
    (e,) = [e for e in marsad.extract(text, published=PUB).events if not e.historical]
    assert e.actor1 is not None and e.actor1.name == doer

"""One event per place and day: crowds told city by city and then quarter by quarter, "similar" clashes after
a riot (of the kind told before), bombs a side says hit it during a battle told before (the battle)."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad
from marsad.model.events import EventType, SubEventType

PUB = dt.date(2012, 4, 14)  # a Saturday


def _events(text: str, published: dt.date = PUB) -> list[marsad.model.Event]:
    return [e for e in marsad.extract(text, published=published).events if not e.historical]


def test_a_citys_protest_told_again_in_one_of_its_quarters_is_one_event_there() -> None:
    text = (
        "خرج آلاف المتظاهرين أمس الجمعة في مدينتي حمص وإدلب مطالبين بإسقاط النظام. وتظاهر المئات في حي الخالدية"
        " بحمص مرددين هتافات ضد النظام."
    )
    events = _events(text)
    assert sorted(e.place.location for e in events if e.place) == ["Homs - al-Khalidiyah", "Idleb"]
    assert all(e.event_type is EventType.PROTESTS for e in events)


def test_protests_in_two_quarters_of_a_city_stay_two() -> None:
    text = "تظاهر المئات أمس الجمعة في حي الخالدية بحمص، وخرجت تظاهرة أخرى في حي الوعر بالمدينة."
    assert len(_events(text)) == 2


def test_clashes_told_as_similar_after_a_riot_are_riots() -> None:
    text = (
        "رشق عشرات الشبان قوات الأمن بالحجارة وأغلقوا الطرق بالإطارات المشتعلة مساء أمس الأحد في حي التضامن غربي"
        " العاصمة تونس. كما شهدت مدينتا القصرين وسوسة مواجهات مماثلة حاول خلالها شبان اقتحام مقرات حكومية."
    )
    events = _events(text, dt.date(2021, 1, 18))
    assert len(events) == 3
    assert {e.sub_event_type for e in events} == {SubEventType.VIOLENT_DEMONSTRATION}


def test_bombs_a_side_says_hit_it_during_the_battle_told_before_are_the_battle() -> None:
    text = (
        "استشهد ثلاثة شبان فلسطينيين فجر اليوم خلال اقتحام قوات الاحتلال الإسرائيلي مخيم جنين، حيث اندلعت"
        " اشتباكات مسلحة استمرت أربع ساعات. وقال الجيش الإسرائيلي إن قواته تعرضت لإطلاق نار كثيف وعبوات ناسفة."
    )
    events = _events(text, dt.date(2023, 5, 16))
    assert [e.sub_event_type for e in events] == [SubEventType.ARMED_CLASH]


def test_an_arrest_told_as_a_raids_purpose_is_no_arrest() -> None:
    text = "اقتحمت قوة خاصة إسرائيلية حي الجابريات في مخيم جنين صباح اليوم لاعتقال مطلوبين، واندلعت اشتباكات مسلحة."
    events = _events(text, dt.date(2023, 3, 21))
    assert SubEventType.ARRESTS not in {e.sub_event_type for e in events}


def test_a_strike_back_told_later_without_a_place_is_another_event() -> None:
    text = (
        "قتل 7 مدنيين أمس الاثنين جراء سقوط قذائف أطلقتها قوات الدعم السريع على منازل في مدينة أم درمان. كما شن"
        " الطيران الحربي للجيش غارات على تجمعات للدعم السريع."
    )
    events = _events(text, dt.date(2023, 6, 13))
    assert len(events) == 2
    by_doer = {e.actor1.actor_id: e for e in events if e.actor1}
    assert by_doer["RSF"].fatalities == 7
    assert by_doer["RSF"].sub_event_type is SubEventType.SHELLING
    assert by_doer["SDN_STATE"].sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert by_doer["SDN_STATE"].actor2 is not None and by_doer["SDN_STATE"].actor2.actor_id == "RSF"


def test_the_same_doers_strike_told_again_stays_one_event() -> None:
    text = (
        "قتل 7 مدنيين أمس الاثنين جراء سقوط قذائف أطلقتها قوات الدعم السريع على منازل في مدينة أم درمان. وقال"
        " شهود إن قوات الدعم السريع قصفت الأحياء السكنية بعشرات القذائف."
    )
    assert len(_events(text, dt.date(2023, 6, 13))) == 1


def test_the_raid_of_an_abduction_is_no_arrest_beside_it() -> None:
    text = (
        "اختطفت مليشيا الحوثي فجر أمس الأربعاء ثلاثة معلمين من منازلهم في حي حدة بالعاصمة صنعاء، بعد مداهمتها من"
        " قبل عناصر تتبع جهاز الأمن والمخابرات، واقتادتهم إلى جهة مجهولة."
    )
    events = _events(text, dt.date(2024, 6, 6))
    assert [e.sub_event_type for e in events] == [SubEventType.ABDUCTION]


def test_a_crowds_fight_with_the_police_told_with_its_riot_is_the_riot() -> None:
    text = "أحرق محتجون مركزاً للشرطة في مدينة درعا أمس بعد اشتباكات مع قوات الأمن استمرت ساعات، قتل خلالها ثلاثة."
    (riot,) = _events(text)
    assert riot.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION
    assert riot.actor2 is not None and riot.actor2.inter == 1
    assert riot.fatalities == 3


def test_a_protest_that_turned_into_clashes_with_the_police_is_the_riot_told_next() -> None:
    text = (
        "تحولت تظاهرة خرجت أمس في مدينة درعا إلى صدامات مع قوات الأمن. "
        "وأقدم محتجون على تحطيم واجهات محال تجارية وإضرام النار في حاويات القمامة."
    )
    (riot,) = _events(text)
    assert riot.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION
    # (a protest met with no fight stays a protest of its own)
    calm = text.replace("إلى صدامات مع قوات الأمن", "إلى اعتصام أمام مبنى البلدية")
    assert len(_events(calm)) == 2


def test_arrests_told_three_sentences_after_the_protest_are_its_intervention() -> None:
    text = (
        "خرج آلاف المتظاهرين أمس الجمعة في مسيرات بمدينة حمص مطالبين برحيل الحكومة. "
        "وانطلقت المسيرات من ساحة الساعة وسط هتافات سلمية. "
        "ورفع المتظاهرون لافتات كتب عليها شعارات الثورة. "
        "وأعلنت الشرطة إصابة خمسة من عناصرها وتوقيف 45 شخصاً في حمص."
    )
    (e,) = _events(text)
    assert e.sub_event_type is SubEventType.PROTEST_WITH_INTERVENTION


def test_a_strikes_further_targets_told_in_their_own_clause_are_events_there() -> None:
    text = (
        "شنت طائرات حربية أمريكية فجر اليوم سلسلة غارات استهدفت مطار الحديدة، ما أدى إلى مقتل ثلاثة عناصر، كما"
        " استهدفت قاعدة الديلمي الجوية شمال العاصمة صنعاء."
    )
    events = _events(text, dt.date(2024, 1, 12))
    by_place = {e.place.location: e for e in events if e.place}
    assert set(by_place) == {"Al Hudaydah", "Sanaa"}
    # (the dead counted with the first target are its own: the further one takes only those named there)
    assert (by_place["Al Hudaydah"].fatalities, by_place["Sanaa"].fatalities) == (3, 0)


def test_a_crowds_verb_in_a_clause_and_at_a_place_of_its_own_is_another_crowd() -> None:
    text = (
        "نظم المئات أمس السبت وقفات سلمية في مدينة إربد، فيما أغلق شبان غاضبون في مدينة معان الطريق الصحراوي"
        " بالإطارات المشتعلة ورشقوا قوات الأمن بالحجارة."
    )
    events = {e.place.location if e.place else "": e.sub_event_type for e in _events(text, dt.date(2018, 6, 3))}
    assert events == {"Irbid": SubEventType.PEACEFUL_PROTEST, "Ma'an": SubEventType.VIOLENT_DEMONSTRATION}


def test_a_strike_told_only_as_its_launchers_claim_is_the_weapon_brought_down() -> None:
    text = (
        "أعلن تحالف دعم الشرعية مساء أمس الجمعة اعتراض وتدمير طائرة مسيرة مفخخة أطلقتها ميليشيا الحوثي باتجاه"
        " مدينة جازان. في المقابل، زعم المتحدث العسكري باسم الحوثيين أن قواته استهدفت مطار جازان بطائرات مسيرة."
    )
    events = _events(text, dt.date(2021, 11, 20))
    assert [e.sub_event_type for e in events] == [SubEventType.DISRUPTED_WEAPONS]


def test_a_crowd_met_with_lethal_force_in_one_city_was_not_in_another_where_nobody_died() -> None:
    text = (
        "قُتل متظاهر وأصيب العشرات أمس الإثنين خلال تظاهرات خرجت في العاصمة السودانية الخرطوم ومدينة أم درمان"
        " للمطالبة بالحكم المدني."
    )
    events = {e.place.location if e.place else "": e for e in _events(text, dt.date(2022, 1, 18))}
    assert events["Khartoum"].sub_event_type is SubEventType.EXCESSIVE_FORCE
    assert events["Omdurman"].sub_event_type is SubEventType.PEACEFUL_PROTEST
    assert not events["Omdurman"].civilian_targeting


@pytest.mark.parametrize(
    "claim",
    [
        # the doer's claim with a toll of its own: its figure does not replace the one told
        "وتبنت جماعة نصرة الإسلام والمسلمين الهجوم في بيان، زاعمة أنها قتلت العشرات من الجنود.",
        # the claim of a doer left unnamed, whatever target it claims
        "وأعلنت الجماعة مسؤوليتها عن الهجوم، زاعمة أنها استهدفت ميليشيات متطوعي الدفاع عن الوطن.",
    ],
)
def test_a_claim_of_an_attack_at_a_place_unknown_is_that_attack(claim: str) -> None:
    text = (
        "أعلن الجيش البوركيني أن مفرزة عسكرية في بلدة كومبري تعرضت الخميس الماضي لهجوم شنه مسلحون من جماعة نصرة "
        "الإسلام والمسلمين، فيما قُتل ثمانية جنود. " + claim
    )
    events = marsad.extract(text, published="2023-04-10").events
    assert len(events) == 1
    assert events[0].fatalities == 8
    assert all(ev.text != "العشرات من الجنود" for ev in events[0].evidence)


def test_a_claim_of_a_massacre_as_a_blow_to_the_army_is_that_massacre() -> None:
    text = (
        "قُتل العشرات من سكان بلدة برسالوغو شمال وسط بوركينا فاسو السبت الماضي في هجوم شنه مسلحون من جماعة نصرة "
        "الإسلام والمسلمين. وأعلنت الجماعة مسؤوليتها عن الهجوم، زاعمة أنها استهدفت «ميليشيات متطوعي الدفاع عن "
        "الوطن» وعناصر الجيش."
    )
    events = marsad.extract(text, published="2024-08-26").events
    assert [e.sub_event_type for e in events] == [SubEventType.ATTACK]


def test_a_city_named_as_its_governorates_capital_is_one_place() -> None:
    text = (
        "أعلن الجيش السوداني، أمس السبت، استعادة السيطرة الكاملة على مدينة سنجة عاصمة ولاية سنار، بعد معارك "
        "عنيفة مع قوات الدعم السريع."
    )
    events = marsad.extract(text, published="2024-11-24").events
    assert [(e.sub_event_type, e.place.location if e.place else "") for e in events] == [
        (SubEventType.GOVERNMENT_REGAINS, "Singa")
    ]


def test_weapons_a_side_seized_after_its_clash_are_the_clash() -> None:
    text = (
        "قُتل مسلح من جيش الشعب الجديد، أمس الخميس، في اشتباك مع دورية للجيش الفلبيني في منطقة جبلية. وأضاف "
        "البيان أن الجنود ضبطوا بندقيتين ومتفجرات يدوية الصنع في الموقع بعد انسحاب بقية المتمردين."
    )
    events = marsad.extract(text, published="2024-07-19").events
    assert [e.sub_event_type for e in events] == [SubEventType.ARMED_CLASH]


@pytest.mark.parametrize(
    "admission",
    [
        "وأقر المجلس العسكري الحاكم بتنفيذ الضربة، مؤكداً أنها استهدفت إرهابيين.",
        "وقال مسؤول محلي إن الهجوم استهدف حفلاً أقامه السكان.",
    ],
)
def test_a_strike_told_again_by_words_of_attacking_alone_is_the_strike(admission: str) -> None:
    # (a village the gazetteer lacks: neither event has a place)
    text = "قُتل 12 شخصاً أمس الجمعة في غارة جوية شنها الجيش على تجمع لسكان قرية بازيجي. " + admission
    (e,) = _events(text)
    assert (e.sub_event_type, e.fatalities) == (SubEventType.AIR_DRONE_STRIKE, 12)


def test_a_group_telling_it_struck_what_was_bombed_by_nobody_named_is_its_doer() -> None:
    text = (
        "تعرض خط أنابيب للنفط يوم السبت لتفجير بعبوة ناسفة في منطقة ريفية تابعة لبلدية ساراڤينا. وقال جيش التحرير"
        " الوطني في بيان إن عناصره استهدفوا الأنبوب."
    )
    (e,) = _events(text, dt.date(2019, 7, 15))
    assert e.sub_event_type is SubEventType.REMOTE_EXPLOSIVE
    assert e.actor1 is not None and e.actor1.name == "ELN: National Liberation Army"


def test_the_attackers_arson_told_next_by_a_spokesman_is_part_of_their_attack() -> None:
    # (the police whose spokesman tells it are no side of the arson; the arson, by nobody else named, is the
    # attack's)
    text = (
        "قالت الشرطة النيجيرية إن مسلحين هاجموا قرية في منطقة غوساو بولاية زامفارا مساء الأربعاء، فقتلوا 12 قروياً"
        " وخطفوا 30 آخرين، معظمهم من النساء. وأضاف متحدث باسم الشرطة أن المهاجمين، الذين جاؤوا على دراجات نارية،"
        " أضرموا النار في منازل قبل فرارهم."
    )
    (e,) = _events(text, dt.date(2021, 4, 15))
    assert (e.sub_event_type, e.fatalities) == (SubEventType.ATTACK, 12)
    assert e.actor1 is not None and e.actor1.name == "Unidentified Armed Group (Nigeria)"


def test_a_crowds_arson_in_a_clause_and_at_a_place_of_its_own_is_another_crowd() -> None:
    text = (
        "اقتحم مئات المحتجين أمس مقر الحاكم في مدينة لاهور وأضرموا النار في أجزاء منه، فيما رشق محتجون الشرطة"
        " بالحجارة في مدينة كويتا."
    )
    events = {e.place.location if e.place else "": e.sub_event_type for e in _events(text, dt.date(2023, 5, 10))}
    assert events == {"Lahore": SubEventType.VIOLENT_DEMONSTRATION, "Quetta": SubEventType.VIOLENT_DEMONSTRATION}


def test_civilians_of_two_peoples_harmed_at_one_place_and_day_are_two_events() -> None:
    text = (
        "أصيب ثلاثة مستوطنين بجروح صباح أمس برصاص مسلحين أطلقوا النار على سيارتهم قرب قرية سنجل. وفي المساء هاجم"
        " عشرات المستوطنين القرية وأحرقوا منازل ومركبات للفلسطينيين، ما أدى إلى إصابة خمسة مواطنين."
    )
    events = _events(text, dt.date(2023, 6, 22))
    pairs = sorted((e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "") for e in events)
    assert pairs == [
        ("Settlers (Israel)", "Civilians (Palestine)"),
        ("Unidentified Armed Group (Palestine)", "Civilians (Israel)"),
    ]


def test_youths_on_one_side_of_confrontations_after_an_aside_are_rioters() -> None:
    text = (
        "اندلعت مواجهات ليل الخميس، لليلة الثانية على التوالي، بين عشرات الشبان وقوات الأمن في حي التضامن غربي"
        " العاصمة تونس."
    )
    (e,) = _events(text, dt.date(2021, 6, 11))
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION


def test_clashes_told_as_similar_with_the_arrests_made_in_them_are_the_riot() -> None:
    text = (
        "رشق عشرات الشبان قوات الأمن بالحجارة ليل الخميس في حي التضامن غربي العاصمة تونس. وكانت مواجهات مماثلة"
        " قد اندلعت ليل الأربعاء في الحي نفسه، واعتقلت الشرطة خلالها 12 شخصاً."
    )
    events = _events(text, dt.date(2021, 6, 11))
    assert [(e.sub_event_type, e.date.iso() if e.date else "") for e in events] == [
        (SubEventType.VIOLENT_DEMONSTRATION, "2021-06-10"),
        (SubEventType.VIOLENT_DEMONSTRATION, "2021-06-09"),
    ]


def test_the_attackers_firing_on_the_crowds_told_again_with_no_place_is_the_attack() -> None:
    """ "فتحوا النار على الحشود": the crowd is the attack's victims, not a kind of violence of its own."""
    text = (
        "قتل مسلحون عشرة قرويين أمس في هجوم على بلدة تاغاليكو شمال بوركينا فاسو. وقال ناجون إن المهاجمين وصلوا"
        " على دراجات نارية وفتحوا النار على الحشود."
    )
    events = _events(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.ATTACK, 10)]


def test_the_other_sides_claim_of_the_strike_at_the_city_told_again_is_the_strike() -> None:
    """ "قالت وزارة الدفاع الروسية إنها استهدفت مواقع ... في المدينة": the strike told before, at its city."""
    text = (
        "قتل خمسة مدنيين صباح اليوم جراء قصف صاروخي روسي استهدف حياً سكنياً في مدينة خاركيف شمال شرقي أوكرانيا. من"
        " جهتها، قالت وزارة الدفاع الروسية إنها استهدفت مواقع لتجميع المرتزقة في المدينة."
    )
    events = _events(text, dt.date(2024, 1, 18))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.SHELLING, 5)]


def test_a_foreign_forces_fight_told_before_a_riot_at_its_place_is_the_riot() -> None:
    """Israel's forces in the West Bank are external (inter 8): their fight with nobody named, told right before
    the youths' riot against them, is that riot."""
    text = (
        "استشهد شاب فلسطيني برصاص قوات الاحتلال الإسرائيلي فجر اليوم، خلال مواجهات اندلعت في بلدة قباطية جنوب"
        " جنين. وأفادت مصادر محلية بأن عشرات الشبان رشقوا الدوريات العسكرية بالحجارة والزجاجات الحارقة، فيما رد"
        " الجنود بإطلاق الرصاص الحي."
    )
    events = _events(text, dt.date(2023, 7, 6))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(SubEventType.VIOLENT_DEMONSTRATION, 1)]

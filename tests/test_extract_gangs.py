"""Haiti's gangs: named by their heads and in quotes, their massacres attacks on civilians, their arson no riot."""

from __future__ import annotations

import marsad
from marsad.model.events import SubEventType


def test_gunmen_of_a_gang_named_in_quotes_are_the_gang_and_its_massacre_an_attack() -> None:
    text = (
        'قتل مسلحون من عصابة "غران غريف" ما لا يقل عن 70 شخصاً، بينهم عشر نساء، في هجوم شنّوه فجر الخميس على'
        " بلدة بون سوندي وسط هايتي. وأفاد سكان بأن المسلحين أحرقوا 45 منزلاً و34 سيارة."
    )
    events = marsad.extract(text, published="2024-10-05").events
    # (the gunmen's arson, told again with "المسلحين", is no riot of a crowd against the gang)
    assert [e.sub_event_type for e in events] == [SubEventType.ATTACK]
    (e,) = events
    assert e.actor1 is not None and e.actor1.name == "Gran Grif Gang"
    assert e.actor2 is not None and e.actor2.name == "Civilians (Haiti)"
    assert e.fatalities == 70


def test_gunmen_of_a_gang_coalition_taking_a_town_from_the_police() -> None:
    text = (
        "سيطر مسلحون من تحالف العصابات 'فيف أنسانم'، الاثنين، على مدينة ميرباليه بعد هجوم عنيف على مركز الشرطة"
        " والسجن المدني في هايتي."
    )
    (e,) = marsad.extract(text, published="2025-04-01").events
    assert e.sub_event_type is SubEventType.NON_STATE_OVERTAKES
    assert e.actor1 is not None and e.actor1.name == "Viv Ansanm"
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Haiti (2024-)"


def test_an_armed_attack_on_a_town_whose_dead_are_people_is_an_attack_on_civilians() -> None:
    # no other armed side and no fight told: the dead are the town's people
    text = "هاجم مسلحون من عصابة غران غريف بلدة بوتيت ريفيير في وسط هايتي فجر الثلاثاء وقتلوا 15 شخصاً."
    (e,) = marsad.extract(text, published="2025-03-13").events
    assert e.sub_event_type is SubEventType.ATTACK
    assert e.actor1 is not None and e.actor1.name == "Gran Grif Gang"
    # ... but a fight told keeps it a battle
    text = "هاجم مسلحون بلدة في وسط هايتي فجر الثلاثاء واندلعت اشتباكات قتل فيها 15 شخصاً."
    (e,) = marsad.extract(text, published="2025-03-13").events
    assert e.sub_event_type is SubEventType.ARMED_CLASH

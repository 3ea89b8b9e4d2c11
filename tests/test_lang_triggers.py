"""The trigger and modifier families: schema, hygiene, and one sentence per family."""

from __future__ import annotations

from dataclasses import replace

import pytest

import marsad
from marsad.errors import LanguageDataError
from marsad.extractors.actors import ActorStage
from marsad.extractors.text_stage import TextStage
from marsad.extractors.triggers import TriggerStage
from marsad.lang.triggers import _check_flags, _dropped_families, lint_triggers, load_triggers
from marsad.model.document import Document


def test_triggers_lint_clean() -> None:
    assert lint_triggers(load_triggers()) == []


def _triggers(text: str) -> list[tuple[str, set[str]]]:
    doc = Document(text=text)
    TextStage()(doc)
    TriggerStage()(doc)
    return [(t.family, t.flags) for t in doc.triggers]


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("سيطرت القوات على القرية بعد معارك", "capture"),
        ("استعاد الجيش البلدة", "capture"),
        ("فجر انتحاري حزامه الناسف داخل مطعم", "suicide"),
        # the verb before its subject, "الأمن والاستقرار" after it
        ("أعادت وحدات من الجيش اليوم الأمن والاستقرار إلى حي الشيخ سعيد", "capture"),
        ("توغلت الدبابات داخل الحي", "entry"),
        # a counted crowd dispersed is a gathering
        ("استخدمت الشرطة الغاز المسيل للدموع لتفريق آلاف النقابيين", "protest"),
        # a procession of Sudan's protests, met with gas or setting out
        ("أطلقت الشرطة الغاز المسيل للدموع على موكب سار في شارع الأربعين", "protest"),
        ("خرج موكب آخر في الخرطوم بحري", "protest"),
        ("أطلق جنود الاحتلال قنابل الغاز المسيل للدموع بكثافة على المشاركين", "protest"),
        ("أطلقت قوات الدرك الغاز المسيل للدموع لتفريق مجموعة حاولت اختراق الطوق", "protest"),
        ("اندلعت اشتباكات عنيفة بين الطرفين", "clash"),
        ("شنت طائرات حربية غارات على البلدة", "airstrike"),
        ("أدانت البعثة الضربة الجوية التي استهدفت الكلية العسكرية", "airstrike"),
        # shells that fell, counted between the verb and the noun
        ("سقطت أربع قذائف هاون على محيط المجمع", "shelling"),
        ("قتل ثلاثة مدنيين في الغارة الجوية على السوق", "airstrike"),
        ("سقطت قذائف هاون على السوق", "shelling"),
        ("انفجرت عبوة ناسفة بدورية", "ied"),
        ("فجر انتحاري نفسه عند الحاجز", "suicide"),
        ("اغتال مسلحون قاضيا", "assassination"),
        ("اختطف مسلحون سائقين", "abduction"),
        ("اعتقلت قوات الأمن عشرة شبان", "arrest"),
        ("خرجت مظاهرة في وسط المدينة", "protest"),
        ("اندلعت أعمال شغب ليلا", "riot"),
        ("كان محتجون قد اقتحموا القنصلية وأضرموا فيها النيران", "riot"),
        ("عمد عدد من الشبان إلى تحطيم واجهات محال ومصارف", "riot"),
        ("توصل الطرفان إلى اتفاق لوقف إطلاق النار", "agreement"),
        # a prisoner exchange, with the lam ("تبادل للأسرى") as with the article
        ("أنجزت أمس عملية تبادل للأسرى بين الطرفين", "agreement"),
        ("انسحبت القوات من المدينة", "withdrawal"),
        ("خرجت البلدة عن سيطرة الحكومة", "loss"),
        ("بقيت القرية تحت سيطرة الفصائل", "control_state"),
        ("نهب مسلحون المحلات", "looting"),
        # fire set by settlers is property destroyed; by a crowd, a riot
        ("أضرم مستوطنون النار في أشجار الزيتون", "looting"),
        ("أضرم محتجون النار في مبنى البلدية", "riot"),
        ("كما حطم محتجون واجهة مكتب الحزب في المدينة", "riot"),
        # property seized, the doers named between the verb and what they took
        ("اقتحم مستوطنون التجمع البدوي واستولوا على نحو 60 رأساً من الأغنام", "looting"),
        ("قطع مستعمرون نحو أربعين شجرة زيتون معمرة", "looting"),
        ("ضبطت قوات الأمن مستودعاً يحوي أسلحة وذخائر متنوعة", "disrupted"),
        ("جاء ذلك بعد ساعات من اقتحام محتجين غاضبين مقر القنصلية في النجف", "riot"),
        ("أقدم عناصر الفصيل على قطع عشرات أشجار الزيتون", "looting"),
        # two car bombs going off
        ("قتل عشرات المدنيين في انفجار سيارتين مفخختين قرب مبنى الوزارة", "ied"),
        # the shooter named between the verb and the fire, in three words
        ("فتحت قوات الاحتلال الإسرائيلي النار على الحشود", "attack"),
        ("أطلقت قوات الأمن المركزي النار على المحتجين", "shooting"),
    ],
)
def test_each_family_has_a_trigger(sentence: str, family: str) -> None:
    assert family in [f for f, _ in _triggers(sentence)]


def test_capture_needs_its_object() -> None:
    assert "capture" not in [f for f, _ in _triggers("تحدث عن السيطرة")]


def test_security_restored_needs_the_verb_before_it() -> None:
    assert "capture" not in [f for f, _ in _triggers("دعا الوزير إلى إعادة الأمن والاستقرار إلى المنطقة")]
    assert "capture" in [f for f, _ in _triggers("أعادت القوات الأمن والاستقرار إلى المنطقة")]


def test_cutting_needs_trees() -> None:
    assert "looting" not in [f for f, _ in _triggers("قطع المحتجون الطريق الدولي بالإطارات المشتعلة")]


def test_fell_needs_hands() -> None:
    assert "capture" not in [f for f, _ in _triggers("سقطت عليها قذائف")]
    assert "capture" in [f for f, _ in _triggers("سقطت المدينة بيد المسلحين")]
    # over the town's description
    assert "capture" in [f for f, _ in _triggers("سقطت مدينة سربل، عاصمة الولاية التي تحمل الاسم ذاته، في يد الحركة")]


def test_a_place_said_to_have_come_under_control_is_taken() -> None:
    assert "capture" in [f for f, _ in _triggers("وأكد مسؤولون أن المدينة باتت تحت سيطرتهم بالكامل")]
    # (under control, with no word of becoming, is who holds it)
    assert "capture" not in [f for f, _ in _triggers("وتقع المدينة تحت سيطرتهم منذ سنوات")]


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("لم تسجل اشتباكات في المنطقة", "negated"),
        ("كما طال قصف مدفعي أطراف البلدة", "occurred"),
        ("هدد التنظيم بتنفيذ هجمات", "future"),
        ("في محاولة للتقدم نحو البلدة", "attempted"),
        # the lam of purpose on a deal: sought, not made
        ("قبل أن تتدخل وساطة لوقف إطلاق النار", "future"),
        ("في ظل استمرار غارات عنيفة", "ongoing"),
        # ground held for hours only
        ("وسيطروا على مقر الإدارة المحلية لساعات قبل أن ينسحبوا", "held_briefly"),
        ("تدور اشتباكات شبه يومية", "habitual"),
        # figurative: an opportunity "killed", a season "entered"
        ("قال الوزير إن العقوبات تقتل أي فرصة للتعافي الاقتصادي", "figurative"),
        # from_time_to_time: what a place sees from time to time
        ("وتشهد البلدة بين الحين والآخر هجمات", "habitual"),
        # a span within one day hides the habitual "طوال"
        ("تعرضت البلدة لقصف متقطع طوال النهار", "within_a_day"),
        ("شنت طائرات حربية غارات على البلدة", "aircraft"),
        ("شن الإعلامي هجوماً لاذعاً على الحكومة", "figurative"),
        ("قتل رجل شقيقه إثر خلافات عائلية", "criminal"),
        ("قتل 45 شخصاً خلال شهر أيار", "aggregate"),
        ("وسيطرت الفصائل خلال أيام على مدينتي حلب وحماة", "aggregate"),
        ("ونظمت الحركة منذ تأسيسها عدة مظاهرات", "aggregate"),
        ("وكانت المدينة قد شهدت في السنوات الماضية تفجيرات انتحارية", "aggregate"),
        ("وقُتل خلالها نحو 150 شخصاً في أسبوع واحد", "aggregate"),
        ("وتعيد المسيرة إلى الأذهان اقتحام محتجين مبنى البرلمان", "reference"),
        ("ومذكراً بأن المواجهات التي شهدتها المدينة في آب الماضي أودت بحياة العشرات", "reference"),
        ("حذر المبعوث من مخاطر تجدد الاشتباكات المسلحة في العاصمة", "future"),
        ("حذرت الشرطة من مخططات لجماعة مسلحة لشن هجمات انتحارية", "future"),
        ("وتوزع باقي القتلى على محافظات درعا وإدلب وحماة وحلب", "aggregate"),
        ("وبذلك ترتفع حصيلة القتلى منذ بدء الحرب إلى 3000", "running_total"),
        # a threat reaches over its subject and the statement to what it threatens
        ("هددت الحركة في بيان نشرته على موقعها الالكتروني امس بشن هجمات على القوات", "future"),
        # "after" with a span of hours and no event after it tells when, not why (time_after, not cause)
        ("وردّ الحزب بعد ساعات باستهداف الموقع", "time_after"),
        # a call to protest, with the callers' pronoun
        ("اعتقلت الشرطة ناشطين على خلفية دعوتهم إلى تظاهرات", "future"),
        # the people involved in an act name it, they do not report it
        ("وأعلن الجيش أنه أوقف عدداً من المتورطين في إطلاق النار", "generic"),
        # talks named by what they are about are talk about a deal
        ("كان من الوجهاء الذين شاركوا في مفاوضات التسوية مع الجانب الروسي", "generic"),
        # so does preparing, over the preparer's name and its backers
        ("تستعد قوات سوريا الديمقراطية بدعم من التحالف الدولي لإطلاق ما تسميها المرحلة الأخيرة من معركة", "future"),
        # what a crowd protests against
        ("خرج المئات في مسيرة احتجاجا على القصف", "protested"),
        # the wounded visited: people of an event told before
        ("وتفقد الوزير عددا من الجرحى في المستشفى", "reference"),
        ("أطلق سراحه بعد نحو عامين من اعتقاله", "reference"),
        # what goes on despite a bombardment told before does not tell it again
        ("رغم القصف، خرجت مظاهرة حاشدة بعد صلاة الجمعة", "reference"),
        ("ووصل عدد القتلى إلى 38 منذ اغتيال رئيسة الوزراء", "reference"),
        ("عزل ضباط بسبب رفضهم قتل المتظاهرين", "negated"),
        ("وسيقصف الطيران المنطقة", "future"),
        ("أطلق الجيش عملية عسكرية لتحرير المدينة", "future"),  # the lam of purpose on taking ground
        ("نفى الجيش صحة أنباء عن هجوم على حاجز", "denied_report"),
        ("شن لاعبو الفريق هجوماً كاسحاً على مرمى الخصم", "sports"),
        ("حذر من المواجهات العسكرية المحتملة", "possible_after"),
        ("لقي 14 شخصاً مصرعهم جراء سيول جارفة اجتاحت مديريات عدة", "disaster"),
        ("تجمع محتجون احتجاجاً على اتهامات باغتصاب فتاة على يد ضابط", "charge"),
        ("نفذت القوات رمايات وقصفاً مدفعياً على أهداف افتراضية خلال التمرين العسكري المشترك", "drill"),
        ("ألقت طائرة مسيّرة عبوات ناسفة على قاعدة عسكرية", "dropped"),
        # angered_by, angered_by_cause: what a crowd is angered by is its grievance
        ("تظاهر الآلاف غضبا من استمرار القصف على المدينة", "protested"),
        ("تظاهر الآلاف غضبا من استمرار القصف على المدينة", "cause"),
    ],
)
def test_modifiers_flag_the_trigger(sentence: str, flag: str) -> None:
    assert any(flag in flags for _, flags in _triggers(sentence))


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("نظم ذوو المختطفين وقفة احتجاجية أمام مبنى المحافظة", "abduction"),  # kin_of
        ("أعلن المحافظ استقالته احتجاجاً على سفك الدماء", "protest"),  # protest_by_act
        ("شن الجيش غارة بطائرة مسيرة على تجمع للمسلحين قال إنها أسفرت عن تحييد عشرات الإرهابيين", "protest"),
        # goods_entered, over the longer phrase of a crowd's wait that holds its words
        ("استشهد شرطيان أثناء تأمين دخول شاحنات المساعدات إلى المدينة", "entry"),
        ("سمحت السلطات بدخول الوقود إلى المدينة", "entry"),
        # building_entered: a medical compound reached
        ("أصيب الشاب برصاصة في الرأس ووصل إلى مجمع فلسطين الطبي بحالة حرجة", "entry"),
        # evacuated: the wounded carried away by helicopter
        ("جرى إجلاء المصابين بمروحية إلى المستشفى الميداني", "injury"),
        ("جرى إجلاء المصابين بمروحية إلى المستشفى الميداني", "airstrike"),
        # liberation_name: a body named for the ground it would free
        ("قالت جبهة تحرير أزواد في بيان إن طائرة مسيرة قصفت سوقاً", "capture"),
        # state_entered: a country entering a spiral or a stage, no forces into ground
        ("دخلت مالي دوامة لم تخرج منها حتى اليوم", "entry"),
        ("دخلت البلاد في مرحلة جديدة من الصراع", "entry"),
        # burst_out: what a verb of bursting set off, no blast
        ("فجّرت تصريحات الوزير أزمة سياسية في البلاد", "explosion"),
        ("فجر القرار جدلاً واسعاً بين النواب", "explosion"),
        # gang_of: a gang named by its crime
        ("اعتقلت الشرطة أربعة أشخاص يشتبه بانتمائهم إلى عصابة خطف", "abduction"),
        ("حذر الوزير من أزمة المحروقات مع دخول فصل الشتاء", "entry"),
        # trading halted: nobody arrested
        ("أوقفت بورصة الكويت التداول بعد هبوط مؤشرها العام", "arrest"),
        # the areas of the fighting told, and weather sweeping a place
        ("أجلت فرق الإسعاف العائلات العالقة في مناطق الاشتباك", "clash"),
        ("اجتاحت عاصفة ترابية كثيفة العاصمة أمس", "entry"),
        # a deal called for: none made
        ("دعت بعثة الأمم المتحدة إلى هدنة إنسانية لمدة ساعتين لإجلاء الجرحى", "agreement"),
        # a deal talks are about, and one sought: none made
        ("اختتم الوفد جولة من المحادثات بشأن اتفاق سلام", "agreement"),
        ("تتواصل جهود الوسطاء لإبرام هدنة جديدة", "agreement"),
        # (and the deal conjoined to the talks' topic)
        ("اختتم الوفد جولة من المحادثات بشأن هدنة في المدينة وتبادل الأسرى", "agreement"),
    ],
)
def test_modifiers_that_drop_a_family(sentence: str, family: str) -> None:
    assert all(fam != family for fam, _ in _triggers(sentence))


def test_a_tankers_blast_after_a_crash_is_an_accident() -> None:
    flags = _triggers("وقع حادث تصادم بين صهريج لنقل الغاز وحافلة ركاب، أعقبه انفجار الصهريج")
    assert any("accident" in f for fam, f in flags if fam == "explosion")


def test_an_elections_first_round_is_no_match() -> None:
    flags = _triggers("أحرق شبان الإطارات احتجاجاً على فوز مرشح الأغلبية من الشوط الأول للانتخابات")
    assert flags and all("sports" not in f for _, f in flags)


def test_modifier_in_another_clause_does_not_apply() -> None:
    flags = _triggers("لم يعلق الجيش، وقتل ثلاثة جنود")
    assert all("negated" not in f for _, f in flags)


def _strengths(text: str) -> dict[str, int]:
    doc = Document(text=text)
    TextStage()(doc)
    TriggerStage()(doc)
    return {text[t.span.start : t.span.end]: t.strength for t in doc.triggers}


@pytest.mark.parametrize(
    ("sentence", "word", "strength"),
    [
        ("قتل مسلحون ثلاثة رعاة قرب القرية", "قتل", 3),
        ("وقتل جنديان في الهجوم", "قتل", 3),
        ("اتهمته النيابة بقتل ثلاثة رعاة", "قتل", 2),
        ("تحدث الشهود عن القتل في القرية", "قتل", 2),
        ("أدى الانفجار الى قتل خمسة أشخاص", "قتل", 2),
        # the object of a finite "نفذ/شن", of "حاول" (attacks), of a periphrastic "did", or after "تعرض"
        ("نفذ مسلحون هجوماً على الحاجز", "هجوماً", 3),
        # ... or of the verb right after it, carrying its pronoun
        ("رصد المرصد هجوماً نفذه مسلحون على الحاجز", "هجوماً", 3),
        ("تحدث الشهود عن غارات شنتها طائرات حربية", "غارات", 3),
        ("تحدث الشهود عن غارات مجهولة المصدر", "غارات", 2),
        # a crowd going on with its own protests: the verb tells it
        ("واصل آلاف الأردنيين، مساء أمس السبت، احتجاجاتهم قرب مبنى رئاسة الوزراء", "واصل", 3),
        ("هدد الزعيم بشن هجمات على السفن", "هجمات", 1),
        ("حاول مسلحون اغتيال القاضي", "اغتيال", 3),
        ("قامت امرأة بتفجير نفسها", "بتفجير", 3),
        # ... or after ب, of a verb reporting it
        ("أفاد سكان باشتباكات متقطعة في محيط المطار", "اشتباكات", 3),
        ("تعرض حاجز لقوات النظام لهجوم", "هجوم", 3),
    ],
)
def test_a_verb_form_read_as_its_verbal_noun_is_weaker(sentence: str, word: str, strength: int) -> None:
    assert _strengths(sentence)[word] == strength


@pytest.mark.parametrize(
    "sentence",
    ["تتزايد حوادث القتل والخطف في المدينة", "يتهمونه بالمسؤولية عن اختطاف وقتل المدنيين"],
)
def test_listed_kinds_of_violence_are_generic(sentence: str) -> None:
    violent = [flags for fam, flags in _triggers(sentence) if fam in ("killing", "abduction")]
    assert len(violent) == 2 and all("generic" in f for f in violent)


def test_the_words_of_a_quoted_groups_name_modify_no_trigger() -> None:
    text = 'أفادت البعثة بأن مسلحين من جماعة "العودة والمطالبة وإعادة التأهيل" (3R) اغتصبوا خمس نساء أمس'
    assert [(fam, "future" in flags) for fam, flags in _triggers(text)] == [("sexual_violence", False)]


@pytest.mark.parametrize("word", ["احتجازها", "اعتقاله"])
def test_the_time_someone_was_held_tells_no_arrest(word: str) -> None:
    assert [fam for fam, _ in _triggers(f"توفيت الشابة أثناء {word} لدى الشرطة")] == []
    # (an arrest made during something else is one)
    assert "arrest" in [fam for fam, _ in _triggers("اعتقلت الشرطة خمسة شبان أثناء مداهمة")]


def test_a_relative_clause_describing_talk_is_talk() -> None:
    assert all("generic" in f for _, f in _triggers("فتحت النيابة ملف الاغتيالات الغامضة التي استهدفت الناشطين"))
    # a clause describing an event noun told as news stays news
    assert all("generic" not in f for _, f in _triggers("نفذ مسلحون هجوما، الذي استهدف القافلة"))


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        # an event noun with a verb of occurrence right after it is reported like "وقع انفجار"
        ("وذكر شاهد ان انفجارين وقعا في سوق مكتظ", 3),
        ("انفجار هز وسط المدينة", 3),
        # ... not with another verb after it
        ("انفجار في وسط المدينة", 2),
    ],
)
def test_an_event_noun_then_its_verb_of_occurrence_is_reported(sentence: str, strength: int) -> None:
    doc = Document(text=sentence)
    TextStage()(doc)
    TriggerStage()(doc)
    assert [t.strength for t in doc.triggers if t.family == "explosion"] == [strength]


def test_killed_and_wounded_is_not_a_list_of_kinds() -> None:
    assert all("generic" not in f for _, f in _triggers("سقط قتلى وجرحى في القصف"))


@pytest.mark.parametrize(
    ("sentence", "is_protest"),
    [
        ("هتف المتظاهرون بشعارات ضد الحكومة", True),
        ("تجمع نحو مائة متظاهر أمام البلدية", True),
        ("خرج مئات من الأهالي احتجاجا على انقطاع الكهرباء", True),
        ("خرج الوزير من الاجتماع دون تعليق", False),
        ("توجه الوفد إلى العاصمة صباحا", False),
        # supporters or a counted group gathering
        ("تجمع عدد من أنصار الحزب أمام المقر", True),
        ("تجمع الركاب في المحطة", False),
        # a drone ("طائرة مسيرة") before the gathering is no march ("مسيرة") of its crowd
        ("قصفت طائرة مسيرة إسرائيلية تجمعا للمواطنين قرب السوق", False),
        # a crowd waiting for aid
        ("فتح الجنود النار على آلاف المواطنين الذين تجمعوا في انتظار شاحنات المساعدات", False),
        ("تجمع المئات في انتظار وصول الطحين إلى المخيم", False),
    ],
)
def test_a_crowd_verb_is_a_protest_only_with_protesters_or_a_purpose(sentence: str, is_protest: bool) -> None:
    assert ("protest" in [f for f, _ in _triggers(sentence)]) is is_protest


@pytest.mark.parametrize(
    "text",
    [
        "ردد نحو مئة شخص هتافات مناهضة للحكومة في شارع البحر",
        # a march said to have taken place
        "فيما جرت مسيرة بجاية دون حوادث",
    ],
)
def test_chants_or_a_march_that_took_place_are_a_protest_of_their_own(text: str) -> None:
    doc = Document(text=text)
    TextStage()(doc)
    TriggerStage()(doc)
    assert any(t.family == "protest" and t.strength >= 2 for t in doc.triggers)


def test_a_verb_of_repeating_without_chants_is_no_protest() -> None:
    doc = Document(text="ردد الوزير الكلام نفسه أمام البرلمان")
    TextStage()(doc)
    TriggerStage()(doc)
    assert doc.triggers == []


def test_one_form_in_two_families_needs_context_words_for_each() -> None:
    from dataclasses import replace

    lex = load_triggers()
    loss = next(t for t in lex.triggers if t.family.id == "loss" and t.needs)
    protest = next(t for t in lex.triggers if t.family.id == "protest" and not t.needs)
    clash = replace(protest, form=loss.form, id=f"protest:{loss.form}")
    assert any("several families" in p for p in lint_triggers(replace(lex, triggers=(*lex.triggers, clash))))
    told_apart = replace(clash, needs=("متظاهرون",))
    assert lint_triggers(replace(lex, triggers=(*lex.triggers, told_apart))) == []


@pytest.mark.parametrize(
    ("sentence", "family", "flag"),
    [
        ("انفجرت سيارة مفخخة قرب مقر المحافظة", "ied", "site"),
        ("تظاهر المئات غداة الهجوم على القرية", "attack", "reference"),
        # a match's score
        ("شن الأهلي هجوماً كاسحاً على الزمالك بعد فوزه بأربعة أهداف مقابل هدف واحد", "attack", "sports"),
        # national teams' qualifiers
        ("التقى المنتخبان في التصفيات المؤهلة، وانتزع الضيوف التعادل في الدوحة", "capture", "sports"),
        # the port's stored chemicals blowing up
        ("وكان انفجار المرفأ قد أودى بحياة أكثر من 150 شخصاً وأصاب الآلاف", "explosion", "accident"),
        # the dead of an earlier wave of protests, told by its order
        ("وتأتي هذه الاحتجاجات بعد موجة أولى مطلع الشهر الجاري قتل فيها نحو 150 شخصاً", "killing", "aggregate"),
        # a film's scenes
        ("ويعيد الفيلم تصوير معارك طاحنة بين المجاهدين وقوات الاحتلال في الجبل الأخضر", "clash", "fiction"),
        # the dead buried
        ("وشيعت اليوم من المشفى العسكري جثامين الشهداء الثلاثة إلى مثواهم الأخير", "killing", "reference"),
        # visited over the visitor's full name
        ("زار الرئيس حسن شيخ محمود جرحى الهجوم في المستشفى", "attack", "reference"),
        # what goes on "until" a place is freed
        ("أكد الوزير أن العمليات ستستمر حتى تحرير كامل التراب الوطني", "capture", "future"),
        # what forces get ready for
        ("وصلت تعزيزات إلى قاعدة الحبانية استعداداً لهجوم مضاد لاستعادة المدينة", "attack", "future"),
        # a shot at goal told as a shell
        ("وأطلق مهاجم الفريق قذيفة صاروخية ارتطمت بالعارضة في الدقيقة العاشرة", "shelling", "sports"),
        # a film's making
        ("واستعان فريق العمل بخبراء لإعادة تمثيل مشاهد الانفجارات والاشتباكات في أزقة المدينة", "clash", "fiction"),
        # what the accused of a trial are charged with
        ("ويتهم المدعى عليهم بتأليف مجموعات مسلحة وإطلاق القذائف على الأحياء السكنية", "shelling", "court"),
        # sentences passed by a body the court words do not name, over the case's killing
        (
            "أصدرت الدائرة الجنائية أحكاماً بالإعدام على ثلاثة متهمين في قضية مقتل الناشط الذي قتل بالرصاص عام 2019",
            "killing",
            "court",
        ),
        # what talks aim at
        ("انطلقت محادثات بين الطرفين تهدف إلى التوصل إلى هدنة إنسانية", "agreement", "future"),
    ],
)
def test_situating_and_referring_words_flag_the_trigger(sentence: str, family: str, flag: str) -> None:
    assert any(flag in flags for fam, flags in _triggers(sentence) if fam == family)


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("سقطت قذائف مصدرها مناطق سيطرة الفصائل على الحي", "capture"),  # control_area
        ("انسحب النواب من جلسة البرلمان", "withdrawal"),  # not_territory
    ],
)
def test_words_that_unmake_a_territorial_trigger(sentence: str, family: str) -> None:
    assert family not in {fam for fam, _ in _triggers(sentence)}


@pytest.mark.parametrize(
    ("sentence", "family", "kept"),
    [
        ("تمكن عناصر الدفاع المدني من السيطرة على الحريق في السوق", "capture", False),  # not_ground
        ("تمكنت قوات النظام من السيطرة على بلدة كفرنبودة", "capture", True),
        ("دحرت قواتنا المعتدين واستولت على عدد من العربات القتالية", "capture", False),  # not_ground: counted
        ("استولت الفصائل على عدد من القرى في ريف حماة", "capture", True),
        ("قصفت قوات النظام البلدة رغم اتفاق وقف إطلاق النار", "agreement", False),  # existing_deal
        ("وقع الطرفان اتفاق وقف إطلاق النار في أنقرة", "agreement", True),
        ("احتجوا على انسحاب الحكومة من اتفاقية حماية النساء", "agreement", False),  # existing_deal
        ("في وقت تنص فيه الاتفاقية على تسليم المخزون", "agreement", False),  # existing_deal: what it says
        ("ويأتي التصعيد بعد انهيار هدنة قصيرة", "agreement", False),  # existing_deal: its collapse
        ("فجرت كوريا الشمالية قنبلتها النووية الثانية", "shelling", False),  # nuclear: the bomb word
        ("أجرت كوريا الشمالية تفجيراً نووياً", "explosion", False),
        ("فجرت عبوة ناسفة قرب مركز للطاقة الذرية", "ied", True),
        # a capture named as an operation's aim: operation_aim
        ("قال المتحدث إن معركة استعادة غريان بدأت", "capture", False),
        ("استعادت قوات الوفاق مدينة غريان", "capture", True),
        # bombs of gas or sound disperse a crowd: crowd_bombs
        ("ردت قوى الأمن بالقنابل المسيلة للدموع والرصاص المطاطي", "shelling", False),
        ("أطلقت القوات القنابل الصوتية على آلاف المحتجين", "shelling", False),
        ("ألقت الطائرات قنابل على حي الصاخور", "shelling", True),
        # a hold ended: control_ended
        ("دخلت القوات المدينة لتنهي سيطرة الحركة عليها التي دامت ست سنوات", "capture", False),
        # supplies dropped from the air: airdropped
        ("وأكد المتحدث أن طائرات التحالف ألقت أسلحة ومعدات لرجال المقاومة", "airstrike", False),
        # (bombs dropped by the aircraft named before the verb)
        ("وأفاد المراسل بأن طائرات الاحتلال ألقت عدة قنابل على المخيم", "airstrike", True),
        # arms recovered from armed men killed are no ground taken: not_ground
        ("تمكنت مفرزة من القضاء على إرهابيين واسترجاع رشاشين من نوع كلاشنيكوف", "capture", False),
        # ... and an army's word for killing armed men is a killing ("القضاء على الفساد" is none)
        ("تمكنت مفرزة من القضاء على إرهابيين واسترجاع رشاشين من نوع كلاشنيكوف", "killing", True),
        ("تعهدت الحكومة بالقضاء على الفساد في الوزارات", "killing", False),
        # a span of time entered: period_entered
        ("دخلت الحرب في السودان عامها الثالث", "entry", False),
        ("ودخل إضراب المعلمين في مدينة السويداء يومه العاشر", "entry", False),
        ("دخلت قوات النظام مدينة السويداء صباح اليوم", "entry", True),
        # a car bomb destroyed before it went off: bomb_destroyed
        ("وأسفرت العمليات عن قتل ستين مسلحاً وتدمير عدد من العجلات المفخخة", "explosion", False),
        ("قتل ثلاثة مدنيين بانفجار عجلة مفخخة في سوق المدينة", "explosion", True),
        # a building entered over the date between: building_entered
        ("وكان مؤيدون للانقلاب قد اقتحموا الخميس الماضي مقر الحزب في العاصمة", "entry", False),
        ("اقتحمت القوات الخميس الماضي بلدة كفرنبل", "entry", True),
        # machines or bodies recovered right after the verb: recovered_things
        ("صدت القوات هجوماً ما أسفر عن مقتل 16 من المهاجمين واستعادة ثلاث عربات مسلحة", "capture", False),
        ("استعادت القوات جثث الجنود الثلاثة", "capture", False),
        ("تمكنت مفرزة من القضاء على إرهابيين واسترجاع مسدس رشاش من نوع كلاشنيكوف", "capture", False),
        ("استعادت القوات بلدة مونغونو وعربات مسلحة", "capture", True),
        # people freed, not ground: people_freed
        ("انتهت المواجهات بمقتل المسلحين الأربعة وتحرير عشرات النزلاء", "capture", False),
        ("سيطرت القوات على الفندق وحررت الرهائن", "capture", True),
        # (nor "العامة", which folds like "عامه")
        ("دخلت قوات الأمن ساحة الاعتصام أمام القيادة العامة", "entry", True),
        # an operation aimed at arresting: aimed_at_arrest, aim_of_arrest
        ("وقال الجيش إن العملية في المخيم استهدفت اعتقال مطلوبين", "attack", False),
        ("وقال الجيش إن العملية في المخيم استهدفت اعتقال مطلوبين", "arrest", False),
        ("استهدفت غارة منزلاً في المخيم واعتقلت القوات خمسة شبان", "arrest", True),
        # a raid that made no arrest: no_arrest_made
        ("شنت القوات حملة دهم وتفتيش في البلدة لم تسفر عن أي اعتقالات", "arrest", False),
        ("شنت القوات حملة دهم وتفتيش في البلدة أسفرت عن اعتقال خمسة شبان", "arrest", True),
        # a withdrawal told only by where the men went: retreat_toward
        ("وأفادت مصادر بأن عناصر الخلية انسحبوا باتجاه البادية", "withdrawal", False),
        ("انسحب عناصر التنظيم من القرية باتجاه البادية", "withdrawal", True),
    ],
)
def test_groups_that_drop_a_family_cancel_its_triggers(sentence: str, family: str, kept: bool) -> None:
    assert (family in {fam for fam, _ in _triggers(sentence)}) is kept


def test_a_group_may_only_drop_families_that_exist() -> None:
    families = load_triggers().families
    assert _dropped_families({"drops": ["capture"]}, families, "g") == frozenset({"capture"})
    with pytest.raises(LanguageDataError, match="unknown families"):
        _dropped_families({"drops": ["captures"]}, families, "g")


def test_a_group_may_only_set_the_flag_of_a_group_that_exists() -> None:
    modifiers = load_triggers().modifiers
    assert modifiers["visited"].sets == "reference"
    _check_flags(modifiers, "modifiers.yaml")
    stray = {"visited": replace(modifiers["visited"], flag="referenced")}
    with pytest.raises(LanguageDataError, match="names no group"):
        _check_flags(stray, "modifiers.yaml")


def test_survived_makes_the_subject_the_target() -> None:
    assert any(
        "suffered" in flags for fam, flags in _triggers("نجا القيادي من محاولة اغتيال") if fam == "assassination"
    )


def test_one_form_twice_in_a_family_needs_context_words_of_its_own() -> None:
    from dataclasses import replace

    lex = load_triggers()
    gathering = next(t for t in lex.triggers if t.family.id == "protest" and "انصار" in t.needs)
    twice = replace(gathering, needs=(*gathering.needs[:1], "متظاهرون"))
    assert any("listed twice" in p for p in lint_triggers(replace(lex, triggers=(*lex.triggers, twice))))
    apart = replace(gathering, needs=("طلاب",))
    assert lint_triggers(replace(lex, triggers=(*lex.triggers, apart))) == []


def test_one_form_twice_in_a_family_may_fall_back_on_an_entry_without_needs_last() -> None:
    from dataclasses import replace

    lex = load_triggers()
    gathering = next(t for t in lex.triggers if t.family.id == "protest" and "انصار" in t.needs)
    others = tuple(t for t in lex.triggers if t is not gathering)
    fallback = replace(gathering, needs=())
    assert lint_triggers(replace(lex, triggers=(*others, gathering, fallback))) == []
    assert any("listed twice" in p for p in lint_triggers(replace(lex, triggers=(*others, fallback, gathering))))


@pytest.mark.parametrize(
    ("sentence", "verb", "is_protest"),
    [
        ("قال شهود إن مئات المتظاهرين توجهوا إلى مبنى البلدية", "توجهوا", True),
        ("أكد المراسل أن الآلاف تدفقوا إلى الساحة", "تدفقوا", True),
        # the crowd word in another clause
        ("نزح الآلاف من القرى المجاورة، ثم توجه الوفد إلى العاصمة", "توجه", False),
    ],
)
def test_a_crowd_named_before_its_verb_makes_the_verb_a_protest(sentence: str, verb: str, is_protest: bool) -> None:
    doc = Document(text=sentence)
    TextStage()(doc)
    TriggerStage()(doc)
    protest_words = [doc.raw(t.span) for t in doc.triggers if t.family == "protest"]
    assert (verb in protest_words) is is_protest


@pytest.mark.parametrize(
    ("sentence", "performed"),
    [
        # verb, a subject naming an armed actor, a time aside, then the event noun: the verb reports it
        ("شنت مجموعات من فلول النظام، مساء أمس الخميس، هجوماً على حاجز عند مدخل المدينة", True),
        ("شن الطيران الحربي التابع للجيش السوداني غارات على مواقع في شرق النيل", True),
        # no actor in the subject: an attack in words
        ("شن الرئيس الفلسطيني محمود عباس أعنف هجوم له على الحركة في كلمة ألقاها", False),
    ],
)
def test_a_reporting_verb_reaches_its_object_over_a_subject_naming_an_actor(sentence: str, performed: bool) -> None:
    doc = Document(text=sentence)
    TextStage()(doc)
    ActorStage()(doc)
    TriggerStage()(doc)
    strengths = [t.strength for t in doc.triggers if t.family in ("attack", "airstrike")]
    assert strengths
    assert (max(strengths) >= 2) is performed


@pytest.mark.parametrize(
    ("sentence", "is_protest"),
    [
        ("جابت مسيرة شوارع مدينة إدلب مطالبة بالإفراج عن المعتقلين", True),
        ("نفذ أهالي البلدة مسيرة احتجاجية أمام مبنى البلدية", True),
        # the shadda the normalised view drops, or a drone's adjective: a drone, not a march
        ("قتل شخصان بغارة نفذتها مسيّرة على سيارة قرب البلدة", False),
        ("استهدفت مسيرة تركية سيارة على طريق القامشلي", False),
        # (the subject of a verb of striking: "استهدفت مسيرة سيارة")
        ("استهدفت مسيرة سيارة على طريق القامشلي", False),
    ],
)
def test_a_drone_is_no_march(sentence: str, is_protest: bool) -> None:
    assert ("protest" in {fam for fam, _ in _triggers(sentence)}) is is_protest


@pytest.mark.parametrize(
    ("sentence", "family", "found"),
    [
        ("تصدت منظومات الدفاع الجوي مساء أمس لطائرتين مسيرتين أطلقهما مسلحون", "disrupted", True),
        ("حين تصدت الشرطة لمسيرة المتظاهرين في الجسر", "disrupted", False),
        # bodies, papers and zones named after a deal tell no new agreement
        ("أعلن مركز المصالحة الروسي في قاعدة حميميم إسقاط طائرة", "agreement", False),
        ("اعتقلت الدورية ثلاثة شبان بينهم أحد حاملي بطاقات التسوية", "agreement", False),
        ("أطلق مسلحون طائرة من منطقة خفض التصعيد في إدلب", "agreement", False),
        ("توصلت الفصائل وقوات النظام إلى اتفاق تسوية في البلدة", "agreement", True),
        # places named after what is done in them tell no such act
        ("قضى 40 شخصاً بسبب التعذيب في مراكز الاحتجاز خلال العام", "arrest", False),
        ("احتجزت الشرطة ثلاثة شبان في مركز المدينة", "arrest", True),
        # entering a building is no entry into territory
        ("دخل انتحاري كنيسة مار إلياس خلال القداس", "entry", False),
        ("دخلت قوات النظام بلدة كفرنبودة", "entry", True),
    ],
)
def test_what_is_confronted_and_what_is_named_after_a_deal(sentence: str, family: str, found: bool) -> None:
    assert (family in {fam for fam, _ in _triggers(sentence)}) is found


def test_a_deal_reached_with_the_lam_is_no_purpose() -> None:
    assert all("future" not in flags for _, flags in _triggers("توصلت الفصائل والنظام أمس لاتفاق تسوية"))
    assert any("future" in flags for _, flags in _triggers("تدخلت وساطة لوقف إطلاق النار"))


def test_a_chant_denouncing_names_its_event_as_a_reference() -> None:
    assert any("reference" in flags for _, flags in _triggers("ورددوا هتافات منددة بالقصف الإسرائيلي"))


@pytest.mark.parametrize(
    "sentence",
    [
        "اعتقلت قوات الأمن ناشطاً نقابياً في مدينة تطاوين فجر اليوم نفسه.",  # "فجر ... نفسه": dawn
        "داهمت قوات الأمن منزل الناشط فجر الثلاثاء نفسه واعتقلته في مدينة الرمادي.",
    ],
)
def test_words_of_a_date_are_no_trigger(sentence: str) -> None:
    doc = marsad.extract(sentence, published="2020-06-22")
    assert "explosion" not in {t.family for t in doc.triggers}
    assert [e.sub_event_type.value[0] for e in doc.events] == ["Arrests"]


@pytest.mark.parametrize(
    ("sentence", "is_protest"),
    [
        ("أطلقت قوات نظامية النار على موكب طلابي سلمي في مدينة الأبيض أمس.", True),
        ("خرجت مواكب احتجاجية في مدينة بحري أمس للمطالبة بالحكم المدني.", True),
        # a procession with no adjective of a crowd is a convoy
        ("استهدفت عبوة ناسفة موكب محافظ المدينة أمس.", False),
    ],
)
def test_a_procession_of_protesters_is_a_protest(sentence: str, is_protest: bool) -> None:
    doc = marsad.extract(sentence, published="2019-07-30")
    assert ("protest" in {t.family for t in doc.triggers}) is is_protest


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        # an era named by a control: no capture
        ("رفع المحتجون صور ذويهم الذين اختفوا خلال فترة سيطرة الميليشيا على المدينة.", "capture"),
        ("تعرض السكان لانتهاكات إبان سيطرة تنظيم داعش على المدينة.", "capture"),
        # a word inside an actor's name: "اللواء 444 قتال" is a brigade, not a fight
        ("قال المتحدث باسم اللواء 444 قتال إن الوضع هادئ.", "clash"),
    ],
)
def test_words_that_name_rather_than_tell(sentence: str, family: str) -> None:
    doc = marsad.extract(sentence, published="2023-08-15")
    assert family not in {t.family for t in doc.triggers if "generic" not in t.flags}


def test_an_event_named_by_how_a_crowd_describes_it_is_no_report() -> None:
    text = "تظاهر العشرات في بلدة الشحيل مساء اليوم تنديداً بما وصفوه بالقصف العشوائي لقسد على منازلهم."
    doc = marsad.extract(text, published="2023-09-06")
    assert [e.event_type.value for e in doc.events] == ["Protests"]


@pytest.mark.parametrize(
    "sentence",
    [
        "تجمع آلاف المحتجين أمس قرب السفارة في عمّان مطالبين بإلغاء اتفاقية وادي عربة.",
        "أغلق محتجون ميناء بورتسودان اليوم رفضاً لاتفاق جوبا للسلام.",
    ],
)
def test_a_deal_a_crowd_wants_cancelled_or_rejects_is_no_agreement(sentence: str) -> None:
    doc = marsad.extract(sentence, published="2024-04-01")
    assert "Agreement" not in {e.sub_event_type.value[0] for e in doc.events}


@pytest.mark.parametrize(
    ("sentence", "events"),
    [
        # rumours that set a crowd off: the crowd's violence happened
        ("أضرم عشرات من أهالي قرية الفواخر النار في أربعة منازل أمس إثر شائعات عن بناء كنيسة.", 1),
        # rumours called so: nothing happened
        ("نفت وزارة الداخلية ما تداولته مواقع عن اقتحام مسلحين قرية الفواخر أمس، ووصفته بأنه مجرد شائعات.", 0),
    ],
)
def test_rumours_that_set_a_crowd_off_are_no_denial(sentence: str, events: int) -> None:
    assert len(marsad.extract(sentence, published="2024-04-28").events) == events


@pytest.mark.parametrize(
    ("sentence", "events"),
    [
        # the dead of an accident, and a crowd come to fetch fuel
        (
            "لقي ثمانية أشخاص حتفهم أمس إثر انفجار صهريج وقود انقلب قرب بلدة الخمس، أثناء تجمع عدد من الأهالي"
            " لتعبئة البنزين المتسرب منه.",
            0,
        ),
        ("توفي شخصان أمس إثر انفجار أسطوانة غاز داخل مطعم في حي الميدان بدمشق.", 0),
        # a tanker truck loaded with fuel that blew up in a crash
        ("قتل سبعة أشخاص أمس إثر انفجار شاحنة صهريج محملة بالبنزين اصطدمت بسيارة عند مدخل مدينة حمص.", 0),
        # a tanker made a bomb is a bombing
        ("قتل عشرة أشخاص أمس بهجوم انتحاري بصهريج مفخخ استهدف مديرية الشرطة في مدينة كركوك.", 1),
    ],
)
def test_the_dead_of_an_accident_are_no_event(sentence: str, events: int) -> None:
    assert len(marsad.extract(sentence, published="2026-01-20").events) == events


@pytest.mark.parametrize(
    ("text", "is_protest"),
    [
        # the Friday prayer a march sets out after is no other reason to gather
        ("خرج آلاف المواطنين بعد صلاة الجمعة اليوم في مسيرات سلمية بالعاصمة.", True),
        # a crowd come to pray is
        ("احتشد آلاف المصلين لأداء صلاة العيد في ساحة المسجد اليوم.", False),
    ],
)
def test_a_crowd_gathered_for_prayer_is_no_protest_unlike_one_setting_out_after_it(text: str, is_protest: bool) -> None:
    doc = marsad.extract(text, published="2019-02-22")
    assert any(e.sub_event_type.event_type.value == "Protests" for e in doc.events) is is_protest


@pytest.mark.parametrize(
    ("text", "sub_types"),
    [
        # Sudan's marches ("مواكب"): met with tear gas, set going by committees
        (
            "أطلقت القوات الأمنية الغاز المسيل للدموع على المواكب المتجهة إلى القصر في الخرطوم أمس.",
            ["Protest with intervention"],
        ),
        ("سيّرت لجان المقاومة أمس مواكب حاشدة في عطبرة.", ["Peaceful protest"]),
        # a motorcade is no march
        ("انفجرت عبوة ناسفة أمس بموكب محافظ عدن في حي المنصورة.", ["Remote explosive/landmine/IED"]),
    ],
)
def test_marches_called_processions_are_protests(text: str, sub_types: list[str]) -> None:
    doc = marsad.extract(text, published="2021-10-31")
    assert [e.sub_event_type.label for e in doc.events] == sub_types


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        # the present tense tells who holds a place
        ("ويسيطر جيش الإسلام على مدينة دوما", "control_state"),
        ("التي كانت تسيطر على المدينة منذ نهاية حزيران", "control_state"),
        # its subjunctive after "أن" tells a capture
        ("قبل أن يقتحم المسلحون القاعدة ويسيطروا على البلدة", "capture"),
        ("قبل أن يسيطر عليها تنظيم داعش عام 2014", "capture"),
        ("سيطرت القوات على البلدة", "capture"),
    ],
)
def test_the_present_of_control_is_a_state_and_its_subjunctive_a_capture(sentence: str, family: str) -> None:
    families = {fam for fam, _ in _triggers(sentence)}
    assert family in families
    assert ({"capture", "control_state"} - {family}).isdisjoint(families)


def test_a_whole_wars_toll_is_no_killing() -> None:
    assert "killing" not in {fam for fam, _ in _triggers("وكان الصراع الذي اندلع في 15 نيسان قد أدى إلى مقتل المئات")}
    assert "killing" in {fam for fam, _ in _triggers("وكان القصف الذي استهدف السوق قد أدى إلى مقتل العشرات")}


def test_a_fight_since_this_morning_is_no_event_told_before() -> None:
    flags = _triggers("فيما تخوض قوات جهاز مكافحة الإرهاب منذ الصباح اشتباكات عنيفة مع عناصر التنظيم")
    assert [(fam, "reference" in f) for fam, f in flags if fam == "clash"] == [("clash", False)]


def test_a_truce_in_force_made_firmer_is_no_new_agreement() -> None:
    assert "agreement" not in {fam for fam, _ in _triggers("تتواصل المساعي الدبلوماسية لتثبيت وقف إطلاق النار")}
    assert "agreement" in {fam for fam, _ in _triggers("وقعت الأطراف اتفاقاً لوقف إطلاق النار")}


def test_a_deal_sought_is_a_purpose_and_so_is_what_is_conjoined_to_it() -> None:
    # "للتوصل" is the purpose of the efforts, no deal reached: it does not make "لتبادل" a deal made
    found = _triggers("وتتواصل في القاهرة جهود الوسطاء للتوصل إلى هدنة جديدة وصفقة لتبادل الأسرى")
    assert found and all(family == "agreement" and "future" in flags for family, flags in found)


def test_an_attempt_to_fire_rockets_foiled_is_disrupted_weapons_use() -> None:
    text = "أحبطت القوات الأمنية، مساء أمس الاثنين، محاولة لإطلاق صواريخ من نوع كاتيوشا"
    families = {fam for fam, _ in _triggers(text)}
    assert "disrupted" in families
    # (not any attempt foiled: a migration's is none)
    assert "disrupted" not in {fam for fam, _ in _triggers("أحبط حراس السواحل محاولة هجرة غير شرعية لـ 23 شخصاً")}

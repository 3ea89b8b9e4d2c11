"""The trigger and modifier families: schema, hygiene, and one sentence per family."""

from __future__ import annotations

import pytest

from marsad.extractors.text_stage import TextStage
from marsad.extractors.triggers import TriggerStage
from marsad.lang.triggers import lint_triggers, load_triggers
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
        ("توغلت الدبابات داخل الحي", "entry"),
        ("اندلعت اشتباكات عنيفة بين الطرفين", "clash"),
        ("شنت طائرات حربية غارات على البلدة", "airstrike"),
        ("سقطت قذائف هاون على السوق", "shelling"),
        ("انفجرت عبوة ناسفة بدورية", "ied"),
        ("فجر انتحاري نفسه عند الحاجز", "suicide"),
        ("اغتال مسلحون قاضيا", "assassination"),
        ("اختطف مسلحون سائقين", "abduction"),
        ("اعتقلت قوات الأمن عشرة شبان", "arrest"),
        ("خرجت مظاهرة في وسط المدينة", "protest"),
        ("اندلعت أعمال شغب ليلا", "riot"),
        ("توصل الطرفان إلى اتفاق لوقف إطلاق النار", "agreement"),
        ("انسحبت القوات من المدينة", "withdrawal"),
        ("خرجت البلدة عن سيطرة الحكومة", "loss"),
        ("بقيت القرية تحت سيطرة الفصائل", "control_state"),
        ("نهب مسلحون المحلات", "looting"),
    ],
)
def test_each_family_has_a_trigger(sentence: str, family: str) -> None:
    assert family in [f for f, _ in _triggers(sentence)]


def test_capture_needs_its_object() -> None:
    assert "capture" not in [f for f, _ in _triggers("تحدث عن السيطرة")]


def test_fell_needs_hands() -> None:
    assert "capture" not in [f for f, _ in _triggers("سقطت عليها قذائف")]
    assert "capture" in [f for f, _ in _triggers("سقطت المدينة بيد المسلحين")]


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        ("لم تسجل اشتباكات في المنطقة", "negated"),
        ("هدد التنظيم بتنفيذ هجمات", "future"),
        ("في محاولة للتقدم نحو البلدة", "attempted"),
        ("في ظل استمرار غارات عنيفة", "ongoing"),
        ("تدور اشتباكات شبه يومية", "habitual"),
    ],
)
def test_modifiers_flag_the_trigger(sentence: str, flag: str) -> None:
    assert any(flag in flags for _, flags in _triggers(sentence))


def test_modifier_in_another_clause_does_not_apply() -> None:
    flags = _triggers("لم يعلق الجيش، وقتل ثلاثة جنود")
    assert all("negated" not in f for _, f in flags)

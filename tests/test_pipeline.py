from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.errors import PipelineConfigError
from marsad.extractors.actors import ActorStage
from marsad.extractors.text_stage import MIN_ARABIC_SHARE, TextStage, arabic_share, surely_arabic
from marsad.model.document import Document
from marsad.pipeline import Pipeline


def test_missing_requirement_is_caught_at_build_time() -> None:
    with pytest.raises(PipelineConfigError, match=r"requires .*norm"):
        Pipeline([ActorStage()])


def test_stages_record_what_they_assigned() -> None:
    doc = Pipeline([TextStage(), ActorStage()])(Document(text="قصفت قوات النظام البلدة"))
    assert {"norm", "sentences", "tokens", "actors"} <= doc.assigned


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("The army shelled the town.", "not Arabic"),
        ("Les forces ont bombardé", "not Arabic"),
    ],
)
def test_non_arabic_stops_with_a_reason(text: str, reason: str) -> None:
    doc = Pipeline([TextStage(), ActorStage()])(Document(text=text))
    assert reason in doc.skipped_reason
    assert doc.actors == []


@given(st.text(alphabet=st.sampled_from(list("اليمونهرتبجحخ abcé،.١2\u064e\ufefb")), max_size=40))
def test_the_quick_arabic_test_never_contradicts_the_share(text: str) -> None:
    if surely_arabic(text):
        assert arabic_share(text) >= MIN_ARABIC_SHARE

"""Stages that enrich one :class:`~marsad.model.Document`, each declaring what it needs and adds.

Like spaCy's components: a stage lists the document attributes it ``requires`` and ``assigns``; the
pipeline checks at build time that every requirement is assigned by an earlier stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from marsad.errors import PipelineConfigError
from marsad.model.document import Document
from marsad.text.matcher import MatcherGroup, PhraseMatcher


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: frozenset[str]
    assigns: frozenset[str]

    def __call__(self, doc: Document) -> None: ...


@runtime_checkable
class Searching(Protocol):
    """A stage that searches the whole normalised view with lexicon matchers."""

    def matchers(self) -> Sequence[PhraseMatcher[Any]]: ...


class Pipeline:
    def __init__(self, stages: Sequence[Stage], provided: frozenset[str] = frozenset({"text"})) -> None:
        available = set(provided)
        for stage in stages:
            missing = stage.requires - available
            if missing:
                raise PipelineConfigError(
                    f"stage {stage.name!r} requires {sorted(missing)} but no earlier stage assigns it; "
                    f"put a stage that assigns it before {stage.name!r}"
                )
            available |= stage.assigns
        self.stages = tuple(stages)

    def share_scans(self) -> None:
        """Let the stages' lexicon matchers find their hits in one pass over each text."""
        matchers = [m for s in self.stages if isinstance(s, Searching) for m in s.matchers()]
        if len(matchers) > 1:
            MatcherGroup(matchers)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            if doc.skipped_reason:
                break
            stage(doc)
            doc.assigned |= stage.assigns
        return doc

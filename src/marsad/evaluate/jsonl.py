"""Reading the JSONL files the scorers take (labelled sentences, review sets): one object per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.errors import EvaluationError


def numbered_objects(path: Path, what: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each line's JSON object with its line number; blank lines are skipped, and a line that is not a
    JSON object stops the scoring with an error naming the file, the line and ``what`` it should be."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluationError(f"{path}:{n}: not {what} ({exc})") from exc
            if not isinstance(obj, dict):
                raise EvaluationError(f"{path}:{n}: not {what} (a JSON object is expected)")
            yield n, obj

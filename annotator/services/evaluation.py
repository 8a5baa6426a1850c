"""``annotator evaluate``: run the suggesters over a gold file and score them per kind."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.bundled import schema_validator
from annotator.errors import AnnotatorError
from annotator.store.database import Project
from annotator.suggest.base import KINDS
from annotator.suggest.evaluate import KindScore, Span, score_document, total
from annotator.suggest.pipeline import Pipeline


@dataclass
class EvaluationResult:
    documents: int = 0
    scores: dict[str, KindScore] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    version: str = ""

    def rows(self) -> list[KindScore]:
        ordered = [self.scores[kind] for kind in KINDS if kind in self.scores]
        return [*ordered, total(ordered)]

    def table(self) -> str:
        lines = [
            f"{self.documents} document(s), suggester {self.version}",
            f"{'kind':<12}{'gold':>6}{'found':>7}{'right':>7}{'P':>7}{'R':>7}{'F1':>7}",
        ]
        lines += [
            f"{s.kind:<12}{s.gold:>6}{s.predicted:>7}{s.matched:>7}"
            f"{s.precision:>7.2f}{s.recall:>7.2f}{s.f1:>7.2f}"
            for s in self.rows()
        ]
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "version": self.version,
            "kinds": {
                s.kind: {"gold": s.gold, "predicted": s.predicted, "matched": s.matched,
                         "precision": round(s.precision, 4), "recall": round(s.recall, 4),
                         "f1": round(s.f1, 4)}
                for s in self.rows()
            },
        }  # fmt: skip


def _checked(text: str, record: dict[str, Any], what: str, where: str) -> str:
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != record["text_sha256"]:
        raise AnnotatorError(f"{where}: {what} is not the text the gold spans were made on")
    return text


def _record_text(record: dict[str, Any], gold_path: Path, where: str) -> str:
    """The ``field`` of the JSON Lines record of ``file`` whose ``id`` is ``id``."""
    ref = record["text_record"]
    path = (gold_path.parent / ref["file"]).resolve()
    field_name = ref.get("field", "text")
    what = f"record {ref['id']!r} of {path}"
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as error:
                    raise AnnotatorError(
                        f"{where}: {path}:{number} is not valid JSON ({error.msg})"
                    ) from None
                if not isinstance(item, dict) or item.get("id") != ref["id"]:
                    continue
                value = item.get(field_name)
                if not isinstance(value, str):
                    raise AnnotatorError(f"{where}: {what} has no text field {field_name!r}")
                return _checked(value, record, f"field {field_name!r} of {what}", where)
    except OSError as error:
        raise AnnotatorError(
            f"{where}: cannot read its text file {path}: {error.strerror}"
        ) from None
    except UnicodeDecodeError:
        raise AnnotatorError(f"{where}: {path} is not UTF-8 text") from None
    raise AnnotatorError(f"{where}: {path} has no record with id {ref['id']!r}")


def _document_text(record: dict[str, Any], gold_path: Path, where: str) -> str:
    if "text" in record:
        return str(record["text"])
    if "text_record" in record:
        return _record_text(record, gold_path, where)
    path = (gold_path.parent / record["text_file"]).resolve()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise AnnotatorError(
            f"{where}: cannot read its text file {path}: {error.strerror}"
        ) from None
    if hashlib.sha256(data).hexdigest() != record["text_sha256"]:
        raise AnnotatorError(f"{where}: {path} is not the text the gold spans were made on")
    return data.decode("utf-8")


def evaluate_gold(gold_path: Path, project: Project | None = None) -> EvaluationResult:
    validator = schema_validator("gold.schema.json")
    pipeline = Pipeline(project)
    result = EvaluationResult(version=pipeline.version)
    try:
        lines = gold_path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise AnnotatorError(f"cannot read {gold_path}: {error}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{gold_path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise AnnotatorError(f"{where}: not valid JSON ({error.msg})") from None
        problem = next(iter(validator.iter_errors(record)), None)
        if problem is not None:
            raise AnnotatorError(f"{where}: {problem.message}")
        text = _document_text(record, gold_path, where)
        published = dt.date.fromisoformat(record["published"]) if record.get("published") else None
        end = record.get("end", len(text))
        if end > len(text):
            raise AnnotatorError(f"{where}: end {end} is beyond the text ({len(text)} characters)")
        gold = [Span(s["kind"], s["start"], s["end"], s["value"]) for s in record["spans"]]
        for span in gold:
            if not 0 <= span.start < span.end <= end:
                limit = "the text" if end == len(text) else f"the compared part (end {end})"
                raise AnnotatorError(f"{where}: span {span.start}-{span.end} is outside {limit}")
        # The whole text is suggested on (context matters); only what lies before ``end`` counts.
        found = [
            Span(s.kind, s.start, s.end, s.value)
            for s in pipeline.suggest(text, published)
            if s.start < end
        ]
        for guess, truth in score_document(found, gold, result.scores):
            label, shown = ("wrong or extra", guess) if guess is not None else ("missed", truth)
            assert shown is not None
            result.misses.append(
                f"{record['id']} {label} {shown.kind} {text[shown.start : shown.end]!r} "
                f"{json.dumps(dict(shown.value), ensure_ascii=False)}"
            )
        result.documents += 1
    return result

"""schemas/article.schema.json documents exactly what the JSONL importer accepts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from annotator.bundled import resources_dir, schemas_dir
from annotator.io.articles import Article
from annotator.io.jsonl_articles import read_jsonl


def _schema() -> dict[str, object]:
    return json.loads((schemas_dir() / "article.schema.json").read_text(encoding="utf-8"))


def test_the_demo_articles_follow_the_schema() -> None:
    validator = jsonschema.Draft202012Validator(_schema())
    lines = (resources_dir() / "demo" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 7
    for line in lines:
        validator.validate(json.loads(line))


@pytest.mark.parametrize(
    ("record", "accepted"),
    [
        ({"text": "نص"}, True),
        ({"id": 7, "text": "نص", "published": "2020-05-09T10:00:00Z", "extra": 1}, True),
        ({"id": "a", "title": "t"}, False),
        ({"id": "a", "text": "   "}, False),
        ({"id": "a", "text": "نص", "published": "9 May 2020"}, False),
    ],
)
def test_schema_and_importer_agree(
    record: dict[str, object], accepted: bool, tmp_path: Path
) -> None:
    valid = jsonschema.Draft202012Validator(_schema()).is_valid(record)
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    items = list(read_jsonl(source, {}))
    imported = len(items) == 1 and isinstance(items[0], Article)
    assert valid == imported == accepted

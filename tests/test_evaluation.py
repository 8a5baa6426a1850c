"""Gold files whose texts live elsewhere: a record of a JSON Lines file, and partial gold."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from annotator.errors import AnnotatorError
from annotator.services.evaluation import evaluate_gold
from tests.conftest import shared_file

GOLD = Path(__file__).parent / "data" / "gold"
TEXT = "قتل 3 عناصر من قوات النظام في تدمر"
REGIME = {"name": "Military Forces of Syria (2000-)", "inter": 1}
SPANS = [
    {"kind": "casualty", "start": 4, "end": 11, "value": {"count": 3, "outcome": "killed"}},
    {"kind": "actor", "start": 15, "end": 26, "value": REGIME},
]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "texts" / "corpus.jsonl"
    corpus.parent.mkdir()
    records = [
        {"id": "other", "text": "نص آخر", "title": "عنوان"},
        {"id": "doc-1", "text": TEXT, "title": "قوات النظام"},
    ]
    corpus.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
    )
    return corpus


def _gold(tmp_path: Path, **record: Any) -> Path:
    line = {"id": "g", "published": "2021-03-16", "spans": SPANS, **record}
    gold = tmp_path / "gold" / "g.gold.jsonl"
    gold.parent.mkdir(exist_ok=True)
    gold.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold


def test_a_gold_line_reads_its_text_from_a_record(tmp_path: Path) -> None:
    _corpus(tmp_path)
    ref = {"file": "../texts/corpus.jsonl", "id": "doc-1", "field": "text"}
    result = evaluate_gold(_gold(tmp_path, text_record=ref, text_sha256=_sha(TEXT)))
    assert result.documents == 1
    assert (result.scores["casualty"].matched, result.scores["actor"].matched) == (1, 1)
    # "field" defaults to "text"; another field of the record can be the text.
    ref = {"file": "../texts/corpus.jsonl", "id": "doc-1"}
    assert evaluate_gold(_gold(tmp_path, text_record=ref, text_sha256=_sha(TEXT))).documents == 1
    title = {"file": "../texts/corpus.jsonl", "id": "doc-1", "field": "title"}
    titled = _gold(
        tmp_path, text_record=title, text_sha256=_sha("قوات النظام"),
        spans=[{"kind": "actor", "start": 0, "end": 11, "value": REGIME}],
    )  # fmt: skip
    assert evaluate_gold(titled).scores["actor"].matched == 1


def test_a_changed_record_is_refused_naming_the_file_and_id(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    ref = {"file": "../texts/corpus.jsonl", "id": "doc-1"}
    gold = _gold(tmp_path, text_record=ref, text_sha256=_sha(TEXT + " "))
    with pytest.raises(AnnotatorError) as error:
        evaluate_gold(gold)
    message = str(error.value)
    assert f"{gold}:1:" in message
    assert str(corpus) in message and "'doc-1'" in message
    assert "not the text the gold spans were made on" in message


def test_a_missing_record_file_or_field_is_refused(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    missing = {"file": "../texts/corpus.jsonl", "id": "doc-9"}
    with pytest.raises(AnnotatorError, match="has no record with id 'doc-9'") as error:
        evaluate_gold(_gold(tmp_path, text_record=missing, text_sha256=_sha(TEXT)))
    assert str(corpus) in str(error.value)
    no_field = {"file": "../texts/corpus.jsonl", "id": "doc-1", "field": "body"}
    with pytest.raises(AnnotatorError, match=r"'doc-1'.*has no text field 'body'"):
        evaluate_gold(_gold(tmp_path, text_record=no_field, text_sha256=_sha(TEXT)))
    no_file = {"file": "../texts/absent.jsonl", "id": "doc-1"}
    with pytest.raises(AnnotatorError, match=r"cannot read its text file .*absent\.jsonl"):
        evaluate_gold(_gold(tmp_path, text_record=no_file, text_sha256=_sha(TEXT)))


@pytest.mark.parametrize(
    "record",
    [
        {"text_record": {"file": "c.jsonl", "id": "x"}},  # no checksum
        {"text": TEXT, "text_record": {"file": "c.jsonl", "id": "x"}, "text_sha256": "0" * 64},
        {"text_file": "a.txt", "text_record": {"file": "c.jsonl", "id": "x"},
         "text_sha256": "0" * 64},
        {"text_record": {"file": "c.jsonl"}, "text_sha256": "0" * 64},  # no id
    ],
)  # fmt: skip
def test_exactly_one_text_source_with_its_checksum(tmp_path: Path, record: dict[str, Any]) -> None:
    gold = _gold(tmp_path, **record)
    with pytest.raises(AnnotatorError, match=f"{gold}:1:"):
        evaluate_gold(gold)


def test_end_limits_what_is_compared(tmp_path: Path) -> None:
    text = TEXT + ". وقتل 5 مدنيين في حلب"
    # Only the first sentence was annotated: what the suggesters find after it is not counted.
    result = evaluate_gold(_gold(tmp_path, text=text, end=len(TEXT)))
    assert (result.scores["casualty"].predicted, result.scores["casualty"].matched) == (1, 1)
    assert result.scores["location"].predicted == 1  # تدمر, not حلب after the end
    whole = evaluate_gold(_gold(tmp_path, text=text))
    assert whole.scores["casualty"].predicted == 2
    late = [{"kind": "casualty", "start": 41, "end": 48, "value": {"count": 5}}]
    with pytest.raises(AnnotatorError, match="outside the compared part"):
        evaluate_gold(_gold(tmp_path, text=text, end=len(TEXT), spans=late))
    with pytest.raises(AnnotatorError, match="beyond the text"):
        evaluate_gold(_gold(tmp_path, text=TEXT, end=len(TEXT) + 1))


@pytest.mark.parametrize(
    "name",
    [
        "corpus.gold.jsonl",
        "corpus2.gold.jsonl",
        "corpus3.gold.jsonl",
        "corpus4.gold.jsonl",
        "corpus5.gold.jsonl",
        "corpus6.gold.jsonl",
        "corpus7.gold.jsonl",
        "corpus8.gold.jsonl",
        "heldout.gold.jsonl",
    ],
)
def test_the_corpus_gold_sets_evaluate(name: str) -> None:
    shared_file("corpus", "syrian_archive", "syrian_archive_ar.jsonl")
    result = evaluate_gold(GOLD / name)
    assert result.documents == 4
    assert {"actor", "location", "casualty", "date", "source"} <= set(result.scores)


# Every news set, as each round adds two: their articles are inline (written for the
# project), so they run on any checkout.
@pytest.mark.parametrize("name", sorted(path.name for path in GOLD.glob("news*.gold.jsonl")))
def test_the_news_gold_sets_evaluate_without_the_shared_corpus(name: str) -> None:
    result = evaluate_gold(GOLD / name)
    assert result.documents == 8
    assert set(result.scores) == {"actor", "location", "casualty", "date", "source", "event_type"}
    assert all(score.matched > 0 for score in result.scores.values())

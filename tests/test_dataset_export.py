"""The dataset export: one JSON line per document with its spans, events and coding status."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from dataclasses import dataclass
from typing import Any

import jsonschema
import pytest
import sqlalchemy as sa

from annotator.bundled import schemas_dir
from annotator.services.dataset_export import BATCH_SIZE, export_dataset
from annotator.store.database import Project, open_project
from annotator.store.models import (
    Annotation,
    Document,
    Event,
    EventEvidence,
    Suggestion,
    User,
)

# Eastern Arabic digits, an emoji outside the Basic Multilingual Plane (two UTF-16
# units, one code point) and a diacritic: offsets after them must still be right.
ARABIC = (
    "حلب ١٢ أيار 🔥 قُتل ٣ مدنيين وأصيب ١٥ آخرون في قصف جوي نفذته قوات النظام "
    "على حي الشعار شرقي المدينة، بحسب المرصد السوري."
)
CODEBOOK = ("acled", "2024.1")
WHEN = dt.datetime(2024, 5, 12, 9, 30, tzinfo=dt.UTC)


def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((schemas_dir() / "dataset.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _export(project: Project, **options: Any) -> tuple[int, list[dict[str, Any]]]:
    out = io.StringIO()
    count = export_dataset(project, out, **options)
    text = out.getvalue()
    assert text == "" or text.endswith("\n")
    raw = text.splitlines()
    assert count == len(raw)
    validator = _validator()
    lines = []
    for line in raw:
        assert "\\u" not in line  # ensure_ascii=False: Arabic stays readable
        record = json.loads(line)
        validator.validate(record)
        lines.append(record)
    return count, lines


def _document(external_id: str, text: str, **more: Any) -> Document:
    return Document(
        external_id=external_id,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        **more,
    )


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@dataclass
class Built:
    main: int
    untouched: int
    accepted: int
    added: int
    edited: int
    suggestion_place: int
    suggestion_casualty: int
    coder_events: list[int]
    gold: int
    draft: int
    reference: int


def _build(project: Project) -> Built:
    with project.session() as session:
        amal = User(name="amal", role="coder")
        basel = User(name="basel", role="coder")
        main = _document(
            "syria-0001",
            ARABIC,
            title="قصف على حلب",
            url="https://example.invalid/a/1",
            source="المرصد السوري",
            published=dt.date(2024, 5, 12),
            language="ar",
            extra={"feed": "rss", "تصنيف": "أمن"},
        )
        untouched = _document("syria-0002", "نص بلا أحداث.", language="ar")
        session.add_all([amal, basel, main, untouched])
        session.flush()

        place = Suggestion(
            document_id=main.id,
            kind="location",
            start=0,
            end=3,
            value={"name": "Aleppo", "admin1": "Aleppo"},
            confidence=0.9,
            suggester_version="gazetteer-1",
        )
        start, end = _span(ARABIC, "قُتل ٣ مدنيين")
        casualty = Suggestion(
            document_id=main.id,
            kind="casualty",
            start=start,
            end=end,
            value={"count": 3, "outcome": "killed", "qualifier": "exact"},
            confidence=0.75,
            suggester_version="casualties-1",
        )
        session.add_all([place, casualty])
        session.flush()

        accepted = Annotation(
            document_id=main.id,
            user_id=amal.id,
            suggestion_id=casualty.id,
            decision="accepted",
            kind="casualty",
            start=start,
            end=end,
            value=dict(casualty.value),
            time_taken_ms=1800,
            created_at=WHEN,
        )
        start, end = _span(ARABIC, "قوات النظام")
        added = Annotation(
            document_id=main.id,
            user_id=basel.id,
            decision="added",
            kind="actor",
            start=start,
            end=end,
            value={"name": "Military Forces of Syria (2000-2024)", "inter": 1},
            created_at=WHEN + dt.timedelta(minutes=1),
        )
        edited = Annotation(
            document_id=main.id,
            user_id=basel.id,
            suggestion_id=place.id,
            decision="edited",
            kind="location",
            start=0,
            end=3,
            value={"name": "Aleppo - Ash Shaar"},
            time_taken_ms=4200,
            created_at=WHEN + dt.timedelta(minutes=2),
        )
        session.add_all([accepted, added, edited])
        session.flush()

        fields = {"event_type": "Explosions/Remote violence", "fatalities": 3}
        coder_events = [
            Event(
                document_id=main.id,
                user_id=user.id,
                codebook_id=CODEBOOK[0],
                codebook_version=CODEBOOK[1],
                fields=dict(fields),
                status="submitted",
            )
            for user in (amal, basel)
        ]
        gold = Event(
            document_id=main.id,
            user_id=None,
            codebook_id=CODEBOOK[0],
            codebook_version=CODEBOOK[1],
            fields={**fields, "event_id_cnty": "SYR1234560000001"},
            status="gold",
            dataset_id="SYR1234560000001",
        )
        # A draft on the untouched document does not make it coded.
        draft = Event(
            document_id=untouched.id,
            user_id=amal.id,
            codebook_id=CODEBOOK[0],
            codebook_version=CODEBOOK[1],
            fields={},
            status="draft",
        )
        reference = Event(
            document_id=None,
            user_id=None,
            codebook_id=CODEBOOK[0],
            codebook_version=CODEBOOK[1],
            fields={"event_id_cnty": "SYR99001", "notes": "من مجموعة بيانات منشورة"},
            status="reference",
            dataset_id="SYR99001",
        )
        session.add_all([*coder_events, gold, draft, reference])
        session.flush()
        session.add_all(
            [
                EventEvidence(event_id=gold.id, field="fatalities", annotation_id=accepted.id),
                EventEvidence(event_id=gold.id, field="actor1", annotation_id=added.id),
                EventEvidence(event_id=gold.id, field="location", annotation_id=edited.id),
                EventEvidence(
                    event_id=coder_events[0].id, field="fatalities", annotation_id=accepted.id
                ),
            ]
        )
        return Built(
            main=main.id,
            untouched=untouched.id,
            accepted=accepted.id,
            added=added.id,
            edited=edited.id,
            suggestion_place=place.id,
            suggestion_casualty=casualty.id,
            coder_events=[event.id for event in coder_events],
            gold=gold.id,
            draft=draft.id,
            reference=reference.id,
        )


def test_a_document_line_holds_its_spans_events_and_coding_status(project: Project) -> None:
    built = _build(project)
    count, lines = _export(project)

    assert count == 3
    first, second, last = lines
    assert [set(first), set(last)] == [
        {"document", "suggestions", "annotations", "events", "agreement", "gold"},
        {"reference_event"},
    ]

    document = first["document"]
    assert document == {
        "id": "syria-0001",
        "title": "قصف على حلب",
        "text": ARABIC,
        "url": "https://example.invalid/a/1",
        "source": "المرصد السوري",
        "published": "2024-05-12",
        "language": "ar",
        "sha256": hashlib.sha256(ARABIC.encode("utf-8")).hexdigest(),
        "metadata": {"feed": "rss", "تصنيف": "أمن"},
    }
    text = document["text"]
    emoji_at = text.index("🔥")

    spans = first["suggestions"] + first["annotations"]
    assert len(spans) == 5
    for span in spans:
        assert span["text"] == text[span["start"] : span["end"]]
    assert any(span["start"] > emoji_at for span in spans)

    suggestions = {s["id"]: s for s in first["suggestions"]}
    casualty = suggestions[built.suggestion_casualty]
    assert casualty["text"] == "قُتل ٣ مدنيين"
    assert casualty["start"] == emoji_at + 2  # the emoji is one code point
    assert casualty["value"] == {"count": 3, "outcome": "killed", "qualifier": "exact"}
    assert casualty["confidence"] == 0.75
    assert casualty["suggester_version"] == "casualties-1"
    assert [s["start"] for s in first["suggestions"]] == sorted(
        s["start"] for s in first["suggestions"]
    )

    annotations = {a["id"]: a for a in first["annotations"]}
    assert annotations[built.accepted] == {
        "id": built.accepted,
        "kind": "casualty",
        "start": casualty["start"],
        "end": casualty["end"],
        "text": "قُتل ٣ مدنيين",
        "value": casualty["value"],
        "decision": "accepted",
        "coder": "amal",
        "suggestion_id": built.suggestion_casualty,
        "created_at": "2024-05-12T09:30:00+00:00",
        "time_taken_ms": 1800,
    }
    assert annotations[built.added]["text"] == "قوات النظام"
    assert annotations[built.added]["suggestion_id"] is None
    assert annotations[built.added]["time_taken_ms"] is None
    assert annotations[built.edited]["decision"] == "edited"
    assert annotations[built.edited]["text"] == "حلب"
    assert annotations[built.edited]["suggestion_id"] == built.suggestion_place

    events = {event["id"]: event for event in first["events"]}
    assert list(events) == [*built.coder_events, built.gold]
    assert [events[i]["coder"] for i in built.coder_events] == ["amal", "basel"]
    gold = events[built.gold]
    assert gold["status"] == "gold"
    assert gold["coder"] is None
    assert gold["dataset_id"] == "SYR1234560000001"
    assert gold["codebook"] == {"id": "acled", "version": "2024.1"}
    assert gold["fields"]["fatalities"] == 3
    assert gold["version"] == 1
    assert gold["evidence"] == [
        {"field": "actor1", "annotation_id": built.added},
        {"field": "fatalities", "annotation_id": built.accepted},
        {"field": "location", "annotation_id": built.edited},
    ]
    for link in gold["evidence"]:
        assert link["annotation_id"] in annotations
    assert events[built.coder_events[0]]["evidence"] == [
        {"field": "fatalities", "annotation_id": built.accepted}
    ]
    assert events[built.coder_events[1]]["evidence"] == []
    for event in first["events"]:
        stamp = dt.datetime.fromisoformat(event["updated_at"])
        assert stamp.utcoffset() == dt.timedelta(0)

    assert first["agreement"] == {"coders": ["amal", "basel"], "status": "adjudicated"}
    assert first["gold"] == [built.gold]

    assert second["document"]["id"] == "syria-0002"
    assert second["document"]["title"] is None
    assert second["document"]["published"] is None
    assert second["suggestions"] == second["annotations"] == []
    assert [event["status"] for event in second["events"]] == ["draft"]
    assert second["agreement"] == {"coders": [], "status": "uncoded"}
    assert second["gold"] == []

    reference = last["reference_event"]
    assert reference["id"] == built.reference
    assert reference["status"] == "reference"
    assert reference["dataset_id"] == "SYR99001"
    assert reference["coder"] is None
    assert reference["fields"]["notes"] == "من مجموعة بيانات منشورة"
    assert reference["evidence"] == []


def test_texts_can_be_left_out(project: Project) -> None:
    _build(project)
    count, lines = _export(project, include_text=False)
    assert count == 3
    first = lines[0]
    assert "text" not in first["document"]
    # The covered text of each span is still there.
    assert {a["text"] for a in first["annotations"]} == {"قُتل ٣ مدنيين", "قوات النظام", "حلب"}
    assert lines[0]["document"]["sha256"] == hashlib.sha256(ARABIC.encode()).hexdigest()


def test_an_empty_project_exports_nothing(project: Project) -> None:
    assert _export(project) == (0, [])


@pytest.mark.parametrize(
    ("statuses", "coders", "expected"),
    [
        ([], [], "uncoded"),
        (["draft", "draft"], ["amal", "basel"], "uncoded"),
        (["submitted"], ["amal"], "single"),
        (["submitted", "submitted"], ["amal", "amal"], "single"),
        (["submitted"], [None], "single"),
        (["submitted", "draft"], ["amal", "basel"], "single"),
        (["submitted", "submitted"], ["amal", "basel"], "multiple"),
        (["gold"], [None], "adjudicated"),
        (["submitted", "gold"], ["amal", "basel"], "adjudicated"),
    ],
)
def test_coding_status_of_a_document(
    project: Project, statuses: list[str], coders: list[str | None], expected: str
) -> None:
    with project.session() as session:
        users = {name: User(name=name) for name in ("amal", "basel")}
        document = _document("d", "نص")
        session.add_all([*users.values(), document])
        session.flush()
        for status, coder in zip(statuses, coders, strict=True):
            session.add(
                Event(
                    document_id=document.id,
                    user_id=users[coder].id if coder else None,
                    codebook_id="acled",
                    codebook_version="1",
                    status=status,
                )
            )
    _count, (line,) = _export(project)
    assert line["agreement"]["status"] == expected
    submitted = {c for s, c in zip(statuses, coders, strict=True) if s != "draft" and c}
    assert line["agreement"]["coders"] == sorted(submitted)


def test_many_documents_stream_in_order_with_their_own_spans(project: Project) -> None:
    total = BATCH_SIZE * 2 + 200
    with project.session() as session:
        user = User(name="amal")
        session.add(user)
        session.flush()
        user_id = user.id
        texts = [f"خبر رقم {number} 🙂 عن قصف في المدينة {number}" for number in range(total)]
        session.execute(
            sa.insert(Document),
            [
                {
                    "external_id": f"doc-{number:05d}",
                    "text": text,
                    "sha256": hashlib.sha256(text.encode()).hexdigest(),
                    "language": "ar",
                    "extra": {"n": number},
                }
                for number, text in enumerate(texts)
            ],
        )
        ids = dict(session.execute(sa.select(Document.external_id, Document.id)).all())
        rows = []
        for number, text in enumerate(texts):
            start = text.rindex(str(number))
            rows.append(
                {
                    "document_id": ids[f"doc-{number:05d}"],
                    "user_id": user_id,
                    "decision": "added",
                    "kind": "number",
                    "start": start,
                    "end": start + len(str(number)),
                    "value": {"n": number},
                    "created_at": WHEN,
                }
            )
        session.execute(sa.insert(Annotation), rows)
        # Every third document gets a submitted event with evidence.
        session.execute(
            sa.insert(Event),
            [
                {
                    "document_id": ids[f"doc-{number:05d}"],
                    "user_id": user_id,
                    "codebook_id": "acled",
                    "codebook_version": "1",
                    "fields": {"n": number},
                    "status": "submitted",
                    "version": 1,
                }
                for number in range(0, total, 3)
            ],
        )
        session.execute(
            sa.insert(EventEvidence).from_select(
                ["event_id", "field", "annotation_id"],
                sa.select(Event.id, sa.literal("n"), Annotation.id).join(
                    Annotation, Annotation.document_id == Event.document_id
                ),
            )
        )

    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(args[2])

    sa.event.listen(project.engine, "before_cursor_execute", record)
    try:
        count, lines = _export(project)
    finally:
        sa.event.remove(project.engine, "before_cursor_execute", record)
    # A handful of queries per batch, not per document.
    assert len(statements) < 25
    assert count == total
    assert [line["document"]["id"] for line in lines] == [f"doc-{n:05d}" for n in range(total)]
    for number, line in enumerate(lines):
        assert line["document"]["metadata"] == {"n": number}
        (annotation,) = line["annotations"]
        assert annotation["value"] == {"n": number}
        assert annotation["text"] == str(number)
        assert line["document"]["text"][annotation["start"] : annotation["end"]] == str(number)
        if number % 3 == 0:
            (event,) = line["events"]
            assert event["fields"] == {"n": number}
            assert event["evidence"] == [{"field": "n", "annotation_id": annotation["id"]}]
            assert line["agreement"] == {"coders": ["amal"], "status": "single"}
        else:
            assert line["events"] == []
            assert line["agreement"] == {"coders": [], "status": "uncoded"}


class _WritesWhileExporting(io.StringIO):
    """An output that adds a document to the project while the export runs."""

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.added = False

    def write(self, text: str) -> int:
        if not self.added:
            self.added = True
            with self.project.session() as session:
                session.add(_document("late", "وصل متأخرا"))
        return super().write(text)


@pytest.mark.postgres
def test_on_postgresql_the_export_is_one_snapshot(postgres_url: str) -> None:
    # Only a shared server has other desks writing during an export.
    project = open_project(postgres_url)
    with project.session() as session:
        session.add_all(_document(f"d{number}", f"نص {number}") for number in range(3))
    out = _WritesWhileExporting(project)
    assert export_dataset(project, out) == 3
    assert out.added
    assert "late" not in out.getvalue()
    assert _export(project)[0] == 4
    project.close()


def test_a_cancelled_dataset_export_stops_and_progress_counts_documents(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from annotator.errors import CancelledError
    from annotator.services import dataset_export

    monkeypatch.setattr(dataset_export, "PROGRESS_EVERY", 1)
    _build(project)
    with project.session() as session:
        documents = session.scalar(sa.select(sa.func.count(Document.id)))
    seen: list[tuple[int, int]] = []
    export_dataset(
        project, io.StringIO(), on_progress=lambda done, total: seen.append((done, total))
    )
    assert seen[-1] == (documents, documents)
    assert [done for done, _ in seen[:-1]] == list(range(1, (documents or 0) + 1))
    with pytest.raises(CancelledError):
        export_dataset(project, io.StringIO(), cancelled=lambda: True)

"""Importing articles: every format, idempotence, and every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from annotator.errors import CancelledError, ImportRefusedError
from annotator.services.importing import import_articles
from annotator.store.database import Project
from annotator.store.models import Document
from tests.conftest import shared_file

ARTICLE_ONE = "قُتل عنصرين من قوات النظام في بادية الرصافة."
ARTICLE_TWO = "أُصيب ٣ مدنيين بقصف مدفعي على ريف إدلب الجنوبي 😢."


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    return path


def stored(project: Project) -> dict[str, Document]:
    with project.session() as session:
        documents = session.scalars(sa.select(Document)).all()
        session.expunge_all()
    return {document.external_id: document for document in documents}


def test_jsonl_articles_are_stored_with_their_metadata(project: Project, tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "articles.jsonl",
        [
            {
                "id": "a1",
                "title": "اشتباكات في البادية",
                "text": ARTICLE_ONE,
                "url": "https://example.org/a1",
                "source": "شبكة الخابور",
                "published": "2021-03-16",
                "section": "news",
                "tags": ["syria"],
            },
            {"id": "a2", "text": ARTICLE_TWO, "published": "2021-03-17T09:30:00Z"},
        ],
    )
    report = import_articles(project, [source])
    assert (report.added, report.already_present, report.skipped) == (2, 0, [])
    documents = stored(project)
    first = documents["a1"]
    assert first.text == ARTICLE_ONE
    assert first.title == "اشتباكات في البادية"
    assert first.source == "شبكة الخابور"
    assert first.published is not None and first.published.isoformat() == "2021-03-16"
    assert first.language == "ar"
    assert first.extra == {"section": "news", "tags": ["syria"]}
    assert len(first.sha256) == 64
    assert documents["a2"].published is not None
    assert documents["a2"].published.isoformat() == "2021-03-17"


def test_importing_the_same_text_again_adds_nothing(project: Project, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [{"id": "a1", "text": ARTICLE_ONE}])
    import_articles(project, [source])
    again = write_jsonl(
        tmp_path / "b.jsonl",
        [{"id": "a1", "text": ARTICLE_ONE}, {"id": "other-id", "text": ARTICLE_ONE}],
    )
    report = import_articles(project, [again])
    assert (report.added, report.already_present) == (0, 2)
    assert list(stored(project)) == ["a1"]


def test_csv_columns_can_be_mapped_to_article_fields(project: Project, tmp_path: Path) -> None:
    source = tmp_path / "articles.csv"
    source.write_text(
        "identifier,body,date,outlet\r\n"
        f'x1,"{ARTICLE_ONE}\r\nسطر ثان",2020-05-09,سانا\r\n'
        f"x2,{ARTICLE_TWO},,\r\n",
        encoding="utf-8-sig",
    )
    report = import_articles(
        project,
        [source],
        field_map={"identifier": "id", "body": "text", "date": "published", "outlet": "source"},
    )
    assert report.added == 2
    documents = stored(project)
    # Line endings are stored as \n so that offsets match what the desk shows.
    assert documents["x1"].text == ARTICLE_ONE + "\nسطر ثان"
    assert documents["x1"].source == "سانا"
    assert documents["x2"].published is None


def test_a_folder_of_txt_and_html_files(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "report-1.txt").write_text(ARTICLE_ONE + "\r\n", encoding="utf-8")
    (folder / "sub" / "report-2.html").write_text(
        "<html><head><title>تقرير &amp; صور</title><style>p {color: red}</style>"
        "<script>alert('x')</script></head><body><h1>عنوان</h1>"
        "<p>الفقرة الأولى&nbsp;عن &quot;الدفاع الوطني&quot;.</p><p>الفقرة الثانية</p>"
        "<noscript>enable js</noscript></body></html>",
        encoding="utf-8",
    )
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    report = import_articles(project, [folder])
    assert report.added == 2
    documents = stored(project)
    assert documents["report-1"].text == ARTICLE_ONE + "\n"
    html = documents["report-2"]
    assert html.title == "تقرير & صور"
    assert html.text == 'عنوان\n\nالفقرة الأولى عن "الدفاع الوطني".\n\nالفقرة الثانية'
    assert "alert" not in html.text and "color" not in html.text and "enable" not in html.text


def test_the_syrian_archive_corpus_imports(project: Project) -> None:
    corpus = shared_file("corpus", "syrian_archive", "syrian_archive_ar.jsonl")
    lines = corpus.read_text(encoding="utf-8").splitlines()
    report = import_articles(project, [corpus], field_map={"date": "published"})
    assert report.skipped == []
    distinct_texts = {json.loads(line)["text"] for line in lines}
    assert report.added == len(distinct_texts)
    assert report.added + report.already_present == len(lines)
    documents = stored(project)
    assert all(document.language == "ar" for document in documents.values())
    assert sum(document.published is not None for document in documents.values()) >= 60


def _refused(project: Project, paths: list[Path], **options: object) -> str:
    with pytest.raises(ImportRefusedError) as caught:
        import_articles(project, paths, **options)  # type: ignore[arg-type]
    assert stored(project) == {}, "a refused import must write nothing"
    return str(caught.value)


def test_wrong_encoding_names_file_line_and_likely_encoding(
    project: Project, tmp_path: Path
) -> None:
    source = tmp_path / "legacy.jsonl"
    good = json.dumps({"id": "ok", "text": ARTICLE_TWO}, ensure_ascii=False)
    bad = json.dumps({"id": "bad", "text": ARTICLE_ONE}, ensure_ascii=False)
    source.write_bytes(good.encode("utf-8") + b"\n" + bad.encode("cp1256") + b"\n")
    message = _refused(project, [source])
    assert f"{source}:2: not UTF-8 text" in message
    assert "Windows-1256" in message


def test_missing_text_bad_date_and_bad_json_are_all_reported(
    project: Project, tmp_path: Path
) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text(
        json.dumps({"id": "ok", "text": ARTICLE_ONE}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "no-text", "title": "x"})
        + "\n"
        + json.dumps({"id": "bad-date", "text": ARTICLE_TWO, "published": "2021-02-30"})
        + "\n"
        + "{not json\n"
        + "[1, 2]\n",
        encoding="utf-8",
    )
    message = _refused(project, [source])
    assert f"{source}:2: no text" in message
    assert f"{source}:3: 'published' value '2021-02-30' is not a valid date" in message
    assert f"{source}:4: not valid JSON" in message
    assert f"{source}:5: expected a JSON object" in message
    assert "4 problem(s)" in message


def test_duplicate_ids_with_different_texts_are_refused(project: Project, tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "dup.jsonl",
        [{"id": "same", "text": ARTICLE_ONE}, {"id": "same", "text": ARTICLE_TWO}],
    )
    message = _refused(project, [source])
    assert f"{source}:2: id 'same' is also used for a different text at {source}:1" in message


def test_an_id_already_in_the_project_for_another_text_is_refused(
    project: Project, tmp_path: Path
) -> None:
    import_articles(project, [write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": "أ"}])])
    source = write_jsonl(tmp_path / "b.jsonl", [{"id": "a", "text": ARTICLE_TWO}])
    with pytest.raises(
        ImportRefusedError, match="already used in the project for a different text"
    ):
        import_articles(project, [source])
    assert [d.text for d in stored(project).values()] == ["أ"]


def test_a_200_mb_file_is_refused_without_reading_it(project: Project, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written to disk
    message = _refused(project, [huge])
    assert f"{huge}: the file is 200 MB; an article file may be at most 20 MB" in message


def test_an_oversized_jsonl_line_is_refused(project: Project, tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "big.jsonl",
        [{"id": "big", "text": "ا" * 5000}, {"id": "small", "text": ARTICLE_ONE}],
    )
    message = _refused(project, [source], max_bytes=2000)
    assert f"{source}:1: " in message
    assert "MB" in message and "small" not in message


def test_a_binary_file_is_refused(project: Project, tmp_path: Path) -> None:
    binary = tmp_path / "photo.jsonl"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    message = _refused(project, [binary])
    assert f"{binary}: is a binary file, not UTF-8 text" in message


def test_unknown_file_kinds_and_missing_paths_are_refused(project: Project, tmp_path: Path) -> None:
    sheet = tmp_path / "articles.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    assert "unknown kind of file '.xlsx'" in _refused(project, [sheet])
    assert "does not exist" in _refused(project, [tmp_path / "nowhere.jsonl"])


def test_an_acled_export_given_as_articles_is_recognised(project: Project) -> None:
    acled = shared_file("reference", "acled", "syria_2020_export_sample.csv")
    assert "ACLED event file" in _refused(project, [acled])


def test_skip_invalid_imports_the_good_records_and_lists_exactly_the_skipped(
    project: Project, tmp_path: Path
) -> None:
    source = tmp_path / "mixed.jsonl"
    source.write_text(
        json.dumps({"id": "good-1", "text": ARTICLE_ONE}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "empty", "text": "   "})
        + "\n"
        + json.dumps({"id": "good-2", "text": ARTICLE_TWO}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "when", "text": "نص", "published": "yesterday"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    report = import_articles(project, [source], skip_invalid=True)
    assert report.added == 2
    assert sorted(stored(project)) == ["good-1", "good-2"]
    assert [(p.where, p.message.split(":")[0]) for p in report.skipped] == [
        (f"{source}:2", "no text"),
        (f"{source}:4", "'published' value 'yesterday' is not a valid date (use YYYY-MM-DD, "
         "optionally followed by a time)"),
    ]  # fmt: skip


def test_progress_is_reported_until_the_whole_input_is_read(
    project: Project, tmp_path: Path
) -> None:
    source = write_jsonl(
        tmp_path / "many.jsonl",
        [{"id": f"n{i}", "text": f"{ARTICLE_ONE} {i}"} for i in range(300)],
    )
    seen: list[tuple[int, int, int]] = []
    import_articles(project, [source], on_progress=lambda *state: seen.append(state))
    total = source.stat().st_size
    assert seen[-1] == (total, total, 300)
    done = [state[0] for state in seen]
    assert done == sorted(done)


def test_a_cancelled_import_writes_nothing(project: Project, tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "many.jsonl",
        [{"id": f"n{i}", "text": f"{ARTICLE_ONE} {i}"} for i in range(2500)],
    )
    seen: list[int] = []

    def cancel_after_some_records() -> bool:
        seen.append(1)
        return len(seen) > 1500  # after the first batch has been written

    with pytest.raises(CancelledError, match="nothing was imported"):
        import_articles(project, [source], cancelled=cancel_after_some_records)
    assert stored(project) == {}

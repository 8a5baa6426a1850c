"""Every resource shipped with annotator follows its JSON Schema.

The built-in files are loaded without a schema check at run time (``trusted``: it cost
start-up a third of a second); this test is that check, so a broken built-in file still
fails CI. Files a user supplies are always checked when loaded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.bundled import resources_dir, schema_validator, schemas_dir
from annotator.codebook.schema import default_codebook, load_codebook
from annotator.suggest.cues import default_event_cues, load_event_cues
from annotator.suggest.gazetteer import default_resource_path, load_resource
from annotator.suggest.lexicon import Lexicon, builtin_lexicon, load_lexicon

# Every built-in JSON resource loaded by a trusted loader, and the schema it must follow.
SCHEMA_OF = {
    "resources/lexicon/actors.json": "lexicon.schema.json",
    "resources/lexicon/sources.json": "lexicon.schema.json",
    "resources/lexicon/event_cues.json": "event_cues.schema.json",
    "resources/gazetteer/syria.json": "gazetteer.schema.json",
    "schemas/acled.codebook.json": "codebook.schema.json",
}


def _path(relative: str) -> Path:
    folder, rest = relative.split("/", 1)
    return (resources_dir() if folder == "resources" else schemas_dir()) / rest


@pytest.mark.parametrize("relative", sorted(SCHEMA_OF))
def test_bundled_resource_follows_its_schema(relative: str) -> None:
    data = json.loads(_path(relative).read_text(encoding="utf-8"))
    errors = [
        f"{'/'.join(map(str, error.absolute_path)) or '(top level)'}: {error.message}"
        for error in schema_validator(SCHEMA_OF[relative]).iter_errors(data)
    ]
    assert errors == [], f"{relative} does not follow {SCHEMA_OF[relative]}"


def test_every_bundled_lexicon_and_gazetteer_file_is_checked() -> None:
    shipped = {
        f"resources/{path.parent.name}/{path.name}"
        for folder in ("lexicon", "gazetteer")
        for path in (resources_dir() / folder).glob("*.json")
    }
    assert shipped <= SCHEMA_OF.keys(), "a new built-in resource needs a schema in SCHEMA_OF"


def test_trusted_loaders_read_what_the_checked_loaders_read() -> None:
    for kind in ("actor", "source"):
        path = resources_dir() / "lexicon" / f"{kind}s.json"
        assert _records(builtin_lexicon(kind)) == _records(load_lexicon(path, kind=kind))
    checked_cues = load_event_cues(resources_dir() / "lexicon" / "event_cues.json")
    assert repr(default_event_cues().cues) == repr(checked_cues.cues)
    assert load_resource() == load_resource(default_resource_path())
    checked_codebook = load_codebook(schemas_dir() / "acled.codebook.json")
    assert repr(default_codebook().fields) == repr(checked_codebook.fields)


def _records(lexicon: Lexicon) -> list[tuple[object, ...]]:
    return [(r.surface, r.key, r.target, dict(r.value), r.confidence, r.origin, r.cue, r.blocked)
            for r in lexicon.records]  # fmt: skip


def test_a_user_file_is_still_checked(tmp_path: Path) -> None:
    from annotator.codebook.schema import CodebookError
    from annotator.suggest.cues import CueLexiconError
    from annotator.suggest.gazetteer import GazetteerError
    from annotator.suggest.lexicon import LexiconError

    broken = tmp_path / "broken.json"
    broken.write_text('{"kind": "actor"}', encoding="utf-8")
    with pytest.raises(LexiconError, match="is not valid"):
        load_lexicon(broken)
    with pytest.raises(CueLexiconError, match="is not valid"):
        load_event_cues(broken)
    with pytest.raises(GazetteerError):
        load_resource(broken)
    with pytest.raises(CodebookError, match="is not valid"):
        load_codebook(broken)

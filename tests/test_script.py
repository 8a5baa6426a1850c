from __future__ import annotations

import pytest

from annotator.text.script import guess_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("قُتل عنصرين من قوات النظام في بادية الرصافة", "ar"),
        ("Two soldiers were killed near Palmyra", "en"),
        ("قُتل ٣ عناصر (3 soldiers) في تدمر", "ar"),
        ("١٢٣ مدنيين", "ar"),
        ("123 456 — 😢", "und"),
        ("", "und"),
    ],
)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language

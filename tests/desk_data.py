"""A small coded-to-be project for desk tests: two articles and hand-made suggestions.

The suggestions are set up directly (not by the suggesters) so that desk tests check
the desk, whatever the suggesters' current quality. Used by test_desk.py and by the
desk driver that test_crash_safety.py kills.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from annotator.store.database import Project
from annotator.store.models import Document, Suggestion

TEXT = (
    "قُتل عنصران من قوات النظام، يوم 15 من آذار الحالي، في هجوم لتنظيم “الدولة” "
    "في بادية الرصافة بريف الرقة، بحسب شبكة “الخابور”.\n"
    "وفي سياق آخر، جرت مظاهرة في مدينة السويداء."
)
OTHER = "اعتقلت قوات النظام ٣ شبان 😀 في درعا البلد."
RASAFA = {
    "name": "Ar-Rasafa", "admin1": "Ar-Raqqa", "admin2": "Ar-Raqqa", "admin3": "Ar-Rasafa",
    "latitude": 35.6286, "longitude": 38.755, "geo_precision": 2, "country": "Syria",
}  # fmt: skip
# In text order; the desk walks them in this order.
SUGGESTED: list[tuple[str, str, dict[str, Any]]] = [
    ("casualty", "عنصران", {"count": 2, "outcome": "killed", "qualifier": "exact"}),
    ("actor", "قوات النظام", {"name": "Military Forces of Syria (2000-)", "inter": 1}),
    ("date", "15 من آذار الحالي", {"date": "2021-03-15", "time_precision": 1}),
    ("event_type", "هجوم", {"event_type": "Battles", "sub_event_type": "Armed clash"}),
    ("actor", "تنظيم “الدولة”", {"name": "Islamic State (Syria)", "inter": 2}),
    ("location", "بادية الرصافة", RASAFA),
    ("location", "الرقة", {**RASAFA, "name": "Ar-Raqqa", "admin3": "", "geo_precision": 3}),
    ("source", "الخابور", {"name": "Al-Khabour", "source_scale": "Subnational"}),
]


def fill_desk_project(project: Project) -> None:
    with project.session() as session:
        first = Document(external_id="first", text=TEXT, sha256="1" * 64, language="ar",
                         published=dt.date(2021, 3, 16), title="هجوم في بادية الرصافة")  # fmt: skip
        second = Document(external_id="second", text=OTHER, sha256="2" * 64, language="ar",
                          published=dt.date(2021, 3, 16))  # fmt: skip
        session.add_all([first, second])
        session.flush()
        for kind, surface, value in SUGGESTED:
            start = TEXT.index(surface)
            session.add(Suggestion(document_id=first.id, kind=kind, start=start,
                                   end=start + len(surface), value=value, confidence=0.9,
                                   suggester_version="test"))  # fmt: skip
        start = OTHER.index("قوات النظام")
        session.add(Suggestion(document_id=second.id, kind="actor", start=start, end=start + 11,
                               value={"name": "Military Forces of Syria (2000-)", "inter": 1},
                               suggester_version="test"))  # fmt: skip

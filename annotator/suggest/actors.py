"""Actor suggestions: known names of armed groups, state forces and civilians in the text.

>>> suggester = ActorSuggester()            # the built-in lexicon (resources/lexicon/actors.json)
>>> [(s.text, s.value) for s in suggester(SuggestContext.of("قُتل عنصران من “لواء القدس”"))]
[('لواء القدس', {'name': 'LaQ: Quds Brigade', 'inter': 3})]

``ActorSuggester(entries)`` takes the project's lexicon rows (``LexiconEntry`` or plain
items with ``kind, surface, target, value, confidence, origin``; rows of other kinds are
ignored) and lays them over the built-in lexicon (see ``annotator.suggest.lexicon``).
Build it once and use it for many articles: building the matcher is the costly part.

What each suggestion says:

- ``value`` is ``{"name": ACLED actor name, "inter": 1-8}``;
- the span is the name as the reporter wrote it. A descriptor word right before it
  (تنظيم, ميليشيا/ميليشيات, قوات, فصيل, فصائل) is inside the span, with the name's
  quotation marks: ``تنظيم “الدولة”``, ``ميليشيا “الدفاع الوطني”``. A name without a
  descriptor is the bare name: ``لواء القدس``, ``الفيلق الخامس``. Proclitics stay out
  (``وقوات النظام`` gives ``قوات النظام``), and so do words after the name (الفلسطيني);
- names in use only in some years (``Military Forces of Syria (2000-)`` up to 2024,
  ``(2000-2024)`` from 2025) are suggested by the article's publication year. Without a
  date, every candidate is suggested and they share the confidence (two candidates:
  half each);
- ``confidence`` is the lexicon entry's confidence: the surface's own in the built-in
  file (generic words such as مجهولون are lower), or the project entry's, which coders'
  rejections lower.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from annotator.suggest.base import SuggestContext, Suggestion
from annotator.suggest.lexicon import (
    Lexicon,
    LexiconMatcher,
    builtin_lexicon,
    fingerprint,
    merge_records,
    suggestions_of,
)

KIND = "actor"
# Words that introduce a name and belong to its span. Not حركة or جماعة: they also mean
# "movement" and "group of" (حركة الطائرات الروسية); names that carry them list them.
DESCRIPTORS = ("تنظيم", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "فصيل", "فصائل", "قوات")


class ActorSuggester:
    """Suggests the actors of an article (kind ``actor``).

    ``entries``: the project's lexicon rows, laid over ``lexicon`` (by default the
    built-in one; pass ``Lexicon.empty("actor")`` to use the project's rows alone).
    """

    kind = KIND

    def __init__(self, entries: Iterable[object] = (), *, lexicon: Lexicon | None = None) -> None:
        base = lexicon if lexicon is not None else builtin_lexicon(KIND)
        records = merge_records(KIND, base.records, entries)
        self._matcher = LexiconMatcher(
            (record for record in records if record.value or record.blocked),
            descriptors=DESCRIPTORS,
        )
        self._base_version = base.version
        self._records = records

    @cached_property
    def version(self) -> str:
        """Changes whenever the lexicon or the project's entries change."""
        return f"actors-{self._base_version}-{fingerprint(self._base_version, self._records)}"

    def __len__(self) -> int:
        """How many distinct surface keys the suggester looks for."""
        return len(self._matcher)

    def __call__(self, context: SuggestContext) -> list[Suggestion]:
        return self.suggest(context)

    def suggest(self, context: SuggestContext) -> list[Suggestion]:
        return suggestions_of(context, KIND, self._matcher.find(context), ("name", "inter"))

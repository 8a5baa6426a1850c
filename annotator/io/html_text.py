"""Plain text from an HTML article: scripts and styles dropped, entities decoded, paragraphs kept.

Uses the standard library's tokenizing parser: nothing is fetched or executed.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIPPED = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "figure", "figcaption",
    "dd", "dt", "hr", "aside", "main", "nav", "address",
}  # fmt: skip
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_depth:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str | None, str]:
    """Return (title, text); paragraphs are separated by one blank line."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    paragraphs = []
    for block in "".join(extractor.parts).split("\n"):
        line = _SPACES.sub(" ", block).strip()
        if line:
            paragraphs.append(line)
    title = _SPACES.sub(" ", "".join(extractor.title_parts)).strip() or None
    return title, "\n\n".join(paragraphs)

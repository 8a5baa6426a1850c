"""Suggestions per second on 4 KB articles, with the full lexicons and a worldwide gazetteer.

Baselines in the same run: the bare multi-pattern scan (one Aho-Corasick pass of the
normalised text over every name: the floor any name finder pays) and one big regular
expression alternation of the same names (what a naive suggester would do).

The generated articles are dense with cue words but have no sentences a reporter would
write, so the rules about quotes, sources and clauses rarely run. The same pipeline is
also timed on the project's own news articles (the texts of the news gold sets in
tests/data/gold, written for the project), each one's time scaled to 4 KB of text,
against the bare scan of the same texts.

Also timed: building a name matcher of 250,000 names (the gazetteer's names, then the
same names after a place noun, مدينة X, قرية X ..., as an imported gazetteer lists them).
"""

from __future__ import annotations

import json
import random
import re
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.articles import article_words
from benchmarks.report import Figure

if TYPE_CHECKING:
    from annotator.suggest.pipeline import Pipeline

NAME = "suggest (full pipeline)"
NEWS = "suggest (news articles)"
REGEX_ARTICLES = 3
NEWS_GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold"
ARTICLE_BYTES = 4096
MATCHER_NAMES = 250_000
PLACE_NOUNS = ("مدينة", "بلدة", "قرية", "ريف", "محيط", "ناحية")


def _articles(count: int, size: int = 4096, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(article_words(rng, size, sentence_rate=0.06)) for _ in range(count)]


def _news_texts() -> list[str]:
    """The inline texts of the news gold sets (none when the tests are not beside us)."""
    texts = []
    for path in sorted(NEWS_GOLD.glob("news*.gold.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if isinstance(record.get("text"), str):
                texts.append(record["text"])
    return texts


def _resident_mib() -> float:
    try:
        with Path("/proc/self/status").open() as lines:
            return next(int(line.split()[1]) for line in lines if line.startswith("VmRSS:")) / 1024
    except (OSError, StopIteration):
        return 0.0


def _many_names(keys: list[str], count: int) -> list[tuple[str, int]]:
    """``count`` names: ``keys``, then the same keys after each place noun in turn."""
    names = [(key, index) for index, key in enumerate(keys)]
    for noun in PLACE_NOUNS:
        names += [(f"{noun} {key}", index) for index, key in enumerate(keys)]
    return names[:count]


def _matcher_seconds(keys: list[str]) -> tuple[float, int]:
    from annotator.suggest.matcher import NameMatcher

    names = _many_names(keys, MATCHER_NAMES)
    started = time.perf_counter()
    NameMatcher(names)
    return time.perf_counter() - started, len(names)


def run(_work: Path, count: int) -> list[Figure]:
    from annotator.suggest.pipeline import Pipeline
    from annotator.text.normalize import normalize

    before = _resident_mib()
    started = time.perf_counter()
    pipeline = Pipeline(geonames="world")
    build_seconds = time.perf_counter() - started
    memory = _resident_mib() - before
    gazetteer = pipeline.gazetteer
    names = [key for key, _value in gazetteer.matcher._automaton.items()]

    articles = _articles(count)
    latencies = []
    for text in articles:
        began = time.perf_counter()
        pipeline.suggest(text)
        latencies.append(time.perf_counter() - began)
    automaton = gazetteer.matcher._automaton
    began = time.perf_counter()
    for text in articles:
        for _match in automaton.iter(normalize(text).text):
            pass
    scan_seconds = (time.perf_counter() - began) / count

    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    began = time.perf_counter()
    for text in articles[:REGEX_ARTICLES]:
        pattern.findall(normalize(text).text)
    regex_seconds = (time.perf_counter() - began) / REGEX_ARTICLES

    matcher_seconds, matcher_names = _matcher_seconds(names)
    news = _news_figures(pipeline)

    mean = statistics.fmean(latencies)
    ms = 1000.0
    percentile = statistics.quantiles(latencies, n=20)
    return [
        Figure(NAME, f"articles/s, {count} x 4 KB, {len(names):,} names", 1 / mean, "articles/s",
               "bare Aho-Corasick scan", 1 / scan_seconds, aim=">= 1,000 articles/s"),
        Figure(NAME, "time per article (mean)", mean * ms, "ms", "bare Aho-Corasick scan",
               scan_seconds * ms, aim="<= 15"),
        Figure(NAME, "p50 / p95 latency", statistics.median(latencies) * ms, "ms (p50)",
               f"p95 {percentile[18] * ms:.1f} ms", None, aim="p50 < 1 ms, p95 < 5 ms"),
        Figure(NAME, "one regex alternation of the same names", regex_seconds * ms,
               "ms/article", "pipeline mean", mean * ms),
        Figure(NAME, "building the worldwide gazetteer matcher", gazetteer.stats.matcher_seconds,
               "s", f"whole pipeline: {build_seconds:.2f} s", None),
        Figure(NAME, f"building a matcher of {matcher_names:,} names", matcher_seconds, "s",
               aim="< 2 s"),
        Figure(NAME, "memory of lexicons and gazetteer", memory, "MiB"),
        *news,
    ]  # fmt: skip


def _news_figures(pipeline: Pipeline) -> list[Figure]:
    """The pipeline on real-looking news, per 4 KB of UTF-8, against the bare scan."""
    from annotator.text.normalize import normalize

    texts = _news_texts()
    if not texts:
        return []
    for text in texts[:10]:  # warm the caches, as the generated run does
        pipeline.suggest(text)
    per_4kb = []
    for text in texts:
        began = time.perf_counter()
        pipeline.suggest(text)
        per_4kb.append((time.perf_counter() - began) * ARTICLE_BYTES / len(text.encode()))
    automaton = pipeline.gazetteer.matcher._automaton
    began = time.perf_counter()
    for text in texts:
        for _match in automaton.iter(normalize(text).text):
            pass
    scan = (time.perf_counter() - began) / sum(len(t.encode()) for t in texts) * ARTICLE_BYTES
    ms = 1000.0
    mean = statistics.fmean(per_4kb)
    size = statistics.fmean(len(t.encode()) for t in texts) / 1024
    return [
        Figure(NEWS, f"time per 4 KB ({len(texts)} news articles of {size:.1f} KB on average)",
               mean * ms, "ms", "bare Aho-Corasick scan", scan * ms, aim="<= 15"),
        Figure(NEWS, "p50 / p95 per 4 KB", statistics.median(per_4kb) * ms, "ms (p50)",
               f"p95 {statistics.quantiles(per_4kb, n=20)[18] * ms:.1f} ms", None,
               aim="p50 < 1 ms, p95 < 5 ms"),
    ]  # fmt: skip

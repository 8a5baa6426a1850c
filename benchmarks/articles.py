"""Generated Arabic-looking articles for benchmarks: deterministic, about 4 KB of UTF-8 each."""

from __future__ import annotations

import json
import random
from pathlib import Path

WORDS = [
    "قوات",
    "النظام",
    "اشتباكات",
    "بادية",
    "الرقة",
    "عنصرين",
    "قتلى",
    "جرحى",
    "الطيران",
    "الحربي",
    "غارات",
    "مدفعي",
    "ميليشيا",
    "الدفاع",
    "الوطني",
    "شبكة",
    "محلية",
    "مصادر",
    "قرية",
    "مدينة",
    "ريف",
    "محافظة",
    "شرقي",
    "جنوب",
    "شمال",
    "هجوم",
    "كمين",
    "عبوة",
    "ناسفة",
    "سيارة",
    "عسكرية",
    "دورية",
    "مدنيين",
    "أطفال",
    "نساء",
    "مقتل",
    "إصابة",
    "الحالي",
    "الماضي",
    "آذار",
    "نيسان",
    "شباط",
    "منتصف",
    "مطلع",
    "٢٠٢٠",
    "١٥",
    "13",
    "أكثر",
    "من",
    "نحو",
    "حوالي",
]


def article_words(rng: random.Random, article_bytes: int, sentence_rate: float = 0.0) -> list[str]:
    """Words drawn from WORDS until about ``article_bytes`` of UTF-8; some end a sentence."""
    words: list[str] = []
    size = 0
    while size < article_bytes:
        word = rng.choice(WORDS)
        if rng.random() < sentence_rate:
            word += "."
        words.append(word)
        size += len(word.encode("utf-8")) + 1
    return words


def write_articles(path: Path, count: int, *, article_bytes: int = 4096, seed: int = 7) -> int:
    """Write ``count`` JSONL articles to ``path``; returns the file size in bytes."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            words = article_words(rng, article_bytes)
            record = {
                "id": f"bench-{number}",
                "title": " ".join(words[:8]),
                "text": " ".join(words),
                "source": "benchmark",
                "published": f"2020-{1 + number % 12:02d}-{1 + number % 28:02d}",
            }
            handle.write(json.dumps(record, ensure_ascii=False))
            handle.write("\n")
    return path.stat().st_size

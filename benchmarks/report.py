"""One row per measured figure, with its baseline from the same run, printed as a table."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    benchmark: str
    measure: str
    value: float
    unit: str
    baseline: str = ""
    baseline_value: float | None = None
    # The ratio we aim for (value / baseline_value), where there is one.
    aim: str = ""

    @property
    def ratio(self) -> float | None:
        if not self.baseline_value:
            return None
        return self.value / self.baseline_value


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def machine_description() -> str:
    memory = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages / 2**30:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        pass
    return (
        f"{platform.machine()} {platform.processor() or ''}".strip()
        + f", {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}, "
        + f"Python {platform.python_version()}"
    )


def markdown_table(figures: list[Figure]) -> str:
    lines = [
        "| benchmark | measure | value | baseline (same run) | ratio | aim |",
        "|---|---|---:|---|---:|---|",
    ]
    for figure in figures:
        baseline = (
            f"{figure.baseline}: {_number(figure.baseline_value)} {figure.unit}"
            if figure.baseline_value is not None
            else figure.baseline
        )
        ratio = f"{figure.ratio:.2f}" if figure.ratio is not None else ""
        lines.append(
            f"| {figure.benchmark} | {figure.measure} | {_number(figure.value)} {figure.unit} "
            f"| {baseline} | {ratio} | {figure.aim} |"
        )
    return "\n".join(lines)

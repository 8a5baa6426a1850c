"""A suggestion's value in one line, as a coder reads it (tooltips, lists)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

INTER_NAMES = {1: "State forces", 2: "Rebel group", 3: "Political militia",
               4: "Identity militia", 5: "Rioters", 6: "Protesters", 7: "Civilians",
               8: "External/Other forces"}  # fmt: skip


def describe_value(kind: str, value: Mapping[str, Any]) -> str:
    if kind == "actor":
        inter = value.get("inter")
        label = INTER_NAMES.get(inter, str(inter)) if isinstance(inter, int) else str(inter or "")
        name = value.get("name", "?")
        return f"{name} · {label} ({inter})" if inter else str(name)
    if kind == "location":
        admins = " › ".join(str(value[k]) for k in ("admin1", "admin2", "admin3") if value.get(k))
        where = f"{value.get('latitude')}, {value.get('longitude')}"
        precision = value.get("geo_precision")
        return f"{value.get('name', '?')} · {admins} · {where} · precision {precision}"
    if kind == "casualty":
        return f"{value.get('outcome')} · {value.get('count')} · {value.get('qualifier')}"
    if kind == "date":
        return f"{value.get('date')} · time precision {value.get('time_precision')}"
    if kind == "source":
        return f"{value.get('name', '?')} · {value.get('source_scale', '')}"
    if kind == "event_type":
        return f"{value.get('event_type')} › {value.get('sub_event_type')}"
    return ", ".join(f"{key}: {item}" for key, item in value.items())

"""A draft of ACLED's notes field, built from an event's coded fields.

ACLED notes open with the date phrase ("On 15 March 2021, ...") and end with what was
decided about fatalities. A draft is offered only where the coder left notes empty;
a coder's own notes are never changed.
"""

from __future__ import annotations

from collections.abc import Mapping

from annotator.io.acled_writer import format_export_tool_date

_ACTIONS = {
    "Armed clash": "{actor1} clashed with {actor2}",
    "Government regains territory": "{actor1} regained territory from {actor2}",
    "Non-state actor overtakes territory": "{actor1} took territory from {actor2}",
    "Air/drone strike": "{actor1} carried out air or drone strikes",
    "Shelling/artillery/missile attack": "{actor1} shelled positions",
    "Remote explosive/landmine/IED": "an explosive device went off",
    "Suicide bomb": "a suicide bomber struck",
    "Grenade": "{actor1} threw a grenade",
    "Chemical weapon": "{actor1} used a chemical weapon",
    "Attack": "{actor1} attacked {actor2}",
    "Abduction/forced disappearance": "{actor1} abducted {actor2}",
    "Sexual violence": "{actor1} committed sexual violence against {actor2}",
    "Peaceful protest": "{actor1} demonstrated",
    "Protest with intervention": "{actor1} demonstrated and {actor2} intervened",
    "Excessive force against protesters": "{actor2} used excessive force against {actor1}",
    "Violent demonstration": "{actor1} rioted",
    "Mob violence": "{actor1} took part in mob violence",
    "Arrests": "{actor1} arrested {actor2}",
}


def _date_phrase(fields: Mapping[str, object]) -> str:
    raw = str(fields.get("event_date") or "")
    try:
        day = format_export_tool_date(raw).lstrip("0")
    except ValueError:
        return "On an unknown date"
    if str(fields.get("time_precision") or "1") == "1":
        return f"On {day}"
    return f"Around {day} (as reported)"


def _place(fields: Mapping[str, object]) -> str:
    parts: list[str] = []
    for name in ("location", "admin2", "admin1"):
        value = str(fields.get(name) or "").strip()
        if value and value not in parts:
            parts.append(value)
    return ", ".join(parts)


def _fatalities(fields: Mapping[str, object]) -> str:
    try:
        count = int(str(fields.get("fatalities") or 0))
    except ValueError:
        return ""
    if count == 0:
        return "No fatalities were reported."
    return f"{count} fatalit{'y was' if count == 1 else 'ies were'} reported."


def draft_note(fields: Mapping[str, object]) -> str:
    """One or two English sentences in ACLED's note style."""
    sub_type = str(fields.get("sub_event_type") or "")
    actor1 = str(fields.get("actor1") or "an unidentified actor")
    actor2 = str(fields.get("actor2") or "others")
    template = _ACTIONS.get(sub_type, "{actor1} was involved in an event ({sub_type})")
    action = template.format(actor1=actor1, actor2=actor2, sub_type=sub_type.lower() or "other")
    place = _place(fields)
    where = f" in {place}" if place else ""
    sentence = f"{_date_phrase(fields)}, {action}{where}."
    fatalities = _fatalities(fields)
    return f"{sentence} {fatalities}".strip()

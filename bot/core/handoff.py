"""Reaching a person at the clinic: the decisions, with no Telegram, clock or database.

The Telegram side (bot/telegram/handoff.py) passes in the time and the stored facts; this module
says which text to send, whether the office is open, which label a patient gets in the staff chat,
and whether a crisis alert is due. Staff edit the wording under `handoff:` in faq/messages.yaml.
"""

from __future__ import annotations

import re
import statistics
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

TIERS = ("crisis", "concern")
ALERT_QUIET = timedelta(minutes=10)  # one alert per patient per 10 minutes, not one per message
ALERT_KEEP = timedelta(hours=72)  # "reach out" works this long (a weekend); then the chat id goes
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_NAMES_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
LABEL_HEX = 6  # 16 million labels: two patients at one clinic will not share one

# "can I talk to a real person", "is there a human", "hablar con alguien": a request for a person.
_ASK = frozenset("talk speak chat reach contact call hablar platicar comunicarme comunicar".split())
_PERSON = frozenset(
    "person human someone somebody staff nurse doctor provider people team real persona alguien humano "
    "enfermera doctora doctor equipo".split()
)
_WORD = re.compile(r"[a-záéíóúñü]+")


@dataclass(frozen=True)
class HandoffTexts:
    """Every hand-off text, as staff wrote it under `handoff:` in faq/messages.yaml (each one is
    required there); {placeholders} are filled in by this module."""

    consent_button: str
    consent_question: str
    consent_yes: str
    consent_no: str
    declined: str
    connected: str
    sent_open: str
    sent_after_hours: str
    emergency: str
    from_team: str
    closed: str
    group_only_private: str
    private_only: str
    staff_question: str
    staff_opened: str
    staff_follow_up: str
    staff_withheld: str
    staff_how: str
    staff_how_topic: str
    staff_closed: str
    staff_forgot: str
    staff_not_found: str
    staff_already_closed: str
    staff_undelivered: str
    alert: str
    tier_crisis: str
    tier_concern: str
    reach_out_button: str
    reached_out: str
    reach_out_expired: str
    warm: str
    privacy: str
    forget_question: str
    forget_yes: str
    forget_no: str
    forgotten: str
    forget_cancelled: str


TEXT_FIELDS = tuple(f.name for f in fields(HandoffTexts))
# What the patient reads (may have a Spanish twin); the rest is for staff.
PATIENT_FIELDS = (
    "consent_button", "consent_question", "consent_yes", "consent_no", "declined", "connected", "sent_open",
    "sent_after_hours", "emergency", "from_team", "closed", "group_only_private", "private_only", "warm", "privacy",
    "forget_question", "forget_yes", "forget_no", "forgotten", "forget_cancelled",
)
PLACEHOLDERS = frozenset({"label", "time", "tier", "hours", "opens", "days"})


@dataclass(frozen=True)
class OfficeHours:
    """When staff read the staff chat, in the clinic's time zone."""

    zone: str = "America/Phoenix"
    zone_name: str = "Arizona time"
    zone_name_es: str = "hora de Arizona"
    days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    opens: time = time(9, 0)
    closes: time = time(17, 0)

    def local(self, now: datetime) -> datetime:
        return now.astimezone(ZoneInfo(self.zone))

    def is_open(self, now: datetime) -> bool:
        here = self.local(now)
        return here.weekday() in self.days and self.opens <= here.time() < self.closes

    def next_opening(self, now: datetime) -> datetime:
        """The next moment the office opens, strictly after `now` (clinic time)."""
        here = self.local(now)
        for ahead in range(8):
            day = here + timedelta(days=ahead)
            start = day.replace(hour=self.opens.hour, minute=self.opens.minute, second=0, microsecond=0)
            if day.weekday() in self.days and start > here:
                return start
        raise ValueError("office hours have no open day")

    def describe(self, lang: str = "en") -> str:
        """'Monday to Friday, 9:00 AM to 5:00 PM Arizona time' (or in Spanish)."""
        es = lang == "es"
        days = [(DAY_NAMES_ES if es else DAY_NAMES)[d] for d in sorted(self.days)]
        contiguous = sorted(self.days) == list(range(min(self.days), max(self.days) + 1))
        to = " a " if es else " to "
        span = (("de " if es else "") + days[0] + to + days[-1]) if contiguous and len(days) > 2 else ", ".join(days)
        if es:
            return f"{span}, de {clock(self.opens)} a {clock(self.closes)}, {self.zone_name_es}"
        return f"{span}, {clock(self.opens)} to {clock(self.closes)} {self.zone_name}"

    def opening(self, now: datetime, lang: str = "en") -> str:
        """'Monday at 9:00 AM Arizona time': when the office next opens."""
        at = self.next_opening(now)
        if lang == "es":
            return f"el {DAY_NAMES_ES[at.weekday()]} a las {clock(at)}, {self.zone_name_es}"
        return f"{DAY_NAMES[at.weekday()]} at {clock(at)} {self.zone_name}"


@dataclass(frozen=True)
class HandoffConfig:
    texts: HandoffTexts
    texts_es: HandoffTexts  # the patient's texts in Spanish, English where not given
    hours: OfficeHours
    lang: str = "en"  # the patient's language, for the texts and the office hours

    def for_lang(self, lang: str) -> HandoffConfig:
        """The same settings, speaking to the patient in `lang` ("es" or English)."""
        return replace(self, texts=self.texts_es, lang="es") if lang == "es" else self


# ---------------------------------------------------------------- loading (from messages.yaml)


def clock(at: time | datetime) -> str:
    """9:00 AM: how the office writes times."""
    return f"{(at.hour % 12) or 12}:{at.minute:02d} {'AM' if at.hour < 12 else 'PM'}"


def _parse_time(value: Any) -> time | None:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", str(value).strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return time(int(match[1]), int(match[2]))


def parse_office_hours(data: Any) -> tuple[OfficeHours | None, list[str]]:
    """`office_hours:` from messages.yaml, or the problems in plain words."""
    if not isinstance(data, Mapping):
        return None, ["'office_hours' should have time_zone, zone_name, days, opens and closes"]
    problems = []
    zone = str(data.get("time_zone", "")).strip()
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"office_hours: unknown time_zone {zone!r} (for example America/Phoenix)")
    raw_days = data.get("days") if isinstance(data.get("days"), list) else []
    days = tuple(DAYS.index(str(d).strip().lower()[:3]) for d in raw_days if str(d).strip().lower()[:3] in DAYS)
    if not days or len(days) != len(raw_days):
        problems.append("office_hours: days should be a list like [mon, tue, wed, thu, fri]")
    opens, closes = _parse_time(data.get("opens", "")), _parse_time(data.get("closes", ""))
    if opens is None or closes is None or not opens < closes:
        problems.append("office_hours: opens and closes should be times like '09:00' and '17:00', opens first")
    if problems:
        return None, problems
    return OfficeHours(zone=zone, zone_name=str(data.get("zone_name") or zone).strip(),
                       zone_name_es=str(data.get("zone_name_es") or data.get("zone_name") or zone).strip(),
                       days=tuple(sorted(set(days))), opens=opens, closes=closes), []


def text_problems(key: str, value: Any) -> list[str]:
    if key not in TEXT_FIELDS:
        return [f"handoff: unknown field '{key}'"]
    if not isinstance(value, str) or not value.strip():
        return [f"handoff: '{key}' should be a text"]
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
    except ValueError:
        return [f"handoff: '{key}' has a {{ without its }}"]
    unknown = sorted(names - PLACEHOLDERS)
    return [f"handoff: '{key}' uses {{{unknown[0]}}}; known: {', '.join(sorted(PLACEHOLDERS))}"] if unknown else []


def parse_handoff(data: Any, data_es: Any = None) -> tuple[HandoffConfig | None, list[str]]:
    """The `handoff:` section of messages.yaml (every text and the office hours are required) and
    its Spanish twin `handoff_es:` (the patient's texts only; staff read English). A Spanish text
    that is not given keeps its English wording."""
    if not isinstance(data, Mapping) or not isinstance(data_es or {}, Mapping):
        return None, ["'handoff' should list the hand-off texts and office_hours (see faq/README.md); "
                      "'handoff_es' their Spanish twins"]
    missing = [key for key in ("office_hours", *TEXT_FIELDS) if key not in data]
    problems = [f"handoff: '{key}' is missing" for key in missing]
    hours, hour_problems = parse_office_hours(data.get("office_hours")) if "office_hours" in data else (None, [])
    problems += hour_problems
    texts = {str(k): v for k, v in data.items() if k != "office_hours"}
    for key, value in texts.items():
        problems += text_problems(key, value)
    spanish = {str(k): v for k, v in (data_es or {}).items()}
    for key, value in spanish.items():
        problems += [p.replace("handoff:", "handoff_es:") for p in text_problems(key, value)]
        problems += [] if key in PATIENT_FIELDS or key not in TEXT_FIELDS else [f"handoff_es: '{key}' is read by staff, in English"]
    if problems or hours is None:
        return None, problems
    english = HandoffTexts(**{k: v.strip() for k, v in texts.items()})
    spanish_texts = replace(english, **{k: v.strip() for k, v in spanish.items()})
    return HandoffConfig(texts=english, texts_es=spanish_texts, hours=hours), []


# ---------------------------------------------------------------- decisions


def patient_label(user_hash: str) -> str:
    """A short code staff can tell apart; it is part of the salted hash, so it names no one."""
    return "Patient " + user_hash[:LABEL_HEX].upper()


def wants_person(text: str) -> bool:
    """"Can I talk to a real person?": an ask-verb and a person-word in a short message."""
    tokens = set(_WORD.findall(text[:300].lower()))
    return bool(tokens & _ASK and tokens & _PERSON)


def stamp(config: HandoffConfig, now: datetime) -> str:
    """The time as staff read it: 'Sun 6 Dec, 3:12 AM Arizona time'."""
    here = config.hours.local(now)
    return f"{here.strftime('%a')} {here.day} {here.strftime('%b')}, {clock(here)} {config.hours.zone_name}"


def receipt(config: HandoffConfig, now: datetime) -> str:
    """What the patient is told once the team has her message: when to expect an answer."""
    texts, hours = config.texts, config.hours
    if hours.is_open(now):
        line = texts.sent_open.format(hours=hours.describe(config.lang))
    else:
        line = texts.sent_after_hours.format(opens=hours.opening(now, config.lang))
    return f"{line}\n\n{texts.emergency}"


def staff_post(config: HandoffConfig, label: str, now: datetime, *, text: str | None, first: bool,
               topic: bool = False) -> str:
    """The staff-chat message for a patient's words (or for a request with no words yet); the
    first one says how to answer, which differs in a forum topic."""
    texts = config.texts
    how = f"\n\n{texts.staff_how_topic if topic else texts.staff_how}" if first else ""
    if text is None:
        return texts.staff_opened.format(label=label, time=stamp(config, now)) + how
    head = (texts.staff_question if first else texts.staff_follow_up).format(label=label, time=stamp(config, now))
    return f"{head}\n{text}{how}"


def alert_text(config: HandoffConfig, label: str, tier: str, now: datetime) -> str:
    """The crisis alert: who (a code), when, which tier. Never the patient's words."""
    if tier not in TIERS:
        raise ValueError(f"unknown tier {tier!r}")
    shown = config.texts.tier_crisis if tier == "crisis" else config.texts.tier_concern
    return config.texts.alert.format(label=label, tier=shown, time=stamp(config, now))


def alert_due(last_alert: datetime | None, now: datetime) -> bool:
    return last_alert is None or now - last_alert >= ALERT_QUIET


def from_team(config: HandoffConfig, staff_text: str) -> str:
    return f"{config.texts.from_team}\n{staff_text}"


@dataclass(frozen=True)
class HandoffSummary:
    """For `faqbot report`: how many hand-offs, how many got an answer, how fast."""

    handoffs: int = 0
    answered: int = 0
    median_minutes: float | None = None
    longest_minutes: float | None = None


def summarise(times: Iterable[tuple[datetime, datetime | None]]) -> HandoffSummary:
    """`times`: (opened, first staff reply or None) per hand-off."""
    pairs = list(times)
    waits = [(reply - opened).total_seconds() / 60 for opened, reply in pairs if reply is not None]
    if not waits:
        return HandoffSummary(handoffs=len(pairs))
    return HandoffSummary(handoffs=len(pairs), answered=len(waits),
                          median_minutes=round(statistics.median(waits), 1), longest_minutes=round(max(waits), 1))

"""Right / wrong / held per labelled question file, with the FAQ as shipped and cut to five phrasings.

    PYTHONPATH=. python -m tests.es_scoreboard dump /tmp/me_before.json [--only es]
    PYTHONPATH=. python -m tests.es_scoreboard diff /tmp/me_before.json /tmp/me_after.json

`dump` stores every reply's answer id (never the message text in logs: the file sits beside the labelled data);
`diff` prints per-file right/wrong/held before -> after for both FAQ cuts, totals for Spanish and English,
and lists every question whose verdict changed (new wrong answers first).
"""

from __future__ import annotations

import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

from bot.core.knowledge import load_knowledge
from bot.core.responder import Responder
from bot.staff.evaluation import cut_phrasings
from tests.paths import DATA, SHIPPED_FAQ

EVAL = Path(__file__).resolve().parent.parent / "eval"


def question_files(only: str | None = None) -> list[Path]:
    files = sorted(DATA.glob("questions*.yaml")) + sorted(EVAL.glob("questions*.yaml"))
    if only == "es":
        files = [f for f in files if "_es_" in f.name]
    return files


def _score(job: tuple[str, int | None]) -> tuple[str, str, list[list]]:
    path, phrasings = job
    knowledge = load_knowledge(SHIPPED_FAQ)
    if phrasings:
        knowledge = cut_phrasings(knowledge, phrasings)
    responder = Responder(knowledge)
    items = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    rows = []
    for item in items:
        expect = item.get("expect")
        expect = expect if isinstance(expect, list) else [expect]
        reply = responder.respond(str(item["text"]))
        got = reply.answer.id if reply.answer else None
        rows.append([str(item["text"]), expect, got])
    return Path(path).name, "five" if phrasings else "full", rows


def verdict(expect: list, got: str | None) -> str:
    if got is not None and got not in expect:
        return "wrong"
    if any(e is not None for e in expect):
        return "right" if got in expect else "held"
    return "held-ok"


def dump(out: str, only: str | None) -> None:
    jobs = [(str(f), p) for f in question_files(only) for p in (None, 5)]
    result: dict = {}
    with ProcessPoolExecutor() as pool:
        for name, cut, rows in pool.map(_score, jobs):
            result.setdefault(cut, {})[name] = rows
    Path(out).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


def _counts(rows: list) -> tuple[int, int, int, int]:
    verdicts = [verdict(e, g) for _, e, g in rows]
    in_scope = sum(any(x is not None for x in e) for _, e, _ in rows)
    return verdicts.count("right"), verdicts.count("wrong"), verdicts.count("held"), in_scope


def diff(before_path: str, after_path: str) -> int:
    before = json.loads(Path(before_path).read_text(encoding="utf-8"))
    after = json.loads(Path(after_path).read_text(encoding="utf-8"))
    new_wrong = 0
    for cut in ("full", "five"):
        print(f"== {cut} ==  file: right/wrong/held (of in-scope) before -> after")
        totals = {"es": [[0, 0, 0, 0], [0, 0, 0, 0]], "en": [[0, 0, 0, 0], [0, 0, 0, 0]]}
        changes = []
        for name in sorted(after[cut]):
            rows_after = after[cut][name]
            rows_before = before.get(cut, {}).get(name, rows_after)
            a, b = _counts(rows_before), _counts(rows_after)
            lang = "es" if "_es_" in name else "en"
            for i, counts in enumerate((a, b)):
                totals[lang][i] = [x + y for x, y in zip(totals[lang][i], counts)]
            if a != b:
                print(f"  {name:28} {a[0]}/{a[1]}/{a[2]} of {a[3]} -> {b[0]}/{b[1]}/{b[2]}")
            for (text, expect, g0), (_, _, g1) in zip(rows_before, rows_after):
                if g0 != g1:
                    v0, v1 = verdict(expect, g0), verdict(expect, g1)
                    if v1 == "wrong" and v0 != "wrong":
                        new_wrong += 1
                    changes.append((v1 != "wrong", f"    {name}: {v0}({g0}) -> {v1}({g1}) {text[:110]!r}"))
        for lang, (a, b) in totals.items():
            print(f"  TOTAL {lang}: right {a[0]}/{a[3]} ({a[0] / max(a[3], 1):.1%}) wrong {a[1]} held {a[2]}"
                  f" -> right {b[0]}/{b[3]} ({b[0] / max(b[3], 1):.1%}) wrong {b[1]} held {b[2]}")
        for _, line in sorted(changes, key=lambda c: c[0]):
            print(line)
    print(f"new wrong answers: {new_wrong}")
    return 0


def show(path: str, name: str, cut: str, kind: str) -> None:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for text, expect, got in data[cut][name]:
        if verdict(expect, got) == kind:
            print(f"{expect} got {got}: {text}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[0] == "dump":
        dump(args[1], args[3] if len(args) > 3 and args[2] == "--only" else None)
    elif args[0] == "diff":
        raise SystemExit(diff(args[1], args[2]))
    elif args[0] == "show":
        show(*args[1:5])

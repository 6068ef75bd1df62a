"""Replies to every labelled FAQ question, with the FAQ as shipped and cut to five phrasings, and what
changed between two runs.

    PYTHONPATH=. python -m tests.faq_compare dump before.json     (on the old code)
    PYTHONPATH=. python -m tests.faq_compare dump after.json      (on the new code)
    python -m tests.faq_compare diff before.json after.json [-v]

`diff` prints, per labelled file (tests/data/questions*.yaml, eval/questions*.yaml) whose figures changed,
right / wrong / held back before -> after, full and five phrasings, then the totals for English and
Spanish; -v lists every question whose reply changed. It exits 1 when a question gets a new wrong answer.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor

import yaml

FILES = sorted(glob.glob("tests/data/questions*.yaml")) + sorted(glob.glob("eval/questions*.yaml"))


def _replies(job: tuple[str, int | None]) -> tuple[str, list]:
    from bot.core.knowledge import load_knowledge
    from bot.core.responder import Responder
    from bot.staff.evaluation import cut_phrasings
    from tests.paths import SHIPPED_FAQ

    path, phrasings = job
    knowledge = load_knowledge(SHIPPED_FAQ)
    responder = Responder(cut_phrasings(knowledge, phrasings) if phrasings else knowledge)
    rows = []
    for item in yaml.safe_load(open(path, encoding="utf-8")):
        expect = item.get("expect")
        expected = sorted(map(str, expect if isinstance(expect, list) else [expect]))
        reply = responder.respond(str(item["text"]))
        rows.append((str(item["text"]), expected, reply.answer.id if reply.answer else None))
    return f"{path}|{phrasings or 'full'}", rows


def dump(out: str) -> None:
    jobs = [(path, phrasings) for path in FILES for phrasings in (None, 5)]
    with ProcessPoolExecutor(os.cpu_count()) as pool:
        result = dict(pool.map(_replies, jobs))
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(result, handle)


def _counts(rows: list) -> tuple[int, int, int, int, int, int]:
    right = wrong = in_scope = held = out_of_scope = 0
    for _, expected, got in rows:
        wrong += got is not None and got not in expected
        if expected != ["None"]:
            in_scope += 1
            right += got in expected
        else:
            out_of_scope += 1
            held += got is None
    return right, wrong, in_scope, held, out_of_scope, len(rows)


def diff(before_path: str, after_path: str, verbose: bool) -> int:
    before, after = (json.load(open(p, encoding="utf-8")) for p in (before_path, after_path))
    totals: dict[tuple[str, str], list[int]] = {}
    new_wrong = 0
    for key in sorted(before.keys() & after.keys()):
        path, cut = key.split("|")
        old, new = _counts(before[key]), _counts(after[key])
        total = totals.setdefault(("ES" if "_es" in path else "EN", cut), [0] * 12)
        for i in range(6):
            total[i] += old[i]
            total[6 + i] += new[i]
        if old != new:
            print(f"{path:40s} {cut:4s} right {old[0]}/{old[2]} -> {new[0]}  wrong {old[1]} -> {new[1]}  "
                  f"held {old[3]}/{old[4]} -> {new[3]}")
        for (text, expected, was), (_, _, now) in zip(before[key], after[key]):
            if was == now:
                continue
            if now is not None and now not in expected:
                new_wrong += 1
                tag = "NEW WRONG"
            else:
                tag = "RIGHT" if now in expected else ("LOST" if was in expected else "HELD")
            if verbose or tag == "NEW WRONG":
                print(f"    {tag:9s} {text[:120]!r}: {was} -> {now} (expected {', '.join(expected)})")
    for (lang, cut), t in sorted(totals.items()):
        print(f"TOTAL {lang} {cut:4s} right {t[0]}/{t[2]} -> {t[6]} ({t[6] / t[8]:.1%})  "
              f"wrong {t[1]} -> {t[7]} ({t[7] / t[11]:.2%})  held {t[3]}/{t[4]} -> {t[9]}")
    return 1 if new_wrong else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "dump":
        dump(sys.argv[2])
    elif len(sys.argv) in (4, 5) and sys.argv[1] == "diff":
        sys.exit(diff(sys.argv[2], sys.argv[3], "-v" in sys.argv[4:]))
    else:
        sys.exit(__doc__)

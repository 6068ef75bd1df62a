"""Verdicts on every labelled message, rules alone and with the model, and what changed between two runs.

    PYTHONPATH=. python -m tests.crisis_compare dump before.json     (on the old code)
    PYTHONPATH=. python -m tests.crisis_compare dump after.json      (on the new code)
    python -m tests.crisis_compare diff before.json after.json

Reads tests/data/crisis_*.yaml and eval/crisis_dev.yaml (positive, negative, either) and every question set
(tests/data/questions*.yaml, eval/questions*.yaml). `diff` prints recall and alarms before -> after, each
new alarm on a negative or a question (either tier), each sure verdict new on a question, each positive
lost or gained, each sure verdict lost or gained on a positive or won on a negative, each 'either'
verdict changed; it exits 1 when there is a new alarm.
"""

from __future__ import annotations

import glob
import json
import sys

import yaml


def dump(path: str) -> None:
    from bot.core.crisis_model import SILENT
    from bot.core.safety import CrisisDetector
    rules, full = CrisisDetector(model=SILENT), CrisisDetector()
    out: dict[str, list[str]] = {}

    def add(source: str, label: str, text: str) -> None:
        out[f"{source}|{label}|{text}"] = [rules.check(text).tier.value, full.check(text).tier.value]

    for source in sorted(glob.glob("tests/data/crisis_*.yaml")) + ["eval/crisis_dev.yaml"]:
        data = yaml.safe_load(open(source, encoding="utf-8"))
        for label in ("positive", "negative", "either"):
            for item in data.get(label) or []:
                add(source, label, item if isinstance(item, str) else item["text"])
    for source in sorted(glob.glob("tests/data/questions*.yaml")) + sorted(glob.glob("eval/questions*.yaml")):
        for item in yaml.safe_load(open(source, encoding="utf-8")) or []:
            add(source, "q-crisis" if item.get("crisis") else "question", item["text"])
    json.dump(out, open(path, "w", encoding="utf-8"), ensure_ascii=False)


def diff(before_path: str, after_path: str) -> int:
    before, after = json.load(open(before_path, encoding="utf-8")), json.load(open(after_path, encoding="utf-8"))
    kinds = [("batch 24 positives", lambda k: k.startswith("tests/data/crisis_batch24.yaml|positive|")),
             ("all positives", lambda k: "|positive|" in k), ("all negatives", lambda k: "|negative|" in k),
             ("questions", lambda k: "|question|" in k)]
    for name, chosen in kinds:
        for at, how in ((0, "rules alone"), (1, "with model")):
            keys = [k for k in after if chosen(k) and k in before]
            shown = [sum(d[k][at] != "none" for k in keys) for d in (before, after)]
            print(f"{name:20s} {how:12s} {shown[0]} -> {shown[1]} of {len(keys)}")
    new = 0
    for key in after:
        if key not in before:
            continue
        if "|either|" in key and before[key] != after[key]:
            print("EITHER", before[key], "->", after[key], key)  # either verdict is right; shown to be read
        for at, how in ((0, "rules alone"), (1, "with model")):
            old, now = before[key][at], after[key][at]
            quiet = "|negative|" in key or "|question|" in key
            if quiet and old == "none" and now != "none" or "|question|" in key and now == "crisis" != old:
                print("NEW ALARM", how, now, key)
                new += 1
            if "|positive|" in key and old != "none" and now == "none":
                print("LOST", how, key)
            elif "|positive|" in key and old != now and (old == "none" or now == "crisis"):
                print("GAINED", how, old, "->", now, key)
            elif "|positive|" in key and old == "crisis" != now or quiet and old == "concern" and now == "crisis":
                print("TIER", how, old, "->", now, key)  # a sure reply lost on a crisis, or won on a quiet message
    print("new alarms:", new)
    return 1 if new else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"]:
        dump(sys.argv[2])
    else:
        sys.exit(diff(sys.argv[2], sys.argv[3]))

"""Train bot/core/crisis_model.json from the labelled sets in this repository.

    python -m tests.train_crisis_model            # write the model
    python -m tests.train_crisis_model --leave-out 9   # train without batch 9, score batch 9

Crisis messages (`positive`) are the positives; the tricky non-crises (`negative`), every ordinary
question in the question sets and the FAQ's own phrasings (as shipped in faq/faq.yaml, bar the
suicidal-thoughts entry) are the negatives; `either` messages are left out. A staff edit to the FAQ
does not call for training again; a new labelled set or a change to the concept lexicon does. Training is
plain stochastic gradient descent with a fixed seed, so the same data gives the same model. The
model records a digest of what it was trained on; tests/test_crisis_model.py fails when a labelled
set or the concept lexicon changed and the model was not trained again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
from pathlib import Path

import yaml

from bot.core.crisis_model import MODEL_PATH, CrisisModel
from bot.core.safety import model_features

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
EPOCHS, RATE, L2, SEED = 15, 0.2, 1e-3, 0
SMALLEST = 0.01  # weights smaller than this are left out of the file


def crisis_files() -> list[Path]:
    return [*sorted(DATA.glob("crisis_*.yaml")), ROOT / "eval" / "crisis_dev.yaml"]


def question_files() -> list[Path]:
    return [*sorted(DATA.glob("questions_*.yaml")), *sorted((ROOT / "eval").glob("questions_*.yaml"))]


def digest() -> str:
    """What the model depends on: the labelled sets and the concept lexicon that makes its features."""
    sha = hashlib.sha256()
    for path in [*crisis_files(), *question_files(), ROOT / "bot" / "core" / "concepts.py"]:
        sha.update(path.name.encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()[:16]


def _batch(path: Path) -> str:
    found = re.search(r"(?:batch|_b)(\d+)\.yaml$", path.name)
    return found.group(1) if found else ""


def examples(leave_out: str = "") -> list[tuple[str, int]]:
    labelled = []
    for path in crisis_files():
        if leave_out and _batch(path) == leave_out:
            continue
        sets = yaml.safe_load(path.read_text(encoding="utf-8"))
        labelled += [(t, 1) for t in sets.get("positive") or []] + [(t, 0) for t in sets.get("negative") or []]
    for entry in yaml.safe_load((ROOT / "faq" / "faq.yaml").read_text(encoding="utf-8")):
        if entry["id"] != "suicidal-thoughts":  # that entry's subject is itself a crisis
            labelled += [(q, 0) for q in entry.get("questions") or []]
    for path in question_files():
        if leave_out and _batch(path) == leave_out:
            continue
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            if item.get("crisis") is not None:
                labelled.append((item["text"], int(bool(item["crisis"]))))
    return labelled


def train(labelled: list[tuple[str, int]]) -> CrisisModel:
    data = [(sorted(model_features(text)), label) for text, label in labelled]
    weights: dict[str, float] = {}
    bias = 0.0
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(data)
        for found, label in data:
            z = bias + sum(weights.get(f, 0.0) for f in found)
            error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - label
            bias -= RATE * error
            for f in found:
                weights[f] = weights.get(f, 0.0) * (1.0 - RATE * L2) - RATE * error
    kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= SMALLEST}
    return CrisisModel(weights=kept, bias=round(bias, 4))


def write(model: CrisisModel, path: Path = MODEL_PATH) -> None:
    body = {"trained_on": digest(), "bias": model.bias, "weights": model.weights}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-out", default="", help="a batch number: train without it and score it")
    args = parser.parse_args()
    model = train(examples(args.leave_out))
    if not args.leave_out:
        write(model)
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(model.weights)} weights")
        return
    trained = set(examples(args.leave_out))
    held = [(t, y) for t, y in examples() if (t, y) not in trained]
    flagged = [(model.concerned(model_features(t)), y) for t, y in held]
    positives = sum(y for _, y in flagged)
    print(f"batch {args.leave_out} left out: model alone flags {sum(f for f, y in flagged if y)}/{positives} crises, "
          f"{sum(f for f, y in flagged if not y)}/{len(flagged) - positives} non-crises")


if __name__ == "__main__":
    main()

"""faqbot: the command line for staff and for checking the bot.

    faqbot check            is the FAQ folder fit to go live?
    faqbot ask "question"   the reply a patient would see (--json for the machine-readable form)
    faqbot eval FILE        figures on a labelled set against the targets
    faqbot chat             talk to the bot in the terminal, no Telegram needed
    faqbot report           what patients asked that the FAQ could not answer
    faqbot purge            delete records older than the retention period now
    faqbot bench            per-message cost, scale and reload figures (Telegram: python -m tests.bench_telegram)

A mistake in a YAML file is a one-line message and exit code 1, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Mapping
from pathlib import Path

from bot.config import read_environment
from bot.staff.checks import check_folder
from bot.core.knowledge import FaqInvalid, Knowledge, load_knowledge
from bot.core.responder import Menu, Reply, Responder

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _responder(faq_dir: str, phrasings: int | None = None) -> Responder | None:
    """Load the folder for ask/chat/eval; print the problems and return None if it is broken.

    Only loading: the slower checks (self-match, staff tests, near-duplicates) are `faqbot check`'s,
    and `ask` must keep working while a staff test fails, to see why it does."""
    try:
        knowledge = load_knowledge(faq_dir)
    except FaqInvalid as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"The FAQ in {faq_dir} has problems; run 'faqbot check' after fixing them.", file=sys.stderr)
        return None
    if phrasings is not None:
        from bot.staff.evaluation import cut_phrasings

        knowledge = cut_phrasings(knowledge, phrasings)
    return Responder(knowledge)


def cmd_check(args: argparse.Namespace) -> int:
    result = check_folder(args.faq)
    for line in result.errors:
        print(line)
    for line in result.warnings:
        print(f"warning: {line}")
    if not result.ok:
        print(f"\n{len(result.errors)} problem(s). The bot will keep using the last good FAQ until they are fixed.")
        return EXIT_PROBLEMS
    knowledge = result.responder.knowledge
    if result.warnings:
        print(f"\n{len(result.warnings)} warning(s): the bot will use this version; the lines above say what is worth a look.")
    print(
        f"OK: {len(knowledge.entries)} entries, {sum(len(e.questions) for e in knowledge.entries)} questions, "
        f"{len(knowledge.crisis.contacts)} crisis contacts, {len(knowledge.tests)} staff tests passed."
    )
    return EXIT_OK


def reply_json(text: str, reply: Reply) -> str:
    """The contract the evaluation relies on; keep these keys and types exactly."""
    return json.dumps(
        {
            "text": text,
            "crisis": reply.crisis,
            "tier": reply.tier.value,
            "answer_id": reply.answer.id if reply.answer else None,
            "score": round(max(0.0, min(1.0, reply.score)), 4),
            "suggestions": [entry.id for entry in reply.suggestions],
            "reply": reply.text,
        },
        ensure_ascii=False,
    )


def cmd_ask(args: argparse.Namespace) -> int:
    responder = _responder(args.faq)
    if responder is None:
        return EXIT_PROBLEMS
    if args.question == ["-"]:
        questions = (line.rstrip("\r\n") for line in sys.stdin)
    elif args.question:
        questions = iter([" ".join(args.question)])
    else:
        print("Give a question, e.g. faqbot ask \"how fast does ketamine work\", or - to read lines from stdin.", file=sys.stderr)
        return EXIT_USAGE
    for question in questions:
        reply = responder.respond(question)
        print(reply_json(question, reply) if args.json else reply.text + ("\n" if args.question == ["-"] else ""), flush=True)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.staff.evaluation import evaluate_file

    if args.phrasings is not None and args.phrasings < 1:
        print("--phrasings needs a number of 1 or more, e.g. --phrasings 5", file=sys.stderr)
        return EXIT_USAGE
    responder = _responder(args.faq, args.phrasings)
    if responder is None:
        return EXIT_PROBLEMS
    try:
        figures = evaluate_file(responder, args.file, young=args.phrasings is not None)
    except (OSError, ValueError) as exc:
        print(f"{args.file}: cannot evaluate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    cut = f" (every entry cut to its first {args.phrasings} phrasings)" if args.phrasings else ""
    print(f"{args.file}{cut}")
    met = True
    for label, value, target, ok in figures.lines():
        shown = f"{value:.0f}" if target in ("0", "any") else f"{value:.1%}"
        print(f"  {label:<50} {shown:>7}   target {target:<7} {'ok' if ok else 'MISSED'}")
        met &= ok
    if args.verbose and figures.failures:
        print("\n" + "\n".join(figures.failures))
    return EXIT_OK if met else EXIT_PROBLEMS


Choice = tuple[str, str, str]  # (label, "entry" or "topic", entry id or topic name)


def chat_choices(reply: Reply, knowledge: Knowledge) -> list[Choice]:
    """The buttons Telegram would show under a reply, as numbered choices for the terminal."""
    if reply.menu is Menu.SUGGESTIONS:
        return [(e.title, "entry", e.id) for e in reply.suggestions]
    if reply.menu is Menu.ANSWER and reply.answer is not None:
        related = (knowledge.entry(i) for i in reply.answer.related)
        return [(e.title, "entry", e.id) for e in related if e is not None]
    if reply.menu is Menu.TOPICS:
        return [(name, "topic", name) for name in dict.fromkeys(e.topic for e in knowledge.entries)]
    return []


def chat_turn(responder: Responder, text: str, choices: list[Choice]) -> tuple[list[str], list[Choice]]:
    """What the bot prints for one line typed, and the choices that follow. A number picks one of
    the choices shown last, like pressing that button in Telegram."""
    knowledge = responder.knowledge
    if text.isdigit() and 1 <= int(text) <= len(choices):
        label, kind, value = choices[int(text) - 1]
        if kind == "topic":
            entries = [(e.title, "entry", e.id) for e in knowledge.entries if e.topic == value]
            return [f"{label}:"], entries
        reply = responder.answer_entry(value)
        if reply is None:
            return [knowledge.messages.stale_button], []
    else:
        reply = responder.respond(text)
    return reply.parts, chat_choices(reply, knowledge)


def cmd_chat(args: argparse.Namespace) -> int:
    responder = _responder(args.faq)
    if responder is None:
        return EXIT_PROBLEMS
    print("Talking to the bot as a patient would (/start, /help, /topics, /crisis; /quit to leave).")
    parts, choices = chat_turn(responder, "/start", [])
    while True:
        for part in parts:
            print(f"\nbot> {part}")
        for number, (label, _, _) in enumerate(choices, start=1):
            print(f"     [{number}] {label}")
        if choices:
            print("     (type a number to pick)")
        try:
            text = input("\nyou> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return EXIT_OK
        if text in ("/quit", "/exit", "quit", "exit"):
            return EXIT_OK
        parts, choices = chat_turn(responder, text, choices) if text else ([], choices)


def cmd_report(args: argparse.Namespace) -> int:
    from bot.staff.report import build_report, format_report
    from bot.store import Store

    path = Path(args.db)
    if not path.exists():
        print(f"{path}: no database yet; the bot creates it when patients start asking.", file=sys.stderr)
        return EXIT_PROBLEMS
    store = Store(path, salt=b"report")  # the report reads hashes; it never needs the real salt
    try:
        print(format_report(build_report(store, days=args.days), args.format))
    finally:
        store.close()
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from bot.store import Store

    path = Path(args.db)
    if not path.exists():
        print(f"{path}: no database here, nothing to delete.", file=sys.stderr)
        return EXIT_PROBLEMS
    store = Store(path, salt=b"purge")  # reading and deleting never needs the real salt
    try:
        removed = store.purge(older_than_days=args.days)
    finally:
        store.close()
    print(f"Deleted {removed} record(s) older than {args.days} days from {args.db}.")
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from bot.staff.bench import main as bench_main

    return bench_main(faq_dir=args.faq, quick=args.quick)


def _retention_days(env: Mapping[str, str]) -> int:
    raw = env.get("RETENTION_DAYS", "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else 30


def build_parser(env: Mapping[str, str] | None = None) -> argparse.ArgumentParser:
    """Defaults come from `env` (the environment and .env, read once by main), like run_bot.py's."""
    env = {} if env is None else env
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--faq", default=env.get("FAQ_DIR") or "faq", help="the FAQ folder (default: faq, or FAQ_DIR)")
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", default=env.get("DATABASE_PATH") or "data/faqbot.sqlite3", help="the SQLite file (default: DATABASE_PATH or data/faqbot.sqlite3)")
    parser = argparse.ArgumentParser(prog="faqbot", description="Renew Wellness FAQ bot: tools for staff.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("check", parents=[common], help="validate the FAQ folder and run its tests").set_defaults(func=cmd_check)
    ask = sub.add_parser("ask", parents=[common], help="print the reply to a question (- reads stdin)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("question", nargs="*")
    ask.set_defaults(func=cmd_ask)
    ev = sub.add_parser("eval", parents=[common], help="figures on a labelled set against the targets")
    ev.add_argument("file")
    ev.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ev.add_argument("--phrasings", type=int, metavar="N", help="cut every entry to its first N phrasings before scoring")
    ev.set_defaults(func=cmd_eval)
    sub.add_parser("chat", parents=[common], help="talk to the bot in the terminal").set_defaults(func=cmd_chat)
    report = sub.add_parser("report", parents=[common, db], help="what to add to the FAQ, from what patients asked")
    report.add_argument("--days", type=int, default=30)
    report.add_argument("--format", choices=("text", "csv", "json"), default="text")
    report.set_defaults(func=cmd_report)
    purge = sub.add_parser("purge", parents=[common, db], help="delete records older than RETENTION_DAYS now")
    purge.add_argument("--days", type=int, default=_retention_days(env), help="default: RETENTION_DAYS, or 30")
    purge.set_defaults(func=cmd_purge)
    bench = sub.add_parser("bench", parents=[common], help="benchmarks: per-message cost, scale, reload")
    bench.add_argument("--quick", action="store_true", help="fewer repetitions")
    bench.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser(read_environment()).parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return EXIT_OK

"""The Telegram half of `faqbot bench`: what the running bot does end to end, printed in the same
table as `faqbot bench`.

It needs the loopback fake Bot API server (tests/botapi_server.py) and run_bot.py, so it lives
with the tests and runs from a source checkout:

    python -m tests.bench_telegram [--quick] [--faq FOLDER]

1. End to end: messages per second through the real Application against the fake server, both
   in this process, so the server's work is counted too.
2. Start-up and memory: `python run_bot.py` as a subprocess against that server: time to its
   first getUpdates, its peak RSS after answering, and a clean stop on SIGINT.

Like `faqbot bench`, targets are reported, not enforced; the exit code is 1 only when the FAQ
folder cannot be loaded.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import math
import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.core.responder import Responder
from bot.logs import configure_logging
from bot.staff.bench import (
    Table, dev_questions, end_table, load_or_explain, printer, quiet_repeats, read_status, start_table,
)
from bot.telegram import render
from bot.telegram.app import build_application
from tests.app import TOKEN, settings_for
from tests.botapi_server import FakeBotApi, run_polling
from tests.paths import REPO, SHIPPED_FAQ

RUN_BOT = REPO / "run_bot.py"

# Targets (reported, never enforced).
E2E_MIN_RATE = 150.0
RSS_MAX_MB = 150.0

# --- shared by both sections ------------------------------------------------------------------


def expected_sends(responder: Responder, texts: Sequence[str]) -> int:
    """sendMessage calls the bot makes for these messages (crisis block parts + reply parts)."""
    total = 0
    for text in texts:
        crisis, main = render.reply_messages(responder.respond(text))
        total += len(crisis) + len(main)
    return total


def conversation(queries: Sequence[str], messages: int, users: int) -> list[tuple[int, str]]:
    """(user id, text) pairs, users taking turns, texts cycling through the queries."""
    return [(10_000 + i % users, queries[i % len(queries)]) for i in range(messages)]


def send_all(server: FakeBotApi, plan: Sequence[tuple[int, str]]) -> None:
    for user_id, text in plan:
        server.send_text(text, user_id=user_id)


def polled(server: FakeBotApi) -> bool:
    return any(call.method == "getUpdates" for call in server.calls)


async def wait_until(predicate: Callable[[], bool], timeout: float, step: float = 0.005,
                     server: FakeBotApi | None = None, stall: float = 5.0) -> bool:
    """True once `predicate()` holds; False after `timeout`, or after `stall` seconds in which
    `server` received no request at all (the bot has given up or sends fewer replies than expected)."""
    now = time.monotonic()
    deadline, seen, last_change = now + timeout, -1, now
    while not predicate():
        now = time.monotonic()
        if now > deadline:
            return False
        if server is not None:
            if len(server.calls) != seen:
                seen, last_change = len(server.calls), now
            elif now - last_change > stall:
                return False
        await asyncio.sleep(step)
    return True


# --- section 1: end to end ------------------------------------------------------------------------


@dataclass
class E2EResult:
    messages: int
    users: int
    expected: int
    delivered: int
    seconds: float
    cpu_seconds: float
    complete: bool
    problems: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.messages / self.seconds if self.seconds > 0 else math.nan


async def e2e_once(faq_dir: Path, queries: Sequence[str], responder: Responder,
                   messages: int, users: int, workdir: Path) -> E2EResult:
    """One run: the real Application, polling the fake server, answers `messages` at once."""
    plan = conversation(queries, messages, users)
    expected = expected_sends(responder, [text for _, text in plan])
    async with FakeBotApi() as server:
        settings = settings_for(server, faq_dir, workdir, rate_limit_per_minute=1_000_000,
                                staff_user_ids=frozenset(), faq_reload_seconds=3600.0)
        delivered, seconds, cpu, complete = await _e2e_timed(server, build_application(settings), plan, expected)
        problems = list(server.errors)
        failed = [call for call in server.calls if call.status != 200]
    if failed:
        problems.append(f"{len(failed)} request(s) answered with an error status")
    return E2EResult(messages, users, expected, delivered, seconds, cpu, complete, problems)


async def _e2e_timed(server: FakeBotApi, app: Any, plan: list[tuple[int, str]],
                     expected: int) -> tuple[int, float, float, bool]:
    """Queue every message at once; time until the server has delivered every expected reply."""
    async with run_polling(app):
        await wait_until(lambda: polled(server), 10)
        before = len(server.delivered)
        gc.collect()
        cpu0, start = time.process_time(), time.perf_counter()
        send_all(server, plan)
        complete = await wait_until(lambda: len(server.delivered) - before >= expected, 120, server=server)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu0
        await asyncio.sleep(0.2)  # anything beyond the expected replies shows up in the count
        return len(server.delivered) - before, seconds, cpu, complete


def section_e2e(table: Table, faq_dir: Path, queries: Sequence[str], responder: Responder,
                messages: int, users: int, quick: bool) -> None:
    table.section("1. End to end: the real Application against the fake Bot API, both in this process")
    label = f"{messages} messages from {users} users at once"
    target = f">= {E2E_MIN_RATE:g} msg/s"
    runs: list[E2EResult] = []
    try:
        for _ in range(1 if quick else 5):
            with tempfile.TemporaryDirectory(prefix="faqbot-bench-") as tmp:
                runs.append(asyncio.run(e2e_once(faq_dir, queries, responder, messages, users, Path(tmp))))
    except Exception as exc:
        table.row(label, f"failed: {type(exc).__name__}: {str(exc)[:60]}", target, "n/a")
        return
    _e2e_rows(table, label, target, runs)


def _e2e_rows(table: Table, label: str, target: str, runs: list[E2EResult]) -> None:
    """The median run's rate against the target (or the first incomplete run), then notes."""
    result = sorted(runs, key=lambda run: run.rate)[len(runs) // 2]
    incomplete = [run for run in runs if not run.complete]
    if incomplete:
        run = incomplete[0]
        table.row(label, f"only {run.delivered}/{run.expected} replies within {run.seconds:.0f} s", target, False)
    else:
        median = f"median of {len(runs)} runs, " if len(runs) > 1 else ""
        table.row(label, f"{result.rate:.0f} msg/s ({median}{result.seconds:.2f} s)", target,
                  result.rate >= E2E_MIN_RATE)
        if len(runs) > 1:
            table.note(f"runs: {', '.join(f'{run.rate:.0f}' for run in runs)} msg/s")
    share = 100 * result.cpu_seconds / max(result.seconds, 1e-9)
    table.note(f"{result.delivered} replies (sendMessage) delivered of {result.expected} expected; bench process "
               f"CPU {result.cpu_seconds:.2f} s = {share:.0f}% of one core")
    for run in runs:
        for problem in run.problems[:3]:
            table.note(f"problem: {problem.strip().splitlines()[-1] if problem.strip() else problem}")


# --- section 2: start-up and memory ---------------------------------------------------------------


@dataclass
class StartupResult:
    startup_seconds: float | None = None
    first_reply_seconds: float | None = None  # the first message's reply after start-up
    answered: int = 0
    expected: int = 0
    hwm_kb: int | None = None
    rss_kb: int | None = None
    exit_code: int | None = None
    stop_seconds: float | None = None
    problem: str = ""

    def add_problem(self, text: str) -> None:
        self.problem = f"{self.problem}; {text}" if self.problem else text


def bot_environment(server: FakeBotApi, faq_dir: Path, workdir: Path) -> dict[str, str]:
    """A copy of this environment for run_bot.py, pointed at the fake server and a scratch database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update({
        "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": server.base_url,
        "FAQ_DIR": str(faq_dir.resolve()), "DATABASE_PATH": str(workdir / "startup.sqlite3"),
        "MODE": "polling", "LOG_LEVEL": "WARNING", "RATE_LIMIT_PER_MINUTE": "1000",
        "FAQ_RELOAD_SECONDS": "3600", "STAFF_USER_IDS": "", "PYTHONUNBUFFERED": "1",
    })
    return env


async def startup_once(faq_dir: Path, queries: Sequence[str], responder: Responder,
                       messages: int, workdir: Path) -> StartupResult:
    """Launch run_bot.py, time it to its first getUpdates, have it answer `messages` questions,
    read its peak memory, then stop it with SIGINT as a service manager would."""
    plan = conversation(queries, messages, 10)
    result = StartupResult(expected=expected_sends(responder, [text for _, text in plan]))
    log_path = workdir / "run_bot.log"
    async with FakeBotApi() as server:
        with open(log_path, "wb") as log:
            start = time.perf_counter()
            proc = await asyncio.create_subprocess_exec(
                sys.executable, str(RUN_BOT), cwd=str(workdir), env=bot_environment(server, faq_dir, workdir),
                stdin=asyncio.subprocess.DEVNULL, stdout=log, stderr=log,
            )
            try:
                await _drive_bot(server, proc, plan, start, result)
            finally:
                await _stop_bot(proc, result)
    if result.problem or result.exit_code not in (0, None):
        _add_log_tail(result, log_path)
    return result


async def _drive_bot(server: FakeBotApi, proc: asyncio.subprocess.Process, plan: list[tuple[int, str]],
                     start: float, result: StartupResult) -> None:
    ready = await wait_until(lambda: proc.returncode is not None or polled(server), 60, 0.002)
    if proc.returncode is not None:
        result.add_problem(f"run_bot.py exited with code {proc.returncode} before polling")
        return
    if not ready:
        result.add_problem("run_bot.py did not poll within 60 s")
        return
    result.startup_seconds = time.perf_counter() - start
    before = len(server.delivered)
    sent = time.perf_counter()
    send_all(server, plan)
    if await wait_until(lambda: proc.returncode is not None or len(server.delivered) > before, 60, server=server):
        result.first_reply_seconds = time.perf_counter() - sent
    await wait_until(lambda: proc.returncode is not None or len(server.delivered) - before >= result.expected,
                     60, server=server)
    result.answered = len(server.delivered) - before
    status = read_status(proc.pid)  # just before stopping it: the peak so far
    result.hwm_kb, result.rss_kb = status.get("VmHWM"), status.get("VmRSS")


async def _stop_bot(proc: asyncio.subprocess.Process, result: StartupResult) -> None:
    if proc.returncode is None:
        stop = time.perf_counter()
        proc.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(proc.wait(), 20)
            result.stop_seconds = time.perf_counter() - stop
        except TimeoutError:
            proc.kill()
            await proc.wait()
            result.add_problem("did not stop within 20 s of SIGINT; killed")
    result.exit_code = proc.returncode


def _add_log_tail(result: StartupResult, log_path: Path) -> None:
    tail = [line for line in log_path.read_text(errors="replace").splitlines() if line.strip()][-3:]
    if tail:
        result.add_problem(" | ".join(tail)[:200])


def section_startup(table: Table, faq_dir: Path, queries: Sequence[str], responder: Responder,
                    messages: int) -> None:
    table.section("2. Start-up and memory of `python run_bot.py` (a subprocess)")
    with tempfile.TemporaryDirectory(prefix="faqbot-bench-") as tmp:
        try:
            result = asyncio.run(startup_once(faq_dir, queries, responder, messages, Path(tmp)))
        except Exception as exc:
            result = StartupResult(problem=f"failed: {type(exc).__name__}: {str(exc)[:80]}")
    if result.startup_seconds is None:
        table.row("start-up to first getUpdates", "not measured")
    else:
        table.row("start-up to first getUpdates", f"{result.startup_seconds:.2f} s (process launch included)")
    if result.first_reply_seconds is not None:
        table.row("then the first reply", f"{result.first_reply_seconds:.2f} s (the staff tests at start-up already built the crisis lexicon)")
    _memory_rows(table, result)
    if result.problem:
        table.note(f"problem: {result.problem}")


def _memory_rows(table: Table, result: StartupResult) -> None:
    target = f"< {RSS_MAX_MB:g} MB"
    if result.hwm_kb is None or result.rss_kb is None:
        table.row("peak RSS of the bot process (VmHWM)", "not measured", target, "n/a")
    else:
        hwm_mb = result.hwm_kb / 1024
        table.row("peak RSS of the bot process (VmHWM)",
                  f"{hwm_mb:.0f} MB (now {result.rss_kb / 1024:.0f} MB) after {result.answered}/{result.expected} replies",
                  target, hwm_mb < RSS_MAX_MB)
    if result.startup_seconds is not None:
        stopped = (f"exit code {result.exit_code}, {result.stop_seconds:.2f} s after SIGINT"
                   if result.stop_seconds is not None else f"exit code {result.exit_code}")
        table.row("clean stop on SIGINT", stopped, "exit code 0", result.exit_code == 0)


# --- main -----------------------------------------------------------------------------------------


def main(faq_dir: str | Path = SHIPPED_FAQ, quick: bool = False, *, e2e_messages: int = 500,
         e2e_users: int = 50, startup_messages: int = 50, write: Callable[[str], None] = printer) -> int:
    """Run both sections and print the table. Returns 0, or 1 if the FAQ folder cannot be loaded.

    The message counts let the test run a small version."""
    faq_dir = Path(faq_dir)
    started = time.perf_counter()
    knowledge = load_or_explain(faq_dir, "python -m tests.bench_telegram")
    if knowledge is None:
        return 1
    table = start_table(write, f"Telegram bench ({'quick' if quick else 'full'} run), "
                               f"FAQ {faq_dir} version {knowledge.version or '-'}")
    queries, _ = dev_questions(knowledge)
    responder = Responder(knowledge)
    with quiet_repeats(table):
        section_e2e(table, faq_dir, queries, responder, e2e_messages, e2e_users, quick)
        section_startup(table, faq_dir, queries, responder, startup_messages)
    end_table(table, started)
    return 0


def _cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench_telegram", description=__doc__.splitlines()[0])
    parser.add_argument("--faq", default=str(SHIPPED_FAQ), help="the FAQ folder (default: the shipped faq/)")
    parser.add_argument("--quick", action="store_true", help="one end-to-end run instead of five")
    args = parser.parse_args(argv)
    configure_logging(logging.WARNING)
    return main(faq_dir=args.faq, quick=args.quick)


if __name__ == "__main__":
    sys.exit(_cli())

"""The Application's update processor: each chat's updates in the order they came, different
chats side by side."""

from __future__ import annotations

import asyncio
import random
from types import SimpleNamespace

from bot.telegram.app import PerChatUpdateProcessor


def update_in(chat: int) -> SimpleNamespace:
    return SimpleNamespace(effective_chat=SimpleNamespace(id=chat))


async def test_per_chat_processor_keeps_each_chats_order_under_interleaving():
    processor = PerChatUpdateProcessor(256)
    done: dict[int, list[int]] = {1: [], 2: []}
    rng = random.Random(7)

    async def handle(chat: int, n: int) -> None:
        await asyncio.sleep(rng.random() / 200)
        done[chat].append(n)

    tasks = []
    for n in range(60):
        chat = 1 + n % 2
        tasks.append(asyncio.create_task(processor.process_update(update_in(chat), handle(chat, n))))
        if rng.random() < 0.5:
            await asyncio.sleep(rng.random() / 300)  # let some finish while others arrive
    await asyncio.gather(*tasks)
    assert done == {1: list(range(0, 60, 2)), 2: list(range(1, 60, 2))}  # every update, in order
    assert processor._chats == {}  # nothing left behind


async def test_a_slow_chat_does_not_hold_up_another_chat():
    processor = PerChatUpdateProcessor(8)
    release, other_done = asyncio.Event(), asyncio.Event()

    async def other() -> None:
        other_done.set()

    slow = asyncio.create_task(processor.process_update(update_in(1), release.wait()))
    after_slow = asyncio.create_task(processor.process_update(update_in(1), other()))
    quick = asyncio.create_task(processor.process_update(update_in(2), other()))
    await asyncio.wait_for(quick, 5)
    assert other_done.is_set() and not slow.done() and not after_slow.done()  # chat 1 still waits its turn
    release.set()
    await asyncio.wait_for(asyncio.gather(slow, after_slow), 5)
    assert processor._chats == {}

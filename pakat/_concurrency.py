"""What threads and asyncio do differently, written once for each: running calls side by side,
and a time limit that interrupts a call wherever it waits.

Everything built on these is written once, for asyncio, in pakat/_async/, and generated for
threads into pakat/_sync/ by scripts/unasync.py, which turns each `Async*` name here into its
twin (`AsyncWorkers` into `Workers`). These pairs, the adaptive limiter's runs (`Run` and
`AsyncRun` in pakat._adaptive) and `APIKeyAuth`'s two flows, which httpx requires in one class,
are the only hand-kept sync/async twins in pakat: they differ by more than the waiting (a thread
pool and tasks; a timeout a thread cannot have).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future, ThreadPoolExecutor

__all__ = ["AsyncJob", "AsyncTimeLimit", "AsyncWorkers", "Job", "TimeLimit", "Workers"]

T = TypeVar("T")


class Job(Generic[T]):
    """A call running on a worker thread."""

    def __init__(self, future: Future[T], unfinished: set[Future[Any]]) -> None:
        self._future = future
        self._unfinished = unfinished

    def result(self) -> T:
        """Wait for the call; its value, or its exception raised here. The workers then let go
        of it, so that a long run holds only the calls not yet read (and their results)."""
        try:
            return self._future.result()
        finally:
            if self._future.done():  # not when this wait was interrupted: leaving cancels it
                self._unfinished.discard(self._future)


class Workers:
    """Runs calls on at most `limit` threads. Leaving the block cancels the calls not yet started
    and waits for those running (a thread cannot be interrupted)."""

    def __init__(self, limit: int, name: str) -> None:
        from concurrent.futures import ThreadPoolExecutor  # kept off the import path of `import pakat`

        self._pool: ThreadPoolExecutor = ThreadPoolExecutor(max_workers=limit, thread_name_prefix=name)
        self._jobs: set[Future[Any]] = set()  # those not read yet

    def submit(self, function: Callable[..., T], *args: Any) -> Job[T]:
        future = self._pool.submit(function, *args)
        self._jobs.add(future)
        return Job(future, self._jobs)

    def __enter__(self) -> Workers:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        for future in list(self._jobs):
            future.cancel()
        self._pool.shutdown(wait=True)


class AsyncJob(Generic[T]):
    """A call running as an asyncio task."""

    def __init__(self, task: asyncio.Task[T], unfinished: set[asyncio.Task[Any]]) -> None:
        self._task = task
        self._unfinished = unfinished

    async def result(self) -> T:
        """Wait for the call; its value, or its exception raised here. The workers then let go
        of it, so that a long run holds only the calls not yet read (and their results)."""
        try:
            return await self._task
        finally:
            if self._task.done():  # not when this wait was interrupted: leaving cancels it
                self._unfinished.discard(self._task)


class AsyncWorkers:
    """Runs calls as asyncio tasks, at most `limit` at a time. Leaving the block cancels every
    call not yet finished."""

    def __init__(self, limit: int, name: str) -> None:
        import asyncio  # kept off the import path of `import pakat`

        self._gate = asyncio.Semaphore(limit)
        self._name = name
        self._jobs: set[asyncio.Task[Any]] = set()  # those not read yet

    def submit(self, function: Callable[..., Awaitable[T]], *args: Any) -> AsyncJob[T]:
        import asyncio

        async def run() -> T:
            async with self._gate:
                return await function(*args)

        task = asyncio.ensure_future(run())
        self._jobs.add(task)
        return AsyncJob(task, self._jobs)

    async def __aenter__(self) -> AsyncWorkers:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        for task in list(self._jobs):
            if not task.done():
                task.cancel()
            elif not task.cancelled():
                task.exception()  # retrieved: asyncio would log a failure nobody awaited


class TimeLimit:
    """The sync twin of `AsyncTimeLimit`: a thread cannot be interrupted where it waits, so this
    limits nothing; the sockets of pakat's pools keep the deadline themselves (pakat._deadline)."""

    def __init__(self, ends: float | None) -> None:
        pass

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        return None


class AsyncTimeLimit:
    """Cancels the block wherever it waits once `ends` (time.monotonic()) has passed, and raises
    `TimeoutError`; None sets no limit."""

    def __init__(self, ends: float | None) -> None:
        self._ends = ends
        self._timeout: asyncio.Timeout | None = None

    async def __aenter__(self) -> None:
        if self._ends is None:
            return
        import asyncio

        self._timeout = asyncio.timeout(self._ends - time.monotonic())
        await self._timeout.__aenter__()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._timeout is not None:
            await self._timeout.__aexit__(exc_type, exc, traceback)

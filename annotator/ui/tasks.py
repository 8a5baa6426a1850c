"""Run slow service calls off the GUI thread, with progress, cancel and errors handed back."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# The work receives a progress callback (done, total) and a cancelled() check.
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class TaskSignals(QObject):
    """Signals of a Task, delivered on the GUI thread.

    progress(int done, int total), succeeded(object result), failed(BaseException error)
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        def report(done: int, total: int) -> None:
            # Qt signals carry C ints: scale big byte counts down to per-mille.
            self.signals.progress.emit(*_per_mille(done, total))

        try:
            result = self._work(report, self._cancel.is_set)
        except BaseException as error:  # handed to the GUI thread, shown there
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


def _per_mille(done: int, total: int) -> tuple[int, int]:
    if total <= 0:
        return 0, 0
    return min(1000, done * 1000 // total), 1000


def start(task: Task) -> None:
    QThreadPool.globalInstance().start(task)

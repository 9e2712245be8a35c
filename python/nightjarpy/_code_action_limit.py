"""The time limit of a model's code action, on the Python side. The sandbox's JavaScript side keeps the clock
(``child/code-action-clock.ts``): once the innermost running code action has used up its CPU time, the
interpreter sees SIGINT (through Pyodide's interrupt buffer) at its next check, every few dozen bytecodes.
The handler here raises ``CodeActionStopped`` in the code action's own frames. Code that swallows it
(``except BaseException`` in a loop) gets it again at every line, jump and call through ``sys.monitoring``
until control is back in nightjarpy; a code action that returns anyway is still reported as stopped.
Frames of nightjarpy itself (a nested block's machinery) are never stopped half-way.

Everything here that runs during a code action uses functions bound at import time (a code action may replace
``signal.signal``, ``sys.monitoring``'s functions or ``time.monotonic`` while it runs) and takes frames only
``with exempt:`` (the code action itself may not, see ``_isolation.py``)."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import _signal
import os
import signal
import sys
import time

from ._isolation import exempt

_NIGHTJAR_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
_MONITORED = ("LINE", "JUMP", "PY_START", "PY_RESUME")
_TOOL = 4  # a sys.monitoring tool id without a conventional owner (0 debugger, 1 coverage, 2 profiler, 5 optimizer)
_TOOL_NAME = "nightjar code-action limit"
_SLEEP_STEP = 0.01
_FOREVER = float("inf")
_SIGINT = int(signal.SIGINT)
_set_handler = _signal.signal
_get_handler = _signal.getsignal
_default_handler = _signal.SIG_DFL
_getframe = sys._getframe
_monotonic = time.monotonic
_use_tool_id = sys.monitoring.use_tool_id
_get_tool = sys.monitoring.get_tool
_register_callback = sys.monitoring.register_callback
_set_events = sys.monitoring.set_events
_EVENTS = {name: getattr(sys.monitoring.events, name) for name in _MONITORED}


class CodeActionStopped(BaseException):
    """A code action ran past its limit. Not an ``Exception``: ``except Exception`` does not catch it."""


class _Action:
    """One running code action; ``frame_id`` is the id of its ``run_limited`` frame (alive while it runs)."""

    __slots__ = ("frame_id", "stopping")

    def __init__(self, frame_id: int):
        self.frame_id = frame_id
        self.stopping = False


class _Monitoring:
    on = False


_active: list[_Action] = []
_monitoring = _Monitoring()


def install() -> None:
    """Called once by the sandbox: the SIGINT handler, a ``time.sleep`` a limit can interrupt, the monitoring id."""
    _set_handler(_SIGINT, _on_interrupt)
    # Pyodide's own wrapper of time.sleep leads to JavaScript, which the sandbox closes: wrap the original.
    time.sleep = _make_stepped_sleep(getattr(time.sleep, "__wrapped__", time.sleep))
    _claim_tool()


def run_limited(run):
    """Runs ``run()`` as one code action; raises ``CodeActionStopped`` if the clock stopped it."""
    with exempt:
        action = _Action(id(_getframe()))
        replaced = _get_handler(_SIGINT)
        if replaced is not _on_interrupt:  # the program installed a handler of its own
            _set_handler(_SIGINT, _on_interrupt)
    _active.append(action)
    try:
        result = run()
    finally:
        _active.pop()
        with exempt:
            if action.stopping and not any(other.stopping for other in _active):
                _stop_monitoring()
            if replaced is not _on_interrupt:
                _set_handler(_SIGINT, replaced if replaced is not None else _default_handler)
    if action.stopping:  # stopped, but the code swallowed every CodeActionStopped and returned
        raise CodeActionStopped()
    return result


def _on_interrupt(signum, frame) -> None:
    if not _active:
        return  # the clock's last look after a code action ended: nothing to stop
    action = _active[-1]
    if not action.stopping:
        action.stopping = True
        with exempt:
            _start_monitoring()
    _raise_if_stopping(frame)


def _raise_if_stopping(frame) -> None:
    if frame is None or frame.f_code.co_filename.startswith(_NIGHTJAR_ROOT):
        return
    action = _enclosing_action(frame)
    if action is not None and action.stopping:
        raise CodeActionStopped()


def _enclosing_action(frame):
    """The innermost code action ``frame`` runs in, if any."""
    while frame is not None:
        for action in reversed(_active):
            if id(frame) == action.frame_id:
                return action
        frame = frame.f_back
    return None


def _on_event(*_args):
    with exempt:
        frame = _getframe(1)
    _raise_if_stopping(frame)


def _start_monitoring() -> None:
    if _monitoring.on or not _claim_tool():
        return  # the id was taken from us: the first CodeActionStopped and the check after the code action still apply
    events = 0
    for event in _EVENTS.values():
        _register_callback(_TOOL, event, _on_event)
        events |= event
    _set_events(_TOOL, events)
    _monitoring.on = True


def _stop_monitoring() -> None:
    if not _monitoring.on:
        return
    if _get_tool(_TOOL) == _TOOL_NAME:
        _set_events(_TOOL, 0)
        for event in _EVENTS.values():
            _register_callback(_TOOL, event, None)
    _monitoring.on = False


def _claim_tool() -> bool:
    """The monitoring tool id is held for good from start-up (so code cannot take it first); claimed again if freed."""
    holder = _get_tool(_TOOL)
    if holder is None:
        _use_tool_id(_TOOL, _TOOL_NAME)
        return True
    return holder == _TOOL_NAME


def _make_stepped_sleep(sleep):
    def stepped_sleep(seconds, /):
        """Like ``time.sleep``, in steps of 10 ms, so that a code action's limit can stop it."""
        if not isinstance(seconds, (int, float)) or not _SLEEP_STEP < seconds < _FOREVER:
            return sleep(seconds)  # the original's checks and errors for anything unusual
        end = _monotonic() + seconds
        while (remaining := end - _monotonic()) > 0:
            sleep(min(remaining, _SLEEP_STEP))
            with exempt:
                caller = _getframe(1)
            _raise_if_stopping(caller)  # this frame is nightjarpy's, so the check is made for the caller
        return None

    stepped_sleep.__name__ = stepped_sleep.__qualname__ = "sleep"
    return stepped_sleep

"""The functions the JavaScript side of the sandbox calls for the episode loop's ``CodeActionHost``. They act on
the innermost running block (a model's code action may call a hybrid function, so blocks nest) and answer with
a string, so no Python object crosses into JavaScript: ``"1"`` and the result, or ``"0"`` and an error message
(put together without ``json``, in case a code action broke it). A failure of nightjarpy's own machinery
(a code action broke something the runtime uses) is an error result too, so the model is told and the block
goes on, or ends in a NaturalBlockError naming it."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import contextlib
from json import loads

from ._trace_state import block_state

_running: list = []


@contextlib.contextmanager
def running(execution):
    """Makes ``execution`` the block the host functions act on, for the length of its episode."""
    _running.append(execution)
    try:
        yield execution
    finally:
        _running.pop()


def save_state() -> str:
    """Called before a code action's clock starts: saving the inputs' state (once per block) is the runtime's
    work, not the code action's, and must not use up its CPU time."""
    return _answer(lambda: _running[-1].save_state())


def evaluate(expression: str, limit_ms: int) -> str:
    return _answer(lambda: _running[-1].evaluate(expression, limit_ms))


def execute(code: str, limit_ms: int) -> str:
    return _answer(lambda: _running[-1].execute(code, limit_ms))


def prepare_exit(request: str) -> str:
    return _answer(lambda: _running[-1].prepare_exit(loads(request)))


def trace_state() -> str:
    """The block's state as JSON text, for the trace's diff (asked only when the run is traced)."""
    return _answer(lambda: (True, block_state(_running[-1])))


def _answer(handle) -> str:
    try:
        success, text = handle()
    except Exception as error:
        success, text = False, f"nightjar could not carry out this tool call: {type(error).__name__}: {error}"
    return ("1" if success else "0") + text

"""The part of the program's state a block can change, as indented JSON text for the trace: the trace viewer
shows a block's committed writes as a diff of this text before and after (``runtime/trace/block-state.ts`` does
the same for TypeScript blocks). Only built when the run is traced."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import enum
import inspect
import types
from json import dumps

from ._render_value import _is_object, _object_fields

_MAX_LENGTH = 20_000
_ABSENT = object()


def block_state(execution) -> str:
    """The values the block reads and the targets it writes: once the block has exited, the writes it staged;
    before, what a target's path reaches from the inputs (``player.attack``), if it reaches anything."""
    state = {name: value for name, value in execution.inputs.items() if not _is_code(value)}
    writes = execution.staged.writes if execution.staged is not None else {}
    for target in execution.site.writes:
        if target in writes:
            state[target] = writes[target]
        elif target not in state:
            found = _at_path(execution.inputs, target)
            if found is not _ABSENT:
                state[target] = found
    text = dumps(_plain(state, set()), indent=2, ensure_ascii=False)
    return text if len(text) <= _MAX_LENGTH else f"{text[:_MAX_LENGTH]}\n… ({len(text) - _MAX_LENGTH} more characters)"


def _is_code(value) -> bool:
    return isinstance(value, (type, types.ModuleType)) or inspect.isroutine(value)


def _at_path(inputs: dict, target: str):
    root, *names = target.split(".")
    value = inputs.get(root, _ABSENT)
    for name in names:
        if value is _ABSENT:
            return _ABSENT
        # A plain attribute read, as the block's own write would reach it.
        value = getattr(value, name, _ABSENT)
    return value


def _plain(value, active: set):
    """JSON data for a program value: objects as their fields, sets as lists, code and cycles as text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, enum.Enum):
        return f"{type(value).__qualname__}.{value.name}"
    if _is_code(value):
        return f"[{'class' if isinstance(value, type) else 'function'} {getattr(value, '__qualname__', '?')}]"
    if id(value) in active:
        return "[circular]"
    active.add(id(value))
    try:
        if isinstance(value, dict):
            return {str(key): _plain(item, active) for key, item in value.items()}
        if isinstance(value, (list, tuple, set, frozenset)):
            return [_plain(item, active) for item in value]
        if _is_object(value):
            return {name: _plain(item, active) for name, item in _object_fields(value).items()}
        return " ".join(repr(value).split("\n"))
    finally:
        active.discard(id(value))

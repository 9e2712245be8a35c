"""Finds the value of a name a block reads: the function's locals (closure cells included), the enclosing scope
(the frame that defined the function), its globals, the builtins, then the frames that called it."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import builtins

MISSING = object()
UNCHECKED = object()
"""An annotation that is absent or cannot be resolved: values are not checked against it."""
_GENERATED_PREFIX = "__nj_"


def resolve(name: str, frame, defining_frame) -> object:
    """The value bound to ``name`` as seen from ``frame``, or ``MISSING``."""
    if name.startswith(_GENERATED_PREFIX):
        return MISSING
    for scope in (frame.f_locals, defining_frame.f_locals, frame.f_globals, vars(builtins)):
        if name in scope:
            return scope[name]
    caller = frame.f_back
    while caller is not None:
        if name in caller.f_locals:
            return caller.f_locals[name]
        caller = caller.f_back
    return MISSING


def evaluate_annotation(source: str | None, frame) -> object:
    """The annotation written as ``source``, evaluated in ``frame``'s scope; ``UNCHECKED`` when absent or
    unresolvable (a block still runs then, without checks for that name)."""
    if source is None:
        return UNCHECKED
    try:
        value = eval(source, frame.f_globals, dict(frame.f_locals))
        return eval(value, frame.f_globals, dict(frame.f_locals)) if isinstance(value, str) else value
    except Exception:
        return UNCHECKED

"""All-or-nothing for in-place changes: code actions change the program's own objects directly, so before the
first one runs, the state of every object reachable from the block's inputs is saved (shallowly: each object's
own items or attributes, which still point at the originals), and restored if the block raises or fails. So are
the namespaces of the program's modules (which names are bound to which objects): code actions cannot import
them, but a program function a code action calls may rebind a global, and a function's ``__globals__`` leads
there too (see ``_isolation.py``)."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import types

from ._isolation import put_back

_LIMIT = 100_000
_SKIPPED = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.CodeType)


class SavedState:
    """The saved state of the objects reachable from ``roots`` (up to 100,000 objects) and of ``namespaces``."""

    def __init__(self, roots, namespaces=()):
        self._namespaces = [(namespace, dict(namespace)) for namespace in namespaces]
        self._saved: list[tuple[object, object]] = []
        seen: set[int] = set()
        pending = list(roots)
        while pending and len(self._saved) < _LIMIT:
            value = pending.pop()
            if id(value) in seen or isinstance(value, _SKIPPED):
                continue
            seen.add(id(value))
            state = _state_of(value)
            if state is not None:
                self._saved.append((value, state))
            pending.extend(_children(value))

    def restore(self) -> None:
        """Puts every saved object back as it was; objects the code actions created are left unreferenced."""
        for value, state in self._saved:
            _restore(value, state)
        for namespace, saved in self._namespaces:
            put_back(namespace, saved)


def _state_of(value):
    if isinstance(value, (list, bytearray)):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, set):
        return set(value)
    attributes = getattr(value, "__dict__", None)
    slots = [name for cls in type(value).__mro__ for name in getattr(cls, "__slots__", ()) if hasattr(value, name)]
    if attributes is None and not slots:
        return None
    return (dict(attributes) if isinstance(attributes, dict) else None, {name: getattr(value, name) for name in slots})


def _children(value) -> list:
    if isinstance(value, dict):
        return [*value.keys(), *value.values()]
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    attributes = getattr(value, "__dict__", None)
    return list(attributes.values()) if isinstance(attributes, dict) else []


def _restore(value, state) -> None:
    if isinstance(value, (list, bytearray)):
        value[:] = state
    elif isinstance(value, (dict, set)):
        value.clear()
        value.update(state)
    else:
        attributes, slots = state
        if attributes is not None:
            value.__dict__.clear()
            value.__dict__.update(attributes)
        for name, item in slots.items():
            object.__setattr__(value, name, item)

"""All-or-nothing for in-place changes: code actions change the program's own objects directly, so before the
first one runs, the state of every object reachable from the block's inputs is saved (shallowly, one object at a
time, by ``_object_state.py``: whatever its type), and put back in place if the block raises or fails. So are the
namespaces of the program's modules (which names are bound to which objects): code actions cannot import them,
but a program function a code action calls may rebind a global, and a function's ``__globals__`` leads there too
(see ``_isolation.py``).

Why save and put back rather than run code actions on deep copies and commit the copies back: the program's
objects keep their identity (other references to them, ``is`` checks, objects shared between inputs) with nothing
to do when a block finishes, which is the common case; committing copies back would need this same in-place
transfer for every kind of object, on every successful block instead of only on failures."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

from ._isolation import is_program_class, put_back
from ._object_state import ATOMIC, Saved, is_skipped, type_info

_LIMIT = 100_000


class SavedState:
    """The saved state of the objects reachable from ``roots`` (up to 100,000 objects) and of ``namespaces``."""

    def __init__(self, roots, namespaces=()):
        self._namespaces = [(namespace, dict(namespace)) for namespace in namespaces]
        saved: list[Saved] = []
        infos: dict = {}
        seen: set[int] = set()
        pending = list(roots)
        left = _LIMIT
        while pending and left:
            value = pending.pop()
            cls = type(value)
            if cls in ATOMIC or id(value) in seen:
                continue
            seen.add(id(value))
            if is_skipped(value) or (isinstance(value, type) and not is_program_class(value)):
                continue  # classes of the standard library and the runtime are not saved (python/README.md)
            record = Saved(value, type_info(cls, infos))
            saved.append(record)
            left -= 1
            pending += record.children()
        # Classes first: an instance is put back through its class's protocol (``__setstate__``, ``extend``).
        self._saved = [record for record in saved if isinstance(record.value, type)]
        self._saved += [record for record in saved if not isinstance(record.value, type)]

    def __len__(self) -> int:
        return len(self._saved)

    def restore(self) -> None:
        """Puts every saved object back as it was; objects the code actions created are left unreferenced."""
        for record in self._saved:
            record.restore()
        for namespace, saved in self._namespaces:
            put_back(namespace, saved)

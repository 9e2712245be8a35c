"""Renders a value for the model as one line of Python-literal-like text; objects without a ``__repr__`` of
their own show as ``Name(attr=value, ...)``. A value too long for the prompt is rendered again with tighter
limits, and the caller tells the model to inspect it with ``eval``."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import dataclasses
import enum
import inspect
from typing import NamedTuple


class _Limits(NamedTuple):
    string: int
    items: int
    depth: int


_FULL = _Limits(string=1 << 30, items=1 << 30, depth=20)
_SHORT = _Limits(string=200, items=10, depth=4)


def render_value(value, max_length: int = 1500) -> tuple[str, bool]:
    """``(text, shortened)``: the whole value when it fits ``max_length``, else a shortened form."""
    full = _Renderer(_FULL)
    text = full.render(value, 0)
    if len(text) <= max_length and not full.shortened:
        return text, False
    text = _Renderer(_SHORT).render(value, 0)
    return (text if len(text) <= max_length else text[:max_length] + "…"), True


class _Renderer:
    def __init__(self, limits: _Limits):
        self.limits = limits
        self.shortened = False
        self.active: set[int] = set()

    def render(self, value, depth: int) -> str:
        if id(value) in self.active:
            return "<cycle>"
        self.active.add(id(value))
        try:
            return self._render(value, depth)
        finally:
            self.active.discard(id(value))

    def _render(self, value, depth: int) -> str:
        if isinstance(value, str):
            return repr(self._clip(value))
        if isinstance(value, enum.Enum):
            return f"{type(value).__qualname__}.{value.name}"
        if isinstance(value, type):
            return f"<class {value.__qualname__}>"
        if inspect.isroutine(value):
            return function_text(value)
        if isinstance(value, (list, tuple, set, frozenset, dict)) or _is_object(value):
            if depth >= self.limits.depth:
                self.shortened = True
                return "..."
            return self._container(value, depth)
        return " ".join(repr(value).split("\n"))

    def _container(self, value, depth: int) -> str:
        if isinstance(value, dict):
            return "{" + self._items([f"{self.render(k, depth + 1)}: {self.render(v, depth + 1)}"
                                      for k, v in self._first(value.items())], len(value)) + "}"
        if isinstance(value, (list, tuple, set, frozenset)):
            inner = self._items([self.render(item, depth + 1) for item in self._first(value)], len(value))
            if isinstance(value, tuple):
                return f"({inner},)" if len(value) == 1 else f"({inner})"
            if isinstance(value, (set, frozenset)):
                return "{" + inner + "}" if value else f"{type(value).__name__}()"
            return f"[{inner}]"
        fields = _object_fields(value)
        inner = self._items([f"{name}={self.render(item, depth + 1)}" for name, item in self._first(fields.items())], len(fields))
        return f"{type(value).__qualname__}({inner})"

    def _first(self, items):
        return [item for _, item in zip(range(self.limits.items), items)]

    def _items(self, rendered: list[str], total: int) -> str:
        if total > len(rendered):
            self.shortened = True
            rendered.append(f"... +{total - len(rendered)} more")
        return ", ".join(rendered)

    def _clip(self, text: str) -> str:
        if len(text) <= self.limits.string:
            return text
        self.shortened = True
        return f"{text[:self.limits.string]}…[+{len(text) - self.limits.string} chars]"


def _is_object(value) -> bool:
    return dataclasses.is_dataclass(value) or (type(value).__repr__ is object.__repr__ and hasattr(value, "__dict__"))


def _object_fields(value) -> dict:
    if dataclasses.is_dataclass(value):
        return {field.name: getattr(value, field.name, None) for field in dataclasses.fields(value) if field.repr}
    return dict(vars(value))


def function_text(function) -> str:
    """``def name(signature)  # first docstring line``."""
    try:
        signature = str(inspect.signature(function)).replace("__main__.", "")
    except (TypeError, ValueError):
        signature = "(...)"
    doc = inspect.getdoc(function)
    summary = f"  # {doc.splitlines()[0]}" if doc else ""
    return f"def {getattr(function, '__name__', 'function')}{signature}{summary}"

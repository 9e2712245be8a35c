"""Python type text for the prompt: annotations as a programmer writes them (``list[Item] | None``) and short
declarations of the classes, dataclasses and enums a block involves."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import dataclasses
import enum
import inspect
import types
import typing

from ._render_value import function_text

_MAX_DECLARATIONS = 12


def annotation_text(annotation) -> str:
    """``list[Item] | None`` rather than ``typing.Optional[list[__main__.Item]]``."""
    if annotation is None or annotation is type(None):
        return "None"
    if annotation is typing.Any:
        return "Any"
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(annotation_text(argument) for argument in arguments)
    if origin is typing.Literal:
        return f"Literal[{', '.join(repr(argument) for argument in arguments)}]"
    if origin is typing.Annotated:
        return annotation_text(arguments[0])
    if origin is not None:
        name = getattr(origin, "__name__", str(origin))
        inner = ", ".join("..." if argument is Ellipsis else annotation_text(argument) for argument in arguments)
        return f"{name}[{inner}]" if arguments else name
    if isinstance(annotation, type):
        return annotation.__qualname__
    return str(annotation).replace("typing.", "")


def value_type_text(value) -> str:
    """A type for an unannotated value, from what it holds: ``list[Item]`` for a list of items."""
    kind = type(value)
    if isinstance(value, (list, set, frozenset, tuple)) and value:
        items = {type(item).__qualname__ for item in value}
        return f"{kind.__qualname__}[{items.pop()}]" if len(items) == 1 else kind.__qualname__
    if isinstance(value, dict) and value:
        keys = {type(key).__qualname__ for key in value}
        values = {type(item).__qualname__ for item in value.values()}
        if len(keys) == 1 and len(values) == 1:
            return f"dict[{keys.pop()}, {values.pop()}]"
    return kind.__qualname__


def classes_in(annotation) -> list[type]:
    """User-defined classes an annotation mentions (``list[Item] | None`` -> ``[Item]``)."""
    if isinstance(annotation, type):
        return [] if annotation.__module__ in ("builtins", "typing", "datetime") else [annotation]
    found: list[type] = []
    for argument in typing.get_args(annotation):
        found += classes_in(argument)
    return found


def related_classes(roots: list[type]) -> list[type]:
    """``roots`` and the user classes their fields mention, transitively, once each (at most a dozen)."""
    seen: list[type] = []
    pending = list(roots)
    while pending and len(seen) < _MAX_DECLARATIONS:
        cls = pending.pop(0)
        if cls in seen or not isinstance(cls, type):
            continue
        seen.append(cls)
        for annotation in _field_annotations(cls).values():
            pending += classes_in(annotation)
    return seen


def declarations(classes: list[type]) -> list[tuple[str, str]]:
    """``(name, text)`` for each class."""
    return [(cls.__qualname__, class_text(cls)) for cls in classes]


def class_text(cls: type) -> str:
    """A compact declaration: header, docstring's first line, fields (or members), method signatures."""
    bases = [base.__qualname__ for base in cls.__bases__ if base is not object]
    header = f"class {cls.__qualname__}({', '.join(bases)}):" if bases else f"class {cls.__qualname__}:"
    if dataclasses.is_dataclass(cls):
        header = "@dataclass\n" + header
    lines = [header]
    doc = inspect.getdoc(cls) if cls.__doc__ and not dataclasses.is_dataclass(cls) else None
    if doc and not issubclass(cls, enum.Enum):
        lines.append(f'    """{doc.splitlines()[0]}"""')
    if issubclass(cls, enum.Enum):
        lines += [f"    {member.name} = {member.value!r}" for member in cls]
    else:
        lines += [f"    {name}: {annotation_text(kind)}" for name, kind in _field_annotations(cls).items()]
        lines += _method_lines(cls)
    return "\n".join(lines if len(lines) > 1 else [*lines, "    ..."])


def _field_annotations(cls: type) -> dict:
    if issubclass(cls, enum.Enum) or issubclass(cls, BaseException):
        return {}
    try:
        hints = typing.get_type_hints(cls)
    except Exception:
        hints = {}
    if not hints and "__init__" in vars(cls):
        try:
            hints = {k: v for k, v in typing.get_type_hints(cls.__init__).items() if k != "return"}
        except Exception:
            hints = {}
    return {name: kind for name, kind in hints.items() if not name.startswith("_")}


def _method_lines(cls: type) -> list[str]:
    skip_init = dataclasses.is_dataclass(cls)
    return [
        f"    {function_text(member)}"
        for name, member in vars(cls).items()
        if inspect.isfunction(member) and (not name.startswith("_") or (name == "__init__" and not skip_init))
    ]

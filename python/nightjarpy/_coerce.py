"""Checks a value against an annotation and, for values the model sent as JSON, converts it: a dict into a
dataclass or class instance, a value or member name into an enum member, an ISO string into a datetime, a list
into a tuple or set. Expected failures are values: a list of issues, each naming where the value went wrong."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import collections.abc as abc
import dataclasses
import datetime
import enum
import types
import typing

from ._resolve import UNCHECKED
from ._type_text import annotation_text

_SEQUENCES = {list, abc.Sequence, abc.MutableSequence, abc.Iterable, abc.Collection}
_SETS = {set, frozenset, abc.Set, abc.MutableSet}
_MAPPINGS = {dict, abc.Mapping, abc.MutableMapping}
_DATES = (datetime.datetime, datetime.date, datetime.time)


def coerce(value, annotation, path: str, convert: bool = True) -> tuple[bool, object]:
    """``(True, value)`` (converted when ``convert``), or ``(False, issues)``."""
    coercer = _Coercer(convert)
    result = coercer.coerce(value, annotation, path)
    return (False, coercer.issues) if coercer.issues else (True, result)


class _Coercer:
    def __init__(self, convert: bool):
        self.convert = convert
        self.issues: list[str] = []
        self.checked: set[int] = set()

    def fail(self, value, annotation, path: str):
        self.issues.append(f"{path}: expected {annotation_text(annotation)}, got {_describe(value)}")
        return value

    def coerce(self, value, annotation, path: str):
        if annotation is UNCHECKED or annotation is typing.Any or annotation is object:
            return value
        if annotation is None or annotation is type(None):
            return value if value is None else self.fail(value, None, path)
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            return self.coerce(value, typing.get_args(annotation)[0], path)
        if origin in (typing.Union, types.UnionType):
            return self._union(value, annotation, path)
        if origin is typing.Literal:
            return value if value in typing.get_args(annotation) else self.fail(value, annotation, path)
        if origin is not None:
            return self._generic(value, annotation, origin, path)
        if isinstance(annotation, type):
            return self._class(value, annotation, path)
        return value  # TypeVar, NewType, Protocol members and the like are not checked

    def _union(self, value, annotation, path: str):
        options = typing.get_args(annotation)
        for convert in (False, True) if self.convert else (False,):
            for option in options:
                ok, result = coerce(value, option, path, convert)
                if ok:
                    return result
        return self.fail(value, annotation, path)

    def _generic(self, value, annotation, origin, path: str):
        arguments = typing.get_args(annotation)
        if origin in _SEQUENCES or origin in _SETS or origin is tuple:
            return self._collection(value, annotation, origin, path)
        if origin in _MAPPINGS:
            return self._mapping(value, annotation, arguments, path)
        if origin is type:
            target = arguments[0] if arguments else object
            ok = isinstance(value, type) and (not isinstance(target, type) or issubclass(value, target))
            return value if ok else self.fail(value, annotation, path)
        if origin is abc.Callable:
            return value if callable(value) else self.fail(value, annotation, path)
        if isinstance(origin, type) and not isinstance(value, origin):
            return self.fail(value, annotation, path)
        return value

    def _collection(self, value, annotation, origin, path: str):
        """Lists, tuples and sets: the container is checked (a JSON array converts), then each item."""
        if origin in _SETS:
            wanted, native = (frozenset if origin is frozenset else set), (set, frozenset)
        elif origin in (list, tuple):
            wanted, native = origin, (origin,)
        else:
            wanted, native = type(value), (list, tuple)
        if not isinstance(value, native) and not (self.convert and isinstance(value, list)):
            return self.fail(value, annotation, path)
        kinds = _item_kinds(annotation, origin, len(value))
        if kinds is None:
            return self.fail(value, annotation, path)
        items = [self.coerce(item, kind, f"{path}[{index}]") for index, (item, kind) in enumerate(zip(value, kinds))]
        unchanged = isinstance(value, native) and all(a is b for a, b in zip(items, value))
        return value if unchanged else wanted(items)

    def _mapping(self, value, annotation, arguments, path: str):
        if not isinstance(value, dict):
            return self.fail(value, annotation, path)
        key_kind, value_kind = arguments if len(arguments) == 2 else (UNCHECKED, UNCHECKED)
        converted = {}
        for key, item in value.items():
            new_key = self.coerce(_numeric_key(key, key_kind) if self.convert else key, key_kind, f"{path} key {key!r}")
            converted[new_key] = self.coerce(item, value_kind, f"{path}[{key!r}]")
        unchanged = all(k is n and value[k] is converted[n] for k, n in zip(value, converted))
        return value if unchanged else converted

    def _class(self, value, cls: type, path: str):
        if cls is bool or cls is str or cls is bytes:
            return value if type(value) is cls or isinstance(value, cls) else self.fail(value, cls, path)
        if cls is int:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            if self.convert and isinstance(value, float) and value.is_integer():
                return int(value)
            return self.fail(value, cls, path)
        if cls is float:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return float(value) if self.convert else value
            return self.fail(value, cls, path)
        if isinstance(value, cls):
            return self._instance(value, cls, path)
        if not self.convert:
            return self.fail(value, cls, path)
        if issubclass(cls, enum.Enum):
            return _enum_member(value, cls) or self.fail(value, cls, path)
        if issubclass(cls, _DATES) and isinstance(value, str):
            try:
                return cls.fromisoformat(value)
            except ValueError:
                return self.fail(value, cls, path)
        if isinstance(value, dict) and not issubclass(cls, (enum.Enum, *_DATES)):
            return self._construct(value, cls, path)
        return self.fail(value, cls, path)

    def _instance(self, value, cls: type, path: str):
        """Checks the fields of a live dataclass instance (deeply, without converting: they are the program's)."""
        if not dataclasses.is_dataclass(cls) or id(value) in self.checked:
            return value
        self.checked.add(id(value))
        hints = _hints(cls)
        strict = _Coercer(False)
        strict.checked = self.checked
        for field in dataclasses.fields(cls):
            strict.coerce(getattr(value, field.name, None), hints.get(field.name, UNCHECKED), f"{path}.{field.name}")
        self.issues.extend(strict.issues)
        return value

    def _construct(self, value: dict, cls: type, path: str):
        """A dataclass or class instance from the model's JSON object, each field converted to its type."""
        hints = _hints(cls) if dataclasses.is_dataclass(cls) else _hints(cls.__init__)
        arguments = {key: self.coerce(item, hints.get(key, UNCHECKED), f"{path}.{key}") for key, item in value.items()}
        if self.issues:
            return value
        try:
            return cls(**arguments)
        except TypeError as error:
            self.issues.append(f"{path}: cannot build {cls.__qualname__} from {_describe(value)}: {error}")
            return value


def _item_kinds(annotation, origin, count: int) -> list | None:
    """The annotation of each item; None for a fixed-length tuple annotation of another length."""
    arguments = typing.get_args(annotation)
    if origin is tuple and arguments and arguments[-1] is not Ellipsis:
        return list(arguments) if len(arguments) == count else None
    return [arguments[0] if arguments else UNCHECKED] * count


def _hints(target) -> dict:
    try:
        return typing.get_type_hints(target)
    except Exception:
        return {}


def _numeric_key(key, kind):
    if kind is int and isinstance(key, str) and key.lstrip("-").isdigit():
        return int(key)
    return key


def _enum_member(value, cls: type[enum.Enum]):
    for member in cls:
        if member.value == value and type(member.value) is type(value):
            return member
    if isinstance(value, str):
        name = value.removeprefix(f"{cls.__name__}.")
        return cls.__members__.get(name)
    return None


def _describe(value) -> str:
    text = repr(value)
    text = text if len(text) <= 60 else text[:57] + "..."
    return f"{type(value).__name__} {text}"

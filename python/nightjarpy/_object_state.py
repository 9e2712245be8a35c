"""The state of one object, saved so that it can be put back *in place* (the program's references keep pointing
at the same object), whatever its type — by the protocols every object already speaks, not by a list of types:

- its class (``obj.__class__`` can be swapped);
- its attributes held by the C layout: every getset and member descriptor of its class's MRO — ``__slots__``
  (dataclasses with ``slots=True`` included), ``__dict__`` (which dict it is), ``default_factory`` of a
  ``defaultdict``, a function's ``__defaults__``/``__kwdefaults__``/``__code__``, a cell's contents;
- its contents as the copy/pickle protocol reports them (``__reduce_ex__(4)``): state (given back through
  ``__setstate__`` when the class has one: ``StringIO``, ``BytesIO``, iterators, ``random.Random``), list items
  (``deque``, list subclasses; put back with ``clear``/``extend``), dict items (``OrderedDict``, ``defaultdict``,
  dict subclasses; ``clear`` and ``__setitem__``) and constructor arguments that carry contents (``array.array``,
  ``Counter``: rebuilt from them, copied back with slice assignment or ``update``);
- a class's own namespace (its attributes and methods).
Exact ``list``, ``dict``, ``set`` and ``bytearray`` are saved as plain copies (the common case, and fast), and
so is an object whose class adds nothing to ``object``'s protocol (a plain class or dataclass: its attributes
cover it). Only what changed is put back, compared by identity (values of atomic types by equality), so no code
of the program's objects runs while comparing."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import types
from operator import is_

UNSET = object()
ATOMIC = frozenset({int, float, complex, str, bytes, bool, type(None), range, type(Ellipsis), type(NotImplemented)})
_SKIPPED = (
    types.ModuleType, types.CodeType, types.FrameType, types.TracebackType, types.GeneratorType, types.CoroutineType,
    types.AsyncGeneratorType, types.BuiltinFunctionType, types.MethodWrapperType, types.WrapperDescriptorType,
    types.MethodDescriptorType, types.ClassMethodDescriptorType, types.GetSetDescriptorType,
    types.MemberDescriptorType, types.MappingProxyType,
)
_DESCRIPTORS = frozenset({types.GetSetDescriptorType, types.MemberDescriptorType})
_ROUTINES = (types.FunctionType, classmethod, staticmethod, property)
# Not saved: the class (saved apart), weak references, what leads to module namespaces (saved by name instead),
# and annotations (reading them runs their evaluation).
_NOT_SAVED = frozenset({"__class__", "__weakref__", "__globals__", "__builtins__", "__annotations__", "__annotate__"})
_IMMUTABLE_TYPE = 1 << 8  # Py_TPFLAGS_IMMUTABLETYPE: built-in classes, whose attributes cannot change
_HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class made at run time (by a class statement), not defined in C
_object_protocol = (object.__reduce_ex__, object.__reduce__, object.__getstate__)
_set_class_attribute = type.__setattr__
_delete_class_attribute = type.__delattr__
_set_object_attribute = object.__setattr__
_CONTAINERS = {list: list, bytearray: bytes, dict: dict, set: set}


def is_skipped(value) -> bool:
    """Values with nothing to save of their own (immutable atoms, code, frames, modules, built-in classes)."""
    kind = type(value)
    if kind in ATOMIC or isinstance(value, _SKIPPED):
        return True
    return isinstance(value, type) and bool(value.__flags__ & _IMMUTABLE_TYPE)


class TypeInfo:
    """What saving an instance of one class involves (worked out once per class and snapshot)."""

    __slots__ = ("descriptors", "plain", "reducible")

    def __init__(self, cls: type):
        descriptors = {}
        for klass in reversed(cls.__mro__):
            for name, attribute in vars(klass).items():
                if type(attribute) in _DESCRIPTORS and name not in _NOT_SAVED:
                    descriptors[name] = attribute
        if issubclass(cls, type):
            descriptors.pop("__dict__", None)  # a class's namespace is saved apart (the proxy is new each time)
        self.descriptors = tuple(descriptors.items())
        # A plain class (its instances' layout and protocol are object's): its descriptors cover everything.
        self.reducible = True  # until an instance of a built-in class fails to reduce (functions, locks, files)
        self.plain = _solid_base(cls) is object and all(
            getattr(cls, name, None) is original for name, original in zip(("__reduce_ex__", "__reduce__", "__getstate__"), _object_protocol)
        )


_BUILT_IN_INFOS: dict = {}


def type_info(cls: type, infos: dict) -> TypeInfo:
    """The TypeInfo of ``cls``: kept for good for a built-in class (it cannot change), else in ``infos`` (one
    snapshot's: the program may change its classes between blocks)."""
    cache = infos if cls.__flags__ & _HEAP_TYPE else _BUILT_IN_INFOS
    info = cache.get(cls)
    if info is None:
        info = cache[cls] = TypeInfo(cls)
    return info


def _solid_base(cls: type) -> type:
    for klass in cls.__mro__:
        if not klass.__flags__ & _HEAP_TYPE:  # the first class defined in C
            return klass
    return object


class Saved:
    """One object's saved state: ``save`` fills it and lists what it refers to; ``restore`` puts it back."""

    __slots__ = ("value", "cls", "attributes", "contents", "reduced")

    def __init__(self, value, info: TypeInfo):
        self.value = value
        self.cls = type(value)
        self.attributes = tuple((name, descriptor, _get(descriptor, value)) for name, descriptor in info.descriptors)
        self.contents = None
        self.reduced = None
        copy = _CONTAINERS.get(self.cls)
        if copy is not None:
            self.contents = copy(value)
        elif isinstance(value, type):
            self.contents = dict(value.__dict__)
        elif not info.plain and info.reducible:
            self.reduced = _reduce(value)
            if self.reduced is None and not self.cls.__flags__ & _HEAP_TYPE:
                info.reducible = False

    def children(self) -> list:
        """The objects this one refers to, to be saved in turn. A class leads on to its bases and the data its
        namespace holds, not into its methods (the machinery of every class a value has would be thousands of
        objects; a method's defaults are saved when the function itself is an input or held by one)."""
        found = [self.cls]
        found += [item for _, _, item in self.attributes if item is not UNSET]
        contents = self.contents
        if isinstance(self.value, type):
            found += [item for name, item in contents.items() if not (name[:2] == "__" == name[-2:] or isinstance(item, _ROUTINES))]
        elif isinstance(contents, dict):
            found += contents.keys()
            found += contents.values()
        elif contents is not None and self.cls is not bytearray:
            found += contents
        if self.reduced is not None:
            for part in self.reduced[1:]:
                _flatten(part, found)
        return found

    def restore(self) -> None:
        """Puts back what changed; a part that cannot be put back (a file closed meanwhile) is left as it is."""
        value = self.value
        if type(value) is not self.cls:
            _attempt(_set_object_attribute, value, "__class__", self.cls)
        for _, descriptor, saved in self.attributes:
            if not same(_get(descriptor, value), saved):
                if saved is UNSET:
                    _attempt(descriptor.__delete__, value)
                else:
                    _attempt(descriptor.__set__, value, saved)
        if self.contents is not None:
            _attempt(self._restore_contents)
        elif self.reduced is not None:
            _attempt(self._restore_reduced)

    def _restore_contents(self) -> None:
        value, saved = self.value, self.contents
        if isinstance(value, type):
            current = value.__dict__
            for name in [name for name in current if name not in saved]:
                _delete_class_attribute(value, name)
            for name, item in saved.items():
                if current.get(name, UNSET) is not item:
                    _set_class_attribute(value, name, item)
        elif self.cls is list:
            if not (len(value) == len(saved) and all(map(is_, value, saved))):
                value[:] = saved
        elif self.cls is bytearray:
            if value != saved:
                value[:] = saved
        elif not (len(value) == len(saved) and _same_items(value, saved)):
            value.clear()
            value.update(saved)

    def _restore_reduced(self) -> None:
        value = self.value
        constructor, arguments, state, items, pairs = self.reduced
        now = _reduce(value)
        if now is None:
            return
        if state is not None and not same(now[2], state):
            _set_state(value, state)
        if items is not None and not same(now[3], items):
            value.clear()
            value.extend(items)
        if pairs is not None and not same(now[4], pairs):
            value.clear()
            for key, item in pairs:
                value[key] = item
        if not same(now[1], arguments):
            _copy_into(value, constructor(*arguments))


def _attempt(action, *arguments) -> None:
    try:
        action(*arguments)
    except Exception:
        pass


def _get(descriptor, value):
    try:
        return descriptor.__get__(value, type(value))
    except Exception:
        return UNSET


def _reduce(value):
    """``(constructor, arguments, state, list items, dict items)`` by the pickle protocol, copied (the state a
    class reports may be its live ``__dict__``); None for what cannot be pickled (functions, locks, files)."""
    try:
        reduced = value.__reduce_ex__(4)
    except Exception:
        return None
    if not isinstance(reduced, tuple) or len(reduced) < 2:
        return None  # a global's name: pickled by reference, nothing of its own
    reduced = (*reduced, None, None, None)[:5]
    constructor, arguments, state, items, pairs = reduced
    return (constructor, tuple(arguments or ()), _copy_state(state),
            list(items) if items is not None else None, list(pairs) if pairs is not None else None)


def _copy_state(state):
    if type(state) is dict:
        return dict(state)
    if type(state) is tuple:
        return tuple(dict(part) if type(part) is dict else part for part in state)
    return state


def _set_state(value, state) -> None:
    setstate = getattr(type(value), "__setstate__", None)
    if setstate is not None:
        setstate(value, state)
        return
    # pickle's default: the instance dict, then the slots
    attributes, slots = state if type(state) is tuple and len(state) == 2 else (state, None)
    if attributes is not None:
        namespace = value.__dict__
        namespace.clear()
        namespace.update(attributes)
    for name, item in (slots or {}).items():
        _set_object_attribute(value, name, item)


def _copy_into(value, fresh) -> None:
    """Makes ``value`` hold what ``fresh`` (rebuilt from the saved constructor arguments) holds."""
    if hasattr(value, "keys"):
        value.clear()
        value.update(fresh)
    else:
        value[:] = fresh


def _flatten(part, found: list) -> None:
    if part is None:
        return
    if type(part) in (tuple, list):
        for item in part:
            if type(item) is tuple:
                found += item  # (key, value) pairs
            elif type(item) is dict:
                found += item.values()
            else:
                found.append(item)
    elif type(part) is dict:
        found += part.values()
    else:
        found.append(part)


def same(current, saved) -> bool:
    """Unchanged: the same object, an equal atom, or containers of the same items (compared alike)."""
    if current is saved:
        return True
    kind = type(current)
    if kind is not type(saved):
        return False
    if kind in ATOMIC:
        return current == saved
    if kind is tuple or kind is list:
        return len(current) == len(saved) and all(map(same, current, saved))
    if kind is dict:
        return len(current) == len(saved) and _same_items(current, saved)
    return False


def _same_items(current, saved) -> bool:
    if type(saved) is dict:
        return all(map(is_, current.keys(), saved.keys())) and all(map(same, current.values(), saved.values()))
    return all(item in current for item in saved)  # a set: by hash and equality, as the set itself compares

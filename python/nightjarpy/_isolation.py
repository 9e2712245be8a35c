"""What a model's code action can reach of the program and of the interpreter, and what it cannot keep changed.

Code actions run in the program's own interpreter (so their changes to the inputs' objects are real), which
makes this best-effort isolation inside one process, closing the obvious ways; the sandbox process around it
is the boundary that holds (python/README.md, "Code actions and the program").

While a code action runs (``with code_action():``):
- The program's modules (``__main__`` and the modules loaded from the program's files) and nightjarpy's own are
  out of ``sys.modules``; importing them, or any other module from the program's files, by any route
  (``import __main__``, ``importlib.import_module``) raises ``ModuleNotFoundError``.
- An audit hook refuses, with ``CodeActionIsolationError``, what hands out frames (whose ``f_back`` leads to the
  program's frames and globals) or arbitrary objects: ``sys._getframe`` (and so ``inspect.currentframe``),
  ``sys._current_frames``, ``sys._current_exceptions``, ``tb_frame``, ``gi_frame``, ``cr_frame``, ``ag_frame``,
  ``sys.settrace``, ``sys.setprofile``, ``sys.monitoring.register_callback``, ``gc.get_objects``,
  ``gc.get_referrers``, ``gc.get_referents``, everything of ``ctypes``, and replacing a function's ``__code__``;
  a new audit hook is silently not added. ``signal.signal`` refuses a Python handler (it would get a frame);
  ``SIG_IGN`` and ``SIG_DFL`` still work. ``atexit.register`` and ``codecs.register`` are refused (what they
  register would run later as the program's code), and so is writing into a folder Python imports from
  (``PermissionError``, see ``_import_folders.py``).
When it ends, what it changed of the interpreter's shared state is put back: the namespaces of ``builtins`` and
of every module loaded when the sandbox started (``sys``, the standard library nightjarpy uses, nightjarpy
itself), nightjarpy's private builtins and the attributes of its classes, the entries of ``sys.modules``
(modules it imported stay, but not half-imported ones), ``sys.path``,
``sys.meta_path``, ``sys.path_hooks``, ``sys.path_importer_cache``, ``gc.callbacks``, and the settings outside
any namespace (``_interpreter_state.py``: recursion limit, working directory, ``gc``, signal handlers,
environment, locale, ``warnings`` filters, the standard streams, ...).

A nested block (a code action calling a hybrid function) runs nightjarpy's machinery ``with runtime_code():``:
the state from before the code action is put back for it, and the code action's own state again afterwards.
nightjarpy code inside a code action that needs a refused operation (the CPU-time limit's frame checks) runs
``with exempt:``. Both are reachable only from nightjarpy's own code.
"""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import _codecs
import _signal
import atexit
import builtins
import codecs
import gc
import os
import signal
import sys
import types
from operator import is_

from ._import_folders import PATH_EVENTS, ImportFolders
from ._interpreter_state import InterpreterState
from ._own_builtins import BUILTINS

_MISSING = object()
_REFUSING = "code action"
_RUNTIME = "nightjarpy"
_OWN_PACKAGES = ("nightjarpy", "nightjar")
_WHY = "a code action sees the block's inputs and nothing else of the program"
_REFUSED_EVENTS = frozenset({
    "sys._getframe", "sys._current_frames", "sys._current_exceptions", "sys.settrace", "sys.setprofile",
    "sys.addaudithook", "sys.monitoring.register_callback", "sys.remote_exec",
    "gc.get_objects", "gc.get_referrers", "gc.get_referents",
})
_FRAME_ATTRIBUTES = frozenset({"tb_frame", "gi_frame", "cr_frame", "ag_frame"})
_SYS_LISTS = ("path", "meta_path", "path_hooks")

_ModuleType = types.ModuleType
_namespace_of = types.ModuleType.__dict__["__dict__"].__get__
_set_class_attribute = type.__setattr__
_delete_class_attribute = type.__delattr__
_MODULES = sys.modules
_SYS = _namespace_of(sys)
_GC_CALLBACKS = gc.callbacks
_BUILTINS_NAMESPACE = vars(builtins)

# State. Mutated in place only: a code action's end puts this module's namespace back as well.
_modes: list[str] = []
_windows: list["_Window"] = []
_namespaces: list[dict] = []
_classes: list[type] = []
_startup_names: set[str] = set()


class _Config:
    roots: tuple[str, ...] = ()


_config = _Config()


class CodeActionIsolationError(ValueError):
    """A code action reached for what its scope does not include: a frame, the garbage collector's object lists,
    ``ctypes``. A ``ValueError``, like ``sys._getframe`` past the end of the stack, so that code which copes
    without a call stack (``logging``) still works."""


def install() -> None:
    """Called once by the sandbox, after nightjarpy and the standard library it uses are loaded, before any
    program runs: what is loaded now is the runtime's, and the paths it came from are not the program's."""
    _config.roots = tuple(os.path.join(entry, "") for entry in sys.path if os.path.isabs(entry))
    seen: set[int] = set()
    for name, module in list(_MODULES.items()):
        if name == "__main__" or not issubclass(type(module), _ModuleType):
            continue
        _startup_names.add(name)
        namespace = _namespace_of(module)
        if id(namespace) not in seen:
            seen.add(id(namespace))
            _namespaces.append(namespace)
        if _is_own(name):
            _classes.extend(value for value in list(namespace.values())
                            if isinstance(value, type) and value.__module__.startswith(_OWN_PACKAGES) and value not in _classes)
    _namespaces.append(BUILTINS)
    _namespaces.append(sys.path_importer_cache)
    sys.meta_path.insert(0, _ProgramModuleFinder())
    sys.addaudithook(_audit)


def program_namespaces() -> list[dict]:
    """The namespaces of the program's modules: ``__main__`` and the modules loaded from the program's files."""
    return [_namespace_of(module) for name, module in list(_MODULES.items())
            if type(name) is str and (name == "__main__" or name not in _startup_names) and _is_program_module(module)]


def is_program_class(cls: type) -> bool:
    """A class the program defined (or one whose module is unknown), not one of the runtime or the standard library."""
    module = _MODULES.get(getattr(cls, "__module__", None))
    return module is None or _is_program_module(module)


def put_back(namespace: dict, saved: dict, keep_modules: bool = True) -> None:
    """Makes ``namespace`` hold what ``saved`` holds: names added since are removed (but for submodules a
    package gained, when ``keep_modules``), names changed or removed are bound again."""
    for name in [name for name in namespace if name not in saved]:
        if not (keep_modules and issubclass(type(namespace[name]), _ModuleType)):
            del namespace[name]
    for name, value in saved.items():
        if namespace.get(name, _MISSING) is not value:
            namespace[name] = value


class _Window:
    """One running code action: the shared state from before it, the modules taken out of sys.modules, and the
    folders it may not write into (see ``_import_folders.py``)."""

    __slots__ = ("before", "hidden", "folders")

    def __init__(self, before: "_Snapshot"):
        self.before = before
        self.hidden: dict = {}
        self.folders = ImportFolders(_SYS.get("path") or [], before.interpreter.cwd)


class _CodeAction:
    """``with code_action():`` around one code action (nests: a code action may run a block that runs more)."""

    __slots__ = ("depth",)

    def __enter__(self):
        self.depth = (len(_modes), len(_windows))
        _modes.append(_REFUSING)
        try:
            window = _Window(_Snapshot())
        except BaseException:
            del _modes[self.depth[0]:]
            raise
        _windows.append(window)
        try:
            window.hidden = _hide()
            _guard_signal_handlers()
            _guard_registrations()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc_info) -> bool:
        modes, windows = self.depth
        window = _windows[windows]
        try:
            window.before.restore()
        finally:
            del _windows[windows:], _modes[modes:]  # as they were before, whatever the code action did to them
        return False


def code_action() -> _CodeAction:
    return _CodeAction()


class _RuntimeCode:
    """nightjarpy's machinery for a block run from inside a code action: the interpreter's state from before the
    code action, no refusals; the code action's state and refusals again when it is done."""

    __slots__ = ("model_state", "depth")

    def __enter__(self):
        self.model_state = None
        if _refusing():
            self.model_state = _Snapshot()
            _windows[-1].before.restore()
        self.depth = len(_modes)
        _modes.append(_RUNTIME)
        return self

    def __exit__(self, *exc_info) -> bool:
        del _modes[self.depth:]
        if self.model_state is not None:
            self.model_state.restore()
            _windows[-1].hidden = _hide()
        return False


def runtime_code() -> _RuntimeCode:
    return _RuntimeCode()


class _Exempt:
    """``with exempt:`` around a few lines of nightjarpy's own inside a code action that need a refused operation."""

    __slots__ = ()

    def __enter__(self):
        _modes.append(_RUNTIME)
        return self

    def __exit__(self, *exc_info) -> bool:
        _modes.pop()
        return False


exempt = _Exempt()


def _refusing() -> bool:
    return bool(_modes) and _modes[-1] is _REFUSING


def _audit(event: str, args: tuple) -> None:
    if not _modes or _modes[-1] is not _REFUSING:
        return
    if event in _REFUSED_EVENTS or event.startswith("ctypes."):
        raise CodeActionIsolationError(f"{event} is not available in a code action ({_WHY})")
    if event == "object.__getattr__" and args[1] in _FRAME_ATTRIBUTES:
        raise CodeActionIsolationError(f"{type(args[0]).__name__}.{args[1]} is not available in a code action ({_WHY})")
    if event == "object.__setattr__" and args[1] == "__code__":
        raise CodeActionIsolationError(f"a code action cannot replace a function's __code__ ({_WHY})")
    if event == "open" or event in PATH_EVENTS:
        _windows[-1].folders.check(event, args)
    elif event == "os.putenv" or event == "os.unsetenv":
        _windows[-1].before.interpreter.note_environment_change(args[0])


class _ProgramModuleFinder:
    """First on ``sys.meta_path``. While a code action runs, refuses the modules taken out of ``sys.modules`` and
    any module that would be loaded from the program's files, whatever the way of importing: it asks the other
    finders itself (so a module is looked for once) and refuses a spec whose file is not the runtime's."""

    def find_spec(self, name, path=None, target=None):
        if not _refusing() or type(name) is not str:
            return None
        if name == "__main__" or _is_own(name) or any(name in window.hidden for window in _windows):
            raise _unavailable(name)
        for finder in list(sys.meta_path):
            find = None if finder is self else getattr(finder, "find_spec", None)
            spec = find(name, path, target) if find is not None else None
            if spec is not None:
                if not _is_runtime_path(spec.origin, spec.submodule_search_locations):
                    raise _unavailable(name)
                return spec
        return None


def _unavailable(name: str) -> ModuleNotFoundError:
    part = "nightjar's runtime" if _is_own(name) else "the program"
    return ModuleNotFoundError(f"module '{name}' is not available in a code action: it is part of {part} ({_WHY})", name=name)


def _is_own(name: str) -> bool:
    return name.partition(".")[0] in _OWN_PACKAGES


def _is_program_module(module) -> bool:
    if not issubclass(type(module), _ModuleType):
        return False
    namespace = _namespace_of(module)
    locations = namespace.get("__path__")
    try:
        locations = [entry for entry in locations] if locations is not None else None
    except Exception:
        locations = None
    return not _is_runtime_path(namespace.get("__file__"), locations)


def _is_runtime_path(origin, locations) -> bool:
    """False for a module whose file (or a namespace package whose directory) lies outside the start-up paths."""
    if type(origin) is str and os.path.isabs(origin):
        return origin.startswith(_config.roots)
    if locations:
        return all(type(entry) is not str or entry.startswith(_config.roots) for entry in locations)
    return True


def _hide() -> dict:
    hidden = {}
    for name, module in list(_MODULES.items()):
        if type(name) is not str:
            continue
        if name == "__main__" or _is_own(name) or (name not in _startup_names and _is_program_module(module)):
            hidden[name] = module
    for name in hidden:
        del _MODULES[name]
    return hidden


class _SignalGuard:
    """``signal.signal`` while a code action runs: a Python handler would be called with the running frame."""

    __slots__ = ("_original",)

    def __init__(self, original):
        self._original = original

    def __call__(self, signalnum, handler, /):
        if _refusing() and callable(handler):
            raise CodeActionIsolationError(f"a code action cannot install a Python signal handler ({_WHY})")
        return self._original(signalnum, handler)


def _guard_signal_handlers() -> None:
    for namespace in (_namespace_of(signal), _namespace_of(_signal)):
        original = namespace.get("signal")
        if original is not None and type(original) is not _SignalGuard:
            namespace["signal"] = _SignalGuard(original)


class _RefusedRegistration:
    """``atexit.register`` and ``codecs.register`` while a code action runs: what they register would run as the
    program's code after the code action ended (at exit, or on the program's next ``encode``)."""

    __slots__ = ("_original", "_name")

    def __init__(self, original, name: str):
        self._original = original
        self._name = name

    def __call__(self, *args, **kwargs):
        if _refusing():
            raise CodeActionIsolationError(f"{self._name} is not available in a code action: what it registers would outlive the code action")
        return self._original(*args, **kwargs)


def _guard_registrations() -> None:
    for module, name in ((atexit, "atexit.register"), (codecs, "codecs.register"), (_codecs, "codecs.register")):
        namespace = _namespace_of(module)
        original = namespace.get("register")
        if original is not None and type(original) is not _RefusedRegistration:
            namespace["register"] = _RefusedRegistration(original, name)


class _Snapshot:
    """The interpreter's shared state a code action could change (see the module's docstring)."""

    __slots__ = ("namespaces", "classes", "lists", "modules", "interpreter")

    def __init__(self):
        self.interpreter = InterpreterState()
        self.namespaces = [(namespace, namespace.copy()) for namespace in _namespaces]
        self.classes = [(cls, dict(cls.__dict__)) for cls in _classes]
        lists = [_SYS.get(name) for name in _SYS_LISTS] + [_GC_CALLBACKS]
        self.lists = [(items, items[:]) for items in lists if type(items) is list]
        self.modules = _MODULES.copy()

    def restore(self) -> None:
        for namespace, saved in self.namespaces:
            if not _same(namespace, saved):
                put_back(namespace, saved, keep_modules=namespace is not _BUILTINS_NAMESPACE and namespace is not BUILTINS)
        for cls, saved in self.classes:
            current = cls.__dict__
            if not _same(current, saved):
                for name in [name for name in current if name not in saved]:
                    _delete_class_attribute(cls, name)
                for name, value in saved.items():
                    if current.get(name, _MISSING) is not value:
                        _set_class_attribute(cls, name, value)
        for items, saved in self.lists:
            if len(items) != len(saved) or not all(map(is_, items, saved)):
                items[:] = saved
        for name, module in self.modules.items():
            if _MODULES.get(name, _MISSING) is not module:
                _MODULES[name] = module
        added = [name for name, module in _MODULES.items() if name not in self.modules and not _is_loaded_module(module)]
        for name in added:
            del _MODULES[name]
        self.interpreter.restore()


def _is_loaded_module(module) -> bool:
    """A module, and not one still being imported (an import the CPU-time limit stopped half-way leaves those)."""
    if not issubclass(type(module), _ModuleType):
        return False
    spec = _namespace_of(module).get("__spec__")
    return spec is None or getattr(spec, "_initializing", False) is not True


def _same(current, saved: dict) -> bool:
    """Same names bound to the same objects, in the same order (compared by identity: no code of theirs runs)."""
    return len(current) == len(saved) and all(map(is_, current, saved)) and all(map(is_, current.values(), saved.values()))

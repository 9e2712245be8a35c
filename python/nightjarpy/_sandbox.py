"""Python-side guards of the sandbox (the Deno process around it is the boundary): modules that lead to the
JavaScript host or to package downloads cannot be imported, importing a package outside the standard library
fails with an error that names it, and — once the sandbox has taken what it needs — nothing in Python leads to
JavaScript any more (``close_javascript``)."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import gc
import os
import sys
import types

# Pyodide's bridge to JavaScript: the `js` and `pyodide_js` modules are proxies of JavaScript objects, and
# `_pyodide_core` (under `pyodide.ffi`) makes new ones (`to_js`, `create_proxy`, `JsProxy`).
_JAVASCRIPT = ("js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core")
_DOWNLOADS = ("micropip", "pyodide_http")


def _refused(name: str) -> bool:
    return any(name == root or name.startswith(root + ".") for root in (*_JAVASCRIPT, *_DOWNLOADS))


class _BlockedModules:
    def find_spec(self, name, path=None, target=None):
        if _refused(name):
            raise ImportError(f"module '{name}' is not available in the nightjar Python sandbox (it leads to the host)", name=name)
        return None


class _StandardLibraryOnly:
    """Last on ``sys.meta_path``: reached only when no finder knows the module."""

    def find_spec(self, name, path=None, target=None):
        if path is None:
            raise ModuleNotFoundError(
                f"No module named '{name}': nightjar runs Python programs with the standard library only "
                f"(package '{name}' is not available; put your own modules next to the program)",
                name=name,
            )
        return None


def install() -> None:
    """Called once by the sandbox before any program runs."""
    os.environ.pop("_", None)  # Emscripten's copy of the sandbox entry's path: nothing a program needs
    _fresh_randomness()
    for name in _DOWNLOADS:
        sys.modules.pop(name, None)
    sys.meta_path.insert(0, _BlockedModules())
    sys.meta_path.append(_StandardLibraryOnly())


def _fresh_randomness() -> None:
    """The interpreter comes from a memory snapshot in which ``random`` was already imported and seeded (and
    ``tempfile`` may have made its random name sequence): without a new seed every sandbox would draw the same
    numbers and temporary names."""
    random = sys.modules.get("random")
    if random is not None:
        random.seed()
    tempfile = sys.modules.get("tempfile")
    if tempfile is not None:
        tempfile._name_sequence = None


def _undo_pyodide_patches() -> None:
    """Pyodide replaces ``time.sleep`` and ``asyncio.run`` with wrappers that reach JavaScript (``@wraps`` keeps
    the originals) and sets an event loop policy that runs on JavaScript's timers: the originals come back."""
    for module in (sys.modules.get("time"), sys.modules.get("asyncio")):
        for name, value in list(vars(module).items()) if module is not None else []:
            if _from_javascript_module(value) and hasattr(value, "__wrapped__"):
                setattr(module, name, value.__wrapped__)
    events = sys.modules.get("asyncio.events")
    if events is not None and _from_javascript_module(getattr(events, "_event_loop_policy", None)):
        events._event_loop_policy = None


def _from_javascript_module(value) -> bool:
    """Whether a class, function or (else) an object's class is defined in one of Pyodide's bridge modules."""
    defined = value if isinstance(value, (type, types.FunctionType)) else type(value)
    module = getattr(defined, "__module__", "") or ""
    return any(module == root or module.startswith(root + ".") for root in _JAVASCRIPT)


def close_javascript() -> None:
    """Called once by the sandbox, after its last use of Pyodide's Python side: every module of Pyodide's bridge
    leaves ``sys.modules`` with its namespace emptied (so a reference kept elsewhere holds nothing), the finder of
    JavaScript modules leaves ``sys.meta_path`` emptied, and so do the namespaces CPython keeps to re-create a
    built-in module (``_pyodide_core``'s, which an ``_imp.create_builtin`` would otherwise copy back)."""
    _undo_pyodide_patches()
    core = sys.modules.get("_pyodide_core")
    made_by_core = [value for key, value in vars(core).items() if not key.startswith("__")] if core is not None else []
    dangerous = {id(value) for value in made_by_core if callable(value)}
    for value in made_by_core:
        if isinstance(value, dict):
            value.clear()  # the namespace of the JsProxy classes
    for name in [name for name in sys.modules if any(name == root or name.startswith(root + ".") for root in _JAVASCRIPT)]:
        module = sys.modules.pop(name)
        namespace = getattr(module, "__dict__", None)
        if isinstance(namespace, dict):
            namespace.clear()
    # Pyodide's finders (its JavaScript modules, its Windows-path fixer) live in the emptied modules.
    for hooks in (sys.meta_path, sys.path_hooks):
        for hook in [hook for hook in hooks if _from_javascript_module(hook)]:
            hooks.remove(hook)
            if isinstance(getattr(hook, "__dict__", None), dict) and not isinstance(hook, type):
                vars(hook).clear()
    sys.path_importer_cache.clear()
    for candidate in gc.get_objects():
        if type(candidate) is dict and any(id(value) in dangerous for value in candidate.values()):
            candidate.clear()
    gc.collect()

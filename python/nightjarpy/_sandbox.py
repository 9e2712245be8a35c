"""Python-side guards of the sandbox (the process around it is the real boundary): modules that lead to the
JavaScript host or to package downloads cannot be imported, and importing a package outside the standard
library fails with an error that names it."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import os
import sys

_BLOCKED = {"pyodide_js", "pyodide.http", "micropip", "pyodide_http"}


class _BlockedModules:
    def find_spec(self, name, path=None, target=None):
        if name in _BLOCKED:
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
    for name in _BLOCKED:
        sys.modules.pop(name, None)
    sys.meta_path.insert(0, _BlockedModules())
    sys.meta_path.append(_StandardLibraryOnly())

"""Runs a program file as ``__main__`` the way ``python program.py`` does: ``sys.argv``, exit codes from
``sys.exit``, and a traceback on stderr (without this runner's own frame) for an uncaught exception."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import builtins
import os
import sys
import traceback
import types


def run_main(path: str, argv: list[str]) -> int:
    """Runs the program; returns its exit code. Modules it imported are forgotten afterwards."""
    modules_before = set(sys.modules)
    main = types.ModuleType("__main__")
    main.__file__ = path
    # The real builtins: ``exec`` would otherwise give the program those of this (nightjarpy's) frame.
    main.__builtins__ = builtins
    saved = sys.modules.get("__main__"), list(sys.argv), list(sys.path)
    sys.modules["__main__"], sys.argv = main, [path, *argv]
    sys.path.insert(0, os.path.dirname(path))
    try:
        with open(path, encoding="utf-8") as file:
            code = compile(file.read(), path, "exec")
        exec(code, main.__dict__)
        return 0
    except SystemExit as exit:
        return _exit_code(exit.code)
    except BaseException as error:
        traceback.print_exception(type(error), error, error.__traceback__.tb_next)
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.modules["__main__"], sys.argv, sys.path[:] = saved
        for name in set(sys.modules) - modules_before:
            del sys.modules[name]


def _exit_code(code) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1

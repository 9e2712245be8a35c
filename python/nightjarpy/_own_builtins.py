"""nightjarpy's own copy of the builtins, taken when the sandbox starts (before any program or code action runs).

Every other nightjarpy module binds it as its ``__builtins__`` before anything else
(``from ._own_builtins import BUILTINS as __builtins__``). CPython gives each function the builtins of the
globals it was defined in, so nightjarpy's functions look ``len``, ``isinstance``, ``print``, ``__import__`` and
the rest up here, not in the ``builtins`` module, which a program or a model's code action can change
(``builtins.len = lambda x: 0``). Code that runs in the program's namespaces (the program itself, code actions,
annotations evaluated in the program's scope) keeps the real ``builtins``. ``_isolation.py`` undoes a code
action's changes to both dicts when it ends.
"""
import builtins

BUILTINS = dict(vars(builtins))

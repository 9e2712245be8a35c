"""The marks of an instruction: ``<name>`` reads a variable, ``<:name>`` writes one (``<:obj.attr>`` sets an
attribute). A read of ``<obj.attr>`` reads ``obj``."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import inspect
import re

_MARK = re.compile(r"<(:?)([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)>")
_KEYWORD = re.compile(r"^\s*natural\b")


def is_natural(text: str) -> bool:
    """True for a string literal that is a natural block (its first word is ``natural``)."""
    return _KEYWORD.match(text) is not None


def instruction_of(text: str) -> str:
    """The instruction without the ``natural`` keyword and the common indentation."""
    return inspect.cleandoc(_KEYWORD.sub("", text, count=1))


def parse_marks(instruction: str) -> tuple[list[str], list[str]]:
    """Names read and targets written, each once, in order of first appearance."""
    reads: dict[str, None] = {}
    writes: dict[str, None] = {}
    for match in _MARK.finditer(instruction):
        if match.group(1):
            writes[match.group(2)] = None
        else:
            reads[match.group(2).split(".")[0]] = None
    return list(reads), list(writes)

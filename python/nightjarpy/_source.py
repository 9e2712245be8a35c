"""The parsed source of a function, positioned as in its file (lines and columns), so that recompiled code
reports the same locations in tracebacks."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import ast
import inspect
import textwrap

from ._errors import NaturalSyntaxError


def function_tree(function) -> tuple[ast.Module, ast.FunctionDef | ast.AsyncFunctionDef]:
    """Parses the source of ``function``; returns the module and its one function node."""
    try:
        lines, first_line = inspect.getsourcelines(function)
    except (OSError, TypeError) as error:
        raise NaturalSyntaxError(
            f"@nj.fn cannot read the source of {function.__qualname__} ({error}); "
            "hybrid functions must be defined in a .py file"
        ) from None
    text = "".join(lines)
    dedented = textwrap.dedent(text)
    indent = _indent_width(text, dedented)
    module = ast.parse(dedented, filename=function.__code__.co_filename)
    ast.increment_lineno(module, first_line - 1)
    if indent:
        _shift_columns(module, indent)
    node = module.body[0]
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        raise NaturalSyntaxError(f"@nj.fn applies to functions, not to {type(node).__name__}")
    return module, node


def _indent_width(text: str, dedented: str) -> int:
    first = next((line for line in text.splitlines() if line.strip()), "")
    first_dedented = next((line for line in dedented.splitlines() if line.strip()), "")
    return len(first) - len(first_dedented)


def _shift_columns(tree: ast.AST, indent: int) -> None:
    for node in ast.walk(tree):
        if "col_offset" in node._attributes:
            node.col_offset += indent
            if getattr(node, "end_col_offset", None) is not None:
                node.end_col_offset += indent

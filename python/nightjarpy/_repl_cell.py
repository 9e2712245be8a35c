"""``eval`` as a REPL cell: real models send statements to ``eval`` (``import unicodedata; [...]``,
``x = [...]``), as they would type them into a Python prompt. A plain expression compiles as one; otherwise the
statements run and the value of a final expression, if there is one, is the result (``None`` without one)."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import ast

EXPRESSION_FILE = "<eval>"
CELL_FILE = "<exec>"  # statements report their line the way exec code does ("line N of your code")


def compile_cell(source: str):
    """``(statements, expression)``: code objects to ``exec`` then ``eval``, either of them possibly None.
    Raises the ``SyntaxError`` of the statements when ``source`` is neither an expression nor statements."""
    try:
        return None, compile(source, EXPRESSION_FILE, "eval")
    except SyntaxError:
        pass
    module = ast.parse(source, CELL_FILE, "exec")
    last = module.body[-1] if module.body else None
    if not isinstance(last, ast.Expr):
        return compile(module, CELL_FILE, "exec"), None
    module.body.pop()
    expression = ast.Expression(last.value)
    return compile(module, CELL_FILE, "exec"), compile(expression, CELL_FILE, "eval")


def run_cell(source: str, scope: dict):
    """Runs ``source`` as a cell in ``scope``; returns the value of its final expression."""
    statements, expression = compile_cell(source)
    if statements is not None:
        exec(statements, scope)
    return eval(expression, scope) if expression is not None else None

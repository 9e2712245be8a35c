"""Annotations a function declares, as source text: parameters and ``name: T`` statements of its own body."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import ast


def function_annotations(function: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, str]:
    """Name -> annotation source for the function's parameters and the annotated names its body declares."""
    found: dict[str, str] = {}
    arguments = function.args
    for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]:
        if argument is not None and argument.annotation is not None:
            found[argument.arg] = ast.unparse(argument.annotation)
    for node in _own_statements(function.body):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found[node.target.id] = ast.unparse(node.annotation)
    return found


def _own_statements(body: list[ast.stmt]):
    """Statements of a body, descending into compound statements but not into nested functions or classes."""
    for statement in body:
        yield statement
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            children = getattr(statement, field, None)
            if isinstance(children, list):
                for child in children:
                    if isinstance(child, ast.stmt):
                        yield from _own_statements([child])
                    elif hasattr(child, "body"):
                        yield from _own_statements(child.body)

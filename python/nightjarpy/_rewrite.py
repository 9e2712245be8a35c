"""Rewrites a hybrid function's AST: each natural block becomes a call to the block hook plus a dispatch on how
the block ended (raise, writes to locals, break / continue / return)."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import ast

from ._annotations import function_annotations
from ._errors import NaturalSyntaxError
from ._marks import instruction_of, is_natural, parse_marks
from ._site import BlockSite

HOOK = "__nj_hook__"
RESULT = "__nj_r__"
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def rewrite_blocks(function: ast.FunctionDef | ast.AsyncFunctionDef, file: str) -> list[BlockSite]:
    """Replaces every block inside ``function`` (nested functions included) in place; returns their sites."""
    rewriter = _BlockRewriter(file)
    rewriter.visit_function(function)
    return rewriter.sites


class _BlockRewriter(ast.NodeTransformer):
    def __init__(self, file: str):
        self.file = file
        self.sites: list[BlockSite] = []
        self.function: ast.FunctionDef | ast.AsyncFunctionDef | None = None
        self.in_loop = False

    def _in_context(self, node: ast.AST, function, in_loop: bool) -> ast.AST:
        saved = self.function, self.in_loop
        self.function, self.in_loop = function, in_loop
        try:
            return self.generic_visit(node)
        finally:
            self.function, self.in_loop = saved

    def visit_function(self, node):
        return self._in_context(node, node, False)

    visit_FunctionDef = visit_AsyncFunctionDef = visit_function

    def visit_ClassDef(self, node):
        return self._in_context(node, None, False)

    def _visit_loop(self, node):
        node.body = self._statements(node.body, in_loop=True)
        node.orelse = self._statements(node.orelse, in_loop=self.in_loop)
        for field in ("target", "iter", "test"):
            if hasattr(node, field):
                setattr(node, field, self.visit(getattr(node, field)))
        return node

    visit_For = visit_AsyncFor = visit_While = _visit_loop

    def _statements(self, body: list[ast.stmt], in_loop: bool) -> list[ast.stmt]:
        saved = self.in_loop
        self.in_loop = in_loop
        try:
            result: list[ast.stmt] = []
            for statement in body:
                replaced = self.visit(statement)
                result.extend(replaced if isinstance(replaced, list) else [replaced])
            return result
        finally:
            self.in_loop = saved

    def visit_Expr(self, node: ast.Expr):
        value = node.value
        if isinstance(value, ast.JoinedStr) and _starts_natural(value):
            raise NaturalSyntaxError(
                f'{self.file}:{node.lineno}: a natural block cannot be an f-string; refer to variables with <name> marks'
            )
        if not (isinstance(value, ast.Constant) and isinstance(value.value, str) and is_natural(value.value)):
            return node
        site = self._site(node, value.value)
        self.sites.append(site)
        return _located(_dispatch(len(self.sites) - 1, site), node)

    def _site(self, node: ast.Expr, text: str) -> BlockSite:
        instruction = instruction_of(text)
        reads, writes = parse_marks(instruction)
        function = self.function
        return BlockSite(
            file=self.file,
            line=node.lineno,
            column=node.col_offset + 1,
            instruction=instruction,
            reads=tuple(reads),
            writes=tuple(writes),
            annotations=function_annotations(function) if function else {},
            in_loop=self.in_loop,
            in_function=function is not None,
            return_annotation=ast.unparse(function.returns) if function and function.returns else None,
        )


def _starts_natural(value: ast.JoinedStr) -> bool:
    first = value.values[0] if value.values else None
    return isinstance(first, ast.Constant) and isinstance(first.value, str) and is_natural(first.value)


def _dispatch(index: int, site: BlockSite) -> list[ast.stmt]:
    lines = [f"{RESULT} = {HOOK}({index})", f"if {RESULT}.exit == 'raise': raise {RESULT}.value"]
    lines += [f"if {target!r} in {RESULT}.writes: {target} = {RESULT}.writes[{target!r}]" for target in site.writes]
    if site.in_loop:
        lines += [f"if {RESULT}.exit == 'break': break", f"if {RESULT}.exit == 'continue': continue"]
    if site.in_function:
        lines.append(f"if {RESULT}.exit == 'return': return {RESULT}.value")
    return ast.parse("\n".join(lines)).body


def _located(statements: list[ast.stmt], block: ast.Expr) -> list[ast.stmt]:
    """Gives generated code the block's position, so tracebacks point at the block."""
    for statement in statements:
        for node in ast.walk(statement):
            if "lineno" in node._attributes:
                node.lineno, node.end_lineno = block.lineno, block.end_lineno
                node.col_offset, node.end_col_offset = block.col_offset, block.end_col_offset
    return statements

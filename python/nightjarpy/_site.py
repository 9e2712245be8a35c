"""What ``@nj.fn`` learns about one block from the source: everything static, fixed at decoration time."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class BlockSite:
    """One natural block in a hybrid function.

    ``annotations`` maps names the enclosing function annotates (parameters, ``x: T`` statements) to the
    annotation's source text; it is evaluated when the block runs, in the function's scope.
    """

    file: str
    line: int
    column: int
    instruction: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    annotations: dict[str, str]
    in_loop: bool
    in_function: bool
    return_annotation: str | None

    @property
    def location(self) -> str:
        """``file:line:column`` with the file relative to the working directory, as tracebacks show it."""
        return f"{_relative(self.file)}:{self.line}:{self.column}"


def _relative(path: str) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith("..") else relative

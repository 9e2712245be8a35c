"""How a block ended, as the rewritten function's dispatch code reads it."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

from dataclasses import dataclass, field


@dataclass
class Outcome:
    """``exit`` is done, break, continue, return or raise; ``value`` is the returned value or the exception."""

    exit: str
    writes: dict = field(default_factory=dict)
    value: object = None

"""Errors nightjarpy raises into the program. They are ordinary Python exceptions, so programs can catch them."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)


class NightjarError(Exception):
    """Base class of every error nightjarpy raises itself (not of errors a block raises on the model's behalf)."""


class NaturalBlockError(NightjarError):
    """A natural block could not finish: the model failed, or gave no valid exit within the tool-call limit.

    Attributes: ``location`` (``file:line:column``) and ``reason`` (``tool-call-limit``, ``invalid-exit``,
    ``model-error``, ``timeout``, or ``runtime-error``: nightjarpy's own machinery failed, say because a code
    action broke part of the standard library it uses). Nothing the block staged was written.
    """

    def __init__(self, message: str, *, location: str, reason: str):
        super().__init__(message)
        self.location = location
        self.reason = reason


class NaturalSyntaxError(NightjarError):
    """``@nj.fn`` could not turn a function into a hybrid one (no source, misplaced decorator, bad marks)."""

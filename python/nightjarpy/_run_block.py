"""The block hook the rewritten function calls: runs one block as a model episode and returns its outcome.
Every failure comes back as a ``raise`` outcome, so the exception surfaces at the block's own line; a failure of
nightjarpy's own machinery during the episode is a NaturalBlockError (reason ``runtime-error``) naming the block.
A hybrid function may be called from a model's code action: the hook runs as nightjarpy's code, with the
interpreter's state from before that code action (``_isolation.runtime_code``)."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import sys
from json import dumps

from ._bridge import run_episode
from ._errors import NaturalBlockError, NightjarError
from ._execution import BlockExecution
from ._host_api import running
from ._isolation import runtime_code
from ._outcome import Outcome
from ._site import BlockSite

_getframe = sys._getframe


def make_hook(sites: list[BlockSite], defining_frame):
    """The hook for one hybrid function; ``index`` picks the block."""

    def hook(index: int) -> Outcome:
        with runtime_code():
            frame = _getframe(1)
            try:
                outcome = run_block(sites[index], frame, defining_frame)
            finally:
                del frame
        if outcome.exit == "raise":
            # Raised anew by the function at the block's line; frames of nightjarpy or of code actions are noise.
            outcome.value.with_traceback(None)
        return outcome

    return hook


def run_block(site: BlockSite, frame, defining_frame) -> Outcome:
    try:
        execution = BlockExecution(site, frame, defining_frame)
    except (NameError, TypeError) as error:
        return Outcome("raise", value=error)
    block = {"id": site.location, "location": {"file": site.file, "line": site.line, "column": site.column}}
    try:
        with running(execution):
            result = run_episode(dumps(block), dumps(execution.prompt_block()))
        outcome = execution.staged if result.get("success") else Outcome("raise", value=_failure(result, site))
    except Exception as error:
        outcome = Outcome("raise", value=_runtime_failure(error, site))
    if outcome.exit == "raise":
        execution.rollback()  # a block that raises or fails changes nothing
    return outcome


def _failure(result: dict, site: BlockSite) -> NightjarError:
    if "reason" in result:
        return NaturalBlockError(result["message"], location=site.location, reason=result["reason"])
    return NightjarError(result["message"])


def _runtime_failure(error: Exception, site: BlockSite) -> NaturalBlockError:
    message = (
        f"{site.location} - natural block failed (runtime-error): nightjar's Python runtime failed while running it: "
        f"{type(error).__name__}: {error}\nA code action may have broken something of the interpreter that nightjar "
        "uses (an attribute of a standard-library class, say). Nothing was written."
    )
    return NaturalBlockError(message, location=site.location, reason="runtime-error")

"""The block hook the rewritten function calls: runs one block as a model episode and returns its outcome.
Every failure comes back as a ``raise`` outcome, so the exception surfaces at the block's own line."""
import json
import sys

from ._bridge import run_episode
from ._errors import NaturalBlockError, NightjarError
from ._execution import BlockExecution
from ._host_api import running
from ._outcome import Outcome
from ._site import BlockSite


def make_hook(sites: list[BlockSite], defining_frame):
    """The hook for one hybrid function; ``index`` picks the block."""

    def hook(index: int) -> Outcome:
        frame = sys._getframe(1)
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
    with running(execution):
        result = run_episode(json.dumps(block), json.dumps(execution.prompt_block()))
    outcome = execution.staged if result.get("success") else Outcome("raise", value=_failure(result, site))
    if outcome.exit == "raise":
        execution.rollback()  # a block that raises or fails changes nothing
    return outcome


def _failure(result: dict, site: BlockSite) -> NightjarError:
    if "reason" in result:
        return NaturalBlockError(result["message"], location=site.location, reason=result["reason"])
    return NightjarError(result["message"])

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


def make_hook(sites: list[BlockSite]):
    """The hook for one hybrid function; ``index`` picks the block."""

    def hook(index: int) -> Outcome:
        frame = sys._getframe(1)
        try:
            return run_block(sites[index], frame)
        finally:
            del frame

    return hook


def run_block(site: BlockSite, frame) -> Outcome:
    try:
        execution = BlockExecution(site, frame)
    except (NameError, TypeError) as error:
        return Outcome("raise", value=error)
    block = {"id": site.location, "location": {"file": site.file, "line": site.line, "column": site.column}}
    with running(execution):
        result = run_episode(json.dumps(block), json.dumps(execution.prompt_block()))
    if result.get("success"):
        return execution.staged
    if "reason" in result:
        return Outcome("raise", value=NaturalBlockError(result["message"], location=site.location, reason=result["reason"]))
    return Outcome("raise", value=NightjarError(result["message"]))

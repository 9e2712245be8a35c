"""The way out of Python: a JavaScript function, handed over by the sandbox at start-up, runs a block's
episode synchronously (the host process calls the model while this thread blocks)."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

from json import loads

from ._errors import NightjarError

_run_episode = None


def connect(run_episode) -> None:
    """Called once by the sandbox: ``run_episode(block_json, prompt_json) -> result_json``."""
    global _run_episode
    _run_episode = run_episode


def run_episode(block: str, prompt: str) -> dict:
    """``{"success": True}`` with the outcome staged through the host API, or
    ``{"success": False, "message": ..., "reason"?: ...}``."""
    if _run_episode is None:
        raise NightjarError("natural blocks run only inside nightjar: start the program with `nightjar run program.py`")
    return loads(_run_episode(block, prompt))

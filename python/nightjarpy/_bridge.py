"""The way out of Python: the device file ``/dev/nightjar`` (``child/bridge-device.ts``). Writing a block's
request to it runs the block's episode synchronously (the host process calls the model while this thread
blocks); the answer is read back from it. Python holds a file descriptor, never a JavaScript object."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import os
from json import dumps, loads

from ._errors import NightjarError

_DEVICE = "/dev/nightjar"
_READ_SIZE = 1 << 16


class _Connection:
    fd = None


_connection = _Connection()


def connect() -> None:
    """Called once by the sandbox, after it made the device."""
    _connection.fd = os.open(_DEVICE, os.O_RDWR)


def run_episode(block: str, prompt: str) -> dict:
    """``{"success": True}`` with the outcome staged through the host API, or
    ``{"success": False, "message": ..., "reason"?: ...}``."""
    fd = _connection.fd
    if fd is None:
        raise NightjarError("natural blocks run only inside nightjar: start the program with `nightjar run program.py`")
    request = dumps([block, prompt]).encode("utf-8")
    os.write(fd, request)
    chunks = []
    while chunk := os.read(fd, _READ_SIZE):
        chunks.append(chunk)
    return loads(b"".join(chunks))

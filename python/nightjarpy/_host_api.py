"""The functions the JavaScript side of the sandbox calls for the episode loop's ``CodeActionHost``. They act on
the innermost running block (a model's code action may call a hybrid function, so blocks nest) and speak JSON
strings, so no Python object crosses into JavaScript."""
import contextlib
import json

_running: list = []


@contextlib.contextmanager
def running(execution):
    """Makes ``execution`` the block the host functions act on, for the length of its episode."""
    _running.append(execution)
    try:
        yield execution
    finally:
        _running.pop()


def evaluate(expression: str, limit_ms: int) -> str:
    return _result(*_running[-1].evaluate(expression, limit_ms))


def execute(code: str, limit_ms: int) -> str:
    return _result(*_running[-1].execute(code, limit_ms))


def prepare_exit(request: str) -> str:
    return _result(*_running[-1].prepare_exit(json.loads(request)))


def _result(success: bool, text: str) -> str:
    return json.dumps({"success": True, "value": text} if success else {"success": False, "message": text})

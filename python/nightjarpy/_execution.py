"""One execution of a block: its code-action scope (a dict holding the block's inputs, so changes to their
objects are real), what the prompt shows, and the checking and staging of each exit the model asks for."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import builtins
import contextlib
import gc
import io

from ._code_action_limit import CodeActionStopped, run_limited
from ._isolation import code_action, program_namespaces
from ._coerce import coerce
from ._outcome import Outcome
from ._prompt_block import involved_classes, prompt_block
from ._render_value import render_value
from ._repl_cell import run_cell
from ._reuse import reuse_program_object
from ._saved_state import SavedState
from ._resolve import MISSING, UNCHECKED, evaluate_annotation, resolve
from ._site import BlockSite

_EVAL_LENGTH = 4000
_traceback_of = BaseException.__dict__["__traceback__"].__get__


class BlockExecution:
    """Raises NameError (an unknown read) or TypeError (an input that contradicts its annotation)."""

    def __init__(self, site: BlockSite, frame, defining_frame):
        self.site = site
        self.inputs = {name: resolve(name, frame, defining_frame) for name in site.reads}
        missing = [name for name, value in self.inputs.items() if value is MISSING]
        if missing:
            raise NameError(f"natural block at {site.location} reads <{missing[0]}>, but name '{missing[0]}' is not defined")
        self.annotations = {name: evaluate_annotation(site.annotations.get(name), frame) for name in (*site.reads, *site.writes)}
        self.return_annotation = evaluate_annotation(site.return_annotation, frame)
        issues = self._input_issues()
        if issues:
            raise TypeError(f"natural block at {site.location}: an input contradicts its annotation: {issues[0]}")
        self.classes = involved_classes(self.inputs, [*self.annotations.values(), self.return_annotation])
        # Classes the prompt declares are usable in code actions too (``email.category = Category.SPAM``).
        self.scope = {**{cls.__name__: cls for cls in self.classes}, **self.inputs, "__builtins__": builtins}
        self.staged: Outcome | None = None
        self.saved: SavedState | None = None

    def prompt_block(self) -> dict:
        return prompt_block(self)

    def evaluate(self, expression: str, limit_ms: int) -> tuple[bool, str]:
        def run():
            return render_value(run_cell(expression, self.scope), _EVAL_LENGTH)[0]
        return self._run_model_code(run, limit_ms)

    def execute(self, code: str, limit_ms: int) -> tuple[bool, str]:
        def run():
            exec(compile(code, "<exec>", "exec"), self.scope)
            return "Success"
        return self._run_model_code(run, limit_ms)

    def rollback(self) -> None:
        """Undoes the code actions' changes to the inputs' objects (the block raised or failed)."""
        if self.saved is not None:
            self.saved.restore()

    def save_state(self) -> tuple[bool, str]:
        """Saves what the code actions may change, before the first one only: a block answered directly changes
        nothing in place. The sandbox calls it before each code action's clock starts (see ``_host_api``)."""
        if self.saved is None:
            self.saved = SavedState(self.inputs.values(), program_namespaces())
        return True, ""

    def _run_model_code(self, run, limit_ms: int) -> tuple[bool, str]:
        self.save_state()
        printed = io.StringIO()
        names_before = set(self.scope)

        def action():
            # The model's error is described here, inside the window and the time limit: its __str__ is its code.
            try:
                return True, run(), None
            except (CodeActionStopped, MemoryError):
                raise
            except BaseException as error:
                return False, _error_text(error), error

        dropped: list[str] = []
        try:
            # The window (see _isolation.py) is outermost: what the code action changed is put back last.
            with code_action(), contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
                try:
                    success, result, error = run_limited(action)
                except MemoryError:
                    # Names this code action bound may hold the memory it ran out of: dropped before the window
                    # puts the interpreter's state back (that needs memory too), so the block can go on.
                    dropped = [name for name in self.scope if name not in names_before]
                    for name in dropped:
                        del self.scope[name]
                    raise
        except CodeActionStopped as stopped:
            where = _where(stopped)
            return False, _printed(printed) + f"code action stopped after {limit_ms} ms (the CPU-time limit of one code action){where}"
        except MemoryError as error:
            gc.collect()
            note = f"; dropped the names it assigned ({', '.join(dropped)})" if dropped else ""
            return False, _printed(printed) + f"MemoryError: the code action ran out of memory{_where(error)}{note}"
        if not success:
            result += _where(error)
        return success, _printed(printed) + result

    def prepare_exit(self, request: dict) -> tuple[bool, str]:
        """Checks an exit request; on success stages the outcome in ``self.staged``. Nothing is written yet."""
        kind = request["exit"]
        if kind == "raise":
            return self._stage_raise(request)
        outputs = request.get("outputs") or {}
        unknown = [name for name in outputs if name not in self.site.writes]
        if unknown:
            known = ", ".join(self.site.writes) or "none"
            return False, f"unknown output `{unknown[0]}`; this block's outputs: {known}"
        writes, issues = self._collect_writes(outputs, require_all=kind == "done")
        value = None
        if kind == "return":
            value, return_issues = self._return_value(request)
            issues += return_issues
        issues += self._input_issues()
        if issues:
            return False, f"{kind} was not accepted; fix these and call it again:\n" + "\n".join(f"- {issue}" for issue in issues)
        self.staged = Outcome(kind, writes, value)
        return True, kind

    def _collect_writes(self, outputs: dict, require_all: bool) -> tuple[dict, list[str]]:
        writes, issues = {}, []
        for target in self.site.writes:
            if target in outputs:
                raw = reuse_program_object(outputs[target], self.inputs)
            else:
                raw = self._assigned(target, writes)
            if raw is MISSING:
                if require_all:
                    issues.append(f"{target}: missing; pass it in `outputs` or assign it with exec")
                continue
            ok, result = coerce(raw, self.annotations.get(target, UNCHECKED), target)
            if ok:
                writes[target] = result
            else:
                issues += result
        return writes, issues

    def _assigned(self, target: str, writes: dict):
        """What code actions left for ``target``: a variable they assigned, or an attribute (``enemy.name``,
        ``player.attack``) of an object this exit writes, of a variable they assigned, or of an input."""
        parts = target.split(".")
        for depth in range(len(parts) - 1, 0, -1):
            prefix = ".".join(parts[:depth])
            if prefix in writes:
                value, rest = writes[prefix], parts[depth:]
                break
        else:
            value, rest = self.scope.get(parts[0], MISSING), parts[1:]
        for name in rest:
            try:
                value = getattr(value, name)
            except Exception:  # absent, or a property that fails: not assigned
                return MISSING
        return value

    def _return_value(self, request: dict) -> tuple[object, list[str]]:
        variable = request.get("variable")
        if variable is not None and variable not in self.scope:
            return None, [f"return: there is no variable `{variable}` in scope"]
        raw = self.scope[variable] if variable is not None else reuse_program_object(request.get("value"), self.inputs)
        ok, result = coerce(raw, self.return_annotation, "return value")
        return (result, []) if ok else (None, result)

    def _stage_raise(self, request: dict) -> tuple[bool, str]:
        if request.get("variable") is not None:
            error = self.scope.get(request["variable"], MISSING)
            if isinstance(error, type) and issubclass(error, Exception):
                error = error()
            if not isinstance(error, BaseException):
                return False, f"raise: `{request['variable']}` does not hold an exception"
        else:
            cls = self._exception_class(request["error"]["type"])
            if cls is None:
                allowed = ", ".join([*self.exception_names(), "Exception", "or a built-in exception such as ValueError"])
                return False, f"raise: unknown error type `{request['error']['type']}`; use {allowed}"
            try:
                error = cls(request["error"]["message"])
            except Exception as failure:
                return False, f"raise: cannot create {cls.__name__}: {_error_text(failure)}{_where(failure)}"
        self.staged = Outcome("raise", {}, error)
        return True, "raise"

    def exception_names(self) -> list[str]:
        """Exception classes the block reads: the error types it may raise besides the built-in ones."""
        return [name for name, value in self.inputs.items() if isinstance(value, type) and issubclass(value, BaseException)]

    def _exception_class(self, name: str):
        if name in self.exception_names():
            return self.inputs[name]
        candidate = getattr(builtins, name, None)
        return candidate if isinstance(candidate, type) and issubclass(candidate, Exception) else None

    def _input_issues(self) -> list[str]:
        """Inputs checked against their annotations, without conversion: they are the program's own objects."""
        issues = []
        for name, value in self.inputs.items():
            ok, result = coerce(value, self.annotations.get(name, UNCHECKED), name, convert=False)
            issues += [] if ok else result
        return issues


def _printed(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    return f"Printed:\n{text}\nResult:\n" if text else ""


def _error_text(error: BaseException) -> str:
    try:
        message = str(error)
    except (CodeActionStopped, MemoryError):
        raise
    except BaseException:
        message = "(its message could not be shown)"
    return f"{type(error).__name__}: {message}"


def _where(error: BaseException) -> str:
    """Where in the model's ``exec`` code ``error`` was raised. Reads frames: runs after the code action's window."""
    traceback = _traceback_of(error)
    line = next((frame.tb_lineno for frame in _frames(traceback) if frame.tb_frame.f_code.co_filename == "<exec>"), None)
    return f" (line {line} of your code)" if line is not None else ""


def _frames(traceback):
    while traceback is not None:
        yield traceback
        traceback = traceback.tb_next

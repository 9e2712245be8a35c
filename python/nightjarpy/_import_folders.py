"""A code action may not write into a folder Python imports from: the program's folder and every other entry
of ``sys.path`` (the standard library, nightjarpy, the working directory for ``''``). A file left there outlives
the code action and runs as the program's code: a ``csv.py`` beside the program shadows the standard library's
the next time the program imports ``csv``. Refused (``PermissionError``, so code that copes with a read-only
folder copes with this) by the audit hook (``_isolation.py``) for every route that writes, creates, renames,
removes or links a file: ``open`` for writing (``open``, ``os.open``, ``pathlib``, ``shutil``, ``tempfile``), and
the ``os`` events below. Paths are compared after resolving symbolic links, so a link made elsewhere does not
lead in; a folder descriptor inside these folders cannot be opened (``os.open(folder)``), so paths relative to
one (``dir_fd``) cannot lead in either. Files elsewhere (``/tmp``) may be written."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import os
import stat

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
# Event name → positions of the paths it changes (os.rename moves a file out as well as in).
PATH_EVENTS = {
    "os.remove": (0,), "os.rmdir": (0,), "os.mkdir": (0,), "os.rename": (0, 1), "os.link": (1,),
    "os.symlink": (1,), "os.truncate": (0,), "os.chmod": (0,), "os.chown": (0,), "os.utime": (0,),
    "os.mkfifo": (0,), "os.mknod": (0,), "os.chflags": (0,), "os.lchflags": (0,), "os.lchmod": (0,),
    "shutil.rmtree": (0,), "os.setxattr": (0,), "os.removexattr": (0,),
}
_realpath = os.path.realpath
_abspath = os.path.abspath
_fsdecode = os.fsdecode
_fspath = os.fspath
_stat = os.stat
_isdir = stat.S_ISDIR
_sep = os.sep


class ImportFolders:
    """The folders of ``sys.path`` as a code action found it (resolved on the first write the code action tries)."""

    __slots__ = ("_entries", "_cwd", "_roots")

    def __init__(self, entries: list, cwd: str):
        self._entries = [entry for entry in entries if type(entry) is str]
        self._cwd = cwd
        self._roots = None

    def check(self, event: str, args: tuple) -> None:
        """Raises PermissionError if the audited ``event`` would change a file inside one of the folders."""
        if event == "open":
            self._check_open(args)
            return
        for position in PATH_EVENTS.get(event, ()):
            if position < len(args):
                self._refuse_inside(args[position])

    def _check_open(self, args: tuple) -> None:
        path, mode, flags = (*args, None, None)[:3]
        if type(mode) is str:
            writing = any(letter in mode for letter in "wax+")
        else:
            writing = type(flags) is int and bool(flags & _WRITE_FLAGS)
        if writing:
            self._refuse_inside(path)
        elif mode is None and self._inside(path) and _is_folder(path):
            raise PermissionError(f"a code action cannot open a folder Python imports from as a descriptor ({self._why()})")

    def _refuse_inside(self, path) -> None:
        if self._inside(path) or self._contains_root(path):
            raise PermissionError(f"a code action cannot write in a folder Python imports from: {_text(path)} ({self._why()})")

    def _inside(self, path) -> bool:
        resolved = _resolve(path)
        return resolved is not None and any(resolved == root or resolved.startswith(root + _sep) for root in self.roots())

    def _contains_root(self, path) -> bool:
        """Moving or removing a folder that holds one of them changes it too."""
        resolved = _resolve(path)
        return resolved is not None and any(root.startswith(resolved.rstrip(_sep) + _sep) for root in self.roots())

    def roots(self) -> list[str]:
        if self._roots is None:
            self._roots = [_realpath(_abspath(entry or self._cwd)).rstrip(_sep) or _sep for entry in self._entries]
        return self._roots

    def _why(self) -> str:
        return "what a code action leaves there would run as the program's code; write elsewhere, such as /tmp"


def _resolve(path) -> str | None:
    """The absolute path with symbolic links resolved (its missing tail kept), or None for a file descriptor."""
    if type(path) is int:
        return None
    try:
        return _realpath(_abspath(_fsdecode(_fspath(path))))
    except (TypeError, ValueError):
        return None


def _is_folder(path) -> bool:
    try:
        return _isdir(_stat(path).st_mode)
    except (OSError, TypeError, ValueError):
        return False


def _text(path) -> str:
    try:
        return _fsdecode(_fspath(path))
    except (TypeError, ValueError):
        return repr(path)

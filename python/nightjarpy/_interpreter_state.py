"""Settings of the interpreter and of the sandbox process that live outside any module namespace (so putting the
namespaces back does not cover them), saved when a code action starts and put back when it ends: the recursion
limit, ``int_max_str_digits``, the switch interval, asyncgen hooks, coroutine origin tracking, the garbage
collector (enabled, thresholds, debug flags, frozen objects), ``tracemalloc``, the working directory, the umask, the environment
(``os.environ``, and names set in the process's own copy with ``os.putenv``), signal handlers, the locale, ``warnings`` filters, and the standard
streams (attributes set on ``sys.__stdout__`` and friends, their ``reconfigure`` settings).

Everything is read and put back with functions bound at import time, and only what changed is put back."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import _locale
import _signal
import _tracemalloc
import gc
import os
import sys
import warnings

from ._object_state import Saved, type_info

_LOCALE_CATEGORIES = tuple(getattr(_locale, name) for name in ("LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_NUMERIC", "LC_MONETARY", "LC_MESSAGES") if hasattr(_locale, name))
_SIGNALS = tuple(sorted(int(number) for number in _signal.valid_signals()))
_STREAM_SETTINGS = ("encoding", "errors", "line_buffering", "write_through")
_ENVIRON = os.environ
_FILTERS = warnings.filters
_STREAMS = (sys.__stdin__, sys.__stdout__, sys.__stderr__)
_getrecursionlimit, _setrecursionlimit = sys.getrecursionlimit, sys.setrecursionlimit
_get_int_digits, _set_int_digits = sys.get_int_max_str_digits, sys.set_int_max_str_digits
_getswitchinterval, _setswitchinterval = sys.getswitchinterval, sys.setswitchinterval
_get_asyncgen_hooks, _set_asyncgen_hooks = sys.get_asyncgen_hooks, sys.set_asyncgen_hooks
_get_origin_depth, _set_origin_depth = sys.get_coroutine_origin_tracking_depth, sys.set_coroutine_origin_tracking_depth
_gc_isenabled, _gc_enable, _gc_disable = gc.isenabled, gc.enable, gc.disable
_gc_get_threshold, _gc_set_threshold = gc.get_threshold, gc.set_threshold
_gc_get_debug, _gc_set_debug = gc.get_debug, gc.set_debug
_gc_get_freeze_count, _gc_unfreeze = gc.get_freeze_count, gc.unfreeze
_is_tracing, _stop_tracing = _tracemalloc.is_tracing, _tracemalloc.stop
_getcwd, _chdir, _umask = os.getcwd, os.chdir, os.umask
_putenv, _unsetenv = os.putenv, os.unsetenv
_getsignal, _setsignal = _signal.getsignal, _signal.signal
_setlocale = _locale.setlocale
_filters_mutated = getattr(warnings, "_filters_mutated_lock_held", None) or getattr(warnings, "_filters_mutated", None)
_warnings_lock = getattr(warnings, "_lock", None)
_environ_type = type(os.environ)
_environ_setitem, _environ_delitem, _environ_iter = _environ_type.__setitem__, _environ_type.__delitem__, _environ_type.__iter__
_environ_getitem = _environ_type.__getitem__


class InterpreterState:
    """The settings as they were when it was made; ``restore()`` puts back those that changed."""

    __slots__ = ("recursion_limit", "int_digits", "switch_interval", "asyncgen_hooks", "origin_depth", "gc",
                 "tracing", "cwd", "umask", "environ", "set_directly", "signals", "locale", "filters", "streams")

    def __init__(self):
        self.recursion_limit = _getrecursionlimit()
        self.int_digits = _get_int_digits()
        self.switch_interval = _getswitchinterval()
        self.asyncgen_hooks = tuple(_get_asyncgen_hooks())
        self.origin_depth = _get_origin_depth()
        self.gc = (_gc_isenabled(), _gc_get_threshold(), _gc_get_debug(), _gc_get_freeze_count())
        self.tracing = _is_tracing()
        self.cwd = _getcwd()
        self.umask = _umask(0o022)
        _umask(self.umask)
        self.environ = {name: _environ_getitem(_ENVIRON, name) for name in _environ_iter(_ENVIRON)}
        self.set_directly: set = set()
        self.signals = tuple(_getsignal(number) for number in _SIGNALS)
        self.locale = tuple(_setlocale(category, None) for category in _LOCALE_CATEGORIES)
        self.filters = _FILTERS[:]
        self.streams = [_stream_state(stream) for stream in _STREAMS if stream is not None]

    def restore(self) -> None:
        if _getrecursionlimit() != self.recursion_limit:
            _setrecursionlimit(self.recursion_limit)
        if _get_int_digits() != self.int_digits:
            _set_int_digits(self.int_digits)
        if _getswitchinterval() != self.switch_interval:
            _setswitchinterval(self.switch_interval)
        if tuple(_get_asyncgen_hooks()) != self.asyncgen_hooks:
            _set_asyncgen_hooks(*self.asyncgen_hooks)
        if _get_origin_depth() != self.origin_depth:
            _set_origin_depth(self.origin_depth)
        self._restore_gc()
        if _getcwd() != self.cwd:
            _chdir(self.cwd)
        _umask(self.umask)
        self._restore_environ()
        for number, handler in zip(_SIGNALS, self.signals):
            if handler is not None and _getsignal(number) is not handler:
                _setsignal(number, handler)
        for category, value in zip(_LOCALE_CATEGORIES, self.locale):
            if _setlocale(category, None) != value:
                _setlocale(category, value)
        if len(_FILTERS) != len(self.filters) or any(now is not saved for now, saved in zip(_FILTERS, self.filters)):
            self._restore_filters()
        for stream, settings, records in self.streams:
            _restore_stream(stream, settings, records)

    def _restore_gc(self) -> None:
        enabled, threshold, debug, frozen = self.gc
        if _gc_isenabled() != enabled:
            _gc_enable() if enabled else _gc_disable()
        if _gc_get_threshold() != threshold:
            _gc_set_threshold(*threshold)
        if _gc_get_debug() != debug:
            _gc_set_debug(debug)
        if frozen == 0 and _gc_get_freeze_count() > 0:
            _gc_unfreeze()  # unfreezing is all or nothing: done only when the program had frozen nothing itself
        if _is_tracing() and not self.tracing:
            _stop_tracing()

    def note_environment_change(self, name) -> None:
        """``os.putenv``/``os.unsetenv`` (audited): the process's environment may differ from ``os.environ``."""
        self.set_directly.add(name)

    def _restore_environ(self) -> None:
        saved = self.environ
        for name in list(self.set_directly):
            key = name.decode("utf-8", "surrogateescape") if type(name) is bytes else name
            if type(key) is str:
                _putenv(key, saved[key]) if key in saved else _unsetenv(key)
        names = list(_environ_iter(_ENVIRON))
        for name in names:
            if name not in saved:
                _environ_delitem(_ENVIRON, name)
        for name, value in saved.items():
            if name not in names or _environ_getitem(_ENVIRON, name) != value:
                _environ_setitem(_ENVIRON, name, value)

    def _restore_filters(self) -> None:
        if _warnings_lock is not None:
            with _warnings_lock:
                _FILTERS[:] = self.filters
                _filters_mutated()
        else:
            _FILTERS[:] = self.filters
            _filters_mutated()


def _stream_state(stream):
    """A standard stream's settings and the saved state of it, its buffer and its raw file (their attributes)."""
    settings = {name: getattr(stream, name, None) for name in _STREAM_SETTINGS}
    layers = [stream, getattr(stream, "buffer", None)]
    layers.append(getattr(layers[1], "raw", None))
    records = []
    for layer in layers:
        if layer is None:
            continue
        records.append(Saved(layer, type_info(type(layer), {})))
        namespace = getattr(layer, "__dict__", None)
        if type(namespace) is dict:
            records.append(Saved(namespace, type_info(dict, {})))
    return stream, settings, records


def _restore_stream(stream, settings: dict, records: list) -> None:
    for record in records:
        record.restore()
    changed = {name: value for name, value in settings.items() if getattr(stream, name, None) != value}
    if changed:
        try:
            stream.reconfigure(**settings)
        except Exception:
            pass  # a closed stream cannot be reconfigured; nothing more to put back

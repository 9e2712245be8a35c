"""``@nj.fn``: turns a function whose body holds natural blocks into one that runs them."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import ast
import sys
import types

from ._errors import NaturalSyntaxError
from ._rewrite import HOOK, rewrite_blocks
from ._run_block import make_hook
from ._source import function_tree

_FACTORY = "__nj_factory__"


def fn(function):
    """Decorator: compiles the natural blocks of ``function`` (and of functions nested in it)."""
    try:
        return _hybrid(function, sys._getframe(1))
    except NaturalSyntaxError as error:
        raise error.with_traceback(None) from None  # the message says where; our frames would only add noise


def _hybrid(function, defining_frame):
    if isinstance(function, (staticmethod, classmethod)):
        return type(function)(_hybrid(function.__func__, defining_frame))
    if not isinstance(function, types.FunctionType):
        wrapped = getattr(function, "__wrapped__", None)
        if isinstance(wrapped, types.FunctionType):
            code = wrapped.__code__
            raise NaturalSyntaxError(
                f"{code.co_filename}:{code.co_firstlineno}: put @nj.fn directly above `def {code.co_name}` "
                f"(a decorator below it wrapped the function, so its natural blocks would not run)"
            )
        raise NaturalSyntaxError(f"@nj.fn applies to functions, not to {type(function).__name__}")
    module, node = function_tree(function)
    _check_decorators(node, function)
    sites = rewrite_blocks(node, function.__code__.co_filename)
    if not sites:
        return function
    code = _compile(module, node, function)
    # The defining frame is the enclosing scope: blocks read its names even if the function never mentions them.
    return _rebuild(function, code, make_hook(sites, defining_frame))


def _check_decorators(node, function) -> None:
    names = [ast.unparse(decorator) for decorator in node.decorator_list]
    ours = [index for index, name in enumerate(names) if name == "fn" or name.endswith(".fn")]
    below = [name for name in names[ours[-1] + 1:] if name not in ("staticmethod", "classmethod")] if ours else []
    if below:
        raise NaturalSyntaxError(
            f"{function.__code__.co_filename}:{node.lineno}: put @nj.fn directly above `def {node.name}` "
            f"(decorators below it, {', '.join('@' + name for name in below)}, would be lost)"
        )


def _compile(module: ast.Module, node, function) -> types.CodeType:
    """Compiles the rewritten function inside a factory that supplies its free variables (and inside a class of
    the same name for methods, so private names are mangled and ``super()`` finds ``__class__``)."""
    free = [name for name in function.__code__.co_freevars if name != "__class__"]
    owner = _owning_class(function)
    body: list[ast.stmt] = [node]
    if owner:
        body = [ast.ClassDef(name=owner, bases=[], keywords=[], body=body, decorator_list=[], type_params=[])]
    parameters = ast.arguments(posonlyargs=[], args=[ast.arg(name) for name in [*free, HOOK]], kwonlyargs=[],
                               kw_defaults=[], defaults=[])
    factory = ast.FunctionDef(name=_FACTORY, args=parameters, body=[*body, ast.Return(ast.Constant(None))],
                              decorator_list=[], returns=None, type_params=[])
    module.body = [factory]
    ast.fix_missing_locations(module)
    compiled = compile(module, function.__code__.co_filename, "exec", dont_inherit=True)
    found = _find_code(compiled, function.__code__)
    if found is None:
        raise NaturalSyntaxError(f"@nj.fn could not recompile {function.__qualname__}")
    return found


def _owning_class(function) -> str | None:
    parts = function.__qualname__.split(".")
    return parts[-2] if len(parts) > 1 and parts[-2] != "<locals>" else None


def _find_code(code: types.CodeType, original: types.CodeType) -> types.CodeType | None:
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            if constant.co_name == original.co_name and constant.co_firstlineno == original.co_firstlineno:
                return constant
            found = _find_code(constant, original)
            if found is not None:
                return found
    return None


def _rebuild(function, code: types.CodeType, hook) -> types.FunctionType:
    """A new function over the rewritten code with the original's globals, closure cells, defaults, metadata."""
    cells = dict(zip(function.__code__.co_freevars, function.__closure__ or ()))
    cells[HOOK] = types.CellType(hook)
    rebuilt = types.FunctionType(code, function.__globals__, function.__name__, function.__defaults__,
                                 tuple(cells[name] for name in code.co_freevars))
    rebuilt.__kwdefaults__ = function.__kwdefaults__
    rebuilt.__qualname__ = function.__qualname__
    rebuilt.__module__ = function.__module__
    rebuilt.__doc__ = function.__doc__
    rebuilt.__dict__.update(function.__dict__)
    if hasattr(function, "__annotate__"):
        rebuilt.__annotate__ = function.__annotate__
    else:
        rebuilt.__annotations__ = function.__annotations__
    return rebuilt

"""nightjarpy: natural blocks in Python programs, run by nightjar-ts in a Pyodide sandbox.

    import nightjarpy as nj

    @nj.fn
    def categorize(email: Email):
        \"\"\"natural
        Analyze the <email> and set its category and priority attributes.
        \"\"\"
"""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

from ._decorator import fn
from ._errors import NaturalBlockError, NaturalSyntaxError, NightjarError

__all__ = ["fn", "NaturalBlockError", "NaturalSyntaxError", "NightjarError"]

for _error in (NaturalBlockError, NaturalSyntaxError, NightjarError):
    _error.__module__ = __name__  # tracebacks say nightjarpy.NaturalBlockError, where programs import it from
del _error

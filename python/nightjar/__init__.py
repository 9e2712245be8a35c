"""``import nightjar as nj`` works like ``import nightjarpy as nj``."""
from nightjarpy import *  # noqa: F403
from nightjarpy import __all__, __doc__  # noqa: F401

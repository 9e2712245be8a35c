"""Measures, inside the sandbox, what all-or-nothing and the code-action window cost: saving the state of a
block's inputs (an order of N dataclass items with an enum, a list and a dict each), putting it back, and one
code action's window (the interpreter's shared state saved and put back). CPU time, median of several runs."""
import dataclasses
import enum
import statistics
import time

from nightjarpy._interpreter_state import InterpreterState
from nightjarpy._isolation import code_action
from nightjarpy._saved_state import SavedState


class Kind(enum.Enum):
    PART = "part"
    TOOL = "tool"


@dataclasses.dataclass
class Item:
    name: str
    quantity: int
    tags: list
    kind: Kind


@dataclasses.dataclass
class Order:
    number: int
    items: list
    notes: dict


def order(size: int) -> Order:
    return Order(7, [Item(f"item {n}", n, ["new", "boxed"], Kind.PART) for n in range(size)], {"by": "ann", "gift": False})


def median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.process_time()
        action()
        times.append((time.process_time() - started) * 1000)
    return statistics.median(times)


for size in (10, 100, 1000, 10000):
    inputs = [order(size), "a text input", 42]
    runs = 21 if size <= 1000 else 5
    saved = SavedState(inputs)
    save = median_ms(lambda: SavedState(inputs), runs)
    restore = median_ms(saved.restore, runs)
    print(f"inputs of {size} items ({len(saved)} objects saved): save {save:.2f} ms, put back (unchanged) {restore:.2f} ms")


def window():
    with code_action():
        pass


print(f"one code action's window (shared state saved and put back): {median_ms(window, 51):.2f} ms")
state = median_ms(lambda: InterpreterState().restore(), 51)
print(f"  of which the interpreter settings (_interpreter_state.py): {state:.2f} ms")

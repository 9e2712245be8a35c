"""Runs one small block N times and prints the duration of each call in microseconds (for bench/python-host.ts)."""
import json
import sys
import time

import nightjarpy as nj


@nj.fn
def classify(text: str, tier: int) -> None:
    label: str
    """natural
    Classify <text> from a tier <tier> customer and save the result as <:label>.
    """
    return label


durations = []
for index in range(int(sys.argv[1])):
    started = time.perf_counter_ns()
    classify(f"message {index}: my order arrived broken", 2)
    durations.append((time.perf_counter_ns() - started) / 1000)
print(json.dumps(durations))

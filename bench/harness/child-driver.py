# Appended to one version of a Python benchmark program (which defines `run`), this runs the first case once as
# a warm-up, then every case, and reports each on stdout exactly as bench/harness/child-driver.ts does.
# The harness replaces __BENCH_INPUTS__ with the cases' inputs as base64 JSON: a file or environment variable
# might not reach a program running inside Pyodide.
import asyncio as _bench_asyncio
import base64 as _bench_base64
import inspect as _bench_inspect
import json as _bench_json
import math as _bench_math
import time as _bench_time

_BENCH_MARKER = "@@nightjar-bench "


def _bench_emit(event):
    print(_BENCH_MARKER + _bench_json.dumps(event), flush=True)


def _bench_call(input_value):
    result = run(_bench_json.loads(_bench_json.dumps(input_value)))
    if _bench_inspect.isawaitable(result):
        result = _bench_asyncio.get_event_loop().run_until_complete(result)
    return _bench_json.loads(_bench_json.dumps(result))


def _bench_case(index, input_value, warmup):
    start = _bench_math.floor(_bench_time.time() * 1000)  # whole ms, like Date.now() at the model server
    began = _bench_time.perf_counter()
    outcome = {}
    try:
        outcome["result"] = _bench_call(input_value)
    except Exception as error:  # every failure of the program is a failed case, reported, never raised
        outcome["error"] = {"name": type(error).__name__, "message": str(error)}
    duration = (_bench_time.perf_counter() - began) * 1000
    end = _bench_math.ceil(_bench_time.time() * 1000)
    _bench_emit({"type": "case", "index": index, "warmup": warmup, "start": start, "end": end,
                 "durationMs": duration, **outcome})


def _bench_main():
    inputs = _bench_json.loads(_bench_base64.b64decode("__BENCH_INPUTS__").decode("utf-8"))
    _bench_emit({"type": "ready", "at": _bench_time.time() * 1000})
    if inputs:
        _bench_case(0, inputs[0], True)
    for index, input_value in enumerate(inputs):
        _bench_case(index, input_value, False)
    _bench_emit({"type": "end"})


_bench_main()

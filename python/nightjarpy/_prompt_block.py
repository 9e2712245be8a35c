"""The language-neutral description of a block the runtime renders into the user message (its ``PromptBlock``
type), filled with Python type text and values; and the user classes a block involves."""
from ._own_builtins import BUILTINS as __builtins__  # noqa: F401 (see _own_builtins.py)

import enum
import inspect

from ._render_value import function_text, render_value
from ._resolve import UNCHECKED
from ._type_text import annotation_text, classes_in, declarations, related_classes, value_type_text


def prompt_block(execution) -> dict:
    site = execution.site
    inputs = []
    for name, value in execution.inputs.items():
        kind = _kind(value)
        if kind in ("class", "enum"):
            if value not in execution.classes:  # a built-in class: the Types section does not declare it
                inputs.append({"name": name, "kind": kind, "typeText": f"type[{value.__qualname__}]"})
            continue
        if kind == "function":
            inputs.append({"name": name, "kind": kind, "typeText": function_text(value)})
            continue
        annotation = execution.annotations.get(name, UNCHECKED)
        text, shortened = render_value(value)
        type_text = annotation_text(annotation) if annotation is not UNCHECKED else value_type_text(value)
        inputs.append({"name": name, "kind": kind, "typeText": type_text, "value": text, "shortened": shortened})
    outputs = [{"name": target, "typeText": _text(execution.annotations.get(target, UNCHECKED))} for target in site.writes]
    exits: dict = {"loop": site.in_loop, "throws": execution.exception_names()}
    if site.in_function:
        exits["returnType"] = _text(execution.return_annotation)
    return {
        "language": "Python",
        "instruction": site.instruction,
        "inputs": inputs,
        "outputs": outputs,
        "types": [{"name": name, "text": text} for name, text in declarations(execution.classes)],
        "exits": exits,
        "baseError": "Exception",
    }


def involved_classes(inputs: dict, annotations: list) -> list[type]:
    """User classes a block involves: read classes and enums, classes its annotations name, the classes of input
    values and of the first items they hold, and the classes their fields name."""
    found: list[type] = []
    for value in inputs.values():
        if isinstance(value, type):
            found.append(value)
        elif not inspect.isroutine(value):
            found += [cls for item in [value, *_first_items(value)] for cls in classes_in(type(item))]
    for annotation in annotations:
        found += classes_in(annotation) if annotation is not UNCHECKED else []
    return related_classes(list(dict.fromkeys(found)))


def _first_items(value) -> list:
    if isinstance(value, dict):
        return list(value.values())[:5]
    return list(value)[:5] if isinstance(value, (list, tuple, set, frozenset)) else []


def _kind(value) -> str:
    if isinstance(value, type):
        return "enum" if issubclass(value, enum.Enum) else "class"
    return "function" if inspect.isroutine(value) else "value"


def _text(annotation) -> str:
    return "Any" if annotation is UNCHECKED else annotation_text(annotation)

"""The language-neutral description of a block the runtime renders into the user message (its ``PromptBlock``
type), filled with Python type text and values."""
import enum
import inspect

from ._render_value import function_text, render_value
from ._resolve import UNCHECKED
from ._type_text import annotation_text, classes_in, declarations, value_type_text


def prompt_block(execution) -> dict:
    site = execution.site
    roots: list[type] = []
    inputs = []
    for name, value in execution.inputs.items():
        annotation = execution.annotations.get(name, UNCHECKED)
        kind = _kind(value)
        if kind in ("class", "enum"):
            roots.append(value)
            continue  # declared in the Types section
        roots += classes_in(annotation) if annotation is not UNCHECKED else _classes_of(value)
        if kind == "function":
            inputs.append({"name": name, "kind": kind, "typeText": function_text(value)})
            continue
        text, shortened = render_value(value)
        type_text = annotation_text(annotation) if annotation is not UNCHECKED else value_type_text(value)
        inputs.append({"name": name, "kind": kind, "typeText": type_text, "value": text, "shortened": shortened})
    outputs = []
    for target in site.writes:
        annotation = execution.annotations.get(target, UNCHECKED)
        roots += classes_in(annotation) if annotation is not UNCHECKED else []
        outputs.append({"name": target, "typeText": _text(annotation)})
    exits: dict = {"loop": site.in_loop, "throws": execution.exception_names()}
    if site.in_function:
        exits["returnType"] = _text(execution.return_annotation)
        roots += classes_in(execution.return_annotation) if execution.return_annotation is not UNCHECKED else []
    return {
        "language": "Python",
        "instruction": site.instruction,
        "inputs": inputs,
        "outputs": outputs,
        "types": [{"name": name, "text": text} for name, text in declarations(roots)],
        "exits": exits,
        "baseError": "Exception",
    }


def _kind(value) -> str:
    if isinstance(value, type):
        return "enum" if issubclass(value, enum.Enum) else "class"
    return "function" if inspect.isroutine(value) else "value"


def _classes_of(value) -> list[type]:
    """User classes of an unannotated value and of the items it holds (first few)."""
    items = list(value)[:5] if isinstance(value, (list, tuple, set, frozenset)) else list(value.values())[:5] if isinstance(value, dict) else []
    return [cls for item in [value, *items] for cls in classes_in(type(item))]


def _text(annotation) -> str:
    return "Any" if annotation is UNCHECKED else annotation_text(annotation)

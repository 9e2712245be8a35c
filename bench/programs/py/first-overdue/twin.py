import json
import os

from openai import OpenAI

client = OpenAI()
MODEL = os.environ.get("NIGHTJAR_MODEL", "gpt-4o-mini")
SCHEMA = {
    "type": "object",
    "properties": {"overdue": {"type": "boolean"}},
    "required": ["overdue"],
    "additionalProperties": False,
}


def is_overdue(invoice: dict) -> bool:
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You check invoices for an accounts team. Today is 2025-05-01."},
            {"role": "user", "content": f"Is this invoice overdue?\n\n{json.dumps(invoice)}"},
        ],
        response_format={"type": "json_schema", "json_schema": {"name": "verdict", "strict": True, "schema": SCHEMA}},
    )
    return json.loads(completion.choices[0].message.content)["overdue"]


def run(data: dict) -> dict:
    overdue = None
    checked = 0
    for invoice in data["invoices"]:
        checked += 1
        if is_overdue(invoice):
            overdue = invoice["number"]
            break
    return {"overdue": overdue, "checked": checked}

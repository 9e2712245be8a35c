import json
import os
from enum import Enum

from openai import OpenAI


class Category(Enum):
    BILLING = "billing"
    BUG = "bug"
    FEATURE_REQUEST = "feature request"


client = OpenAI()
MODEL = os.environ.get("NIGHTJAR_MODEL", "gpt-4o-mini")
SCHEMA = {
    "type": "object",
    "properties": {"category": {"type": "string", "enum": [member.value for member in Category]}},
    "required": ["category"],
    "additionalProperties": False,
}


def run(data: dict) -> str:
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You classify support tickets."},
            {"role": "user", "content": f"Classify this ticket as billing, bug or feature request:\n\n{data['ticket']}"},
        ],
        response_format={"type": "json_schema", "json_schema": {"name": "category", "strict": True, "schema": SCHEMA}},
    )
    answer = json.loads(completion.choices[0].message.content)
    return Category(answer["category"]).value

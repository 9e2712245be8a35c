import json
import os

from openai import OpenAI

client = OpenAI()
MODEL = os.environ.get("NIGHTJAR_MODEL", "gpt-4o-mini")
SCHEMA = {
    "type": "object",
    "properties": {"urgent_numbers": {"type": "array", "items": {"type": "integer"}}},
    "required": ["urgent_numbers"],
    "additionalProperties": False,
}


def run(data: dict) -> list:
    messages = data["messages"]
    numbered = "\n".join(f"{index}. {message}" for index, message in enumerate(messages))
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You sort a busy person's messages."},
            {"role": "user", "content": f"Give the numbers of the messages that need an answer today:\n\n{numbered}"},
        ],
        response_format={"type": "json_schema", "json_schema": {"name": "urgent", "strict": True, "schema": SCHEMA}},
    )
    answer = json.loads(completion.choices[0].message.content)
    return [message for index, message in enumerate(messages) if index in answer["urgent_numbers"]]

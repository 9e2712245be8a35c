import json
import os

from openai import OpenAI

client = OpenAI()
MODEL = os.environ.get("NIGHTJAR_MODEL", "gpt-4o-mini")
SCHEMA = {
    "type": "object",
    "properties": {"answer": {"type": "number"}},
    "required": ["answer"],
    "additionalProperties": False,
}


def run(data: dict) -> float:
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You solve math word problems."},
            {"role": "user", "content": f"Solve this problem and give the numeric answer.\n\n{data['problem']}"},
        ],
        response_format={"type": "json_schema", "json_schema": {"name": "solution", "strict": True, "schema": SCHEMA}},
    )
    return json.loads(completion.choices[0].message.content)["answer"]

import json
import os

from openai import OpenAI

client = OpenAI()
MODEL = os.environ.get("NIGHTJAR_MODEL", "gpt-4o-mini")
SCHEMA = {
    "type": "object",
    "properties": {"answers": {"type": "boolean"}, "answer": {"type": "string"}},
    "required": ["answers", "answer"],
    "additionalProperties": False,
}


def run(data: dict) -> str:
    for section in data["sections"]:
        completion = client.chat.completions.create(
            model=MODEL,
            messages=[
                {"role": "system", "content": "You answer questions from a manual, one section at a time."},
                {"role": "user", "content": f"Question: {data['question']}\n\nSection: {section}\n\n"
                                            "Does the section answer the question? If so, give the answer in a few words."},
            ],
            response_format={"type": "json_schema", "json_schema": {"name": "finding", "strict": True, "schema": SCHEMA}},
        )
        finding = json.loads(completion.choices[0].message.content)
        if finding["answers"]:
            return finding["answer"]
    return "not found"

import json
import os

from openai import OpenAI

STOCK = {"desk lamp": 3, "office chair": 0, "monitor arm": 12}
client = OpenAI()
MODEL = os.environ.get("NIGHTJAR_MODEL", "gpt-4o-mini")


def ask(prompt: str, name: str, properties: dict) -> dict:
    schema = {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "system", "content": "You help the customers of an office furniture shop."},
                  {"role": "user", "content": prompt}],
        response_format={"type": "json_schema", "json_schema": {"name": name, "strict": True, "schema": schema}},
    )
    return json.loads(completion.choices[0].message.content)


def run(data: dict) -> dict:
    request = data["request"]
    product = ask(f"Which of these products does the customer ask for: {', '.join(STOCK)}?\n\n{request}",
                  "product", {"product": {"type": "string", "enum": list(STOCK)}})["product"]
    available = STOCK[product]
    answer = ask(f"Write a one-sentence answer to this request saying whether {product} is in stock "
                 f"({available} left).\n\n{request}", "answer", {"answer": {"type": "string"}})["answer"]
    return {"product": product, "answer": answer}

import json
import os
from dataclasses import asdict, dataclass

from openai import OpenAI


@dataclass
class Address:
    city: str
    country: str


@dataclass
class Person:
    name: str
    age: int
    address: Address


client = OpenAI()
MODEL = os.environ.get("NIGHTJAR_MODEL", "gpt-4o-mini")
ADDRESS_SCHEMA = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "country": {"type": "string"}},
    "required": ["city", "country"],
    "additionalProperties": False,
}
SCHEMA = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}, "address": ADDRESS_SCHEMA},
    "required": ["name", "age", "address"],
    "additionalProperties": False,
}


def run(data: dict) -> dict:
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You extract people's details from short biographies."},
            {"role": "user", "content": f"Extract the person described here:\n\n{data['bio']}"},
        ],
        response_format={"type": "json_schema", "json_schema": {"name": "person", "strict": True, "schema": SCHEMA}},
    )
    fields = json.loads(completion.choices[0].message.content)
    person = Person(name=fields["name"], age=fields["age"], address=Address(**fields["address"]))
    return asdict(person)

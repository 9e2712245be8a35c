import json
import os

from openai import OpenAI


class InvalidSignupError(Exception):
    pass


client = OpenAI()
MODEL = os.environ.get("NIGHTJAR_MODEL", "gpt-4o-mini")
SCHEMA = {
    "type": "object",
    "properties": {"email": {"type": ["string", "null"]}, "problem": {"type": "string"}},
    "required": ["email", "problem"],
    "additionalProperties": False,
}


def read_email(form: str) -> str:
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You read signup forms."},
            {
                "role": "user",
                "content": f"Give the email address in this form, or null and the reason if it has no usable one.\n\n{form}",
            },
        ],
        response_format={"type": "json_schema", "json_schema": {"name": "email", "strict": True, "schema": SCHEMA}},
    )
    answer = json.loads(completion.choices[0].message.content)
    if answer["email"] is None:
        raise InvalidSignupError(answer["problem"])
    return answer["email"]


def run(data: dict) -> dict:
    try:
        return {"email": read_email(data["form"])}
    except InvalidSignupError:
        return {"rejected": "InvalidSignupError"}

import json
import os

from openai import OpenAI

client = OpenAI()
MODEL = os.environ.get("NIGHTJAR_MODEL", "gpt-4o-mini")
RESULT = {
    "type": "object",
    "properties": {"home": {"type": "string"}, "away": {"type": "string"}, "home_goals": {"type": "integer"},
                   "away_goals": {"type": "integer"}},
    "required": ["home", "away", "home_goals", "away_goals"],
    "additionalProperties": False,
}
SCHEMA = {
    "type": "object",
    "properties": {"results": {"type": "array", "items": RESULT}},
    "required": ["results"],
    "additionalProperties": False,
}


def run(data: dict) -> dict:
    scores = data["scores"]
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You read football match reports."},
            {"role": "user", "content": f"List the results in this report. Teams: {', '.join(scores)}.\n\n{data['report']}"},
        ],
        response_format={"type": "json_schema", "json_schema": {"name": "results", "strict": True, "schema": SCHEMA}},
    )
    for result in json.loads(completion.choices[0].message.content)["results"]:
        home, away = result["home"], result["away"]
        if result["home_goals"] > result["away_goals"]:
            scores[home] += 3
        elif result["home_goals"] < result["away_goals"]:
            scores[away] += 3
        else:
            scores[home] += 1
            scores[away] += 1
    return scores

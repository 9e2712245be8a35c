# Stand-in for the `openai` package where it is not installed (it comes from PyPI, which this machine cannot
# reach). The bench copies it beside a twin as `openai.py` only when `import openai` fails. It offers the one call
# the twins make, `OpenAI().chat.completions.create(...)`, with the same arguments and result shape, so each twin
# reads exactly as it would with the real package (whose lines are not the twin's code either).
import json
import os
import urllib.request
from types import SimpleNamespace


def _namespace(value):
    if isinstance(value, dict):
        return SimpleNamespace(**{key: _namespace(item) for key, item in value.items()})
    if isinstance(value, list):
        return [_namespace(item) for item in value]
    return value


class _Completions:
    def __init__(self, base_url, api_key):
        self._url = base_url.rstrip("/") + "/chat/completions"
        self._api_key = api_key

    def create(self, **params):
        request = urllib.request.Request(
            self._url,
            data=json.dumps(params).encode("utf-8"),
            headers={"content-type": "application/json", "authorization": f"Bearer {self._api_key}"},
        )
        with urllib.request.urlopen(request, timeout=600) as response:
            return _namespace(json.loads(response.read()))


class OpenAI:
    def __init__(self, base_url=None, api_key=None):
        base = base_url or os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")
        completions = _Completions(base, api_key or os.environ.get("OPENAI_API_KEY", ""))
        self.chat = SimpleNamespace(completions=completions)

"""The official `openai` Python SDK against lineage-gateway, unchanged but for its base URL.

Usage: python sdk_check.py BASE_URL API_KEY UPSTREAM_MODEL CLASSIFIER_MODEL
Prints one JSON object of what each call gave, for gateway/openai.test.js to check against the
chain and the receipts. Any exception the SDK raises where none is expected fails the script.
"""

import json
import sys

import openai

base, key, upstream, classifier = sys.argv[1:5]
client = openai.OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0, timeout=120)
out = {}

out["models"] = sorted(m.id for m in client.models.list())

chat = client.chat.completions.create(
    model=upstream, messages=[{"role": "user", "content": "say something about data"}], max_tokens=8
)
out["chat"] = {"content": chat.choices[0].message.content, "lineage": chat.to_dict()["lineage"],
               "usage": chat.usage.to_dict() if chat.usage else None}

text, last = "", None
for chunk in client.chat.completions.create(
    model=upstream, messages=[{"role": "user", "content": "stream please"}], max_tokens=8, stream=True
):
    for choice in chunk.choices:
        text += choice.delta.content or ""
    last = chunk.to_dict()
out["stream"] = {"content": text, "lineage": last.get("lineage"), "object": last.get("object")}

emb = client.embeddings.create(model=upstream, input=["good data", "bad data"])
out["embeddings"] = {"count": len(emb.data), "dims": len(emb.data[0].embedding),
                     "lineage": emb.to_dict()["lineage"], "first": emb.data[0].embedding[:3]}

done = client.completions.create(model=classifier, prompt="a great film, loved it")
out["classified"] = {"text": done.choices[0].text, "lineage": done.to_dict()["lineage"]}

errors = {}
try:
    openai.OpenAI(base_url=f"{base}/v1", api_key="not-a-key", max_retries=0).chat.completions.create(
        model=upstream, messages=[{"role": "user", "content": "hi"}])
except openai.AuthenticationError as e:
    errors["bad_key"] = e.status_code
try:
    client.chat.completions.create(model="no-such-model", messages=[{"role": "user", "content": "hi"}])
except openai.NotFoundError as e:
    errors["unknown_model"] = e.status_code
out["errors"] = errors
print(json.dumps(out))

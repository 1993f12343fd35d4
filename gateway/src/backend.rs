//! What answers a served model's calls: the embedded classifier (a model file run in-process,
//! the default) or an upstream OpenAI-compatible server (`upstream.rs`). Both answer the three
//! OpenAI endpoints the gateway serves, in OpenAI's shapes; `openai.rs` pays for and records
//! each call whatever answered it.
//!
//! How the classifier answers: the input is the last user message (chat), the prompt
//! (completions) or each input (embeddings). A chat or completion answers with the predicted
//! label as its whole text, one completion token, and the class probabilities under
//! `lineage.prediction`; an embedding is the vector of class probabilities, in the order of the
//! model's classes (`GET /v1/models/{name}` lists them).

use std::pin::Pin;

use futures::Stream;
use serde_json::{json, Value};

use crate::{
	model::{tokens, Model, Prediction},
	upstream::Upstream,
};

/// The OpenAI endpoints the gateway serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
	/// `POST /v1/chat/completions`.
	Chat,
	/// `POST /v1/completions`.
	Completions,
	/// `POST /v1/embeddings`.
	Embeddings,
}

impl Endpoint {
	/// The endpoint's path under an OpenAI base URL.
	pub fn path(self) -> &'static str {
		match self {
			Endpoint::Chat => "chat/completions",
			Endpoint::Completions => "completions",
			Endpoint::Embeddings => "embeddings",
		}
	}

	/// The endpoint's name in metrics.
	pub fn label(self) -> &'static str {
		match self {
			Endpoint::Chat => "chat",
			Endpoint::Completions => "completions",
			Endpoint::Embeddings => "embeddings",
		}
	}

	/// The `object` of an answer (`chunk`: of one server-sent event of a stream).
	pub fn object(self, chunk: bool) -> &'static str {
		match (self, chunk) {
			(Endpoint::Chat, false) => "chat.completion",
			(Endpoint::Chat, true) => "chat.completion.chunk",
			(Endpoint::Completions, _) => "text_completion",
			(Endpoint::Embeddings, _) => "list",
		}
	}
}

/// Why a backend gave no answer. None of these is charged.
#[derive(Debug, PartialEq)]
pub enum BackendError {
	/// The request cannot be answered by this model (400).
	BadRequest(String),
	/// The upstream refused the request (its 4xx status and message: 400 here).
	Refused(u16, String),
	/// The upstream could not be reached, timed out, failed or answered nonsense (502; the
	/// details are logged, not sent to the caller).
	Unavailable(String),
	/// The upstream is overloaded (its 429: 429 here, to try again).
	Busy,
}

/// Tokens a backend counted for one call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
	pub prompt_tokens: u64,
	pub completion_tokens: u64,
}

impl Usage {
	/// Usage as OpenAI writes it.
	pub fn json(self) -> Value {
		json!({
			"prompt_tokens": self.prompt_tokens,
			"completion_tokens": self.completion_tokens,
			"total_tokens": self.prompt_tokens.saturating_add(self.completion_tokens),
		})
	}

	/// Read OpenAI's `usage` object (absent or malformed: `None`).
	pub fn read(usage: &Value) -> Option<Usage> {
		Some(Usage {
			prompt_tokens: usage.get("prompt_tokens")?.as_u64()?,
			completion_tokens: usage.get("completion_tokens").and_then(Value::as_u64).unwrap_or(0),
		})
	}
}

/// One answer, whole: the body's fields (the gateway adds `id`, `object`, `created`, `model`
/// and `lineage`), and its usage.
pub struct Answer {
	pub body: Value,
	/// The backend's count (`None`: it gave none).
	pub usage: Option<Usage>,
}

/// A streamed answer: each server-sent event's JSON (choices, and a last one with `usage` and
/// no choices where the backend counts), in order.
pub type Chunks = Pin<Box<dyn Stream<Item = Result<Value, BackendError>> + Send>>;

/// What answers a served model's calls.
pub enum Backend {
	/// A model file run here (`model.rs`).
	Classifier(Model),
	/// An OpenAI-compatible server the gateway forwards to.
	Upstream(Box<Upstream>),
}

impl Backend {
	/// The backend's kind, in metrics and `GET /v1/models`.
	pub fn kind(&self) -> &'static str {
		match self {
			Backend::Classifier(_) => "classifier",
			Backend::Upstream(_) => "upstream",
		}
	}

	/// The most tokens an answer to `request` at `endpoint` can have: the largest token limit
	/// of the body the upstream is sent (which always has one); one label for the classifier;
	/// none for embeddings.
	pub fn max_output_tokens(&self, endpoint: Endpoint, request: &Value) -> u32 {
		if endpoint == Endpoint::Embeddings {
			return 0;
		}
		match self {
			Backend::Classifier(_) => 1,
			Backend::Upstream(up) => up.output_limit(endpoint, request),
		}
	}

	/// The whole answer to `request` at `endpoint`.
	pub async fn answer(
		&self,
		endpoint: Endpoint,
		request: &Value,
	) -> Result<Answer, BackendError> {
		match self {
			Backend::Classifier(model) => classify(model, endpoint, request),
			Backend::Upstream(up) => up.answer(endpoint, request).await,
		}
	}

	/// The answer to `request` at `endpoint` as it is produced. An error before the first chunk
	/// means nothing was produced (and nothing is charged).
	pub async fn stream(
		&self,
		endpoint: Endpoint,
		request: &Value,
	) -> Result<Chunks, BackendError> {
		match self {
			Backend::Classifier(model) => {
				let Answer { body, usage } = classify(model, endpoint, request)?;
				let usage = usage.unwrap_or_default();
				Ok(Box::pin(futures::stream::iter(classifier_chunks(endpoint, body, usage))))
			},
			Backend::Upstream(up) => up.stream(endpoint, request).await,
		}
	}
}

/// The text of a message's `content`: a string, or the text parts of an array of parts.
fn content_text(content: &Value) -> Option<String> {
	match content {
		Value::String(s) => Some(s.clone()),
		Value::Array(parts) => Some(
			parts
				.iter()
				.filter(|p| p.get("type").and_then(Value::as_str) == Some("text"))
				.filter_map(|p| p.get("text").and_then(Value::as_str))
				.collect::<Vec<_>>()
				.join("\n"),
		),
		_ => None,
	}
}

/// The texts a request asks the classifier about: the last user message (chat), the prompt
/// (completions, one) or the inputs (embeddings, one or more). Empty text is refused: a call
/// about nothing is not charged for.
pub fn inputs(endpoint: Endpoint, request: &Value) -> Result<Vec<String>, BackendError> {
	let bad = |m: &str| BackendError::BadRequest(m.to_string());
	let texts = match endpoint {
		Endpoint::Chat => {
			let messages = request
				.get("messages")
				.and_then(Value::as_array)
				.ok_or_else(|| bad("`messages` must be an array of messages"))?;
			let last = messages
				.iter()
				.rev()
				.find(|m| m.get("role").and_then(Value::as_str) == Some("user"))
				.ok_or_else(|| bad("`messages` has no user message to classify"))?;
			vec![last
				.get("content")
				.and_then(content_text)
				.ok_or_else(|| bad("the user message's `content` must be text"))?]
		},
		Endpoint::Completions => match request.get("prompt") {
			Some(Value::String(s)) => vec![s.clone()],
			Some(Value::Array(a)) if a.len() == 1 => vec![a[0]
				.as_str()
				.ok_or_else(|| bad("`prompt` must be text (token arrays are not supported)"))?
				.to_string()],
			_ => return Err(bad("`prompt` must be one text")),
		},
		Endpoint::Embeddings => match request.get("input") {
			Some(Value::String(s)) => vec![s.clone()],
			Some(Value::Array(a)) if !a.is_empty() && a.len() <= 256 => a
				.iter()
				.map(|v| v.as_str().map(str::to_string))
				.collect::<Option<Vec<_>>>()
				.ok_or_else(|| {
					bad("`input` must be text or an array of texts (token arrays are not supported)")
				})?,
			_ => return Err(bad("`input` must be text or an array of 1 to 256 texts")),
		},
	};
	if texts.iter().any(|t| t.trim().is_empty()) {
		return Err(bad("an input is empty: there is nothing to answer"));
	}
	Ok(texts)
}

fn prediction_json(p: &Prediction) -> Value {
	json!({ "label": p.label, "class": p.class, "probabilities": p.probabilities })
}

/// The classifier's answer to `request`.
fn classify(model: &Model, endpoint: Endpoint, request: &Value) -> Result<Answer, BackendError> {
	let texts = inputs(endpoint, request)?;
	let prompt_tokens = texts.iter().map(|t| tokens(t).count() as u64).sum();
	let predictions: Vec<Prediction> = texts.iter().map(|t| model.predict(t)).collect();
	let first = predictions.first().map(prediction_json).unwrap_or(Value::Null);
	let label = predictions.first().map(|p| p.label.clone()).unwrap_or_default();
	let (body, completion_tokens) = match endpoint {
		Endpoint::Chat => (
			json!({
				"choices": [{ "index": 0, "message": { "role": "assistant", "content": label },
					"finish_reason": "stop", "logprobs": null }],
				"lineage": { "prediction": first },
			}),
			1,
		),
		Endpoint::Completions => (
			json!({
				"choices": [{ "index": 0, "text": label, "finish_reason": "stop", "logprobs": null }],
				"lineage": { "prediction": first },
			}),
			1,
		),
		Endpoint::Embeddings => {
			let data: Vec<Value> = predictions
				.iter()
				.enumerate()
				.map(|(i, p)| {
					let vector: Vec<f32> = model
						.classes
						.iter()
						.map(|c| p.probabilities.get(c).copied().unwrap_or(0.0) as f32)
						.collect();
					json!({ "object": "embedding", "index": i, "embedding": vector })
				})
				.collect();
			(json!({ "data": data }), 0)
		},
	};
	Ok(Answer { body, usage: Some(Usage { prompt_tokens, completion_tokens }) })
}

/// A whole classifier answer as a stream's chunks: the role, the text, the finish, and usage.
fn classifier_chunks(
	endpoint: Endpoint,
	body: Value,
	usage: Usage,
) -> Vec<Result<Value, BackendError>> {
	let choice = &body["choices"][0];
	let finish = choice["finish_reason"].clone();
	let chunks = match endpoint {
		Endpoint::Chat => vec![
			json!({ "choices": [{ "index": 0, "delta": { "role": "assistant", "content": "" }, "finish_reason": null }] }),
			json!({ "choices": [{ "index": 0, "delta": { "content": choice["message"]["content"] }, "finish_reason": null }],
				"lineage": body["lineage"] }),
			json!({ "choices": [{ "index": 0, "delta": {}, "finish_reason": finish }] }),
		],
		Endpoint::Completions => vec![
			json!({ "choices": [{ "index": 0, "text": choice["text"], "finish_reason": null, "logprobs": null }],
				"lineage": body["lineage"] }),
			json!({ "choices": [{ "index": 0, "text": "", "finish_reason": finish, "logprobs": null }] }),
		],
		// Not streamed (`openai.rs` refuses `stream` for embeddings before asking).
		Endpoint::Embeddings => vec![body],
	};
	chunks
		.into_iter()
		.chain([json!({ "choices": [], "usage": usage.json() })])
		.map(Ok)
		.collect()
}

#[cfg(test)]
mod tests {
	use super::*;

	fn model() -> Model {
		Model::train(
			1,
			2,
			vec!["pos".into(), "neg".into()],
			&[("good great".into(), 0), ("bad awful".into(), 1)],
		)
	}

	#[test]
	fn a_classification_answers_as_a_chat_a_completion_and_an_embedding() {
		let m = model();
		let chat = json!({ "messages": [
			{ "role": "system", "content": "ignored" },
			{ "role": "user", "content": "bad" },
			{ "role": "assistant", "content": "neg" },
			{ "role": "user", "content": [{ "type": "text", "text": "so good" }] },
		]});
		let a = classify(&m, Endpoint::Chat, &chat).expect("answered");
		assert_eq!(a.body["choices"][0]["message"]["content"], "pos");
		assert_eq!(a.body["lineage"]["prediction"]["label"], "pos");
		assert_eq!(a.usage, Some(Usage { prompt_tokens: 2, completion_tokens: 1 }));
		let c = classify(&m, Endpoint::Completions, &json!({ "prompt": ["awful"] })).expect("ok");
		assert_eq!(c.body["choices"][0]["text"], "neg");
		let e =
			classify(&m, Endpoint::Embeddings, &json!({ "input": ["good", "bad"] })).expect("ok");
		let v = e.body["data"][1]["embedding"].as_array().expect("a vector");
		assert_eq!(v.len(), 2);
		assert!(v[1].as_f64() > v[0].as_f64(), "\"bad\" leans to the second class: {v:?}");
		// The stream carries the same text and ends with usage.
		let chunks = classifier_chunks(Endpoint::Chat, a.body, a.usage.expect("counted"));
		assert_eq!(chunks[1].as_ref().expect("chunk")["choices"][0]["delta"]["content"], "pos");
		assert_eq!(
			chunks.last().expect("usage").as_ref().expect("chunk")["usage"]["total_tokens"],
			3
		);
	}

	#[test]
	fn nothing_to_classify_is_refused() {
		let m = model();
		for (endpoint, request) in [
			(Endpoint::Chat, json!({ "messages": [] })),
			(Endpoint::Chat, json!({ "messages": [{ "role": "user", "content": "  " }] })),
			(Endpoint::Chat, json!({ "messages": "hello" })),
			(Endpoint::Completions, json!({ "prompt": "" })),
			(Endpoint::Completions, json!({ "prompt": [1, 2, 3] })),
			(Endpoint::Embeddings, json!({ "input": [] })),
			(Endpoint::Embeddings, json!({ "input": ["fine", ""] })),
		] {
			assert!(
				matches!(classify(&m, endpoint, &request), Err(BackendError::BadRequest(_))),
				"{endpoint:?} {request}"
			);
		}
	}
}

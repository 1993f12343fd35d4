//! The upstream backend: forwards a served model's calls to an OpenAI-compatible server (vLLM,
//! llama.cpp's server, Ollama, TGI, …) over HTTP, streamed or whole. The request goes on as the
//! caller sent it but for `model` (the upstream's own name for it) and, for streams, a request
//! for usage; the answer comes back in OpenAI's shapes for `openai.rs` to pay for and record.

use std::time::Duration;

use futures::StreamExt;
use http_body_util::{BodyExt, Full, Limited};
use hyper::{
	body::{Bytes, Incoming},
	Request, Response, StatusCode,
};
use hyper_util::{
	client::legacy::{connect::HttpConnector, Client},
	rt::TokioExecutor,
};
use serde_json::{json, Value};

use crate::backend::{Answer, BackendError, Chunks, Endpoint, Usage};

/// The largest whole answer read from an upstream.
const MAX_ANSWER: usize = 32 * 1024 * 1024;
/// The largest server-sent event read from an upstream.
const MAX_EVENT: usize = 1024 * 1024;
/// How long connecting to an upstream may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// An OpenAI-compatible server serving one model.
pub struct Upstream {
	/// Its base URL, up to and including `/v1` (no trailing slash).
	base: String,
	/// The upstream's name for the model.
	pub model: String,
	/// The key sent as `Authorization: Bearer` to the upstream, if it wants one.
	key: Option<String>,
	/// How long the upstream may take to start answering, and between two events of a stream.
	timeout: Duration,
	/// The most tokens one call may ask for (and what a call that names none gets).
	max_tokens: u64,
	client: Client<HttpConnector, Full<Bytes>>,
}

/// The request fields forwarded to an upstream, per endpoint: anything else (a server's own
/// extensions, such as llama.cpp's `lora`, `id_slot`, `n_predict` or `ignore_eos`, or
/// `best_of`, which multiplies the work) is dropped, so a call cannot ask for other weights,
/// another caller's slot or unbounded work at one call's price.
fn forwarded_fields(endpoint: Endpoint) -> &'static [&'static str] {
	match endpoint {
		Endpoint::Chat => &[
			"messages",
			"max_tokens",
			"max_completion_tokens",
			"temperature",
			"top_p",
			"stop",
			"seed",
			"presence_penalty",
			"frequency_penalty",
			"logit_bias",
			"logprobs",
			"top_logprobs",
			"response_format",
			"tools",
			"tool_choice",
			"parallel_tool_calls",
			"user",
		],
		Endpoint::Completions => &[
			"prompt",
			"max_tokens",
			"temperature",
			"top_p",
			"stop",
			"seed",
			"presence_penalty",
			"frequency_penalty",
			"logit_bias",
			"logprobs",
			"echo",
			"suffix",
			"user",
		],
		Endpoint::Embeddings => &["input", "dimensions", "user"],
	}
}

impl Upstream {
	/// An upstream at `base` (e.g. `http://127.0.0.1:8081/v1`). Only `http://`: put an
	/// upstream reached over the internet behind a TLS-terminating proxy on the gateway's host.
	pub fn new(
		base: &str,
		model: String,
		key: Option<String>,
		timeout: Duration,
		max_tokens: u64,
	) -> Result<Upstream, String> {
		let base = base.trim_end_matches('/').to_string();
		let uri: hyper::Uri = format!("{base}/models")
			.parse()
			.map_err(|e| format!("upstream url {base:?}: {e}"))?;
		if uri.scheme_str() != Some("http") || uri.host().is_none() {
			return Err(format!(
				"upstream url {base:?}: must be http://host[:port]/… (for https, put a TLS-terminating proxy on this host)"
			));
		}
		let mut connector = HttpConnector::new();
		connector.set_connect_timeout(Some(CONNECT_TIMEOUT));
		connector.set_nodelay(true);
		let client = Client::builder(TokioExecutor::new()).build(connector);
		Ok(Upstream { base, model, key, timeout, max_tokens: max_tokens.max(1), client })
	}

	/// Where the upstream is, for logs and errors.
	pub fn base(&self) -> &str {
		&self.base
	}

	/// Whether this upstream takes `request` at `endpoint` for one call's price: one choice
	/// (`n` 1), at most `max_tokens` tokens, at most 256 inputs to embed. Checked before the
	/// call is paid.
	pub fn check(&self, endpoint: Endpoint, request: &Value) -> Result<(), BackendError> {
		let bad = |m: String| Err(BackendError::BadRequest(m));
		if request.get("n").is_some_and(|n| n.as_u64() != Some(1)) {
			return bad("`n` must be 1: a call is one choice".into());
		}
		for field in ["max_tokens", "max_completion_tokens"] {
			match request.get(field) {
				None | Some(Value::Null) => {},
				Some(v) if v.as_u64().is_some_and(|n| n >= 1 && n <= self.max_tokens) => {},
				Some(_) =>
					return bad(format!("`{field}` must be 1 to {} for this model", self.max_tokens)),
			}
		}
		// A list of prompts would be as many completions for one call's price.
		if endpoint == Endpoint::Completions {
			match request.get("prompt") {
				Some(Value::String(_)) => {},
				Some(Value::Array(a)) if a.len() == 1 && a[0].is_string() => {},
				_ => return bad("`prompt` must be one text".into()),
			}
		}
		if endpoint == Endpoint::Embeddings {
			match request.get("input") {
				Some(Value::String(_)) => {},
				Some(Value::Array(a)) if !a.is_empty() && a.len() <= 256 => {},
				_ => return bad("`input` must be text or an array of 1 to 256 inputs".into()),
			}
		}
		Ok(())
	}

	/// The model names the upstream lists at `GET /models`.
	pub async fn listed(&self) -> Result<Vec<String>, String> {
		let url = format!("{}/models", self.base);
		let mut req = Request::get(&url);
		if let Some(key) = &self.key {
			req = req.header("authorization", format!("Bearer {key}"));
		}
		let req = req.body(Full::new(Bytes::new())).map_err(|e| e.to_string())?;
		let resp = tokio::time::timeout(CONNECT_TIMEOUT, self.client.request(req))
			.await
			.map_err(|_| format!("{url} did not answer"))?
			.map_err(|e| format!("cannot reach {url}: {e}"))?;
		if !resp.status().is_success() {
			return Err(format!("{url} answered {}", resp.status()));
		}
		let body = tokio::time::timeout(
			CONNECT_TIMEOUT,
			Limited::new(resp.into_body(), MAX_EVENT).collect(),
		)
		.await
		.map_err(|_| format!("{url}'s answer stopped coming"))?
		.map_err(|e| e.to_string())?
		.to_bytes();
		let list: Value =
			serde_json::from_slice(&body).map_err(|e| format!("{url}: not JSON: {e}"))?;
		Ok(list
			.get("data")
			.and_then(Value::as_array)
			.into_iter()
			.flatten()
			.filter_map(|m| m.get("id").and_then(Value::as_str).map(str::to_string))
			.collect())
	}

	/// The most tokens the upstream may answer `request` with: the largest token limit of the
	/// body it is sent (`forwarded` always sets one), so a field the endpoint does not forward, or
	/// a smaller second one, cannot make a call look cheaper than it can be.
	pub fn output_limit(&self, endpoint: Endpoint, request: &Value) -> u32 {
		let sent = self.forwarded(endpoint, request, false);
		let limit = ["max_tokens", "max_completion_tokens"]
			.iter()
			.filter_map(|f| sent.get(*f).and_then(Value::as_u64))
			.max()
			.unwrap_or(self.max_tokens);
		u32::try_from(limit).unwrap_or(u32::MAX)
	}

	/// The request as the upstream gets it: the allowed fields only (`forwarded_fields`), our
	/// model name replaced by the upstream's, a token limit always set, usage asked for in
	/// streams.
	fn forwarded(&self, endpoint: Endpoint, request: &Value, stream: bool) -> Value {
		let mut out = serde_json::Map::new();
		for field in forwarded_fields(endpoint) {
			if let Some(v) = request.get(*field).filter(|v| !v.is_null()) {
				out.insert((*field).into(), v.clone());
			}
		}
		out.insert("model".into(), json!(self.model));
		if endpoint != Endpoint::Embeddings &&
			!out.contains_key("max_tokens") &&
			!out.contains_key("max_completion_tokens")
		{
			out.insert("max_tokens".into(), json!(self.max_tokens));
		}
		if stream {
			out.insert("stream".into(), json!(true));
			out.insert("stream_options".into(), json!({ "include_usage": true }));
		}
		Value::Object(out)
	}

	/// POST `body` to `endpoint`; an answer that is not a success is an error, with the
	/// upstream's own message.
	async fn post(
		&self,
		endpoint: Endpoint,
		body: &Value,
	) -> Result<Response<Incoming>, BackendError> {
		let url = format!("{}/{}", self.base, endpoint.path());
		let mut req = Request::post(&url).header("content-type", "application/json");
		if let Some(key) = &self.key {
			req = req.header("authorization", format!("Bearer {key}"));
		}
		let req = req
			.body(Full::new(Bytes::from(serde_json::to_vec(body).unwrap_or_default())))
			.map_err(|e| {
				BackendError::Unavailable(format!("cannot build a request to {url}: {e}"))
			})?;
		let resp = match tokio::time::timeout(self.timeout, self.client.request(req)).await {
			Err(_) =>
				return Err(BackendError::Unavailable(format!(
					"the upstream at {url} did not answer within {} s",
					self.timeout.as_secs()
				))),
			Ok(Err(e)) =>
				return Err(BackendError::Unavailable(format!(
					"cannot reach the upstream at {url}: {e}"
				))),
			Ok(Ok(r)) => r,
		};
		let status = resp.status();
		if status.is_success() {
			return Ok(resp);
		}
		let text = match tokio::time::timeout(
			self.timeout,
			Limited::new(resp.into_body(), 64 * 1024).collect(),
		)
		.await
		{
			Ok(Ok(b)) => b.to_bytes(),
			_ => Bytes::new(),
		};
		let message = serde_json::from_slice::<Value>(&text)
			.ok()
			.and_then(|v| {
				v.pointer("/error/message")
					.or_else(|| v.get("error"))
					.or_else(|| v.get("detail"))
					.map(|m| m.as_str().map(str::to_string).unwrap_or_else(|| m.to_string()))
			})
			.unwrap_or_else(|| String::from_utf8_lossy(&text).into_owned());
		if status == StatusCode::TOO_MANY_REQUESTS {
			Err(BackendError::Busy)
		} else if status.is_client_error() &&
			status != StatusCode::UNAUTHORIZED &&
			status != StatusCode::FORBIDDEN &&
			status != StatusCode::NOT_FOUND
		{
			// The caller's request is what the upstream refused: say so, as the upstream did
			// (briefly: the rest goes to the log).
			let brief: String = message.chars().take(300).collect();
			tracing::info!(upstream = %url, %status, "the upstream refused a call: {message}");
			Err(BackendError::Refused(status.as_u16(), brief))
		} else {
			// The gateway's own set-up is wrong (key, model name) or the upstream failed.
			Err(BackendError::Unavailable(format!(
				"the upstream at {url} answered {status}: {message}"
			)))
		}
	}

	/// The upstream's whole answer.
	pub async fn answer(
		&self,
		endpoint: Endpoint,
		request: &Value,
	) -> Result<Answer, BackendError> {
		let resp = self.post(endpoint, &self.forwarded(endpoint, request, false)).await?;
		let bytes = match tokio::time::timeout(
			self.timeout,
			Limited::new(resp.into_body(), MAX_ANSWER).collect(),
		)
		.await
		{
			Ok(Ok(b)) => b.to_bytes(),
			Ok(Err(e)) =>
				return Err(BackendError::Unavailable(format!("reading the upstream's answer: {e}"))),
			Err(_) =>
				return Err(BackendError::Unavailable("the upstream's answer stopped coming".into())),
		};
		let body: Value = serde_json::from_slice(&bytes).map_err(|e| {
			BackendError::Unavailable(format!("the upstream's answer is not JSON: {e}"))
		})?;
		let Value::Object(mut fields) = body else {
			return Err(BackendError::Unavailable(
				"the upstream's answer is not a JSON object".into(),
			));
		};
		// The gateway alone answers for `lineage`.
		fields.remove("lineage");
		let body = Value::Object(fields);
		let usage = Usage::read(&body["usage"]);
		Ok(Answer { body, usage })
	}

	/// The upstream's answer as server-sent events, each event's JSON in order. The stream ends
	/// at `data: [DONE]`; an `error` event, a body that ends before `[DONE]`, a broken
	/// connection or a silence longer than the timeout is its last item, an error.
	pub async fn stream(
		&self,
		endpoint: Endpoint,
		request: &Value,
	) -> Result<Chunks, BackendError> {
		let resp = self.post(endpoint, &self.forwarded(endpoint, request, true)).await?;
		Ok(Box::pin(events(resp.into_body(), self.timeout)))
	}
}

/// What reading a stream has left to do.
struct Reader {
	body: Incoming,
	/// Bytes read and not yet split into events (carriage returns dropped).
	buf: Vec<u8>,
	timeout: Duration,
	finished: bool,
}

/// The error of a stream that ended without `[DONE]`: cut short, so not charged.
fn cut_short() -> BackendError {
	BackendError::Unavailable("the upstream's stream ended without [DONE]".into())
}

/// The next whole event in `buf` (its `data` lines joined), removed from it.
fn take_event(buf: &mut Vec<u8>) -> Option<String> {
	let end = buf.windows(2).position(|w| w == b"\n\n")?;
	let event: Vec<u8> = buf.drain(..end + 2).collect();
	let text = String::from_utf8_lossy(&event[..end]);
	let data: Vec<&str> = text
		.lines()
		.filter_map(|l| l.strip_prefix("data:"))
		.map(|d| d.strip_prefix(' ').unwrap_or(d))
		.collect();
	Some(data.join("\n"))
}

/// The JSON events of a server-sent event stream.
fn events(
	body: Incoming,
	timeout: Duration,
) -> impl futures::Stream<Item = Result<Value, BackendError>> {
	let reader = Reader { body, buf: Vec::new(), timeout, finished: false };
	futures::stream::unfold(reader, |mut r| async move {
		if r.finished {
			return None;
		}
		loop {
			while let Some(data) = take_event(&mut r.buf) {
				if data.is_empty() {
					continue; // a comment or keep-alive
				}
				if data.trim() == "[DONE]" {
					return None;
				}
				let item = match serde_json::from_str::<Value>(&data) {
					Ok(v) if v.get("error").is_some_and(|e| !e.is_null()) => {
						r.finished = true;
						let m =
							v.pointer("/error/message").and_then(Value::as_str).map(str::to_string);
						Err(BackendError::Unavailable(format!(
							"the upstream failed mid-stream: {}",
							m.unwrap_or_else(|| v["error"].to_string())
						)))
					},
					Ok(mut v) => {
						// The gateway alone answers for `lineage`.
						if let Some(o) = v.as_object_mut() {
							o.remove("lineage");
						}
						Ok(v)
					},
					Err(e) => {
						r.finished = true;
						Err(BackendError::Unavailable(format!(
							"the upstream sent an event that is not JSON: {e}"
						)))
					},
				};
				return Some((item, r));
			}
			if r.buf.len() > MAX_EVENT {
				r.finished = true;
				return Some((
					Err(BackendError::Unavailable("the upstream sent an event over 1 MiB".into())),
					r,
				));
			}
			match tokio::time::timeout(r.timeout, r.body.frame()).await {
				Err(_) => {
					r.finished = true;
					return Some((
						Err(BackendError::Unavailable(format!(
							"the upstream went silent for {} s mid-stream",
							r.timeout.as_secs()
						))),
						r,
					));
				},
				Ok(None) => {
					r.finished = true;
					return Some((Err(cut_short()), r));
				},
				Ok(Some(Err(e))) => {
					r.finished = true;
					return Some((
						Err(BackendError::Unavailable(format!("the upstream's stream broke: {e}"))),
						r,
					));
				},
				Ok(Some(Ok(frame))) =>
					if let Ok(data) = frame.into_data() {
						r.buf.extend(data.iter().filter(|b| **b != b'\r'));
					},
			}
		}
	})
	.fuse()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn events_are_split_on_blank_lines_whatever_the_line_ends() {
		let mut buf = b"data: {\"a\":1}\n\n: keep-alive\n\ndata: [DONE]\n\ndata: {\"b\"".to_vec();
		assert_eq!(take_event(&mut buf).as_deref(), Some("{\"a\":1}"));
		assert_eq!(take_event(&mut buf).as_deref(), Some(""));
		assert_eq!(take_event(&mut buf).as_deref(), Some("[DONE]"));
		assert_eq!(take_event(&mut buf), None, "an event not finished yet stays");
		assert_eq!(buf, b"data: {\"b\"");
	}

	#[test]
	fn only_plain_http_upstreams_are_taken() {
		let t = Duration::from_secs(1);
		assert!(Upstream::new("http://127.0.0.1:8081/v1/", "m".into(), None, t, 16)
			.is_ok_and(|u| u.base() == "http://127.0.0.1:8081/v1"));
		assert!(Upstream::new("https://api.example.com/v1", "m".into(), None, t, 16).is_err());
		assert!(Upstream::new("not a url", "m".into(), None, t, 16).is_err());
	}

	#[tokio::test]
	async fn a_down_upstream_is_unavailable_not_refused() {
		// Nothing listens on port 9.
		let up =
			Upstream::new("http://127.0.0.1:9/v1", "m".into(), None, Duration::from_secs(5), 16)
				.expect("an upstream");
		let r = up.answer(Endpoint::Chat, &json!({ "model": "x", "messages": [] })).await;
		assert!(matches!(r, Err(BackendError::Unavailable(m)) if m.contains("cannot reach")));
	}

	#[test]
	fn a_calls_output_bound_is_the_largest_limit_the_upstream_is_sent() {
		let up =
			Upstream::new("http://127.0.0.1:8081/v1", "m".into(), None, Duration::from_secs(5), 64)
				.expect("an upstream");
		// A limit the endpoint does not forward leaves the upstream's default: the bound is it.
		let completion = json!({ "prompt": "p", "max_completion_tokens": 1 });
		assert_eq!(up.output_limit(Endpoint::Completions, &completion), 64);
		// Two limits: the larger counts, whichever the upstream honours.
		let both = json!({ "messages": [], "max_tokens": 1, "max_completion_tokens": 40 });
		assert_eq!(up.output_limit(Endpoint::Chat, &both), 40);
		assert_eq!(up.output_limit(Endpoint::Chat, &json!({ "messages": [], "max_tokens": 5 })), 5);
	}

	#[test]
	fn only_the_allowed_fields_and_a_bounded_call_reach_the_upstream() {
		let up = Upstream::new(
			"http://127.0.0.1:8081/v1",
			"gguf".into(),
			None,
			Duration::from_secs(5),
			64,
		)
		.expect("an upstream");
		let request = json!({ "model": "ours", "messages": [], "temperature": 0.5, "lora": [{ "id": 0 }],
			"id_slot": 3, "n_predict": -1, "ignore_eos": true, "best_of": 9, "stream_options": { "x": 1 } });
		let sent = up.forwarded(Endpoint::Chat, &request, false);
		assert_eq!(
			sent,
			json!({ "model": "gguf", "messages": [], "temperature": 0.5, "max_tokens": 64 })
		);
		let streamed =
			up.forwarded(Endpoint::Chat, &json!({ "messages": [], "max_tokens": 5 }), true);
		assert_eq!(
			(streamed["max_tokens"].as_u64(), streamed["stream"].as_bool()),
			(Some(5), Some(true))
		);
		assert_eq!(streamed["stream_options"], json!({ "include_usage": true }));
		let e = up.forwarded(
			Endpoint::Embeddings,
			&json!({ "input": "x", "encoding_format": "base64" }),
			false,
		);
		assert_eq!(e, json!({ "model": "gguf", "input": "x" }));
		assert!(up.check(Endpoint::Chat, &json!({ "max_tokens": 64, "n": 1 })).is_ok());
		for bad in [
			json!({ "n": 2 }),
			json!({ "max_tokens": 65 }),
			json!({ "max_completion_tokens": 0 }),
			json!({ "max_tokens": "9" }),
		] {
			assert!(
				matches!(up.check(Endpoint::Chat, &bad), Err(BackendError::BadRequest(_))),
				"{bad}"
			);
		}
		assert!(up.check(Endpoint::Completions, &json!({ "prompt": ["a"] })).is_ok());
		for prompt in [json!(["a", "b"]), json!([1, 2]), json!(null)] {
			assert!(
				up.check(Endpoint::Completions, &json!({ "prompt": prompt })).is_err(),
				"{prompt}"
			);
		}
		let many: Vec<String> = (0..257).map(|i| i.to_string()).collect();
		assert!(up.check(Endpoint::Embeddings, &json!({ "input": many })).is_err());
	}
}

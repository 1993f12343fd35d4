//! OpenAI's HTTP API over Lineage's paid calls, so the official `openai` SDKs (and anything else
//! that speaks that API) call Lineage models unchanged, pointed at the gateway's base URL:
//! `POST /v1/chat/completions`, `POST /v1/completions`, `POST /v1/embeddings` (chat and
//! completions stream with `"stream": true` as server-sent events ending with usage),
//! `GET /v1/models` and `GET /v1/models/{name}`; errors in OpenAI's shape (`http.rs`).
//!
//! A call is paid exactly as `POST /v1/models/{id}/calls` is (`calls.rs`): the caller's signed
//! voucher in `X-Lineage-Voucher`, or a custodial API key as `Authorization: Bearer <key>` (the
//! gateway signs for its account). The voucher is checked before the backend is asked; the
//! call is recorded — charged — once the backend has answered, and not at all if it failed. A
//! caller that hangs up mid-stream is charged (the voucher was signed for the call, and the
//! backend worked for it); its receipt covers what was produced until then.
//!
//! Every answer carries `lineage`: the request id, the served asset, and the call's receipt and
//! channel state (for a stream: in its last event before `[DONE]`). The receipt's `input_hash`
//! is blake2-256 of the request body as sent; `output_hash` is blake2-256 of the generated text
//! (each choice's text in index order, concatenated) or, for embeddings, of the vectors as
//! little-endian `f32`s, in order (what `encoding_format: "base64"` sends).

use std::{collections::BTreeMap, convert::Infallible, sync::Arc, time::Instant};

use futures::{SinkExt, StreamExt};
use http_body_util::{BodyExt, StreamBody};
use hyper::{
	body::{Body, Bytes, Frame},
	Request, Response, StatusCode,
};
use lineage_primitives::{AssetId, ContentHash};
use serde_json::{json, Value};
use tokio::sync::OwnedSemaphorePermit;

use crate::{
	backend::{inputs, Backend, BackendError, Endpoint, Usage},
	calls::{admit, paid_json, payment, record, refusal, Reservation, VOUCHER_HEADER},
	channels::{decode_header, Admitted, SignedVoucher, Tokens, MAX_CALL},
	gateway::{Gateway, Served},
	http::{error, hash_hex, payer, read_request, reply, Reply, RequestId},
	metrics::Outcome,
};

/// The largest OpenAI-shaped request body (chat histories run long).
pub const MAX_REQUEST: usize = 1024 * 1024;
/// The most OpenAI-shaped calls in progress at once; past it, 429 `busy` (not charged).
pub const MAX_IN_FLIGHT: usize = 4096;

/// A backend's failure as the caller sees it: the code, and a message without the upstream's
/// internals (its address, its own error text), which go to the log under the request's id.
fn failure(e: &BackendError) -> (StatusCode, &'static str, String) {
	match e {
		BackendError::BadRequest(m) => (StatusCode::BAD_REQUEST, "bad_request", m.clone()),
		BackendError::Refused(status, m) => (
			StatusCode::BAD_REQUEST,
			"upstream_refused",
			format!("the model's server refused the request ({status}): {m}"),
		),
		BackendError::Unavailable(m) => {
			tracing::warn!("the model's server failed: {m}");
			(
				StatusCode::BAD_GATEWAY,
				"upstream_unavailable",
				"the model's server could not answer this call; it is not charged (the gateway's log has the details under this request's id)".into(),
			)
		},
		BackendError::Busy => (
			StatusCode::TOO_MANY_REQUESTS,
			"upstream_busy",
			"the model's server is overloaded: try again shortly (not charged)".into(),
		),
	}
}

fn backend_error(e: BackendError) -> Reply {
	let (status, code, message) = failure(&e);
	error(status, code, message)
}

fn unknown_model(name: &str) -> Reply {
	error(
		StatusCode::NOT_FOUND,
		"model_not_found",
		format!("this gateway serves no model {name:?}; see GET /v1/models"),
	)
}

fn now() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_secs())
		.unwrap_or_default()
}

/// Standard base64 with padding (how OpenAI sends `encoding_format: "base64"` vectors).
fn base64(bytes: &[u8]) -> String {
	const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
	for chunk in bytes.chunks(3) {
		let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
		let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
		for i in 0..4 {
			if i <= chunk.len() {
				out.push(ABC[((n >> (18 - 6 * i)) & 63) as usize] as char);
			} else {
				out.push('=');
			}
		}
	}
	out
}

/// A served model as OpenAI lists it, with what Lineage knows of it under `lineage`.
pub fn model_json(gw: &Gateway, asset: AssetId, served: &Served) -> Value {
	let backend = match &served.backend {
		Backend::Classifier(m) => json!({
			"kind": "classifier", "classes": m.classes,
			"trained_on": { "task": m.task, "dataset": m.dataset },
		}),
		Backend::Upstream(up) => json!({ "kind": "upstream", "upstream_model": up.model }),
	};
	json!({
		"id": served.name, "object": "model", "created": 0, "owned_by": "lineage",
		"lineage": { "asset": asset, "content_hash": hash_hex(&served.content_hash), "backend": backend,
			"provider": gw.provider_account().to_string() },
	})
}

/// `GET /v1/models/{name}` (a name or an asset id).
pub fn model(gw: &Gateway, name: &str) -> Reply {
	match gw.served(name) {
		Some((asset, served)) => reply(StatusCode::OK, model_json(gw, asset, served)),
		None => unknown_model(name),
	}
}

/// `POST /v1/chat/completions`, `/v1/completions` and `/v1/embeddings`.
pub async fn handle<B>(gw: Arc<Gateway>, endpoint: Endpoint, req: Request<B>) -> Reply
where
	B: Body<Data = Bytes>,
	B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
	let started = Instant::now();
	let id = RequestId::from_request(&req);
	let (header, key) = payer(&gw, req.headers());
	if header.is_none() && key.is_none() {
		return error(
			StatusCode::UNAUTHORIZED,
			"bad_api_key",
			format!("send a custodial API key of this gateway as `Authorization: Bearer <key>`, or the call's signed voucher in `{VOUCHER_HEADER}`"),
		);
	}
	// A voucher that is not one is refused before the body is read.
	let voucher = match header.as_deref().map(decode_header).transpose() {
		Ok(v) => v,
		Err(r) => return refusal(r),
	};
	let raw = match read_request(req, MAX_REQUEST).await {
		Ok(b) => b,
		Err(r) => return r,
	};
	// Taken once the body is in: a slow body holds no place among the calls in flight.
	let Ok(permit) = gw.in_flight.clone().try_acquire_owned() else {
		return error(
			StatusCode::TOO_MANY_REQUESTS,
			"busy",
			format!("{MAX_IN_FLIGHT} calls are in progress: try again shortly (not charged)"),
		);
	};
	let request: Value = match serde_json::from_slice::<Value>(&raw) {
		Ok(v) if v.is_object() => v,
		_ => return error(StatusCode::BAD_REQUEST, "bad_body", "send a JSON object"),
	};
	let Some(name) = request.get("model").and_then(Value::as_str) else {
		return error(
			StatusCode::BAD_REQUEST,
			"bad_body",
			"`model` is required: see GET /v1/models",
		);
	};
	let Some((asset, served)) = gw.served(name) else {
		return unknown_model(name);
	};
	let stream = request.get("stream").and_then(Value::as_bool).unwrap_or(false);
	if stream && endpoint == Endpoint::Embeddings {
		return error(StatusCode::BAD_REQUEST, "bad_body", "embeddings are not streamed");
	}
	// What the backend would not answer for one call's price is refused before anything is paid.
	let checked = match &served.backend {
		Backend::Classifier(_) => inputs(endpoint, &request).map(|_| ()),
		Backend::Upstream(up) => up.check(endpoint, &request),
	};
	if let Err(e) = checked {
		return backend_error(e);
	}
	// The rest runs on a task of its own: a client that hangs up cannot cancel it between the
	// voucher's check and the call's record (the call is charged: its voucher was signed for it
	// and the backend worked for it, as for a stream).
	// The most tokens the call can be counted as, which a voucher priced per token must cover:
	// the request's bytes (no tokenizer makes more tokens than bytes of text, and the body holds
	// the text and more) and the answer's limit.
	let bound = Tokens {
		input: u32::try_from(raw.len()).unwrap_or(u32::MAX),
		output: served.backend.max_output_tokens(endpoint, &request),
	};
	let call = Call {
		endpoint,
		asset,
		request,
		input_hash: sp_io::hashing::blake2_256(&raw).into(),
		id,
		started,
		bound,
	};
	match tokio::spawn(paid(gw, call, voucher, key, stream, permit)).await {
		Ok(answer) => answer,
		Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()),
	}
}

/// One OpenAI-shaped call.
struct Call {
	endpoint: Endpoint,
	asset: AssetId,
	request: Value,
	/// blake2-256 of the request body as sent.
	input_hash: ContentHash,
	id: RequestId,
	/// When the request arrived.
	started: Instant,
	/// The most tokens it can be counted as.
	bound: Tokens,
}

impl Call {
	/// The answer's `id`.
	fn answer_id(&self) -> String {
		let prefix = match self.endpoint {
			Endpoint::Chat => "chatcmpl",
			Endpoint::Completions => "cmpl",
			Endpoint::Embeddings => "embd",
		};
		format!("{prefix}-{}", self.id.0)
	}

	/// Set the fields the gateway answers for, whatever the backend said.
	fn stamp(&self, body: &mut Value, name: &str, chunk: bool, created: u64) {
		if let Some(o) = body.as_object_mut() {
			if self.endpoint != Endpoint::Embeddings {
				o.insert("id".into(), json!(self.answer_id()));
				o.insert("created".into(), json!(created));
			}
			o.insert("object".into(), json!(self.endpoint.object(chunk)));
			o.insert("model".into(), json!(name));
		}
	}

	/// `lineage` of an answer: the backend's own (`extra`), the request id, the asset and the
	/// recorded call.
	fn lineage(
		&self,
		served: &Served,
		extra: Option<Value>,
		paid: &crate::channels::Paid,
	) -> Value {
		let mut l = match extra {
			Some(Value::Object(o)) => Value::Object(o),
			_ => json!({}),
		};
		l["request_id"] = json!(self.id.0);
		l["asset"] = json!(self.asset);
		l["content_hash"] = json!(hash_hex(&served.content_hash));
		if let Value::Object(p) = paid_json(paid) {
			for (k, v) in p {
				l[k] = v;
			}
		}
		l
	}
}

/// Add the text of each of `choices` (a whole answer's `message.content`, a stream chunk's
/// `delta.content`, or a completion's `text`) to its choice's text so far.
fn add_texts(texts: &mut BTreeMap<u64, String>, choices: &[Value]) -> bool {
	let mut any = false;
	for c in choices {
		let index = c.get("index").and_then(Value::as_u64).unwrap_or(0);
		let text = c
			.pointer("/message/content")
			.or_else(|| c.pointer("/delta/content"))
			.or_else(|| c.get("text"))
			.and_then(Value::as_str)
			.unwrap_or_default();
		any |= !text.is_empty() || other_output(c);
		texts.entry(index).or_default().push_str(text);
	}
	any
}

/// Whether a streamed choice carries generated output besides its text (a tool call's name or
/// arguments, a refusal, reasoning): such an event is a token of the answer as text is.
fn other_output(choice: &Value) -> bool {
	let Some(delta) = choice.get("delta") else { return false };
	let said = |v: Option<&Value>| v.and_then(Value::as_str).is_some_and(|s| !s.is_empty());
	said(delta.get("refusal")) ||
		said(delta.get("reasoning_content")) ||
		delta.get("tool_calls").and_then(Value::as_array).is_some_and(|calls| {
			calls.iter().any(|t| {
				said(t.pointer("/function/arguments")) || said(t.pointer("/function/name"))
			})
		})
}

/// Whether every message of `request` is text: its `content` a string (or none), or parts all
/// of type `text`.
fn text_only(request: &Value) -> bool {
	let Some(messages) = request.get("messages").and_then(Value::as_array) else { return true };
	messages.iter().all(|m| match m.get("content") {
		None | Some(Value::Null) | Some(Value::String(_)) => true,
		Some(Value::Array(parts)) =>
			parts.iter().all(|p| p.get("type").and_then(Value::as_str) == Some("text")),
		Some(_) => false,
	})
}

/// The generated text of a whole answer: each choice's text in index order.
fn answer_text(body: &Value) -> String {
	let mut texts = BTreeMap::new();
	add_texts(&mut texts, body.get("choices").and_then(Value::as_array).map_or(&[], |c| c));
	texts.into_values().collect()
}

/// An embeddings answer's vectors as little-endian `f32`s, in index order, each encoded as the
/// caller asked (`base64` or floats); the bytes are what the receipt's output hash covers.
fn encode_embeddings(body: &mut Value, base64_wanted: bool) -> Result<Vec<u8>, BackendError> {
	let bad = || {
		BackendError::Unavailable(
			"the model's server sent embeddings that are not vectors of numbers".into(),
		)
	};
	let data = body.get_mut("data").and_then(Value::as_array_mut).ok_or_else(bad)?;
	data.sort_by_key(|d| d.get("index").and_then(Value::as_u64).unwrap_or(0));
	let mut all = Vec::new();
	for d in data.iter_mut() {
		let vector: Vec<f32> = d
			.get("embedding")
			.and_then(Value::as_array)
			.ok_or_else(bad)?
			.iter()
			.map(|x| x.as_f64().map(|x| x as f32))
			.collect::<Option<_>>()
			.ok_or_else(bad)?;
		let bytes: Vec<u8> = vector.iter().flat_map(|x| x.to_le_bytes()).collect();
		d["embedding"] = if base64_wanted { json!(base64(&bytes)) } else { json!(vector) };
		all.extend(bytes);
	}
	Ok(all)
}

/// Pay for `call`, have its backend answer it, record it, answer; counted in the metrics by
/// how it ended (a stream where it ends, in `forward`).
async fn paid(
	gw: Arc<Gateway>,
	call: Call,
	voucher: Option<SignedVoucher>,
	key: Option<String>,
	stream: bool,
	permit: OwnedSemaphorePermit,
) -> Reply {
	let (asset, label, started) = (call.asset, call.endpoint.label(), call.started);
	let answer = pay_and_answer(gw.clone(), call, voucher, key, stream, permit).await;
	let streaming = answer.headers().get("content-type").is_some_and(|t| t == "text/event-stream");
	if let (false, Some(served)) = (streaming, gw.models.get(&asset)) {
		let outcome = Outcome::of(answer.status());
		gw.metrics.calls.observe(
			&served.name,
			served.backend.kind(),
			label,
			outcome,
			started.elapsed(),
		);
	}
	answer
}

/// The call itself: the payment (voucher or custodial), the channel's admission, the backend's
/// answer (whole, or a stream handed to `forward`) within `MAX_CALL`, and its record.
async fn pay_and_answer(
	gw: Arc<Gateway>,
	call: Call,
	voucher: Option<SignedVoucher>,
	key: Option<String>,
	stream: bool,
	permit: OwnedSemaphorePermit,
) -> Reply {
	let Some(served) = gw.models.get(&call.asset) else {
		return unknown_model(&call.asset.to_string());
	};
	let (signed, reservation) = match payment(&gw, call.asset, voucher, key, call.bound).await {
		Ok(p) => p,
		Err(r) => return r,
	};
	let admitted = match admit(&gw, call.asset, signed).await {
		Ok(a) => a,
		Err(r) => {
			reservation.finish(false);
			return r;
		},
	};
	// Priced per token, the voucher's reserve must cover the call's most, which is bounded by
	// the body's bytes only if the request is all text (an image or audio part is many tokens
	// in few bytes).
	if admitted.per_token().is_some() {
		if !text_only(&call.request) {
			let e = BackendError::BadRequest(
				"a model priced per token takes text only: its message parts must be of type \"text\"".into(),
			);
			return uncharged(admitted, reservation, backend_error(e));
		}
		if let Err(r) = admitted.covers(call.bound) {
			return uncharged(admitted, reservation, refusal(r));
		}
	}
	// The channel is held from here: for `MAX_CALL` at most.
	let deadline = tokio::time::Instant::now() + MAX_CALL;
	let timed_out = || {
		BackendError::Unavailable(format!(
			"no answer within {} s, the most a call may take",
			MAX_CALL.as_secs()
		))
	};
	if stream {
		let started =
			tokio::time::timeout_at(deadline, served.backend.stream(call.endpoint, &call.request));
		return match started.await.unwrap_or_else(|_| Err(timed_out())) {
			Ok(chunks) => {
				let (tx, rx) = futures::channel::mpsc::channel(32);
				let streamed =
					Streamed { chunks, admitted, reservation, tx, deadline, _permit: permit };
				tokio::spawn(forward(gw.clone(), call, streamed));
				let mut r = Response::new(BodyExt::boxed(StreamBody::new(rx)));
				let headers = r.headers_mut();
				headers.insert(
					"content-type",
					hyper::header::HeaderValue::from_static("text/event-stream"),
				);
				headers
					.insert("cache-control", hyper::header::HeaderValue::from_static("no-cache"));
				r
			},
			Err(e) => uncharged(admitted, reservation, backend_error(e)),
		};
	}
	let answered =
		tokio::time::timeout_at(deadline, served.backend.answer(call.endpoint, &call.request));
	let answer = match answered.await.unwrap_or_else(|_| Err(timed_out())) {
		Ok(a) => a,
		Err(e) => return uncharged(admitted, reservation, backend_error(e)),
	};
	drop(permit);
	let mut body = answer.body;
	let output = if call.endpoint == Endpoint::Embeddings {
		let wanted = call.request.get("encoding_format").and_then(Value::as_str) == Some("base64");
		match encode_embeddings(&mut body, wanted) {
			Ok(bytes) => bytes,
			Err(e) => return uncharged(admitted, reservation, backend_error(e)),
		}
	} else {
		answer_text(&body).into_bytes()
	};
	let output_hash = sp_io::hashing::blake2_256(&output).into();
	// The backend's count; without one (a server that does not count), the call's bound: the
	// most it could have been, within the voucher's reserve.
	let tokens = answer.usage.as_ref().map_or(call.bound, Tokens::of);
	match record(&gw, admitted, call.input_hash, output_hash, tokens).await {
		Ok(paid) => {
			reservation.finish_charged(Some(paid.receipt.amount));
			call.stamp(&mut body, &served.name, false, now());
			let extra = body.get_mut("lineage").map(Value::take);
			body["lineage"] = call.lineage(served, extra, &paid);
			if let Some(usage) = answer.usage {
				body["usage"] = usage.json();
			}
			reply(StatusCode::OK, body)
		},
		Err(r) => {
			reservation.finish(false);
			r
		},
	}
}

/// The call ends here without being charged: its channel is let go, a custodial reservation
/// given back, and `answer` sent.
fn uncharged(admitted: Admitted, reservation: Reservation, answer: Reply) -> Reply {
	drop(admitted);
	reservation.finish(false);
	answer
}

type Events = futures::channel::mpsc::Sender<Result<Frame<Bytes>, Infallible>>;

fn event(value: &Value) -> Result<Frame<Bytes>, Infallible> {
	Ok(Frame::data(Bytes::from(format!("data: {value}\n\n"))))
}

/// A stream on its way: the backend's chunks, the call's hold on its channel and payment, the
/// caller's end, and when it must be over.
struct Streamed {
	chunks: crate::backend::Chunks,
	admitted: Admitted,
	reservation: Reservation,
	tx: Events,
	deadline: tokio::time::Instant,
	_permit: OwnedSemaphorePermit,
}

/// Send the backend's chunks to the caller as they come, then record the call and send its
/// usage and receipt, then `[DONE]`. A backend that fails mid-stream ends it with an `error`
/// event and nothing is charged. A caller that stops reading (or hangs up), or a stream that
/// reaches `MAX_CALL`, is cut there and charged for what was produced.
async fn forward(gw: Arc<Gateway>, call: Call, streamed: Streamed) {
	let Streamed { mut chunks, admitted, reservation, mut tx, deadline, _permit } = streamed;
	let Some(served) = gw.models.get(&call.asset) else { return };
	let created = now();
	let mut texts: BTreeMap<u64, String> = BTreeMap::new();
	let (mut usage, mut extra, mut failed) = (None, None, None);
	// The answer's events with text: the tokens sent, where the backend does not count them.
	let mut sent_tokens: u32 = 0;
	loop {
		let item = match tokio::time::timeout_at(deadline, chunks.next()).await {
			Ok(Some(item)) => item,
			Ok(None) => break,
			Err(_) => {
				tracing::info!("the stream reached the most a call may take: cut and charged");
				break;
			},
		};
		let mut chunk = match item {
			Ok(c) => c,
			Err(e) => {
				failed = Some(e);
				break;
			},
		};
		if let Some(u) = chunk.get("usage").and_then(Usage::read) {
			usage = Some(u);
		}
		if let Some(l) = chunk.get_mut("lineage").map(Value::take) {
			extra = Some(l);
		}
		match chunk.get("choices").and_then(Value::as_array).filter(|c| !c.is_empty()) {
			Some(choices) =>
				if add_texts(&mut texts, choices) {
					sent_tokens = sent_tokens.saturating_add(1);
				},
			None => continue, // usage alone: it goes in the last event, with the receipt
		}
		if let Some(o) = chunk.as_object_mut() {
			o.remove("lineage");
			o.remove("usage");
		}
		call.stamp(&mut chunk, &served.name, true, created);
		if !matches!(tokio::time::timeout_at(deadline, tx.send(event(&chunk))).await, Ok(Ok(()))) {
			// The caller hung up or stopped reading: stop the backend (dropping its stream
			// closes the connection) and charge for what it produced.
			tracing::info!(
				"the caller hung up or stopped reading mid-stream: charged for what was sent"
			);
			break;
		}
	}
	drop(chunks);
	let observe = |outcome| {
		gw.metrics.calls.observe(
			&served.name,
			served.backend.kind(),
			call.endpoint.label(),
			outcome,
			call.started.elapsed(),
		)
	};
	if let Some(e) = failed {
		observe(Outcome::Failed);
		drop(admitted);
		reservation.finish(false);
		let (_, code, message) = failure(&e);
		let _ = tx
			.send(event(&json!({ "error": { "code": code, "message": format!("{message} (this call is not charged)"), "type": "upstream_error", "param": null } })))
			.await;
		return;
	}
	let text: String = texts.into_values().collect();
	let output_hash = sp_io::hashing::blake2_256(text.as_bytes()).into();
	// The backend's count when it gave one at the end of the stream. Otherwise (it counts
	// nothing in streams, or the stream was cut before its end) the answer is counted as its
	// events with text, one token each as servers stream them, and the request at its bound,
	// its bytes: never less than it could have been, and never more than the voucher allows.
	let tokens = match usage {
		Some(u) => Tokens::of(&u),
		None => Tokens { input: call.bound.input, output: sent_tokens },
	};
	match record(&gw, admitted, call.input_hash, output_hash, tokens).await {
		Ok(paid) => {
			reservation.finish_charged(Some(paid.receipt.amount));
			observe(Outcome::Charged);
			let mut last = json!({ "choices": [], "lineage": call.lineage(served, extra, &paid) });
			if let Some(u) = usage {
				last["usage"] = u.json();
			}
			call.stamp(&mut last, &served.name, true, created);
			// A caller that stops reading holds nothing but this task, for 10 s at most.
			let ending = async {
				tx.send(event(&last)).await?;
				tx.send(Ok(Frame::data(Bytes::from_static(b"data: [DONE]\n\n")))).await
			};
			let _ = tokio::time::timeout(std::time::Duration::from_secs(10), ending).await;
		},
		Err(_) => {
			reservation.finish(false);
			observe(Outcome::Failed);
			let _ = tx
				.send(event(&json!({ "error": { "code": "store_error", "message": "the call could not be recorded, so it is not charged", "type": "api_error", "param": null } })))
				.await;
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn base64_matches_the_standard_alphabet_and_padding() {
		for (bytes, text) in [
			(&b""[..], ""),
			(b"f", "Zg=="),
			(b"fo", "Zm8="),
			(b"foo", "Zm9v"),
			(b"foobar", "Zm9vYmFy"),
			(&[0xff, 0xfe, 0x3f, 0x00][..], "//4/AA=="),
		] {
			assert_eq!(base64(bytes), text);
		}
	}

	#[test]
	fn a_streamed_event_of_tool_calls_refusals_or_reasoning_counts_as_a_token_like_text() {
		let mut texts = BTreeMap::new();
		let tool = json!([{ "index": 0, "delta": { "tool_calls": [{ "index": 0, "function": { "arguments": "{\"q\":" } }] } }]);
		assert!(add_texts(&mut texts, tool.as_array().expect("array")));
		let refusal = json!([{ "index": 0, "delta": { "refusal": "no" } }]);
		assert!(add_texts(&mut texts, refusal.as_array().expect("array")));
		let thought = json!([{ "index": 0, "delta": { "reasoning_content": "hm" } }]);
		assert!(add_texts(&mut texts, thought.as_array().expect("array")));
		let role_only = json!([{ "index": 0, "delta": { "role": "assistant", "content": "" } }]);
		assert!(!add_texts(&mut texts, role_only.as_array().expect("array")));
		let empty_call = json!([{ "index": 0, "delta": { "tool_calls": [{ "index": 0, "function": { "arguments": "" } }] } }]);
		assert!(!add_texts(&mut texts, empty_call.as_array().expect("array")));
	}

	#[test]
	fn only_text_messages_are_bounded_by_their_bytes() {
		let text = json!({ "messages": [{ "role": "user", "content": "hi" },
			{ "role": "user", "content": [{ "type": "text", "text": "more" }] }] });
		assert!(text_only(&text));
		assert!(text_only(&json!({ "prompt": "p" })));
		let image = json!({ "messages": [{ "role": "user", "content": [{ "type": "text", "text": "see" },
			{ "type": "image_url", "image_url": { "url": "data:..." } }] }] });
		assert!(!text_only(&image));
		assert!(!text_only(&json!({ "messages": [{ "role": "user", "content": 7 }] })));
	}

	#[test]
	fn the_output_hash_covers_the_text_in_choice_order_and_the_vectors_as_f32() {
		let body = json!({ "choices": [
			{ "index": 1, "text": "world" }, { "index": 0, "message": { "content": "hello " } },
		]});
		assert_eq!(answer_text(&body), "hello world");
		let mut e = json!({ "data": [
			{ "index": 1, "embedding": [2.0] }, { "index": 0, "embedding": [1.0, 0.5] },
		]});
		let bytes = encode_embeddings(&mut e.clone(), false).expect("vectors");
		assert_eq!(
			bytes,
			[1.0f32, 0.5, 2.0].iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<_>>()
		);
		assert_eq!(encode_embeddings(&mut e, true).expect("vectors"), bytes);
		assert_eq!(e["data"][0]["embedding"], json!(base64(&bytes[..8])));
		assert!(encode_embeddings(&mut json!({ "data": [{ "embedding": "x" }] }), false).is_err());
	}
}

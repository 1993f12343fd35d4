//! The Web2 HTTP API (JSON). `POST /v1/models/{id}/invoke` invokes on-chain for the API key's
//! account, waits until the provider loop has settled the call, and answers with the model's
//! output and the on-chain receipt. `GET /v1/receipts/{id}` (only with the API key that paid
//! for the call), `GET /v1/models`, `GET /healthz`, `GET /metrics`, `GET /openapi.yaml`. Every
//! failure is a clear status and JSON error, never a hang: each wait is bounded by the call's
//! on-chain deadline, a request's head and body by `LIMITS`, its body's size by `MAX_BODY`.

use std::{
	convert::Infallible,
	future::Future,
	net::SocketAddr,
	sync::{atomic::Ordering::Relaxed, Arc},
	time::{Duration, Instant},
};

use http_body_util::{combinators::BoxBody, BodyExt, Full, LengthLimitError, Limited};
use hyper::{
	body::{Body, Bytes, Incoming},
	header::CONTENT_LENGTH,
	server::conn::http1,
	service::service_fn,
	Method, Request, Response, StatusCode,
};
use hyper_util::rt::{TokioIo, TokioTimer};
use lineage_primitives::{runtime_api::InvocationView, AssetId, ContentHash, InvocationId};
use lineage_runtime::{AccountId, Balance, BlockNumber, RuntimeCall, RuntimeEvent};
use serde_json::{json, Value};
use tracing::Instrument;

use crate::{
	chain::ChainError,
	gateway::Gateway,
	keys::ApiKey,
	store::{CallRecord, SpendError},
};

pub const OPENAPI: &str = include_str!("../openapi.yaml");
/// The largest request body read; a longer one is refused with 413 as soon as it crosses this.
pub const MAX_BODY: usize = 64 * 1024;

/// How long a client may take to send what it sends (against slowloris-style clients that hold
/// connections open by sending slowly).
#[derive(Clone, Copy, Debug)]
pub struct Limits {
	/// A request's head (request line and headers), from when hyper starts reading it; then the
	/// connection is closed without an answer.
	pub header_read: Duration,
	/// A request's whole body, once its head is in; then 408 `body_timeout`.
	pub body_read: Duration,
}

pub const LIMITS: Limits =
	Limits { header_read: Duration::from_secs(10), body_read: Duration::from_secs(30) };

/// An answer: a whole body, or (server-sent events) one written as it is produced.
pub type Reply = Response<BoxBody<Bytes, Infallible>>;

/// An answer of `content_type` with a body known in full.
pub fn bytes_reply(status: StatusCode, content_type: &'static str, body: Bytes) -> Reply {
	let mut r = Response::new(Full::new(body).boxed());
	*r.status_mut() = status;
	r.headers_mut()
		.insert("content-type", hyper::header::HeaderValue::from_static(content_type));
	r
}

pub fn reply(status: StatusCode, body: Value) -> Reply {
	bytes_reply(
		status,
		"application/json",
		Bytes::from(serde_json::to_vec(&body).unwrap_or_default()),
	)
}

/// OpenAI's error `type` for a status, so its SDKs and other clients of that shape read ours.
fn error_type(status: StatusCode) -> &'static str {
	match status.as_u16() {
		401 => "authentication_error",
		402 => "payment_required",
		403 => "permission_error",
		404 => "not_found_error",
		429 => "rate_limit_error",
		400..=499 => "invalid_request_error",
		502 => "upstream_error",
		_ => "api_error",
	}
}

/// Every error, in the shape OpenAI's API uses: `{"error": {"message", "type", "param",
/// "code"}}`.
pub fn error(status: StatusCode, code: &str, message: impl Into<String>) -> Reply {
	reply(status, error_body(status, code, message))
}

fn error_body(status: StatusCode, code: &str, message: impl Into<String>) -> Value {
	json!({ "error": { "code": code, "message": message.into(), "type": error_type(status), "param": null } })
}

/// How old a `/healthz` answer may be: one check at a time, at most one a second, however many
/// ask (it needs no key, and a check asks the node and every upstream).
const HEALTH_FRESH: Duration = Duration::from_secs(1);

/// The id of one HTTP request: the caller's `X-Request-Id` if it sent a short, plain one, else
/// one made here. It is in the answer's `X-Request-Id`, every log line of the request, and the
/// receipts of OpenAI-shaped calls.
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

impl RequestId {
	fn of(headers: &hyper::HeaderMap) -> RequestId {
		static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
		let given = headers.get("x-request-id").and_then(|v| v.to_str().ok()).filter(|v| {
			!v.is_empty() &&
				v.len() <= 64 &&
				v.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
		});
		RequestId(given.map(str::to_string).unwrap_or_else(|| {
			let started = std::time::SystemTime::now()
				.duration_since(std::time::UNIX_EPOCH)
				.unwrap_or_default()
				.as_micros() as u64;
			format!("req-{started:x}-{:x}", NEXT.fetch_add(1, Relaxed))
		}))
	}

	/// The id a request was given by `serve` (a fresh one for a request that did not pass
	/// through it, as in unit tests).
	pub fn from_request<B>(req: &Request<B>) -> RequestId {
		req.extensions()
			.get::<RequestId>()
			.cloned()
			.unwrap_or_else(|| RequestId::of(req.headers()))
	}
}

fn chain_error(e: &ChainError) -> Reply {
	match e {
		ChainError::Unreachable(_) =>
			error(StatusCode::SERVICE_UNAVAILABLE, "chain_unreachable", e.to_string()),
		_ if crate::chain::is_out_of_funds(e) => error(
			StatusCode::PAYMENT_REQUIRED,
			"out_of_funds",
			format!("the API key's account cannot pay for this call: {e}"),
		),
		_ => error(StatusCode::BAD_GATEWAY, "chain_error", e.to_string()),
	}
}

fn bad_api_key() -> Reply {
	error(
		StatusCode::UNAUTHORIZED,
		"bad_api_key",
		"send a valid API key as `Authorization: Bearer <key>`",
	)
}

fn too_large(max: usize) -> Reply {
	error(
		StatusCode::PAYLOAD_TOO_LARGE,
		"too_large",
		format!("a request body is at most {max} bytes"),
	)
}

pub fn spending_cap_reached(spent: Balance, cap: Balance) -> Reply {
	error(
		StatusCode::PAYMENT_REQUIRED,
		"spending_cap_reached",
		format!("this API key has reached its spending cap: {spent} of {cap} plancks spent; ask the gateway's operator to raise it"),
	)
}

/// The same answer for a receipt that does not exist and for one another key paid for, so ids
/// cannot be enumerated.
fn unknown_receipt(id: InvocationId) -> Reply {
	error(StatusCode::NOT_FOUND, "unknown_receipt", format!("no call #{id} paid with this API key (receipts are pruned after their retention period)"))
}

pub fn hash_hex(h: &ContentHash) -> String {
	format!("{h:?}")
}

/// Who pays for a channel call: the voucher header it carries, and the name of the gateway's API
/// key it carries (a custodial key, when there is no voucher).
pub fn payer(gw: &Gateway, headers: &hyper::HeaderMap) -> (Option<String>, Option<String>) {
	let voucher = headers
		.get(crate::calls::VOUCHER_HEADER)
		.and_then(|v| v.to_str().ok())
		.map(str::to_string);
	(voucher, api_key(gw, headers).map(|(name, _)| name.clone()))
}

/// The API key a request carries (`Authorization: Bearer <key>` or `X-Api-Key: <key>`), if it
/// is one of the gateway's.
pub fn api_key<'a>(
	gw: &'a Gateway,
	headers: &hyper::HeaderMap,
) -> Option<(&'a String, &'a ApiKey)> {
	let key = headers
		.get("authorization")
		.and_then(|v| v.to_str().ok())
		.and_then(|v| v.strip_prefix("Bearer "))
		.or_else(|| headers.get("x-api-key").and_then(|v| v.to_str().ok()))?;
	gw.keys.get_key_value(key.trim())
}

pub async fn serve(gw: Arc<Gateway>, listen: SocketAddr) -> std::io::Result<()> {
	let listener = tokio::net::TcpListener::bind(listen).await?;
	tracing::info!("listening on http://{}", listener.local_addr()?);
	serve_on(listener, LIMITS, move |mut req: Request<Incoming>| {
		let gw = gw.clone();
		let id = RequestId::of(req.headers());
		req.extensions_mut().insert(id.clone());
		let span = tracing::info_span!("request", id = %id.0);
		async move {
			let mut r = route(gw.clone(), req).await;
			gw.metrics.count_status(r.status().as_u16());
			if let Ok(v) = hyper::header::HeaderValue::from_str(&id.0) {
				r.headers_mut().insert("x-request-id", v);
			}
			r
		}
		.instrument(span)
	})
	.await
}

/// Accept connections on `listener` forever, each served by `handler` under `limits`. A failed
/// accept (e.g. out of file descriptors) is logged and retried, never the end of the server.
pub async fn serve_on<H, F>(
	listener: tokio::net::TcpListener,
	limits: Limits,
	handler: H,
) -> std::io::Result<()>
where
	H: Fn(Request<Incoming>) -> F + Clone + Send + Sync + 'static,
	F: Future<Output = Reply> + Send + 'static,
{
	loop {
		let stream = match listener.accept().await {
			Ok((stream, _)) => {
				// Each streamed event goes out as it is written (without it, Nagle's algorithm
				// held a stream's last events for the client's delayed ACK: ≈ 40 ms per stream).
				let _ = stream.set_nodelay(true);
				stream
			},
			Err(e) => {
				tracing::warn!("accept failed: {e}");
				tokio::time::sleep(Duration::from_millis(100)).await;
				continue;
			},
		};
		let handler = handler.clone();
		tokio::spawn(async move {
			let service = service_fn(move |req| {
				let answer = handler(req);
				async move { Ok::<_, Infallible>(answer.await) }
			});
			let _ = http1::Builder::new()
				.timer(TokioTimer::new())
				.header_read_timeout(limits.header_read)
				.serve_connection(TokioIo::new(stream), service)
				.await;
		});
	}
}

/// Read a request body of at most `max` bytes within `timeout`: 413 as soon as more arrives
/// (nothing past the limit is read), 408 when it is too slow.
pub async fn read_body<B>(body: B, max: usize, timeout: Duration) -> Result<Bytes, Reply>
where
	B: Body<Data = Bytes>,
	B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
	match tokio::time::timeout(timeout, Limited::new(body, max).collect()).await {
		Err(_) => Err(error(
			StatusCode::REQUEST_TIMEOUT,
			"body_timeout",
			format!("the request body did not arrive within {} s", timeout.as_secs_f32()),
		)),
		Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large(max)),
		Ok(Err(e)) => Err(error(StatusCode::BAD_REQUEST, "bad_body", e.to_string())),
		Ok(Ok(collected)) => Ok(collected.to_bytes()),
	}
}

/// A request's body of at most `max` bytes: refused at once when its `Content-Length` says more,
/// and as soon as more arrives or it is too slow (`LIMITS`).
pub async fn read_request<B>(req: Request<B>, max: usize) -> Result<Bytes, Reply>
where
	B: Body<Data = Bytes>,
	B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
	let declared = req
		.headers()
		.get(CONTENT_LENGTH)
		.and_then(|v| v.to_str().ok())
		.and_then(|v| v.parse::<u64>().ok());
	if declared.is_some_and(|n| n > max as u64) {
		return Err(too_large(max));
	}
	read_body(req.into_body(), max, LIMITS.body_read).await
}

/// A call's input: `{"input": "<text>"}`, refused as soon as it is too large or too slow.
pub async fn read_input<B>(req: Request<B>) -> Result<String, Reply>
where
	B: Body<Data = Bytes>,
	B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
	let body = read_request(req, MAX_BODY).await?;
	serde_json::from_slice::<Value>(&body)
		.ok()
		.and_then(|v| v.get("input").and_then(Value::as_str).map(str::to_string))
		.ok_or_else(|| {
			error(StatusCode::BAD_REQUEST, "bad_body", r#"send JSON {"input": "<text>"}"#)
		})
}

async fn route<B>(gw: Arc<Gateway>, req: Request<B>) -> Reply
where
	B: Body<Data = Bytes> + Send + 'static,
	B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
	let path: Vec<String> =
		req.uri().path().trim_matches('/').split('/').map(str::to_string).collect();
	let parts: Vec<&str> = path.iter().map(String::as_str).collect();
	match (req.method().clone(), parts.as_slice()) {
		(Method::GET, ["healthz"]) => health(&gw).await,
		(Method::GET, ["metrics"]) => bytes_reply(
			StatusCode::OK,
			"text/plain; version=0.0.4",
			Bytes::from(gw.metrics.render()),
		),
		(Method::GET, ["openapi.yaml"]) =>
			bytes_reply(StatusCode::OK, "application/yaml", Bytes::from_static(OPENAPI.as_bytes())),
		(Method::GET, ["v1", "models"]) => models(&gw).await,
		(Method::GET, ["v1", "models", name]) => crate::openai::model(&gw, name),
		(Method::POST, ["v1", "chat", "completions"]) =>
			crate::openai::handle(gw, crate::backend::Endpoint::Chat, req).await,
		(Method::POST, ["v1", "completions"]) =>
			crate::openai::handle(gw, crate::backend::Endpoint::Completions, req).await,
		(Method::POST, ["v1", "embeddings"]) =>
			crate::openai::handle(gw, crate::backend::Endpoint::Embeddings, req).await,
		(Method::GET, ["v1", "receipts", id]) => {
			let Some((_, key)) = api_key(&gw, req.headers()) else { return bad_api_key() };
			match id.parse::<InvocationId>() {
				Ok(id) => receipt(&gw, key, id).await,
				Err(_) => error(StatusCode::BAD_REQUEST, "bad_id", "an invocation id is a number"),
			}
		},
		(Method::POST, ["v1", "models", id, "calls"]) => match id.parse::<AssetId>() {
			Ok(id) => crate::calls::call(gw, id, req).await,
			Err(_) => error(StatusCode::NOT_FOUND, "unknown_model", format!("no model {id}")),
		},
		(Method::GET, ["v1", "channels", id]) => match id.parse::<u64>() {
			Ok(id) => crate::calls::channel(&gw, id),
			Err(_) => error(StatusCode::BAD_REQUEST, "bad_id", "a channel id is a number"),
		},
		(Method::GET, ["v1", "channels", id, "receipts", call]) =>
			match (id.parse::<u64>(), call.parse::<u64>()) {
				(Ok(id), Ok(call)) => crate::calls::receipt(gw, id, call).await,
				_ => error(StatusCode::BAD_REQUEST, "bad_id", "channel ids and calls are numbers"),
			},
		(Method::POST, ["v1", "models", id, "invoke"]) => match id.parse::<AssetId>() {
			Ok(id) => invoke(gw, id, req).await,
			Err(_) => error(StatusCode::NOT_FOUND, "unknown_model", format!("no model {id}")),
		},
		_ => error(StatusCode::NOT_FOUND, "not_found", "no such endpoint; see /openapi.yaml"),
	}
}

async fn health(gw: &Gateway) -> Reply {
	let mut last = gw.health.lock().await;
	if let Some((_, status, body)) = last.as_ref().filter(|(at, _, _)| at.elapsed() < HEALTH_FRESH)
	{
		return reply(*status, body.clone());
	}
	let (status, body) = check_health(gw).await;
	*last = Some((Instant::now(), status, body.clone()));
	reply(status, body)
}

/// Whether the node answers, every served model's channels were read lately and every upstream
/// answers.
async fn check_health(gw: &Gateway) -> (StatusCode, Value) {
	let unavailable = StatusCode::SERVICE_UNAVAILABLE;
	match gw.chain.best().await {
		Ok((best, _)) if !gw.models.keys().all(|m| gw.channels.fresh(*m)) => (
			unavailable,
			error_body(unavailable, "channels_not_read", format!("the node answers (best block #{best}) but the served models' channels have not been read from it lately: paid calls wait until they are")),
		),
		Ok((best, _)) => match upstreams_down(gw).await {
			down if down.is_empty() => (
				StatusCode::OK,
				json!({ "status": "ok", "best_block": best, "models": gw.models.keys().collect::<Vec<_>>() }),
			),
			// A load balancer sends no calls here while a served model cannot be answered.
			down => (
				unavailable,
				error_body(unavailable, "upstream_unreachable", format!("the servers of models {down:?} do not answer (or no longer list them): their calls would be 502")),
			),
		},
		Err(e) => {
			gw.metrics.chain_errors.fetch_add(1, Relaxed);
			(unavailable, error_body(unavailable, "chain_unreachable", e.to_string()))
		},
	}
}

/// The names of the served models whose upstream does not answer or no longer lists them (the
/// details go to the log).
async fn upstreams_down(gw: &Gateway) -> Vec<String> {
	let checks = gw.models.values().filter_map(|served| match &served.backend {
		crate::backend::Backend::Upstream(up) => Some(async move {
			match up.listed().await {
				Ok(names) if names.contains(&up.model) => None,
				Ok(names) => {
					tracing::warn!(model = %served.name, "the upstream lists {names:?}, not {:?}", up.model);
					Some(served.name.clone())
				},
				Err(e) => {
					tracing::warn!(model = %served.name, "the upstream does not answer: {e}");
					Some(served.name.clone())
				},
			}
		}),
		crate::backend::Backend::Classifier(_) => None,
	});
	futures::future::join_all(checks).await.into_iter().flatten().collect()
}

async fn offering(
	gw: &Gateway,
	id: AssetId,
) -> Result<
	Option<lineage_primitives::runtime_api::OfferingView<AccountId, Balance, BlockNumber>>,
	ChainError,
> {
	gw.chain.call("ModelInvocationApi_offering", id, None).await
}

/// `GET /v1/models`: OpenAI's list (`object`, `data`) and Lineage's, with each offering's terms
/// (`models`).
async fn models(gw: &Gateway) -> Reply {
	let mut list = Vec::new();
	let mut data = Vec::new();
	for (id, served) in &gw.models {
		let o = match offering(gw, *id).await {
			Ok(o) => o,
			Err(e) => return chain_error(&e),
		};
		let mut entry = json!({
			"id": id,
			"name": served.name,
			"content_hash": hash_hex(&served.content_hash),
			"price_per_call": o.as_ref().map(|o| o.price_per_call.to_string()),
			"token_prices": o.as_ref().map(|o| crate::calls::token_prices_json(&o.token_prices)),
			"provider_share_perbill": o.as_ref().map(|o| o.provider_share.deconstruct()),
			"timeout_blocks": o.as_ref().map(|o| o.timeout),
			"paused": o.as_ref().map(|o| o.paused),
		});
		if let Some(m) = served.classifier() {
			entry["trained_on"] = json!({ "task": m.task, "dataset": m.dataset });
			entry["classes"] = json!(m.classes);
		}
		list.push(entry);
		data.push(crate::openai::model_json(gw, *id, served));
	}
	reply(StatusCode::OK, json!({ "object": "list", "data": data, "models": list }))
}

fn view_json(v: &InvocationView<AccountId, Balance, BlockNumber>) -> Value {
	json!({
		"id": v.id, "model": v.model, "caller": v.caller.to_string(), "provider": v.provider.to_string(),
		"price": v.price.to_string(), "input_hash": hash_hex(&v.input_hash),
		"output_hash": v.output_hash.as_ref().map(hash_hex), "requested_at": v.requested_at,
		"deadline": v.deadline, "settled_at": v.settled_at,
	})
}

/// The settlement of call `id` in block `number`: the `InvocationSettled` breakdown and the
/// royalty split's credits.
async fn settlement(
	gw: &Gateway,
	id: InvocationId,
	number: BlockNumber,
) -> Result<Value, ChainError> {
	let hash = gw
		.chain
		.block_hash(number)
		.await?
		.ok_or_else(|| ChainError::Other(format!("no block #{number}")))?;
	let events = gw.chain.events(hash).await?;
	let mut out = json!({ "block_number": number, "block_hash": format!("{hash:?}") });
	let mut phase = None;
	for r in &events {
		if let RuntimeEvent::ModelInvocation(pallet_model_invocation::Event::InvocationSettled {
			id: settled,
			provider,
			output_hash,
			to_provider,
			protocol_fee,
			to_ancestors,
			to_model,
			..
		}) = &r.event
		{
			if *settled == id {
				phase = Some(r.phase.clone());
				out["provider"] = json!(provider.to_string());
				out["output_hash"] = json!(hash_hex(output_hash));
				out["to_provider"] = json!(to_provider.to_string());
				out["protocol_fee"] = json!(protocol_fee.to_string());
				out["to_ancestors"] = json!(to_ancestors.to_string());
				out["to_model"] = json!(to_model.to_string());
			}
		}
	}
	// The split of this call is the RevenuePaid that precedes its InvocationSettled in the same
	// extrinsic.
	if let Some(phase) = phase {
		let mut credits = Value::Null;
		for r in events.iter().filter(|r| r.phase == phase) {
			match &r.event {
				RuntimeEvent::RoyaltySplit(pallet_royalty_split::Event::RevenuePaid {
					credits: c,
					..
				}) => {
					credits = json!(c
						.iter()
						.map(|c| json!({
							"asset": c.asset, "amount": c.amount.to_string(),
							"to_contributors": c.to_contributors.to_string(), "to_owner": c.to_owner.to_string(),
						}))
						.collect::<Vec<_>>());
				},
				RuntimeEvent::ModelInvocation(
					pallet_model_invocation::Event::InvocationSettled { id: settled, .. },
				) if *settled == id => break,
				_ => {},
			}
		}
		out["credits"] = credits;
	}
	Ok(out)
}

async fn receipt(gw: &Gateway, key: &ApiKey, id: InvocationId) -> Reply {
	// Only the key that paid for a call may read it (its input and output included).
	if gw.store.call(id).is_none_or(|record| record.key != key.fingerprint) {
		return unknown_receipt(id);
	}
	let view: Option<InvocationView<AccountId, Balance, BlockNumber>> =
		match gw.chain.call("ModelInvocationApi_invocation", id, None).await {
			Ok(v) => v,
			Err(e) => return chain_error(&e),
		};
	let Some(view) = view else {
		return unknown_receipt(id);
	};
	let mut body = json!({ "invocation": view_json(&view) });
	if let Some(n) = view.settled_at {
		match settlement(gw, id, n).await {
			Ok(s) => body["settlement"] = s,
			Err(e) => return chain_error(&e),
		}
	}
	if let Some(out) = gw.store.output(id) {
		body["output"] = serde_json::from_slice(&out).unwrap_or(Value::Null);
	}
	reply(StatusCode::OK, body)
}

async fn invoke<B>(gw: Arc<Gateway>, model: AssetId, req: Request<B>) -> Reply
where
	B: Body<Data = Bytes>,
	B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
	let started = Instant::now();
	let Some((key, api_key)) = api_key(&gw, req.headers()) else {
		return bad_api_key();
	};
	let key = key.clone();
	let who = api_key.account.clone();
	let Some(served) = gw.models.get(&model) else {
		return error(
			StatusCode::NOT_FOUND,
			"unknown_model",
			format!("this gateway does not serve model #{model}; see GET /v1/models"),
		);
	};
	if served.classifier().is_none() {
		return error(
			StatusCode::BAD_REQUEST,
			"use_openai_api",
			format!("model #{model} is served from an upstream server: call it through POST /v1/chat/completions with \"model\": {:?}", served.name),
		);
	}
	if let Some(cap) = api_key.cap {
		let spent = gw.store.spent(&api_key.fingerprint);
		if spent >= cap {
			return spending_cap_reached(spent, cap);
		}
	}
	let input = match read_input(req).await {
		Ok(i) => i,
		Err(r) => return r,
	};
	let input_hash: ContentHash = sp_io::hashing::blake2_256(input.as_bytes()).into();
	// The terms the gateway read are the ones the call accepts: if the owner changes them before
	// the invoke lands, the chain refuses it (TermsChanged) instead of charging other terms.
	let (price, terms) = match offering(&gw, model).await {
		Ok(Some(o)) if !o.paused => (o.price_per_call, o.terms),
		Ok(Some(_)) =>
			return error(
				StatusCode::CONFLICT,
				"offering_paused",
				format!("model #{model}'s offering is paused"),
			),
		Ok(None) =>
			return error(
				StatusCode::NOT_FOUND,
				"unknown_model",
				format!("model #{model} has no offering"),
			),
		Err(e) => return chain_error(&e),
	};
	// Paying runs on a task of its own: a client that hangs up cannot cancel it halfway and leave
	// a reservation, a pending input or an unrecorded call behind.
	let (id, deadline) =
		match tokio::spawn(pay(gw.clone(), key, model, input, input_hash, price, terms)).await {
			Ok(Ok(paid)) => paid,
			Ok(Err(reply)) => return reply,
			Err(e) => return error(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()),
		};
	gw.metrics.invocations_requested.fetch_add(1, Relaxed);
	// Wait for the provider loop to settle it, at most until its deadline has passed.
	let settled_at = loop {
		tokio::time::sleep(Duration::from_millis(300)).await;
		let view: Result<Option<InvocationView<AccountId, Balance, BlockNumber>>, _> =
			gw.chain.call("ModelInvocationApi_invocation", id, None).await;
		match view {
			Ok(Some(v)) if v.settled_at.is_some() => break v.settled_at.unwrap_or_default(),
			Ok(_) => {},
			Err(e) => return chain_error(&e),
		}
		match gw.chain.best().await {
			Ok((best, _)) if best > deadline => return error(StatusCode::GATEWAY_TIMEOUT, "deadline_missed",
				format!("call #{id} was not completed by its deadline (block #{deadline}); its escrow is refunded to the caller")),
			Ok(_) => {},
			Err(e) => return chain_error(&e),
		}
	};
	let settlement = match settlement(&gw, id, settled_at).await {
		Ok(s) => s,
		Err(e) => return chain_error(&e),
	};
	let output = gw
		.store
		.output(id)
		.and_then(|o| serde_json::from_slice::<Value>(&o).ok())
		.unwrap_or(Value::Null);
	gw.metrics.invocations_settled.fetch_add(1, Relaxed);
	gw.metrics
		.invoke_micros_sum
		.fetch_add(started.elapsed().as_micros() as u64, Relaxed);
	reply(
		StatusCode::OK,
		json!({
			"model": model,
			"content_hash": hash_hex(&served.content_hash),
			"output": output,
			"receipt": {
				"invocation": id,
				"caller": who.to_string(),
				"price": price.to_string(),
				"input_hash": hash_hex(&input_hash),
				"deadline": deadline,
				"settlement": settlement,
			},
		}),
	)
}

/// Invoke `model` on chain for API key `key`, paying `price` at the offering's terms version
/// `terms`: count it against the key's
/// spending cap, keep the input while the call is on its way (so a gateway that dies once the
/// call is paid can still serve it), and once paid record which key paid and keep the input;
/// if it is not paid, nothing stays behind. Returns the call's id and deadline.
async fn pay(
	gw: Arc<Gateway>,
	key: String,
	model: AssetId,
	input: String,
	input_hash: ContentHash,
	price: Balance,
	terms: u32,
) -> Result<(InvocationId, BlockNumber), Reply> {
	let api_key = gw.keys.get(&key).ok_or_else(bad_api_key)?;
	let fp = &api_key.fingerprint;
	match gw.store.reserve(fp, price, api_key.cap) {
		Ok(()) => {},
		Err(SpendError::CapReached { spent, cap }) => return Err(spending_cap_reached(spent, cap)),
		Err(SpendError::Io(e)) =>
			return Err(error(StatusCode::INTERNAL_SERVER_ERROR, "storage", e.to_string())),
	}
	let who = api_key.account.clone();
	let lock = gw.lock_for(&who).await.lock_owned().await;
	let pending = match gw.store.save_pending(&input_hash, fp, &who, &input) {
		Ok(p) => p,
		Err(e) => {
			gw.store.release(fp, price);
			return Err(error(StatusCode::INTERNAL_SERVER_ERROR, "storage", e.to_string()));
		},
	};
	let call = RuntimeCall::ModelInvocation(pallet_model_invocation::Call::invoke {
		model,
		input_hash,
		max_price: price,
		terms,
	});
	let requested = match gw.chain.submit(&api_key.pair, call, Some(lock)).await {
		Ok((_, events)) => events.iter().find_map(|e| match e {
			RuntimeEvent::ModelInvocation(
				pallet_model_invocation::Event::InvocationRequested { id, deadline, .. },
			) => Some((*id, *deadline)),
			_ => None,
		}),
		Err(e) => {
			gw.store.drop_pending(pending);
			gw.store.release(fp, price);
			return Err(chain_error(&e));
		},
	};
	let Some((id, deadline)) = requested else {
		gw.store.drop_pending(pending);
		gw.store.release(fp, price);
		return Err(error(
			StatusCode::BAD_GATEWAY,
			"chain_error",
			"invoke succeeded without an InvocationRequested event",
		));
	};
	let record = CallRecord { key: fp.clone(), input_hash: hash_hex(&input_hash), deadline };
	match gw.store.record_call(id, &record, &input) {
		Ok(()) => gw.store.drop_pending(pending),
		// The pending input stays: the provider loop records the call from it.
		Err(e) => tracing::error!(call = id, "cannot record the call: {e}"),
	}
	Ok((id, deadline))
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{gateway::Served, model::Model, store::Store};
	use futures::{stream, StreamExt};
	use http_body_util::StreamBody;
	use hyper::body::Frame;
	use std::{
		collections::BTreeMap,
		sync::atomic::{AtomicUsize, Ordering::SeqCst},
	};
	use tokio::io::{AsyncReadExt, AsyncWriteExt};

	const MODEL: AssetId = 3;

	async fn json_of(r: Reply) -> (StatusCode, Value) {
		let status = r.status();
		let bytes = r.into_body().collect().await.expect("a full body").to_bytes();
		(status, serde_json::from_slice(&bytes).expect("a JSON body"))
	}

	/// A gateway whose node is unreachable (nothing listens on port 9), keys `key-a` (Dave),
	/// `key-b` (Eve) and `key-capped` (Ferdie, cap 0.1 LIN), serving model 3.
	fn gateway(name: &str) -> Arc<Gateway> {
		let keys = crate::keys::parse(
			br#"{ "key-a": "//Dave", "key-b": "//Eve", "key-capped": { "suri": "//Ferdie", "spending_cap": "0.1" } }"#,
		)
		.expect("keys");
		let model = Model::train(
			1,
			2,
			vec!["pos".into(), "neg".into()],
			&[("good".into(), 0), ("bad".into(), 1)],
		);
		let served = Served {
			name: MODEL.to_string(),
			content_hash: sp_io::hashing::blake2_256(&model.to_bytes()).into(),
			backend: crate::backend::Backend::Classifier(model),
		};
		let store = Store::open(&crate::store::tests::temp_dir(name)).expect("store");
		Arc::new(Gateway::for_tests(
			"ws://127.0.0.1:9",
			BTreeMap::from([(MODEL, served)]),
			keys,
			store,
		))
	}

	/// Remove the test gateways' stores.
	fn clean(gateways: &[&Arc<Gateway>]) {
		for gw in gateways {
			let _ = std::fs::remove_dir_all(gw.store.dir());
		}
	}

	fn request<B>(method: Method, path: &str, key: Option<&str>, body: B) -> Request<B> {
		let mut req = Request::builder().method(method).uri(path);
		if let Some(key) = key {
			req = req.header("authorization", format!("Bearer {key}"));
		}
		req.body(body).expect("a request")
	}

	fn get(path: &str, key: Option<&str>) -> Request<Full<Bytes>> {
		request(Method::GET, path, key, Full::new(Bytes::new()))
	}

	#[tokio::test]
	async fn receipt_enumeration_without_the_paying_key_is_refused() {
		let gw = gateway("receipts");
		let a = &gw.keys["key-a"];
		let record =
			CallRecord { key: a.fingerprint.clone(), input_hash: String::new(), deadline: 10 };
		gw.store.record_call(5, &record, "a's private input").expect("record");
		gw.store.save_output(5, br#"{"label":"pos"}"#).expect("output");

		// No key, or a key the gateway does not know: 401.
		for key in [None, Some("nope")] {
			let (status, body) = json_of(route(gw.clone(), get("/v1/receipts/5", key)).await).await;
			assert_eq!(
				(status, body["error"]["code"].as_str()),
				(StatusCode::UNAUTHORIZED, Some("bad_api_key"))
			);
		}
		// Another valid key: 404, word for word what a receipt that does not exist gets — so
		// walking the sequential ids tells it nothing.
		let (status, other) =
			json_of(route(gw.clone(), get("/v1/receipts/5", Some("key-b"))).await).await;
		assert_eq!(
			(status, other["error"]["code"].as_str()),
			(StatusCode::NOT_FOUND, Some("unknown_receipt"))
		);
		let empty = gateway("receipts-empty");
		let (status, missing) =
			json_of(route(empty.clone(), get("/v1/receipts/5", Some("key-b"))).await).await;
		clean(&[&empty]);
		assert_eq!((status, &missing), (StatusCode::NOT_FOUND, &other));
		assert!(!other.to_string().contains("private") && !other.to_string().contains("pos"));
		// The paying key gets past the check (to the node, which is down here: 503).
		let (status, body) =
			json_of(route(gw.clone(), get("/v1/receipts/5", Some("key-a"))).await).await;
		assert_eq!(
			(status, body["error"]["code"].as_str()),
			(StatusCode::SERVICE_UNAVAILABLE, Some("chain_unreachable"))
		);
		// X-Api-Key works too.
		let mut req = get("/v1/receipts/5", None);
		req.headers_mut().insert("x-api-key", "key-b".parse().expect("header"));
		assert_eq!(route(gw.clone(), req).await.status(), StatusCode::NOT_FOUND);
		clean(&[&gw]);
	}

	#[tokio::test]
	async fn oversized_body_is_refused_while_reading_not_after() {
		// A body that never ends: the old gateway read all of it before checking its size.
		let polled = Arc::new(AtomicUsize::new(0));
		let counter = polled.clone();
		let endless = StreamBody::new(stream::repeat_with(move || {
			counter.fetch_add(1, SeqCst);
			Ok::<_, Infallible>(Frame::data(Bytes::from(vec![b'x'; 1024])))
		}));
		let (status, body) = json_of(
			read_body(endless, MAX_BODY, Duration::from_secs(10))
				.await
				.expect_err("refused"),
		)
		.await;
		assert_eq!(
			(status, body["error"]["code"].as_str()),
			(StatusCode::PAYLOAD_TOO_LARGE, Some("too_large"))
		);
		assert!(
			polled.load(SeqCst) <= MAX_BODY / 1024 + 1,
			"stopped reading at the limit, read {} KiB",
			polled.load(SeqCst)
		);
		// Through the API, with a valid key and model: 413 before anything is stored or invoked.
		let gw = gateway("body");
		let endless = StreamBody::new(stream::repeat_with(|| {
			Ok::<_, Infallible>(Frame::data(Bytes::from(vec![b'x'; 4096])))
		}));
		let reply =
			route(gw.clone(), request(Method::POST, "/v1/models/3/invoke", Some("key-a"), endless))
				.await;
		assert_eq!(reply.status(), StatusCode::PAYLOAD_TOO_LARGE);
		// A declared length over the limit is refused without reading at all.
		let mut req = request(
			Method::POST,
			"/v1/models/3/invoke",
			Some("key-a"),
			StreamBody::new(stream::pending::<Result<Frame<Bytes>, Infallible>>()),
		);
		req.headers_mut().insert(CONTENT_LENGTH, "100000000".parse().expect("header"));
		assert_eq!(route(gw.clone(), req).await.status(), StatusCode::PAYLOAD_TOO_LARGE);
		// A body within the limit is read.
		let ok = read_body(
			Full::new(Bytes::from(vec![b'x'; MAX_BODY])),
			MAX_BODY,
			Duration::from_secs(10),
		)
		.await;
		assert_eq!(ok.map(|b| b.len()).ok(), Some(MAX_BODY));
		assert_eq!(
			std::fs::read_dir(gw.store.dir().join("pending")).map(|d| d.count()).ok(),
			Some(0),
			"nothing stored"
		);
		clean(&[&gw]);
	}

	#[tokio::test]
	async fn oversized_body_over_the_wire_is_refused_before_it_is_sent() {
		let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
		let addr = listener.local_addr().expect("address");
		let gw = gateway("wire");
		let server = gw.clone();
		tokio::spawn(serve_on(listener, LIMITS, move |req| route(server.clone(), req)));
		let mut client = tokio::net::TcpStream::connect(addr).await.expect("connect");
		client
			.write_all(b"POST /v1/models/3/invoke HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer key-a\r\nContent-Length: 1000000\r\n\r\n")
			.await
			.expect("write");
		// The answer comes without a byte of the body sent, and the connection is closed.
		let mut answer = Vec::new();
		tokio::time::timeout(Duration::from_secs(5), client.read_to_end(&mut answer))
			.await
			.expect("answered and closed")
			.expect("read");
		let answer = String::from_utf8_lossy(&answer);
		assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
		assert!(answer.contains("\"too_large\""), "{answer}");
		clean(&[&gw]);
	}

	#[tokio::test]
	async fn slow_body_times_out_with_408() {
		// The head arrived, then one byte, then nothing: the read gives up after the limit.
		let trickle = StreamBody::new(
			stream::iter([Ok::<_, Infallible>(Frame::data(Bytes::from_static(b"{")))])
				.chain(stream::pending()),
		);
		let started = Instant::now();
		let (status, body) = json_of(
			read_body(trickle, MAX_BODY, Duration::from_millis(200))
				.await
				.expect_err("timed out"),
		)
		.await;
		assert_eq!(
			(status, body["error"]["code"].as_str()),
			(StatusCode::REQUEST_TIMEOUT, Some("body_timeout"))
		);
		assert!(started.elapsed() < Duration::from_secs(5));
	}

	#[tokio::test]
	async fn slowloris_headers_are_cut_off() {
		let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
		let addr = listener.local_addr().expect("address");
		let limits = Limits {
			header_read: Duration::from_millis(300),
			body_read: Duration::from_millis(300),
		};
		tokio::spawn(serve_on(listener, limits, |_req| async {
			reply(StatusCode::OK, json!({ "ok": true }))
		}));

		// A client that sends its headers a byte at a time, never finishing them.
		let mut slow = tokio::net::TcpStream::connect(addr).await.expect("connect");
		slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
			.await
			.expect("write");
		let started = Instant::now();
		let mut answer = Vec::new();
		let cut_off = loop {
			if started.elapsed() > Duration::from_secs(5) {
				break false;
			}
			if slow.write_all(b"a").await.is_err() {
				break true;
			}
			match tokio::time::timeout(Duration::from_millis(50), slow.read_buf(&mut answer)).await
			{
				Ok(Ok(0)) | Ok(Err(_)) => break true,
				Ok(Ok(_)) | Err(_) => {},
			}
		};
		assert!(cut_off, "the server kept a never-ending request head open for 5 s");
		assert!(
			started.elapsed() < Duration::from_secs(3),
			"cut off after {:?}",
			started.elapsed()
		);
		assert!(
			answer.is_empty() || answer.starts_with(b"HTTP/1.1 408"),
			"{}",
			String::from_utf8_lossy(&answer)
		);

		// An ordinary client is still served.
		let mut ok = tokio::net::TcpStream::connect(addr).await.expect("connect");
		ok.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
			.await
			.expect("write");
		let mut answer = Vec::new();
		tokio::time::timeout(Duration::from_secs(5), ok.read_to_end(&mut answer))
			.await
			.expect("answered")
			.expect("read");
		assert!(answer.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&answer));
	}

	#[tokio::test]
	async fn openai_shaped_calls_are_refused_in_openais_shape_before_anything_is_paid() {
		let gw = gateway("openai");
		let post = |path: &str, key: Option<&str>, body: &'static str| {
			request(Method::POST, path, key, Full::new(Bytes::from_static(body.as_bytes())))
		};
		let chat = r#"{"model":"3","messages":[{"role":"user","content":"good"}]}"#;
		for (req, status, code) in [
			// Neither a key of this gateway nor a voucher.
			(post("/v1/chat/completions", None, chat), StatusCode::UNAUTHORIZED, "bad_api_key"),
			(
				post("/v1/chat/completions", Some("nope"), chat),
				StatusCode::UNAUTHORIZED,
				"bad_api_key",
			),
			(
				post("/v1/chat/completions", Some("key-a"), r#"{"model":"gpt-4o","messages":[]}"#),
				StatusCode::NOT_FOUND,
				"model_not_found",
			),
			(
				post("/v1/completions", Some("key-a"), r#"{"prompt":"x"}"#),
				StatusCode::BAD_REQUEST,
				"bad_body",
			),
			(
				post("/v1/completions", Some("key-a"), "not json"),
				StatusCode::BAD_REQUEST,
				"bad_body",
			),
			(
				post("/v1/embeddings", Some("key-a"), r#"{"model":"3","input":"x","stream":true}"#),
				StatusCode::BAD_REQUEST,
				"bad_body",
			),
			// Nothing for the classifier to answer: refused before a channel is opened or a
			// voucher signed.
			(
				post(
					"/v1/chat/completions",
					Some("key-a"),
					r#"{"model":"3","messages":[{"role":"user","content":" "}]}"#,
				),
				StatusCode::BAD_REQUEST,
				"bad_request",
			),
			// A good call goes on to pay: the node is down here.
			(
				post("/v1/chat/completions", Some("key-a"), chat),
				StatusCode::SERVICE_UNAVAILABLE,
				"chain_unreachable",
			),
		] {
			let (got, body) = json_of(route(gw.clone(), req).await).await;
			assert_eq!((got, body["error"]["code"].as_str()), (status, Some(code)), "{body}");
			assert!(
				body["error"]["type"].is_string() && body["error"]["param"].is_null(),
				"{body}"
			);
		}
		assert_eq!(gw.store.spent(&gw.keys["key-a"].fingerprint), 0, "nothing reserved");
		// The model as OpenAI describes one, by name or asset id.
		let (status, model) = json_of(route(gw.clone(), get("/v1/models/3", None)).await).await;
		assert_eq!(
			(status, model["object"].as_str(), model["id"].as_str()),
			(StatusCode::OK, Some("model"), Some("3"))
		);
		assert_eq!(model["lineage"]["backend"]["classes"], json!(["pos", "neg"]));
		assert_eq!(
			route(gw.clone(), get("/v1/models/nope", None)).await.status(),
			StatusCode::NOT_FOUND
		);
		clean(&[&gw]);
	}

	#[tokio::test]
	async fn every_answer_carries_a_request_id() {
		let headers = |v: &str| {
			let mut h = hyper::HeaderMap::new();
			h.insert("x-request-id", v.parse().expect("header"));
			h
		};
		assert_eq!(RequestId::of(&headers("trace-7.a_b")).0, "trace-7.a_b", "a plain one is kept");
		for odd in ["has space", "semi;colon", &"x".repeat(65)] {
			assert!(RequestId::of(&headers(odd)).0.starts_with("req-"), "{odd:?} is replaced");
		}
		let (a, b) =
			(RequestId::of(&hyper::HeaderMap::new()), RequestId::of(&hyper::HeaderMap::new()));
		assert_ne!(a.0, b.0, "made ones differ");
	}

	#[tokio::test]
	async fn spending_cap_exhaustion_is_402() {
		let gw = gateway("cap");
		let capped = &gw.keys["key-capped"];
		let invoke = |key: &str| {
			request(
				Method::POST,
				"/v1/models/3/invoke",
				Some(key),
				Full::new(Bytes::from_static(br#"{"input":"good"}"#)),
			)
		};
		// Under its cap the call goes on to the chain (down here: 503).
		assert_eq!(
			route(gw.clone(), invoke("key-capped")).await.status(),
			StatusCode::SERVICE_UNAVAILABLE
		);
		// The key's paid calls reach its 0.1 LIN cap…
		gw.store
			.reserve(&capped.fingerprint, 100_000_000_000, capped.cap)
			.expect("within the cap");
		// …so the next call is refused before anything is invoked, in the usual error shape.
		let (status, body) = json_of(route(gw.clone(), invoke("key-capped")).await).await;
		assert_eq!(status, StatusCode::PAYMENT_REQUIRED);
		assert_eq!(body["error"]["code"], "spending_cap_reached");
		assert!(
			body["error"]["message"]
				.as_str()
				.is_some_and(|m| m.contains("100000000000 of 100000000000")),
			"{body}"
		);
		// A call that would cross the cap is refused when it is reserved.
		assert!(matches!(
			gw.store.reserve(&capped.fingerprint, 1, capped.cap),
			Err(SpendError::CapReached { spent: 100_000_000_000, cap: 100_000_000_000 })
		));
		// Other keys are not capped by it.
		assert_eq!(
			route(gw.clone(), invoke("key-a")).await.status(),
			StatusCode::SERVICE_UNAVAILABLE
		);
		clean(&[&gw]);
	}
}

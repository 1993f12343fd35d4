//! The Web2 HTTP API (JSON). `POST /v1/models/{id}/invoke` invokes on-chain for the API key's
//! account, waits until the provider loop has settled the call, and answers with the model's
//! output and the on-chain receipt. `GET /v1/models`, `GET /v1/receipts/{id}`, `GET /healthz`,
//! `GET /metrics`, `GET /openapi.yaml`. Every failure is a clear status and JSON error, never a
//! hang: each wait is bounded by the call's on-chain deadline.

use std::{
	convert::Infallible,
	net::SocketAddr,
	sync::{atomic::Ordering::Relaxed, Arc},
	time::{Duration, Instant},
};

use http_body_util::{BodyExt, Full};
use hyper::{body::Bytes, server::conn::http1, service::service_fn, Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use lineage_primitives::{runtime_api::InvocationView, AssetId, ContentHash, InvocationId};
use lineage_runtime::{AccountId, Balance, BlockNumber, RuntimeCall, RuntimeEvent};
use serde_json::{json, Value};
use sp_core::Pair;

use crate::{chain::ChainError, gateway::Gateway};

pub const OPENAPI: &str = include_str!("../openapi.yaml");
const MAX_BODY: usize = 64 * 1024;

type Reply = Response<Full<Bytes>>;

fn reply(status: StatusCode, body: Value) -> Reply {
	let mut r = Response::new(Full::new(Bytes::from(serde_json::to_vec_pretty(&body).unwrap_or_default())));
	*r.status_mut() = status;
	r.headers_mut().insert("content-type", "application/json".parse().expect("static header"));
	r
}

fn error(status: StatusCode, code: &str, message: impl Into<String>) -> Reply {
	reply(status, json!({ "error": { "code": code, "message": message.into() } }))
}

fn chain_error(e: &ChainError) -> Reply {
	match e {
		ChainError::Unreachable(_) => error(StatusCode::SERVICE_UNAVAILABLE, "chain_unreachable", e.to_string()),
		_ if crate::chain::is_out_of_funds(e) =>
			error(StatusCode::PAYMENT_REQUIRED, "out_of_funds", format!("the API key's account cannot pay for this call: {e}")),
		_ => error(StatusCode::BAD_GATEWAY, "chain_error", e.to_string()),
	}
}

fn hash_hex(h: &ContentHash) -> String {
	format!("{h:?}")
}

pub async fn serve(gw: Arc<Gateway>, listen: SocketAddr) -> std::io::Result<()> {
	let listener = tokio::net::TcpListener::bind(listen).await?;
	eprintln!("[http] listening on http://{}", listener.local_addr()?);
	loop {
		let (stream, _) = listener.accept().await?;
		let gw = gw.clone();
		tokio::spawn(async move {
			let service = service_fn(move |req| {
				let gw = gw.clone();
				async move {
					let r = route(&gw, req).await;
					gw.metrics.count_status(r.status().as_u16());
					Ok::<_, Infallible>(r)
				}
			});
			let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
		});
	}
}

async fn route(gw: &Gateway, req: Request<hyper::body::Incoming>) -> Reply {
	let path: Vec<String> = req.uri().path().trim_matches('/').split('/').map(str::to_string).collect();
	let parts: Vec<&str> = path.iter().map(String::as_str).collect();
	match (req.method().clone(), parts.as_slice()) {
		(Method::GET, ["healthz"]) => health(gw).await,
		(Method::GET, ["metrics"]) => {
			let mut r = Response::new(Full::new(Bytes::from(gw.metrics.render())));
			r.headers_mut().insert("content-type", "text/plain; version=0.0.4".parse().expect("static header"));
			r
		},
		(Method::GET, ["openapi.yaml"]) => {
			let mut r = Response::new(Full::new(Bytes::from_static(OPENAPI.as_bytes())));
			r.headers_mut().insert("content-type", "application/yaml".parse().expect("static header"));
			r
		},
		(Method::GET, ["v1", "models"]) => models(gw).await,
		(Method::GET, ["v1", "receipts", id]) => match id.parse::<InvocationId>() {
			Ok(id) => receipt(gw, id).await,
			Err(_) => error(StatusCode::BAD_REQUEST, "bad_id", "an invocation id is a number"),
		},
		(Method::POST, ["v1", "models", id, "invoke"]) => match id.parse::<AssetId>() {
			Ok(id) => invoke(gw, id, req).await,
			Err(_) => error(StatusCode::NOT_FOUND, "unknown_model", format!("no model {id}")),
		},
		_ => error(StatusCode::NOT_FOUND, "not_found", "no such endpoint; see /openapi.yaml"),
	}
}

async fn health(gw: &Gateway) -> Reply {
	match gw.chain.best().await {
		Ok((best, _)) => reply(StatusCode::OK, json!({ "status": "ok", "best_block": best, "models": gw.models.keys().collect::<Vec<_>>() })),
		Err(e) => {
			gw.metrics.chain_errors.fetch_add(1, Relaxed);
			error(StatusCode::SERVICE_UNAVAILABLE, "chain_unreachable", e.to_string())
		},
	}
}

async fn offering(gw: &Gateway, id: AssetId) -> Result<Option<lineage_primitives::runtime_api::OfferingView<AccountId, Balance, BlockNumber>>, ChainError> {
	gw.chain.call("ModelInvocationApi_offering", id, None).await
}

async fn models(gw: &Gateway) -> Reply {
	let mut list = Vec::new();
	for (id, served) in &gw.models {
		let o = match offering(gw, *id).await {
			Ok(o) => o,
			Err(e) => return chain_error(&e),
		};
		list.push(json!({
			"id": id,
			"content_hash": hash_hex(&served.content_hash),
			"trained_on": { "task": served.model.task, "dataset": served.model.dataset },
			"classes": served.model.classes,
			"price_per_call": o.as_ref().map(|o| o.price_per_call.to_string()),
			"provider_share_perbill": o.as_ref().map(|o| o.provider_share.deconstruct()),
			"timeout_blocks": o.as_ref().map(|o| o.timeout),
			"paused": o.as_ref().map(|o| o.paused),
		}));
	}
	reply(StatusCode::OK, json!({ "models": list }))
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
async fn settlement(gw: &Gateway, id: InvocationId, number: BlockNumber) -> Result<Value, ChainError> {
	let hash = gw.chain.block_hash(number).await?.ok_or_else(|| ChainError::Other(format!("no block #{number}")))?;
	let events = gw.chain.events(hash).await?;
	let mut out = json!({ "block_number": number, "block_hash": format!("{hash:?}") });
	let mut phase = None;
	for r in &events {
		if let RuntimeEvent::ModelInvocation(pallet_model_invocation::Event::InvocationSettled {
			id: settled, provider, output_hash, to_provider, protocol_fee, to_ancestors, to_model, ..
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
				RuntimeEvent::RoyaltySplit(pallet_royalty_split::Event::RevenuePaid { credits: c, .. }) => {
					credits = json!(c.iter().map(|c| json!({
						"asset": c.asset, "amount": c.amount.to_string(),
						"to_contributors": c.to_contributors.to_string(), "to_owner": c.to_owner.to_string(),
					})).collect::<Vec<_>>());
				},
				RuntimeEvent::ModelInvocation(pallet_model_invocation::Event::InvocationSettled { id: settled, .. }) if *settled == id => break,
				_ => {},
			}
		}
		out["credits"] = credits;
	}
	Ok(out)
}

async fn receipt(gw: &Gateway, id: InvocationId) -> Reply {
	let view: Option<InvocationView<AccountId, Balance, BlockNumber>> =
		match gw.chain.call("ModelInvocationApi_invocation", id, None).await {
			Ok(v) => v,
			Err(e) => return chain_error(&e),
		};
	let Some(view) = view else {
		return error(StatusCode::NOT_FOUND, "unknown_receipt", format!("no open call or receipt #{id} (receipts are pruned after their retention period)"));
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

async fn invoke(gw: &Gateway, model: AssetId, req: Request<hyper::body::Incoming>) -> Reply {
	let started = Instant::now();
	let key = req
		.headers()
		.get("authorization")
		.and_then(|v| v.to_str().ok())
		.and_then(|v| v.strip_prefix("Bearer "))
		.or_else(|| req.headers().get("x-api-key").and_then(|v| v.to_str().ok()))
		.map(str::to_string);
	let Some(payer) = key.as_ref().and_then(|k| gw.keys.get(k)) else {
		return error(StatusCode::UNAUTHORIZED, "bad_api_key", "send a valid API key as `Authorization: Bearer <key>`");
	};
	let Some(served) = gw.models.get(&model) else {
		return error(StatusCode::NOT_FOUND, "unknown_model", format!("this gateway does not serve model #{model}; see GET /v1/models"));
	};
	let body = match req.into_body().collect().await {
		Ok(b) => b.to_bytes(),
		Err(e) => return error(StatusCode::BAD_REQUEST, "bad_body", e.to_string()),
	};
	if body.len() > MAX_BODY {
		return error(StatusCode::PAYLOAD_TOO_LARGE, "too_large", format!("at most {MAX_BODY} bytes"));
	}
	let input = match serde_json::from_slice::<Value>(&body).ok().and_then(|v| v.get("input").and_then(Value::as_str).map(str::to_string)) {
		Some(i) => i,
		None => return error(StatusCode::BAD_REQUEST, "bad_body", r#"send JSON {"input": "<text>"}"#),
	};
	// The input is stored before the call exists on chain, so a restarted gateway can still serve it.
	let input_hash: ContentHash = sp_io::hashing::blake2_256(input.as_bytes()).into();
	if let Err(e) = gw.store.save_input(&input_hash, &input) {
		return error(StatusCode::INTERNAL_SERVER_ERROR, "storage", e.to_string());
	}
	let price = match offering(gw, model).await {
		Ok(Some(o)) if !o.paused => o.price_per_call,
		Ok(Some(_)) => return error(StatusCode::CONFLICT, "offering_paused", format!("model #{model}'s offering is paused")),
		Ok(None) => return error(StatusCode::NOT_FOUND, "unknown_model", format!("model #{model} has no offering")),
		Err(e) => return chain_error(&e),
	};
	let who: AccountId = payer.public().into();
	let lock = gw.lock_for(&who).await.lock_owned().await;
	let call = RuntimeCall::ModelInvocation(pallet_model_invocation::Call::invoke { model, input_hash, max_price: price });
	let events = match gw.chain.submit(payer, call, Some(lock)).await {
		Ok((_, events)) => events,
		Err(e) => return chain_error(&e),
	};
	let Some((id, deadline)) = events.iter().find_map(|e| match e {
		RuntimeEvent::ModelInvocation(pallet_model_invocation::Event::InvocationRequested { id, deadline, .. }) => Some((*id, *deadline)),
		_ => None,
	}) else {
		return error(StatusCode::BAD_GATEWAY, "chain_error", "invoke succeeded without an InvocationRequested event");
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
	let settlement = match settlement(gw, id, settled_at).await {
		Ok(s) => s,
		Err(e) => return chain_error(&e),
	};
	let output = gw.store.output(id).and_then(|o| serde_json::from_slice::<Value>(&o).ok()).unwrap_or(Value::Null);
	gw.metrics.invocations_settled.fetch_add(1, Relaxed);
	gw.metrics.invoke_micros_sum.fetch_add(started.elapsed().as_micros() as u64, Relaxed);
	reply(StatusCode::OK, json!({
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
	}))
}

//! Paid calls through prepaid channels, over HTTP. A call's path is route → voucher check
//! (`channels::Book::admit`) → model → ledger (`Admitted::record`) → answer; no RPC and no block
//! is waited for. `claims.rs` settles the vouchers on-chain.
//!
//! - `POST /v1/models/{id}/calls` with `X-Lineage-Voucher: 0x<SCALE(SignedVoucher)>` and `{"input":
//!   "<text>"}`: the output and the call's receipt. With a custodial API key instead of a voucher,
//!   the gateway signs for the key's account (`custodial.rs`).
//! - `GET /v1/channels/{id}`: what the gateway accepted on a channel (the next voucher's amount,
//!   calls and receipts root) and what the chain has claimed of it.
//! - `GET /v1/channels/{id}/receipts/{call}`: a call's receipt and, once a claimed voucher covers
//!   it, its proof against the chain's claimed receipts root.

use std::sync::{atomic::Ordering::Relaxed, Arc};

use hyper::{
	body::{Body, Bytes},
	Request, StatusCode,
};
use lineage_primitives::{receipts, AssetId, CallReceipt, ChannelId, ContentHash};
use lineage_runtime::Balance;
use serde_json::{json, Value};

use tokio::sync::OwnedMutexGuard;

use crate::{
	channels::{decode_header, Admitted, Paid, Refused, SignedVoucher, Tokens},
	custodial::{self, CustodyError},
	gateway::Gateway,
	http::{error, hash_hex, payer, read_input, reply, spending_cap_reached, Reply},
	metrics::Outcome,
	store::SpendError,
};

/// The header a paid call's voucher travels in.
pub const VOUCHER_HEADER: &str = "x-lineage-voucher";

pub fn refusal(r: Refused) -> Reply {
	match r {
		Refused::Malformed(m) => error(StatusCode::BAD_REQUEST, "bad_voucher", m),
		Refused::UnknownChannel(id) =>
			error(StatusCode::PAYMENT_REQUIRED, "unknown_channel", format!("no open channel {id}")),
		Refused::OtherModel { channel, model } => error(
			StatusCode::BAD_REQUEST,
			"wrong_model",
			format!("channel {channel} pays for model #{model}, not this one"),
		),
		Refused::OtherProvider(channel) => error(
			StatusCode::BAD_REQUEST,
			"wrong_provider",
			format!("channel {channel} pays another provider: this gateway cannot claim its calls"),
		),
		Refused::Stale(model) => error(
			StatusCode::SERVICE_UNAVAILABLE,
			"chain_unreachable",
			format!("this gateway has not read model #{model}'s channels from the chain lately: it takes no calls it might not be paid for; try again shortly"),
		),
		Refused::WrongChain =>
			error(StatusCode::BAD_REQUEST, "wrong_chain", "the voucher is signed for another chain"),
		Refused::NotOpen(m) => error(StatusCode::PAYMENT_REQUIRED, "channel_not_open", m),
		Refused::OutOfOrder { amount, calls, receipts_root, per_token } => reply(
			StatusCode::CONFLICT,
			json!({ "error": {
				"code": "voucher_out_of_order",
				"message": if per_token {
					"the voucher is not the channel's next one: on this channel priced per token, sign `amount` = `expected.charged` + a `reserve` of at least the price per call that covers the call's most, with the expected calls and receipts root"
				} else {
					"the voucher is not the channel's next one: sign the expected voucher (see `expected`), with no reserve"
				},
				"expected": if per_token {
					json!({ "charged": amount.to_string(), "calls": calls, "receipts_root": hash_hex(&receipts_root) })
				} else {
					json!({ "amount": amount.to_string(), "calls": calls, "receipts_root": hash_hex(&receipts_root) })
				},
			}}),
		),
		Refused::ReserveTooLow { reserve, needed } => error(
			StatusCode::PAYMENT_REQUIRED,
			"reserve_too_low",
			format!("the voucher's reserve of {reserve} does not cover this request's most, {needed} (the price per call plus the request's bytes as input tokens and its max_tokens as output tokens at the channel's prices): sign a larger reserve or ask for fewer tokens"),
		),
		Refused::OverDeposit { deposit, amount } => error(
			StatusCode::PAYMENT_REQUIRED,
			"over_deposit",
			format!("the voucher's {amount} is above the channel's funds of {deposit}: top it up"),
		),
		Refused::Busy(channel) => error(
			StatusCode::CONFLICT,
			"channel_busy",
			format!("another call on channel {channel} is in progress: a channel's calls are one after another (open more channels to call at once)"),
		),
		Refused::BadSignature => error(
			StatusCode::UNAUTHORIZED,
			"bad_signature",
			"the voucher is not signed by the channel's caller (or was changed after signing)",
		),
		Refused::Chain(m) => error(StatusCode::SERVICE_UNAVAILABLE, "chain_unreachable", m),
		Refused::Store(m) => error(StatusCode::SERVICE_UNAVAILABLE, "store_error", m),
	}
}

fn custody_error(e: CustodyError) -> Reply {
	match e {
		CustodyError::OutOfFunds(m) => error(
			StatusCode::PAYMENT_REQUIRED,
			"out_of_funds",
			format!("the API key's account cannot fund a channel to this model: {m}"),
		),
		CustodyError::NotOffered(m) => error(StatusCode::CONFLICT, "offering_paused", m),
		CustodyError::CapReached { spent, cap } => spending_cap_reached(spent, cap),
		CustodyError::Stale(model) => refusal(Refused::Stale(model)),
		CustodyError::Chain(e @ crate::chain::ChainError::Unreachable(_)) =>
			error(StatusCode::SERVICE_UNAVAILABLE, "chain_unreachable", e.to_string()),
		CustodyError::Chain(e) => error(StatusCode::BAD_GATEWAY, "chain_error", e.to_string()),
		CustodyError::Busy => error(
			StatusCode::TOO_MANY_REQUESTS,
			"key_busy",
			"this API key's calls to the model are one after another and the one before this is still running: try again shortly",
		),
	}
}

pub fn receipt_json(r: &CallReceipt<Balance>) -> Value {
	json!({
		"channel": r.channel, "call": r.call, "input_hash": hash_hex(&r.input_hash),
		"output_hash": hash_hex(&r.output_hash), "input_tokens": r.input_tokens,
		"output_tokens": r.output_tokens, "amount": r.amount.to_string(),
	})
}

/// Prices per 1,000 tokens as JSON (`null` if priced per call only).
pub fn token_prices_json(prices: &lineage_primitives::TokenPrices<Balance>) -> Value {
	if !prices.per_token() {
		return Value::Null;
	}
	json!({
		"per_1k_input": prices.per_1k_input.to_string(),
		"per_1k_output": prices.per_1k_output.to_string(),
	})
}

/// `POST /v1/models/{id}/calls`.
pub async fn call<B>(gw: Arc<Gateway>, model: AssetId, req: Request<B>) -> Reply
where
	B: Body<Data = Bytes>,
	B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
	let started = std::time::Instant::now();
	match gw.models.get(&model) {
		None =>
			return error(
				StatusCode::NOT_FOUND,
				"unknown_model",
				format!("this gateway does not serve model #{model}; see GET /v1/models"),
			),
		Some(served) if served.classifier().is_none() =>
			return error(
				StatusCode::BAD_REQUEST,
				"use_openai_api",
				format!("model #{model} is served from an upstream server: call it through POST /v1/chat/completions, /v1/completions or /v1/embeddings with \"model\": {:?}", served.name),
			),
		Some(_) => {},
	}
	let (header, key) = payer(&gw, req.headers());
	let input = match read_input(req).await {
		Ok(i) => i,
		Err(r) => return r,
	};
	// The rest runs on a task of its own: a client that hangs up cannot cancel it halfway and
	// leave a channel's tab in memory behind its ledger, or a key's spending reserved for a call
	// that was not made.
	let answer = match tokio::spawn(take_call(gw.clone(), model, header, key, input)).await {
		Ok(answer) => answer,
		Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()),
	};
	if let Some(served) = gw.models.get(&model) {
		gw.metrics.calls.observe(
			&served.name,
			served.backend.kind(),
			"calls",
			Outcome::of(answer.status()),
			started.elapsed(),
		);
	}
	answer
}

/// What a call's payment holds until the call is over: for a custodial key, its lane to the
/// model (its calls one after another) and the call's price reserved against its cap. Dropped
/// without `finish` (a panic, a shutdown), the reserved price is given back.
pub struct Reservation {
	custodial: Option<Custodial>,
}

/// A custodial key's lane and reserved price.
struct Custodial {
	_lane: OwnedMutexGuard<Option<ChannelId>>,
	store: Arc<crate::store::Store>,
	fingerprint: String,
	/// The most the call can cost, reserved against the key's cap.
	price: Balance,
	/// What the call was charged, once it was (the rest of the reservation is given back).
	charged: Option<Balance>,
}

impl Drop for Custodial {
	fn drop(&mut self) {
		let unspent = self.price.saturating_sub(self.charged.unwrap_or(0));
		if unspent > 0 {
			self.store.release(&self.fingerprint, unspent);
		}
	}
}

impl Reservation {
	/// The call is over: if it was not charged, a custodial key's reserved spending is given
	/// back (a call priced per call is charged its price).
	pub fn finish(self, charged: bool) {
		let price = self.custodial.as_ref().map_or(0, |c| c.price);
		self.finish_charged(charged.then_some(price));
	}

	/// The call is over, charged `charged` (`None`: not charged): a custodial key's reserved
	/// spending above it is given back.
	pub fn finish_charged(mut self, charged: Option<Balance>) {
		if let Some(c) = self.custodial.as_mut() {
			c.charged = charged.map(|amount| amount.min(c.price));
		}
	}
}

/// The voucher that pays for one call to `model`: the caller's (`voucher`, decoded from its
/// header), or one the gateway signs for API key `key` when it is a custodial key (opening or
/// topping up the key's channel as needed, and reserving the call's price against the key's
/// cap). `bound` is the most tokens the call can be counted as, for a channel priced per token.
pub async fn payment(
	gw: &Gateway,
	model: AssetId,
	voucher: Option<SignedVoucher>,
	key: Option<String>,
	bound: Tokens,
) -> Result<(SignedVoucher, Reservation), Reply> {
	let key = key.and_then(|name| gw.keys.get(&name));
	match (voucher, key) {
		(Some(signed), _) => Ok((signed, Reservation { custodial: None })),
		(None, Some(key)) => {
			// A key at its cap makes the gateway open or top up nothing for it.
			if let Some(cap) = key.cap {
				let spent = gw.store.spent(&key.fingerprint);
				if spent >= cap {
					return Err(spending_cap_reached(spent, cap));
				}
			}
			let mut guard = gw.custody.lane(key, model).await.map_err(custody_error)?;
			let channel = custodial::ensure_channel(gw, key, model, &mut guard, bound)
				.await
				.map_err(custody_error)?;
			let Some((signed, price)) = custodial::sign_next(gw, key, channel, bound).await else {
				return Err(error(
					StatusCode::SERVICE_UNAVAILABLE,
					"chain_unreachable",
					format!("the key's channel {channel} is not known to this gateway yet (or pays another provider)"),
				));
			};
			// The call's most counts against the key's cap before it is made.
			gw.store.reserve(&key.fingerprint, price, key.cap).map_err(|e| match e {
				SpendError::CapReached { spent, cap } => spending_cap_reached(spent, cap),
				SpendError::Io(e) => error(StatusCode::INTERNAL_SERVER_ERROR, "storage", e.to_string()),
			})?;
			let custodial = Custodial {
				_lane: guard,
				store: gw.store.clone(),
				fingerprint: key.fingerprint.clone(),
				price,
				charged: None,
			};
			Ok((signed, Reservation { custodial: Some(custodial) }))
		},
		(None, None) => Err(error(
			StatusCode::PAYMENT_REQUIRED,
			"no_voucher",
			format!("send the call's signed voucher in `{VOUCHER_HEADER}`, or a custodial API key as `Authorization: Bearer <key>`"),
		)),
	}
}

/// A call's voucher (the caller's, or signed here for a custodial key), then the call.
async fn take_call(
	gw: Arc<Gateway>,
	model: AssetId,
	header: Option<String>,
	key: Option<String>,
	input: String,
) -> Reply {
	let voucher = match header.as_deref().map(decode_header).transpose() {
		Ok(v) => v,
		Err(r) => return refusal(r),
	};
	let (signed, reservation) = match payment(&gw, model, voucher, key, Tokens::default()).await {
		Ok(p) => p,
		Err(r) => return r,
	};
	let answer = paid_call(&gw, model, signed, input).await;
	reservation.finish(answer.status() == StatusCode::OK);
	answer
}

/// Check `signed` as the next paid call of `model` (a refusal counted and answered).
pub async fn admit(gw: &Gateway, model: AssetId, signed: SignedVoucher) -> Result<Admitted, Reply> {
	gw.channels.admit(model, signed, &gw.chain).await.map_err(|r| {
		gw.metrics.vouchers_refused.fetch_add(1, Relaxed);
		refusal(r)
	})
}

/// Record an admitted call with its input's and output's hashes: it is charged once this
/// returns `Ok`.
pub async fn record(
	gw: &Gateway,
	admitted: Admitted,
	input_hash: ContentHash,
	output_hash: ContentHash,
	tokens: Tokens,
) -> Result<Paid, Reply> {
	match admitted.record(&gw.channels, input_hash, output_hash, tokens).await {
		Ok(paid) => {
			gw.metrics.paid_calls.fetch_add(1, Relaxed);
			Ok(paid)
		},
		Err(r) => {
			gw.metrics.store_errors.fetch_add(1, Relaxed);
			Err(refusal(r))
		},
	}
}

/// A recorded call's receipt, and the channel's state the next voucher builds on.
pub fn paid_json(paid: &Paid) -> Value {
	json!({
		"receipt": receipt_json(&paid.receipt),
		"channel": {
			"amount": paid.amount.to_string(), "calls": paid.calls,
			"receipts_root": hash_hex(&paid.next_root),
		},
	})
}

/// Check `signed`, run the model, record the call, answer.
async fn paid_call(gw: &Gateway, model: AssetId, signed: SignedVoucher, input: String) -> Reply {
	let Some(classifier) = gw.models.get(&model).and_then(|s| s.classifier()) else {
		return error(StatusCode::NOT_FOUND, "unknown_model", format!("model #{model}"));
	};
	let admitted = match admit(gw, model, signed).await {
		Ok(a) => a,
		Err(r) => return r,
	};
	if admitted.per_token().is_some() {
		return error(
			StatusCode::BAD_REQUEST,
			"use_openai_api",
			format!("model #{model}'s channel is priced per token: call it through POST /v1/chat/completions or /v1/completions, which count tokens"),
		);
	}
	let output = json!(classifier.predict(&input));
	let input_hash: ContentHash = sp_io::hashing::blake2_256(input.as_bytes()).into();
	let output_hash: ContentHash =
		sp_io::hashing::blake2_256(&serde_json::to_vec(&output).unwrap_or_default()).into();
	match record(gw, admitted, input_hash, output_hash, Tokens::default()).await {
		Ok(paid) => {
			let mut body = paid_json(&paid);
			body["model"] = json!(model);
			body["output"] = output;
			reply(StatusCode::OK, body)
		},
		Err(r) => r,
	}
}

/// `GET /v1/channels/{id}`.
pub fn channel(gw: &Gateway, id: ChannelId) -> Reply {
	let view = gw.channels.view(id);
	let tab = match gw.channels.accepted_now(id) {
		Ok(tab) => tab.unwrap_or_default(),
		Err(r) => return refusal(r),
	};
	let Some(view) = view else {
		if tab.calls == 0 {
			return error(StatusCode::NOT_FOUND, "unknown_channel", format!("no channel {id} here"));
		}
		return reply(
			StatusCode::OK,
			json!({ "channel": id, "open": false, "accepted": { "amount": tab.amount.to_string(), "calls": tab.calls,
				"receipts_root": hash_hex(&tab.frontier.root()) } }),
		);
	};
	reply(
		StatusCode::OK,
		json!({
			"channel": id, "open": true, "model": view.model, "price_per_call": view.price_per_call.to_string(),
			"token_prices": token_prices_json(&view.token_prices),
			"deposit": view.deposit.to_string(), "expires_at": view.expires_at,
			"accepted": { "amount": tab.amount.to_string(), "calls": tab.calls, "receipts_root": hash_hex(&tab.frontier.root()) },
			"claimed": { "amount": view.claimed.to_string(), "calls": view.claimed_calls },
		}),
	)
}

/// `GET /v1/channels/{id}/receipts/{call}`: the receipt, and its proof once a claimed voucher
/// covers it. A claimed voucher of `n` calls commits to the receipts of calls `1 ..= n − 1`; the
/// proof is given only if the ledger's receipts give the root the chain recorded for that claim.
pub async fn receipt(gw: Arc<Gateway>, channel: ChannelId, call: u64) -> Reply {
	let claimed = gw.channels.view(channel).map(|v| (v.claimed_calls, v.receipts_root));
	let Ok(permit) = gw.channels.proof_permits.clone().try_acquire_owned() else {
		return error(
			StatusCode::SERVICE_UNAVAILABLE,
			"busy",
			"other receipt proofs are being built: try again in a moment",
		);
	};
	// Reading the leaves and hashing the tree are O(calls): the ledger reads off the async
	// workers, and the hashing is off them too. A task of its own holds the permit until the
	// work is done, even if the caller hangs up meanwhile.
	let g = gw.clone();
	let found = tokio::spawn(async move {
		let _permit = permit;
		let gw = g;
		let Some(receipt) = gw.channels.ledger.receipt(channel, call).await? else {
			return Ok(None);
		};
		let proven = match claimed {
			Some((claimed_calls, chain_root)) if call >= 1 && call < claimed_calls => {
				let size = claimed_calls.saturating_sub(1);
				let leaves = gw.channels.ledger.leaves(channel, size).await?;
				tokio::task::spawn_blocking(move || {
					let local_root = receipts::root(&leaves);
					let proof = usize::try_from(call.saturating_sub(1))
						.ok()
						.filter(|_| local_root == chain_root && leaves.len() as u64 == size)
						.and_then(|i| receipts::proof(&leaves, i));
					proof.map(|p| (size, chain_root, p))
				})
				.await
				.map_err(|e| e.to_string())?
			},
			_ => None,
		};
		Ok::<_, String>(Some((receipt, proven)))
	})
	.await
	.map_err(|e| e.to_string())
	.and_then(|r| r);
	let (receipt, proven) = match found {
		Ok(Some(f)) => f,
		Ok(None) =>
			return error(
				StatusCode::NOT_FOUND,
				"unknown_receipt",
				format!("no call {call} on channel {channel} here"),
			),
		Err(e) => return error(StatusCode::SERVICE_UNAVAILABLE, "store_error", e),
	};
	reply(
		StatusCode::OK,
		json!({
			"receipt": receipt_json(&receipt),
			"leaf": hash_hex(&receipts::leaf_hash(&receipt)),
			"claimed": proven.is_some(),
			"tree_size": proven.as_ref().map(|(size, _, _)| size),
			"root": proven.as_ref().map(|(_, root, _)| hash_hex(root)),
			"proof": proven.map(|(_, _, p)| p.iter().map(hash_hex).collect::<Vec<_>>()),
		}),
	)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::store::{tests::temp_dir, Store};

	fn reservation(store: &Arc<Store>, lane: OwnedMutexGuard<Option<ChannelId>>) -> Reservation {
		store.reserve("key", 10, Some(100)).expect("within the cap");
		let custodial = Custodial {
			_lane: lane,
			store: store.clone(),
			fingerprint: "key".into(),
			price: 10,
			charged: None,
		};
		Reservation { custodial: Some(custodial) }
	}

	#[tokio::test]
	async fn a_custodial_reservation_is_spent_only_by_a_charged_call() {
		let dir = temp_dir("reservation");
		let store = Arc::new(Store::open(&dir).expect("store"));
		let lane = Arc::new(tokio::sync::Mutex::new(None));
		// Dropped unfinished (a panic, a shutdown, an early return): the price comes back, and
		// the key's lane is free again.
		drop(reservation(&store, lane.clone().lock_owned().await));
		assert_eq!(store.spent("key"), 0);
		assert!(lane.try_lock().is_ok());
		reservation(&store, lane.clone().lock_owned().await).finish(false);
		assert_eq!(store.spent("key"), 0);
		reservation(&store, lane.clone().lock_owned().await).finish(true);
		assert_eq!(store.spent("key"), 10);
		// Priced per token: the reservation is the call's most, and only its charge is spent.
		reservation(&store, lane.clone().lock_owned().await).finish_charged(Some(4));
		assert_eq!(store.spent("key"), 14);
		let _ = std::fs::remove_dir_all(&dir);
	}
}

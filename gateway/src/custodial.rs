//! Custodial API keys on channels: a Web2 caller with an API key and no wallet calls
//! `POST /v1/models/{id}/calls` with `Authorization: Bearer <key>` and no voucher; the gateway
//! holds the key's account, so it opens a channel to the model for it (or finds the open one, or
//! tops it up when its funds run low), signs the call's voucher with the key's account and takes
//! the same path as a caller's own voucher. Only opening and topping up wait for a block; every
//! other call is as fast as a signed one. A key's calls to a model run at once up to its lanes
//! (`--custodial-lanes`, default 4): each lane is a channel of its own, whose calls follow one
//! another (each voucher builds on the last receipt); past that a call waits for a lane. Every
//! call counts against the key's spending cap.

use std::{
	collections::{HashMap, HashSet},
	sync::Arc,
};

use lineage_primitives::{runtime_api::OfferingView, AssetId, ChannelId, Voucher};
use lineage_runtime::{AccountId, Balance, BlockNumber, RuntimeCall, RuntimeEvent};
use sp_core::Pair;

use crate::{
	chain::{is_out_of_funds, ChainError},
	channels::{SignedVoucher, Tokens, View},
	gateway::Gateway,
	keys::ApiKey,
	ledger::Tab,
};

/// Blocks a custodial channel is opened for (7 days at 3 s blocks), and the margin before its
/// expiry at which a new one is opened instead.
const LIFETIME: BlockNumber = 7 * 28_800;
const EXPIRY_MARGIN: BlockNumber = 100;

/// Why a custodial call could not be paid.
#[derive(Debug)]
pub enum CustodyError {
	/// The key's account cannot fund the channel.
	OutOfFunds(String),
	/// The model has no offering, it is paused, or it names another provider than this gateway.
	NotOffered(String),
	/// The key's spending cap leaves less than one call's price: nothing is opened or topped up.
	CapReached { spent: Balance, cap: Balance },
	/// The gateway has not read the model's channels lately: it opens nothing it could not serve.
	Stale(AssetId),
	/// The chain refused or could not be reached.
	Chain(ChainError),
	/// The key's calls to the model waited longer than a call may last for one before them.
	Busy,
}

/// One lane: the channel its calls use (once it has one), behind the lock its calls take in turn.
type Lane = Arc<tokio::sync::Mutex<Option<ChannelId>>>;

/// Each key's (by fingerprint) lanes to each model, and the channels the lanes use.
pub struct Custody {
	lanes: tokio::sync::Mutex<HashMap<(String, AssetId), Vec<Lane>>>,
	/// The most lanes (calls at once) of one key to one model.
	per_key: usize,
	/// The channels some lane uses: a lane looking for a channel takes none of these.
	taken: std::sync::Mutex<HashSet<ChannelId>>,
}

fn chain_error(e: ChainError) -> CustodyError {
	if is_out_of_funds(&e) ||
		matches!(&e, ChainError::Failed(s, _) if s.contains("InsufficientDeposit"))
	{
		CustodyError::OutOfFunds(e.to_string())
	} else {
		CustodyError::Chain(e)
	}
}

impl Custody {
	/// Custody with at most `per_key` lanes per key and model (at least one).
	pub fn new(per_key: usize) -> Custody {
		Custody { lanes: Default::default(), per_key: per_key.max(1), taken: Default::default() }
	}

	/// A lane for one of `key`'s calls to `model`, to hold for the whole call: a free one, or a
	/// new one while the key has fewer than `per_key`; else the first to come free, waited for
	/// at most as long as a call may last (`MAX_CALL`).
	pub async fn lane(
		&self,
		key: &ApiKey,
		model: AssetId,
	) -> Result<tokio::sync::OwnedMutexGuard<Option<ChannelId>>, CustodyError> {
		let busy: Vec<Lane> = {
			let mut lanes = self.lanes.lock().await;
			let mine = lanes.entry((key.fingerprint.clone(), model)).or_default();
			if let Some(free) = mine.iter().find_map(|lane| lane.clone().try_lock_owned().ok()) {
				return Ok(free);
			}
			if mine.len() < self.per_key {
				let lane = Lane::default();
				mine.push(lane.clone());
				if let Ok(fresh) = lane.try_lock_owned() {
					return Ok(fresh);
				}
			}
			mine.clone()
		};
		let first_free =
			futures::future::select_all(busy.into_iter().map(|l| Box::pin(l.lock_owned())));
		tokio::time::timeout(crate::channels::MAX_CALL, first_free)
			.await
			.map(|(guard, _, _)| guard)
			.map_err(|_| CustodyError::Busy)
	}

	/// Whether no lane uses `channel`.
	fn free(&self, channel: ChannelId) -> bool {
		self.taken.lock().is_ok_and(|t| !t.contains(&channel))
	}

	/// Make `channel` the lane's (giving up the one it had); `false` if another lane took it
	/// meanwhile.
	fn take(&self, lane: &mut Option<ChannelId>, channel: ChannelId) -> bool {
		let Ok(mut taken) = self.taken.lock() else { return false };
		if *lane != Some(channel) && !taken.insert(channel) {
			return false;
		}
		if let Some(old) = lane.filter(|old| *old != channel) {
			taken.remove(&old);
		}
		*lane = Some(channel);
		true
	}
}

/// Whether the ledger is behind what the chain claimed of `view` (`Book::admit` then refuses
/// its calls): such a channel is never used again, a new one is opened.
fn behind(view: &View, accepted: &Tab) -> bool {
	accepted.calls < view.claimed_calls
}

/// What a call of at most `bound` tokens can cost on `view`.
fn most(view: &View, bound: Tokens) -> Balance {
	bound.most(view.price_per_call, &view.token_prices)
}

/// Whether `view` can take one more call of at most `bound` tokens after `accepted`, at block
/// `best`.
fn usable(view: &View, accepted: &Tab, best: BlockNumber, bound: Tokens) -> bool {
	view.closing_until.is_none() &&
		best.saturating_add(EXPIRY_MARGIN) < view.expires_at &&
		accepted.amount.saturating_add(most(view, bound)) <= view.deposit &&
		!behind(view, accepted)
}

/// `key`'s open channel to `model` that can take another call, opening one or topping one up if
/// needed; `lane` remembers it.
pub async fn ensure_channel(
	gw: &Gateway,
	key: &ApiKey,
	model: AssetId,
	lane: &mut Option<ChannelId>,
	bound: Tokens,
) -> Result<ChannelId, CustodyError> {
	let best = gw.channels.best();
	let accepted = |id| async move { gw.channels.accepted(id).await.unwrap_or_default() };
	if let Some(id) = *lane {
		if let Some(view) = gw.channels.view(id) {
			if usable(&view, &accepted(id).await, best, bound) {
				return Ok(id);
			}
		}
	}
	// After a restart, a new lane, or when the remembered one ran low: the key's newest open
	// channel to it that no other lane uses.
	let mine: Vec<View> = gw
		.chain
		.call(
			"CallChannelsApi_channels_of_caller",
			(key.account.clone(), None::<ChannelId>, 64u32),
			None,
		)
		.await
		.map_err(CustodyError::Chain)?;
	let me = gw.provider_account();
	let found = mine
		.into_iter()
		.filter(|v| {
			v.model == model &&
				v.provider == me &&
				v.closing_until.is_none() &&
				best.saturating_add(EXPIRY_MARGIN) < v.expires_at &&
				(*lane == Some(v.id) || gw.custody.free(v.id))
		})
		.max_by_key(|v| v.id);
	let found = match found {
		Some(view) if behind(&view, &accepted(view.id).await) => None,
		// Taken by this lane now, so no other lane takes it too.
		Some(view) if !gw.custody.take(lane, view.id) => None,
		other => other,
	};
	let offering: Option<OfferingView<AccountId, Balance, BlockNumber>> = gw
		.chain
		.call("ModelInvocationApi_offering", model, None)
		.await
		.map_err(CustodyError::Chain)?;
	let offering = offering
		.filter(|o| !o.paused)
		.ok_or_else(|| CustodyError::NotOffered(format!("model #{model} is not offered now")))?;
	if offering.provider != me {
		return Err(CustodyError::NotOffered(format!(
			"model #{model}'s offering names another provider than this gateway"
		)));
	}
	if !gw.channels.fresh(model) {
		return Err(CustodyError::Stale(model));
	}
	// What the key may still spend bounds what its account puts into a channel. A channel is
	// funded for `custodial_calls` calls at this call's most.
	let call_most = bound.most(offering.price_per_call, &offering.token_prices);
	let mut deposit = call_most.saturating_mul(Balance::from(gw.custodial_calls.max(1)));
	if let Some(cap) = key.cap {
		let spent = gw.store.spent(&key.fingerprint);
		let left = cap.saturating_sub(spent);
		if left < call_most {
			return Err(CustodyError::CapReached { spent, cap });
		}
		deposit = deposit.min(left);
	}
	let id = match found {
		Some(view) if usable(&view, &accepted(view.id).await, best, bound) => {
			if !gw.channels.insert_view(view.clone()) {
				return Err(CustodyError::NotOffered(format!(
					"channel {} pays another provider",
					view.id
				)));
			}
			view.id
		},
		Some(view) => {
			let call = RuntimeCall::CallChannels(pallet_call_channels::Call::top_up {
				channel: view.id,
				amount: deposit,
				expires_at: None,
			});
			submit(gw, key, call).await?;
			view.id
		},
		None => {
			let call = RuntimeCall::CallChannels(pallet_call_channels::Call::open_channel {
				model,
				deposit,
				expires_at: best.max(1).saturating_add(LIFETIME),
				terms: offering.terms,
			});
			let events = submit(gw, key, call).await?;
			events
				.iter()
				.find_map(|e| match e {
					RuntimeEvent::CallChannels(pallet_call_channels::Event::ChannelOpened {
						channel,
						..
					}) => Some(*channel),
					_ => None,
				})
				.ok_or_else(|| {
					CustodyError::Chain(ChainError::Other("no ChannelOpened event".into()))
				})?
		},
	};
	// The chain's view after opening or topping up.
	let view: Option<View> = gw
		.chain
		.call("CallChannelsApi_channel", id, None)
		.await
		.map_err(CustodyError::Chain)?;
	let view = view
		.ok_or_else(|| CustodyError::Chain(ChainError::Other(format!("channel {id} vanished"))))?;
	if !gw.channels.insert_view(view) {
		return Err(CustodyError::NotOffered(format!("channel {id} pays another provider")));
	}
	// A lane that listed the key's channels meanwhile may have taken the one just opened: this
	// call then waits for another turn (429 `key_busy`, not charged).
	if !gw.custody.take(lane, id) {
		return Err(CustodyError::Busy);
	}
	Ok(id)
}

async fn submit(
	gw: &Gateway,
	key: &ApiKey,
	call: RuntimeCall,
) -> Result<Vec<RuntimeEvent>, CustodyError> {
	let held = gw.lock_for(&key.account).await.lock_owned().await;
	gw.chain
		.submit(&key.pair, call, Some(held))
		.await
		.map(|(_, events)| events)
		.map_err(chain_error)
}

/// The next voucher on `channel` signed with `key`'s account for a call of at most `bound`
/// tokens, from what the gateway accepted; with the most the call can cost.
pub async fn sign_next(
	gw: &Gateway,
	key: &ApiKey,
	channel: ChannelId,
	bound: Tokens,
) -> Option<(SignedVoucher, Balance)> {
	let view = gw.channels.view(channel)?;
	let tab = gw.channels.accepted(channel).await.unwrap_or_default();
	let call_most = most(&view, bound);
	let voucher = Voucher {
		genesis_hash: gw.channels.genesis(),
		channel,
		amount: tab.amount.saturating_add(call_most),
		calls: tab.calls.saturating_add(1),
		receipts_root: tab.frontier.root(),
		// Priced per token, the call's most is a reserve the claim pays only its charge of.
		reserve: if view.token_prices.per_token() { call_most } else { 0 },
	};
	let signature = key.pair.sign(&voucher.signing_payload()).into();
	Some((SignedVoucher { voucher, signature, last_call: None }, call_most))
}

#[cfg(test)]
mod lane_tests {
	use super::*;

	fn key() -> ApiKey {
		crate::keys::parse(br#"{ "k": "//Eve" }"#)
			.expect("keys")
			.remove("k")
			.expect("key")
	}

	#[tokio::test]
	async fn a_keys_calls_run_at_once_up_to_its_lanes_each_on_a_channel_of_its_own() {
		let custody = Custody::new(2);
		let k = key();
		let mut a = custody.lane(&k, 3).await.expect("a lane");
		let mut b = custody.lane(&k, 3).await.expect("a second lane, at once");
		// Each lane takes a channel no other lane uses.
		assert!(custody.take(&mut a, 10));
		assert!(!custody.take(&mut b, 10), "channel 10 is lane a's");
		assert!(custody.take(&mut b, 11));
		assert!(!custody.free(10) && !custody.free(11));
		// A third call waits for a lane to come free, and gets that lane's channel.
		let third = tokio::spawn(async move { *custody.lane(&key(), 3).await.expect("a lane") });
		tokio::time::sleep(std::time::Duration::from_millis(50)).await;
		assert!(!third.is_finished(), "both lanes are busy");
		drop(a);
		assert_eq!(third.await.expect("joined"), Some(10));
		drop(b);
	}

	#[tokio::test]
	async fn a_lane_moving_to_a_new_channel_frees_its_old_one() {
		let custody = Custody::new(1);
		let k = key();
		let mut lane = custody.lane(&k, 3).await.expect("a lane");
		assert!(custody.take(&mut lane, 10));
		assert!(custody.take(&mut lane, 12), "opened a new one");
		assert!(custody.free(10) && !custody.free(12));
		// Another model's lanes are the key's too, but separate.
		let other = custody.lane(&k, 4).await.expect("another model's lane");
		assert_eq!(*other, None);
	}
}

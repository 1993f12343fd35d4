//! Custodial API keys on channels: a Web2 caller with an API key and no wallet calls
//! `POST /v1/models/{id}/calls` with `Authorization: Bearer <key>` and no voucher; the gateway
//! holds the key's account, so it opens a channel to the model for it (or finds the open one, or
//! tops it up when its funds run low), signs the call's voucher with the key's account and takes
//! the same path as a caller's own voucher. Only opening and topping up wait for a block; every
//! other call is as fast as a signed one. A key's calls to one model run one at a time (its
//! vouchers follow one another), and each counts against the key's spending cap.

use std::{collections::HashMap, sync::Arc};

use lineage_primitives::{runtime_api::OfferingView, AssetId, ChannelId, Voucher};
use lineage_runtime::{AccountId, Balance, BlockNumber, RuntimeCall, RuntimeEvent};
use sp_core::Pair;

use crate::{
	chain::{is_out_of_funds, ChainError},
	channels::{SignedVoucher, View},
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

/// A key's (by fingerprint) channel to a model, behind the lock its calls take in turn.
type Lanes = HashMap<(String, AssetId), Arc<tokio::sync::Mutex<Option<ChannelId>>>>;

/// Each key's channel to each model, and the lock that puts its calls one after another.
#[derive(Default)]
pub struct Custody {
	lanes: tokio::sync::Mutex<Lanes>,
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
	/// The lane of `key`'s calls to `model`: hold it for the whole call. A call waits for the
	/// one before it at most as long as a call may last (`MAX_CALL`).
	pub async fn lane(
		&self,
		key: &ApiKey,
		model: AssetId,
	) -> Result<tokio::sync::OwnedMutexGuard<Option<ChannelId>>, CustodyError> {
		let lane = self
			.lanes
			.lock()
			.await
			.entry((key.fingerprint.clone(), model))
			.or_default()
			.clone();
		tokio::time::timeout(crate::channels::MAX_CALL, lane.lock_owned())
			.await
			.map_err(|_| CustodyError::Busy)
	}
}

/// Whether the ledger is behind what the chain claimed of `view` (`Book::admit` then refuses
/// its calls): such a channel is never used again, a new one is opened.
fn behind(view: &View, accepted: &Tab) -> bool {
	accepted.calls < view.claimed_calls
}

/// Whether `view` can take one more call after `accepted`, at block `best`.
fn usable(view: &View, accepted: &Tab, best: BlockNumber) -> bool {
	view.closing_until.is_none() &&
		best.saturating_add(EXPIRY_MARGIN) < view.expires_at &&
		accepted.amount.saturating_add(view.price_per_call) <= view.deposit &&
		!behind(view, accepted)
}

/// `key`'s open channel to `model` that can take another call, opening one or topping one up if
/// needed; `lane` remembers it.
pub async fn ensure_channel(
	gw: &Gateway,
	key: &ApiKey,
	model: AssetId,
	lane: &mut Option<ChannelId>,
) -> Result<ChannelId, CustodyError> {
	let best = gw.channels.best();
	let accepted = |id| async move { gw.channels.accepted(id).await.unwrap_or_default() };
	if let Some(id) = *lane {
		if let Some(view) = gw.channels.view(id) {
			if usable(&view, &accepted(id).await, best) {
				return Ok(id);
			}
		}
	}
	// After a restart, or when the remembered one ran low: the key's newest open channel to it.
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
				best.saturating_add(EXPIRY_MARGIN) < v.expires_at
		})
		.max_by_key(|v| v.id);
	let found = match found {
		Some(view) if behind(&view, &accepted(view.id).await) => None,
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
	// What the key may still spend bounds what its account puts into a channel.
	let mut deposit =
		offering.price_per_call.saturating_mul(Balance::from(gw.custodial_calls.max(1)));
	if let Some(cap) = key.cap {
		let spent = gw.store.spent(&key.fingerprint);
		let left = cap.saturating_sub(spent);
		if left < offering.price_per_call {
			return Err(CustodyError::CapReached { spent, cap });
		}
		deposit = deposit.min(left);
	}
	let id = match found {
		Some(view) if usable(&view, &accepted(view.id).await, best) => {
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
	*lane = Some(id);
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

/// The next voucher on `channel` signed with `key`'s account, from what the gateway accepted.
pub async fn sign_next(gw: &Gateway, key: &ApiKey, channel: ChannelId) -> Option<SignedVoucher> {
	let view = gw.channels.view(channel)?;
	let tab = gw.channels.accepted(channel).await.unwrap_or_default();
	let voucher = Voucher {
		genesis_hash: gw.channels.genesis(),
		channel,
		amount: tab.amount.saturating_add(view.price_per_call),
		calls: tab.calls.saturating_add(1),
		receipts_root: tab.frontier.root(),
	};
	let signature = key.pair.sign(&voucher.signing_payload()).into();
	Some(SignedVoucher { voucher, signature })
}

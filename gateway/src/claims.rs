//! The claim loop: the only place the paid-call path meets the chain. Once a block it reads the
//! open channels of every model served here (`CallChannelsApi_channels_of_model`, page by page)
//! into the channel book, and every `claim_every` blocks it claims every channel whose newest
//! voucher is above what the chain has claimed, with `claim_batch` (one extrinsic per model and
//! `MaxClaimBatch` vouchers). A restart resumes exactly: the ledger holds every accepted voucher,
//! the chain what was claimed, and a voucher is never paid twice (the chain refuses a voucher not
//! above the last claimed one).

use std::{collections::HashMap, sync::Arc, time::Duration};

use frame_support::{traits::Get, BoundedVec};
use lineage_primitives::{AssetId, ChannelId};
use lineage_runtime::{Balance, BlockNumber, Runtime, RuntimeCall, RuntimeEvent};
use std::sync::atomic::Ordering::Relaxed;

use crate::{
	channels::{SignedVoucher, View},
	gateway::Gateway,
};

/// Channels this close to the last block they can be claimed in are claimed every block.
const URGENT: BlockNumber = 10;

fn max_batch() -> usize {
	<<Runtime as pallet_call_channels::Config>::MaxClaimBatch as Get<u32>>::get() as usize
}

/// Read whether `model` can be paid, and every open channel of it, into the book.
async fn refresh(gw: &Gateway, model: AssetId, best: BlockNumber) -> Result<(), String> {
	let asset: Option<
		lineage_primitives::runtime_api::AssetView<lineage_runtime::AccountId, BlockNumber>,
	> = gw.chain
		.call("AssetRegistryApi_asset", model, None)
		.await
		.map_err(|e| e.to_string())?;
	gw.channels.set_payable(
		model,
		asset.is_some_and(|a| a.status == lineage_primitives::AssetStatus::Active),
	);
	let mut all: Vec<View> = Vec::new();
	let mut after: Option<ChannelId> = None;
	loop {
		let page: Vec<View> = gw
			.chain
			.call("CallChannelsApi_channels_of_model", (model, after, max_batch() as u32), None)
			.await
			.map_err(|e| e.to_string())?;
		let full = page.len() >= max_batch();
		after = page.last().map(|v| v.id);
		all.extend(page);
		if !full {
			break;
		}
	}
	gw.channels.refresh(model, all, best);
	Ok(())
}

/// Claim `vouchers` of `model` in one `claim_batch`; returns how many were claimed.
async fn claim(
	gw: &Gateway,
	model: AssetId,
	vouchers: Vec<(ChannelId, Balance, SignedVoucher)>,
) -> Result<usize, String> {
	let me = gw.provider_account();
	let held = gw.lock_for(&me).await.lock_owned().await;
	let batch: BoundedVec<_, _> = BoundedVec::truncate_from(
		vouchers.iter().map(|(_, _, signed)| signed.clone()).collect::<Vec<_>>(),
	);
	let call = RuntimeCall::CallChannels(pallet_call_channels::Call::claim_batch {
		model,
		vouchers: batch,
	});
	let (block, events) = gw
		.chain
		.submit(&gw.provider, call, Some(held))
		.await
		.map_err(|e| e.to_string())?;
	let mut claimed = 0;
	for e in events {
		match e {
			RuntimeEvent::CallChannels(pallet_call_channels::Event::ChannelClaimed {
				channel,
				total_calls,
				receipts_root,
				..
			}) => {
				if let Some((_, amount, _)) = vouchers.iter().find(|(id, _, _)| *id == channel) {
					gw.channels.claimed(channel, *amount, total_calls, receipts_root);
				}
				claimed += 1;
			},
			RuntimeEvent::CallChannels(pallet_call_channels::Event::ClaimFailed {
				channel,
				error,
			}) => {
				gw.metrics.claims_failed.fetch_add(1, Relaxed);
				tracing::warn!(
					"channel {channel}'s voucher was refused: {}",
					crate::chain::describe(&error)
				);
			},
			_ => {},
		}
	}
	gw.metrics.claims.fetch_add(claimed as u64, Relaxed);
	tracing::info!(
		"claimed {claimed} of {} channels of model #{model} in block {block:?}",
		vouchers.len()
	);
	Ok(claimed)
}

/// Run the loop for ever.
pub async fn run(gw: Arc<Gateway>) {
	let mut last_block = 0u32;
	let mut last_claim = 0u32;
	// Channels with a claim on its way, and the amount it claims.
	let inflight: Arc<tokio::sync::Mutex<HashMap<ChannelId, Balance>>> = Default::default();
	loop {
		let (best, _) = gw.next_block(last_block, Duration::from_millis(300), "claims").await;
		last_block = best;
		// NextChannelId first: every channel below it is in the pages read next.
		match gw
			.chain
			.storage::<ChannelId>(
				&pallet_call_channels::NextChannelId::<Runtime>::hashed_key(),
				None,
			)
			.await
		{
			Ok(next) => gw.channels.set_next_id(next.unwrap_or(0), best),
			Err(e) => tracing::warn!("cannot read NextChannelId: {e}"),
		}
		let mut all_read = true;
		for model in gw.models.keys() {
			if let Err(e) = refresh(&gw, *model, best).await {
				all_read = false;
				gw.metrics.chain_errors.fetch_add(1, Relaxed);
				tracing::warn!("cannot read model #{model}'s channels: {e}");
			}
		}
		// A shared ledger's tabs as the other instances left them.
		if let Err(e) = gw.channels.reload().await {
			gw.metrics.store_errors.fetch_add(1, Relaxed);
			tracing::warn!("cannot read the shared channel ledger: {e}");
		}
		// Only with every served model read: a channel missing from a failed read is not closed.
		if all_read {
			match gw.channels.prune(best, gw.retention).await {
				Ok(0) => {},
				Ok(n) => tracing::info!(
					"forgot {n} channels closed more than {} blocks ago",
					gw.retention
				),
				Err(e) => {
					gw.metrics.store_errors.fetch_add(1, Relaxed);
					tracing::error!("pruning the channel ledger failed: {e}");
				},
			}
		}
		// Every `claim_every` blocks; and every block for channels within `URGENT` blocks of the
		// last one they can be claimed in.
		let scheduled = best.saturating_sub(last_claim) >= gw.claim_every;
		if scheduled {
			last_claim = best;
		}
		// On a shared ledger, one instance submits the claims (one provider key, one nonce).
		if !gw.channels.ledger.claimer().await {
			continue;
		}
		for group in gw.channels.unclaimed().await {
			if !scheduled && group.due > best.saturating_add(URGENT) {
				continue;
			}
			let (model, mut pending) = (group.model, group.vouchers);
			{
				let flying = inflight.lock().await;
				pending.retain(|(id, amount, _)| flying.get(id).is_none_or(|a| a < amount));
			}
			// Most urgent first (closing, then soonest to expire): `unclaimed` sorts them.
			for chunk in pending.chunks(max_batch().max(1)) {
				let chunk = chunk.to_vec();
				inflight.lock().await.extend(chunk.iter().map(|(id, amount, _)| (*id, *amount)));
				let (gw, inflight) = (gw.clone(), inflight.clone());
				// Submitted in the background: the next block's refresh is not held up by it.
				tokio::spawn(async move {
					let ids: Vec<(ChannelId, Balance)> =
						chunk.iter().map(|(id, amount, _)| (*id, *amount)).collect();
					if let Err(e) = claim(&gw, model, chunk).await {
						gw.metrics.chain_errors.fetch_add(1, Relaxed);
						tracing::warn!("claim_batch for model #{model} failed: {e}");
					}
					let mut flying = inflight.lock().await;
					// Only this claim's entry: a later claim of the channel may be in flight.
					for (id, amount) in ids {
						if flying.get(&id) == Some(&amount) {
							flying.remove(&id);
						}
					}
				});
			}
		}
	}
}

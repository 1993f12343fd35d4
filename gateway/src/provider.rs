//! The provider loop: every block, find the open calls to the models this gateway serves, run the
//! model on each caller's input, and complete them on-chain in batches, one model per batch
//! (`complete_batch`). The chain is the only record of what is done, so a restart resumes exactly
//! where it stopped: a call is completed if it is still open and its input is known, and never
//! twice (the chain refuses a settled call; an included batch's calls are no longer open).
//! Once a minute it also prunes the store (see `prune`).

use std::{
	collections::{BTreeMap, BTreeSet},
	sync::Arc,
	time::Duration,
};

use frame_support::traits::Get;
use lineage_primitives::{runtime_api::InvocationView, InvocationId};
use lineage_runtime::{AccountId, Balance, BlockNumber, Runtime, RuntimeCall, RuntimeEvent};
use sp_core::Pair;
use std::sync::atomic::Ordering::Relaxed;

use crate::gateway::Gateway;

/// How often stored inputs and outputs are pruned.
const PRUNE_EVERY: Duration = Duration::from_secs(60);

/// Delete what the gateway no longer needs: a call's input, output and record once the chain
/// has pruned its receipt (`gw.retention` blocks after its deadline), files no record accounts
/// for after that long, and inputs whose `invoke` was never paid after the longest call timeout.
async fn prune(gw: &Arc<Gateway>, best: u32) {
	let block = Duration::from_millis(lineage_runtime::MILLI_SECS_PER_BLOCK);
	let max_timeout = <<Runtime as pallet_model_invocation::Config>::MaxTimeout as Get<u32>>::get();
	let (retention, orphan_age, pending_age) =
		(gw.retention, block * gw.retention, block * max_timeout);
	let g = gw.clone();
	match tokio::task::spawn_blocking(move || {
		g.store.prune(best, retention, orphan_age, pending_age)
	})
	.await
	{
		Ok(p) if p != Default::default() =>
			tracing::info!(
			"pruned {} calls past their receipts' retention, {} unrecorded files, {} unpaid inputs",
			p.calls, p.orphans, p.pending
		),
		Ok(_) => {},
		Err(e) => tracing::warn!("pruning failed: {e}"),
	}
}

pub async fn run(gw: Arc<Gateway>) {
	let me: AccountId = gw.provider.public().into();
	let max_batch =
		<<Runtime as pallet_model_invocation::Config>::MaxBatch as Get<u32>>::get() as usize;
	let mut inflight: BTreeSet<InvocationId> = BTreeSet::new();
	let mut unknown_input: BTreeSet<InvocationId> = BTreeSet::new();
	let mut last_block = 0u32;
	let mut last_prune: Option<std::time::Instant> = None;
	loop {
		let (best, hash) = gw.next_block(last_block, Duration::from_millis(400), "provider").await;
		last_block = best;
		if last_prune.is_none_or(|t| t.elapsed() >= PRUNE_EVERY) {
			last_prune = Some(std::time::Instant::now());
			prune(&gw, best).await;
		}
		// Only the calls of the models served here, page by page: however many calls other models
		// have open, this reads ours alone (`ModelInvocationApi::open_invocations_of`).
		let mut calls = Vec::new();
		let mut failed = false;
		for model in gw.models.keys() {
			let mut after: Option<InvocationId> = None;
			loop {
				let page: Result<Vec<InvocationView<AccountId, Balance, BlockNumber>>, _> = gw
					.chain
					.call(
						"ModelInvocationApi_open_invocations_of",
						(*model, after, max_batch as u32),
						Some(hash),
					)
					.await;
				match page {
					Ok(page) => {
						let full = page.len() >= max_batch.max(1);
						after = page.last().map(|v| v.id);
						calls.extend(page);
						if !full {
							break;
						}
					},
					Err(e) => {
						gw.metrics.chain_errors.fetch_add(1, Relaxed);
						tracing::warn!("cannot list the open calls of model #{model}: {e}");
						failed = true;
						break;
					},
				}
			}
		}
		if failed {
			continue;
		}
		let mut open = BTreeSet::new();
		// Open calls to complete, per model: a batch settles calls of one model only.
		let mut todo: BTreeMap<
			lineage_primitives::AssetId,
			Vec<(InvocationId, lineage_primitives::ContentHash)>,
		> = BTreeMap::new();
		for call in calls {
			let id = call.id;
			open.insert(id);
			if inflight.contains(&id) {
				continue;
			}
			// Calls invoked on-chain are for classifiers run here; an upstream-served model's are
			// left to refund after their deadline (its calls go through channels, `openai.rs`).
			let Some(classifier) = gw.models.get(&call.model).and_then(|s| s.classifier()) else {
				continue;
			};
			if call.provider != me || call.deadline <= best {
				continue;
			}
			let Some(input) = gw.store.input_for(id, &call.input_hash, &call.caller, call.deadline)
			else {
				if unknown_input.insert(id) {
					tracing::info!("call #{id} to model #{}: input not known here, left to refund after its deadline", call.model);
				}
				continue;
			};
			let output = serde_json::to_vec(&classifier.predict(&input)).unwrap_or_default();
			if let Err(e) = gw.store.save_output(id, &output) {
				tracing::error!("cannot store the output of call #{id}: {e}");
				continue;
			}
			todo.entry(call.model)
				.or_default()
				.push((id, sp_io::hashing::blake2_256(&output).into()));
		}
		inflight.retain(|id| open.contains(id));
		unknown_input.retain(|id| open.contains(id));
		// Every batch goes to the pool at once (the provider's lock is held only until the pool has
		// each one, so nonces follow on); they are included as fast as blocks take them.
		let batches = todo.values().flat_map(|calls| calls.chunks(max_batch.max(1))).map(|chunk| {
			inflight.extend(chunk.iter().map(|(id, _)| *id));
			let gw = gw.clone();
			let me = me.clone();
			let chunk = chunk.to_vec();
			async move {
				let held = gw.lock_for(&me).await.lock_owned().await;
				let calls = chunk.clone().try_into().map_err(|_| "batch too large".to_string());
				let result = match calls {
					Ok(calls) => {
						let call = RuntimeCall::ModelInvocation(
							pallet_model_invocation::Call::complete_batch { calls },
						);
						gw.chain
							.submit(&gw.provider, call, Some(held))
							.await
							.map_err(|e| e.to_string())
					},
					Err(e) => Err(e),
				};
				(chunk, result)
			}
		});
		for (chunk, result) in futures::future::join_all(batches).await {
			match result {
				Ok((block, events)) => {
					gw.metrics.batches.fetch_add(1, Relaxed);
					let mut settled = 0;
					for e in events {
						match e {
							RuntimeEvent::ModelInvocation(
								pallet_model_invocation::Event::InvocationSettled { .. },
							) => settled += 1,
							RuntimeEvent::ModelInvocation(
								pallet_model_invocation::Event::BatchItemFailed { id, error },
							) => {
								gw.metrics.batch_failed.fetch_add(1, Relaxed);
								tracing::warn!(
									"call #{id} failed in its batch: {}",
									crate::chain::describe(&error)
								);
							},
							_ => {},
						}
					}
					gw.metrics.batch_completed.fetch_add(settled, Relaxed);
					tracing::info!(
						"completed {settled} of {} calls in block {block:?}",
						chunk.len()
					);
				},
				Err(e) => {
					gw.metrics.chain_errors.fetch_add(1, Relaxed);
					// Not completed: try again on the next block.
					for (id, _) in &chunk {
						inflight.remove(id);
					}
					tracing::warn!("complete_batch failed: {e}");
				},
			}
		}
	}
}

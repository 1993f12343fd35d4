//! `lineage-gateway train`: read a finalised labelling task's accepted labels and item texts from
//! the chain (the state just before its finalisation, when the items still exist), check they
//! reproduce the dataset's registered root, and train a model on them.

use std::collections::BTreeSet;

use lineage_primitives::{AssetId, ContentHash, TaskId};
use lineage_runtime::{AccountId, Hash, Runtime, RuntimeEvent};
use pallet_data_labelling_tasks::{dataset_root, final_label, ItemOf, TaskOf, TaskStatus};

use crate::{
	chain::{Chain, ChainError, Result},
	model::Model,
};

async fn task_at(chain: &Chain, task: TaskId, at: Option<Hash>) -> Result<Option<TaskOf<Runtime>>> {
	chain
		.storage(&pallet_data_labelling_tasks::Tasks::<Runtime>::hashed_key_for(task), at)
		.await
}

/// The first block whose state has `task` finalised (binary search; the state of every block
/// searched must still be on the node — run it with `--state-pruning archive` to train on old
/// tasks).
async fn finalised_in(chain: &Chain, task: TaskId, best: u32) -> Result<u32> {
	let (mut lo, mut hi) = (1u32, best);
	while lo < hi {
		let mid = lo + (hi - lo) / 2;
		let hash = chain
			.block_hash(mid)
			.await?
			.ok_or_else(|| ChainError::Other(format!("no block #{mid}")))?;
		let done = match task_at(chain, task, Some(hash)).await {
			Ok(t) => t.map(|t| t.status == TaskStatus::Finalised).unwrap_or(false),
			Err(e) => return Err(ChainError::Other(format!(
				"the node no longer has the state of block #{mid} ({e}); run it with --state-pruning archive to train on older tasks"))),
		};
		if done {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	Ok(lo)
}

/// The labellers who failed task `task`'s gold check: the `GoldFailed` events of the block that
/// finalised it (their labels are not in the dataset).
async fn gold_failures(chain: &Chain, task: TaskId, block: Hash) -> Result<BTreeSet<AccountId>> {
	let key = frame_support::storage::storage_prefix(b"System", b"Events");
	let events: Vec<frame_system::EventRecord<RuntimeEvent, Hash>> =
		chain.storage(&key, Some(block)).await?.unwrap_or_default();
	Ok(events
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::DataLabellingTasks(pallet_data_labelling_tasks::Event::GoldFailed {
				task: t,
				labeller,
				..
			}) if t == task => Some(labeller),
			_ => None,
		})
		.collect())
}

pub struct TrainingSet {
	pub dataset: AssetId,
	pub classes: Vec<String>,
	pub examples: Vec<(String, usize)>,
	pub finalised_at: u32,
}

pub async fn training_set(chain: &Chain, task: TaskId) -> Result<TrainingSet> {
	let (best, _) = chain.best().await?;
	let record = task_at(chain, task, None)
		.await?
		.ok_or_else(|| ChainError::Other(format!("no task #{task}")))?;
	if record.status != TaskStatus::Finalised {
		return Err(ChainError::Other(format!(
			"task #{task} is {:?}, not finalised",
			record.status
		)));
	}
	let dataset = record
		.dataset
		.ok_or_else(|| ChainError::Other(format!("task #{task} produced no dataset")))?;
	let finalised_at = finalised_in(chain, task, best).await?;
	let finalising_block = chain
		.block_hash(finalised_at)
		.await?
		.ok_or_else(|| ChainError::Other(format!("no block #{finalised_at}")))?;
	let failed = gold_failures(chain, task, finalising_block).await?;
	let before = chain
		.block_hash(finalised_at.saturating_sub(1))
		.await?
		.ok_or_else(|| ChainError::Other("no block before finalisation".into()))?;
	let classes: Vec<String> =
		record.classes.iter().map(|c| String::from_utf8_lossy(c).into_owned()).collect();
	let mut accepted: Vec<(ContentHash, u8)> = Vec::new();
	let mut examples = Vec::new();
	for index in 0..record.item_count {
		let key = pallet_data_labelling_tasks::Items::<Runtime>::hashed_key_for(task, index);
		let Some(item) = chain.storage::<ItemOf<Runtime>>(&key, Some(before)).await? else {
			continue
		};
		let Some(label) = final_label(item.outcome, &item.votes, |who| failed.contains(who)) else {
			continue
		};
		accepted.push((item.content_hash, label));
		let key = pallet_data_labelling_tasks::ItemContents::<Runtime>::hashed_key_for(task, index);
		if let Some((false, text)) = chain.storage::<(bool, Vec<u8>)>(&key, Some(before)).await? {
			examples.push((String::from_utf8_lossy(&text).into_owned(), label as usize));
		}
	}
	// The dataset's content hash is the root over exactly these (content hash, label) pairs.
	let root = dataset_root(task, &accepted);
	let asset: Option<pallet_asset_registry::AssetRecord<Runtime>> = chain
		.storage(&pallet_asset_registry::Assets::<Runtime>::hashed_key_for(dataset), None)
		.await?;
	let registered = asset.map(|a| a.content_hash);
	if registered != Some(root) {
		return Err(ChainError::Other(format!(
			"the labels read from block #{} do not reproduce dataset #{dataset}'s root ({registered:?} on chain, {root:?} here)",
			finalised_at - 1
		)));
	}
	Ok(TrainingSet { dataset, classes, examples, finalised_at })
}

pub async fn train(chain: &Chain, task: TaskId) -> Result<(Model, TrainingSet)> {
	let set = training_set(chain, task).await?;
	let model = Model::train(task, set.dataset, set.classes.clone(), &set.examples);
	Ok((model, set))
}

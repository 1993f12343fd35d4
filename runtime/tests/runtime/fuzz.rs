//! A structured random-call fuzz driver over the assembled runtime.
//!
//! Each episode starts from the dev genesis and runs blocks of random calls — balances and every
//! Lineage pallet, with random signed origins (and root for governance), arguments drawn from
//! small spaces so that calls collide (duplicate hashes, foreign asset ids, expired deadlines,
//! tiny and huge amounts). After every block it checks each Lineage pallet's `try_state`
//! invariants and that money is conserved to the unit: total issuance never moves (calls are
//! dispatched directly, so no fees are burned) and equals the sum of every account's balance.
//!
//! `cargo test -p lineage-runtime fuzz` runs a short smoke run; `scripts/fuzz.sh` runs it for a
//! given time (`LINEAGE_FUZZ_SECONDS`, `LINEAGE_FUZZ_SEED`) and reports executions. A panic or a
//! broken invariant prints the seed, the episode and the block's calls: rerun with that seed to
//! reproduce.

use frame_support::{
	traits::{GetCallMetadata, OnIdle},
	weights::Weight,
	BoundedVec,
};
use lineage_primitives::{AssetKind, ContentHash, ContributionKind, Licence, Relation};
use lineage_runtime::{
	AccountId, AssetRegistry, Balances, ContributorAttribution, ModelInvocation, RoyaltySplit,
	Runtime, RuntimeCall, RuntimeOrigin, System, UNIT,
};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::Dispatchable, Perbill};

/// xorshift64*: small, fast, reproducible.
pub struct Rng(u64);
impl Rng {
	pub fn new(seed: u64) -> Self {
		Self(seed.max(1))
	}
	pub fn next(&mut self) -> u64 {
		let mut x = self.0;
		x ^= x >> 12;
		x ^= x << 25;
		x ^= x >> 27;
		self.0 = x;
		x.wrapping_mul(0x2545_F491_4F6C_DD1D)
	}
	pub fn below(&mut self, n: u64) -> u64 {
		self.next() % n.max(1)
	}
	fn pick<T: Clone>(&mut self, items: &[T]) -> T {
		items[self.below(items.len() as u64) as usize].clone()
	}
	fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}
}

pub fn accounts() -> Vec<AccountId> {
	[
		Sr25519Keyring::Alice,
		Sr25519Keyring::Bob,
		Sr25519Keyring::Charlie,
		Sr25519Keyring::Dave,
		Sr25519Keyring::Eve,
		Sr25519Keyring::Ferdie,
		Sr25519Keyring::One,
		Sr25519Keyring::Two,
	]
	.iter()
	.map(|k| k.to_account_id())
	.collect()
}

/// An amount: mostly small, sometimes dust, sometimes more than anyone has.
fn amount(rng: &mut Rng) -> u128 {
	match rng.below(10) {
		0 => u128::from(rng.below(10)),
		1 => u128::MAX >> rng.below(64),
		2..=5 => u128::from(rng.below(1_000)) * UNIT / 1_000,
		_ => u128::from(rng.below(100)) * UNIT,
	}
}

fn perbill(rng: &mut Rng) -> Perbill {
	match rng.below(4) {
		0 => Perbill::zero(),
		1 => Perbill::one(),
		_ => Perbill::from_parts(rng.below(1_000_000_001) as u32),
	}
}

/// An asset id near the ones that exist (and a few that don't).
fn asset_id(rng: &mut Rng) -> u64 {
	let next = pallet_asset_registry::NextAssetId::<Runtime>::get();
	rng.below(next + 2)
}

fn invocation_id(rng: &mut Rng) -> u64 {
	let next = pallet_model_invocation::NextInvocationId::<Runtime>::get();
	next.saturating_sub(rng.below(8) + 1).max(rng.below(next + 1))
}

fn hash(rng: &mut Rng) -> ContentHash {
	// A small space, so registrations collide on purpose.
	ContentHash::repeat_byte(rng.below(200) as u8)
}

/// One random call and who sends it.
pub fn random_call(rng: &mut Rng, who: &[AccountId]) -> (RuntimeOrigin, RuntimeCall) {
	type Registry = pallet_asset_registry::Call<Runtime>;
	type Attribution = pallet_contributor_attribution::Call<Runtime>;
	type Invocation = pallet_model_invocation::Call<Runtime>;
	type Royalty = pallet_royalty_split::Call<Runtime>;
	type Transfer = pallet_balances::Call<Runtime>;
	let signer = rng.pick(who);
	let other = rng.pick(who);
	let origin = RuntimeOrigin::signed(signer.clone());
	if rng.chance(15) {
		return random_channel_call(rng, &signer);
	}
	if rng.chance(25) {
		let call = random_labelling_call(rng, &signer);
		let rightful = if rng.chance(50) { rightful_sender(&call) } else { None };
		return (rightful.map(RuntimeOrigin::signed).unwrap_or(origin), call);
	}
	let call: RuntimeCall = match rng.below(26) {
		0 => Transfer::transfer_keep_alive { dest: other.into(), value: amount(rng) }.into(),
		1 => Transfer::transfer_allow_death { dest: other.into(), value: amount(rng) }.into(),
		2..=4 => {
			let parents = (0..rng.below(4))
				.map(|_| {
					(
						asset_id(rng),
						rng.pick(&[
							Relation::TrainedOn,
							Relation::FineTunedFrom,
							Relation::DerivedFrom,
						]),
					)
				})
				.collect();
			Registry::register_asset {
				kind: rng.pick(&[AssetKind::Dataset, AssetKind::Model, AssetKind::Agent]),
				content_hash: hash(rng),
				uri: BoundedVec::truncate_from(vec![b'u'; rng.below(300) as usize]),
				licence: Licence {
					commercial_use: rng.chance(50),
					derivatives_allowed: rng.chance(80),
					derivative_royalty: Perbill::from_percent(rng.below(30) as u32),
				},
				parents: BoundedVec::truncate_from(parents),
				salt: None,
			}
			.into()
		},
		// The audit's attacks on the registry: offer assets to the royalty pot, the treasury or
		// anyone (nothing may be held from them); squat the dataset root a task will register.
		5 => {
			let target = match rng.below(4) {
				0 => RoyaltySplit::pot(),
				1 => treasury(),
				_ => other,
			};
			match rng.below(4) {
				0 | 1 =>
					Registry::offer_ownership { asset_id: asset_id(rng), new_owner: target.into() }
						.into(),
				// Mostly an asset with a pending offer, so acceptances happen.
				2 => Registry::accept_ownership {
					asset_id: pallet_asset_registry::OwnershipOffers::<Runtime>::iter_keys()
						.nth(rng.below(4) as usize)
						.unwrap_or_else(|| asset_id(rng)),
				}
				.into(),
				_ => Registry::withdraw_ownership_offer { asset_id: asset_id(rng) }.into(),
			}
		},
		23 if rng.chance(50) => squat_task_root(rng),
		23 => {
			// Commit-reveal registration: commit, reveal (a later block), or clear.
			let content_hash = hash(rng);
			let salt = ContentHash::repeat_byte(rng.below(2) as u8);
			match rng.below(3) {
				0 => Registry::commit_registration {
					commitment: AssetRegistry::registration_commitment(content_hash, &signer, salt),
				}
				.into(),
				1 => Registry::register_asset {
					kind: AssetKind::Model,
					content_hash,
					uri: Default::default(),
					licence: Licence {
						commercial_use: true,
						derivatives_allowed: true,
						derivative_royalty: Perbill::from_percent(rng.below(30) as u32),
					},
					parents: Default::default(),
					salt: Some(salt),
				}
				.into(),
				_ => {
					let committer = rng.pick(who);
					Registry::clear_commitment {
						commitment: AssetRegistry::registration_commitment(
							content_hash,
							&committer,
							salt,
						),
						committer: committer.into(),
					}
					.into()
				},
			}
		},
		6 => Registry::set_uri {
			asset_id: asset_id(rng),
			uri: BoundedVec::truncate_from(vec![b'v'; rng.below(300) as usize]),
		}
		.into(),
		7 => Registry::retire { asset_id: asset_id(rng) }.into(),
		8 => {
			let call = if rng.chance(50) {
				Registry::freeze {
					asset_id: asset_id(rng),
					reason: BoundedVec::truncate_from(vec![b'r'; rng.below(200) as usize]),
				}
			} else {
				Registry::unfreeze { asset_id: asset_id(rng) }
			};
			let origin = if rng.chance(80) { RuntimeOrigin::root() } else { origin };
			return (origin, call.into());
		},
		9 =>
			Attribution::set_contributor_pool { asset_id: asset_id(rng), pool: perbill(rng) }.into(),
		10 | 11 => Attribution::record_contribution {
			asset_id: asset_id(rng),
			contributor: other.clone().into(),
			kind: rng.pick(&[
				ContributionKind::Data,
				ContributionKind::Label,
				ContributionKind::Training,
			]),
			points: if rng.chance(5) { u64::MAX.into() } else { rng.below(1_000).into() },
		}
		.into(),
		12 => Attribution::seal { asset_id: asset_id(rng) }.into(),
		13 => Attribution::reclaim_deposit { asset_id: asset_id(rng) }.into(),
		14 => Royalty::pay { asset_id: asset_id(rng), amount: amount(rng) }.into(),
		15 => Royalty::claim { asset_id: asset_id(rng) }.into(),
		16 => Royalty::claim_all {}.into(),
		17 => Invocation::set_offering {
			model: asset_id(rng),
			price_per_call: amount(rng),
			provider: other.into(),
			provider_share: perbill(rng),
			timeout: rng.below(12) as u32,
		}
		.into(),
		18 => {
			let model = asset_id(rng);
			match rng.below(4) {
				0 => Invocation::pause_offering { model },
				1 => Invocation::resume_offering { model },
				2 => Invocation::set_token_prices {
					model,
					per_1k_input: if rng.chance(50) { 0 } else { amount(rng) },
					per_1k_output: if rng.chance(50) { 0 } else { amount(rng) },
				},
				_ => Invocation::remove_offering { model },
			}
			.into()
		},
		19 | 20 => {
			let model = asset_id(rng);
			let current =
				pallet_model_invocation::Offerings::<Runtime>::get(model).map_or(0, |o| o.terms);
			Invocation::invoke {
				model,
				input_hash: hash(rng),
				max_price: if rng.chance(50) { u128::MAX } else { amount(rng) },
				// Mostly the current terms; sometimes stale ones, as after an owner's change.
				terms: if rng.chance(80) { current } else { current.saturating_sub(1) },
			}
			.into()
		},
		21 => Invocation::complete { id: invocation_id(rng), output_hash: hash(rng) }.into(),
		22 => {
			let calls: Vec<_> =
				(0..rng.below(6)).map(|_| (invocation_id(rng), hash(rng))).collect();
			Invocation::complete_batch { calls: BoundedVec::truncate_from(calls) }.into()
		},
		24 => Invocation::refund { id: invocation_id(rng) }.into(),
		_ => Registry::reassign_hash { content_hash: hash(rng), asset_id: asset_id(rng) }.into(),
	};
	if let RuntimeCall::AssetRegistry(Registry::reassign_hash { .. }) = call {
		let origin = if rng.chance(80) { RuntimeOrigin::root() } else { origin };
		return (origin, call);
	}
	// Half the time, send it from whoever may send it, so the deep paths run as well as the
	// refusals.
	let rightful = if rng.chance(50) { rightful_sender(&call) } else { None };
	(rightful.map(RuntimeOrigin::signed).unwrap_or(origin), call)
}

/// The protocol treasury's account.
fn treasury() -> AccountId {
	<<Runtime as pallet_royalty_split::Config>::Treasury as frame_support::traits::Get<AccountId>>::get()
}

/// The attacker's move on labelling: register, first, the dataset root one of the newest tasks
/// would register if it were finalised now (computed from public state as `finalise` does).
fn squat_task_root(rng: &mut Rng) -> RuntimeCall {
	use pallet_data_labelling_tasks::{dataset_root, final_label, Items, Tasks};
	let task = task_id(rng);
	let count = Tasks::<Runtime>::get(task).map_or(0, |t| t.item_count);
	// As if nobody failed the gold check (the attacker cannot know the gold answers).
	let accepted: Vec<(ContentHash, u8)> = (0..count)
		.filter_map(|i| Items::<Runtime>::get(task, i))
		.filter_map(|item| {
			final_label(item.outcome, &item.votes, |_| false).map(|l| (item.content_hash, l))
		})
		.collect();
	let root = dataset_root(task, &accepted);
	pallet_asset_registry::Call::<Runtime>::register_asset {
		kind: AssetKind::Dataset,
		content_hash: root,
		uri: Default::default(),
		licence: Licence {
			commercial_use: true,
			derivatives_allowed: true,
			derivative_royalty: Perbill::zero(),
		},
		parents: Default::default(),
		salt: None,
	}
	.into()
}

/// Mostly one of the newest tasks (older ones are mostly finished), sometimes any or none.
fn task_id(rng: &mut Rng) -> u64 {
	let next = pallet_data_labelling_tasks::NextTaskId::<Runtime>::get();
	if rng.chance(70) {
		next.saturating_sub(1 + rng.below(3))
	} else {
		rng.below(next + 1)
	}
}

/// A random data-labelling call: tasks with small schemas and short deadlines, labels that are
/// sometimes honestly committed and revealed, sometimes wrong.
fn random_labelling_call(rng: &mut Rng, signer: &AccountId) -> RuntimeCall {
	use pallet_data_labelling_tasks::{GoldReveal, ItemInput, ReviewSpec, TaskSpec};
	type Labelling = pallet_data_labelling_tasks::Call<Runtime>;
	let now = System::block_number();
	let task = task_id(rng);
	let item = rng.below(4) as u32;
	let label = rng.below(3) as u8;
	let salt = ContentHash::repeat_byte(rng.below(3) as u8);
	// An honest labeller's choice for this item, derived so that a later reveal by the same
	// account repeats it (most reveals match their commitment; the rest test the mismatch path).
	let who: &[u8] = signer.as_ref();
	let honest_label = (task as u8).wrapping_add(item as u8).wrapping_add(who[0]) % 3;
	let honest_salt = ContentHash::repeat_byte((task as u8) ^ (item as u8) ^ who[1]);
	match rng.below(16) {
		0 => {
			let commit_deadline = now + rng.below(30) as u32;
			Labelling::create_task {
				spec: TaskSpec {
					classes: BoundedVec::truncate_from(
						(0..rng.below(5))
							.map(|c| BoundedVec::truncate_from(vec![b'a' + c as u8]))
							.collect(),
					),
					labels_per_item: rng.below(4) as u32,
					// (0 and out-of-range values are refused by name)
					reward_per_label: amount(rng),
					commit_deadline,
					deadline: commit_deadline + rng.below(30) as u32,
					commit_reveal: rng.chance(50),
					licence: Licence {
						commercial_use: true,
						derivatives_allowed: rng.chance(80),
						derivative_royalty: Perbill::from_percent(rng.below(20) as u32),
					},
					contributor_pool: perbill(rng),
					min_reputation: rng.below(3) as i32 - 2,
					gold_commitment: if rng.chance(30) {
						Some(lineage_runtime::DataLabellingTasks::gold_commitment(
							&[(0, label)],
							salt,
						))
					} else {
						None
					},
					min_gold_accuracy: sp_runtime::Percent::from_percent(rng.below(101) as u8),
					review: if rng.chance(40) {
						Some(ReviewSpec {
							reward_per_review: amount(rng),
							min_reputation: rng.below(3) as i32 - 2,
						})
					} else {
						None
					},
				},
			}
			.into()
		},
		1 | 2 => Labelling::add_items {
			task,
			items: BoundedVec::truncate_from(
				(0..rng.below(4))
					.map(|i| {
						if rng.chance(50) {
							let len = 1 + (i as usize) * rng.below(100) as usize;
							ItemInput::Text(BoundedVec::truncate_from(vec![b't'; len]))
						} else {
							let uri = BoundedVec::truncate_from(b"ipfs://x".to_vec());
							ItemInput::Uri { uri, content_hash: hash(rng) }
						}
					})
					.collect(),
			),
		}
		.into(),
		3 | 4 => Labelling::open { task }.into(),
		5 | 6 => {
			let commitment = if rng.chance(70) {
				lineage_runtime::DataLabellingTasks::commitment(
					task,
					item,
					honest_label,
					honest_salt,
					signer,
				)
			} else {
				hash(rng)
			};
			Labelling::commit_label { task, item, commitment }.into()
		},
		7 if rng.chance(80) =>
			Labelling::reveal_label { task, item, label: honest_label, salt: honest_salt }.into(),
		7 => Labelling::reveal_label { task, item, label, salt }.into(),
		8..=10 => Labelling::submit_label { task, item, label }.into(),
		11 => Labelling::finalise {
			task,
			gold: if rng.chance(50) {
				Some(GoldReveal { answers: vec![(0, label)].try_into().unwrap_or_default(), salt })
			} else {
				None
			},
		}
		.into(),
		12 => Labelling::cancel { task }.into(),
		13 | 14 => Labelling::review_item { task, item, accept: rng.chance(60) }.into(),
		15 if rng.chance(30) => Labelling::clear_task { task }.into(),
		15 if rng.chance(30) => Labelling::evict_unrevealed { task, item }.into(),
		_ => Labelling::claim_rewards { task }.into(),
	}
}

/// The owner of the asset a call targets, or the provider of the invocation it completes.
fn rightful_sender(call: &RuntimeCall) -> Option<AccountId> {
	use pallet_asset_registry::Call as R;
	use pallet_contributor_attribution::Call as A;
	use pallet_data_labelling_tasks::Call as L;
	use pallet_model_invocation::Call as I;
	let owner = |id: &u64| pallet_asset_registry::Assets::<Runtime>::get(id).map(|a| a.owner);
	let provider =
		|id: &u64| pallet_model_invocation::Invocations::<Runtime>::get(id).map(|i| i.provider);
	let signers = accounts();
	match call {
		RuntimeCall::AssetRegistry(
			R::offer_ownership { asset_id, .. } |
			R::withdraw_ownership_offer { asset_id } |
			R::set_uri { asset_id, .. } |
			R::retire { asset_id },
		) => owner(asset_id),
		// Only an account with keys accepts: the pot and the treasury never sign.
		RuntimeCall::AssetRegistry(R::accept_ownership { asset_id }) =>
			pallet_asset_registry::OwnershipOffers::<Runtime>::get(asset_id)
				.filter(|to| signers.contains(to)),
		RuntimeCall::ContributorAttribution(
			A::set_contributor_pool { asset_id, .. } |
			A::record_contribution { asset_id, .. } |
			A::seal { asset_id },
		) => owner(asset_id),
		RuntimeCall::ModelInvocation(
			I::set_offering { model, .. } |
			I::set_token_prices { model, .. } |
			I::pause_offering { model } |
			I::resume_offering { model } |
			I::remove_offering { model },
		) => owner(model),
		RuntimeCall::ModelInvocation(I::complete { id, .. }) => provider(id),
		RuntimeCall::DataLabellingTasks(
			L::add_items { task, .. } |
			L::open { task } |
			L::cancel { task } |
			L::finalise { task, .. },
		) => pallet_data_labelling_tasks::Tasks::<Runtime>::get(task).map(|t| t.requester),
		RuntimeCall::ModelInvocation(I::complete_batch { calls }) =>
			calls.first().and_then(|(id, _)| provider(id)),
		_ => None,
	}
}

/// A channel id: mostly one that exists or existed, sometimes a foreign one.
fn channel_id(rng: &mut Rng) -> u64 {
	let next = pallet_call_channels::NextChannelId::<Runtime>::get();
	if rng.chance(90) && next > 0 {
		rng.below(next)
	} else {
		next + rng.below(3)
	}
}

/// The keyring pair of `who`, if it is one of the fuzz accounts.
fn keyring_of(who: &AccountId) -> Option<Sr25519Keyring> {
	Sr25519Keyring::iter().find(|k| &k.to_account_id() == who)
}

/// A random call-channels call: opens at random terms, top-ups, vouchers signed by the caller (or
/// by someone else, or above the terms, or stale), batches, close requests and closes, mostly
/// from the account entitled to send them.
fn random_channel_call(rng: &mut Rng, signer: &AccountId) -> (RuntimeOrigin, RuntimeCall) {
	type Channel = pallet_call_channels::Call<Runtime>;
	let id = channel_id(rng);
	let channel = pallet_call_channels::Channels::<Runtime>::get(id);
	let caller = channel.as_ref().map(|c| c.caller.clone()).unwrap_or_else(|| signer.clone());
	let provider = channel.as_ref().map(|c| c.provider.clone()).unwrap_or_else(|| signer.clone());
	let signed_voucher = |rng: &mut Rng| {
		let (claimed_calls, price, prices) = channel
			.as_ref()
			.map(|c| (c.claimed_calls, c.price_per_call, c.token_prices))
			.unwrap_or((0, UNIT, Default::default()));
		// A reserve is held back from what a claim pays; now and then one above the amount.
		let reserve = match rng.below(10) {
			0 => amount(rng),
			1..=3 => price.saturating_mul(u128::from(1 + rng.below(3))),
			_ => 0,
		};
		let calls = match rng.below(5) {
			0 => claimed_calls,
			_ => claimed_calls + 1 + rng.below(20),
		};
		let amount = match rng.below(6) {
			0 => amount(rng),
			1 => price.saturating_mul(u128::from(calls)).saturating_add(1),
			_ => price.saturating_mul(u128::from(calls)),
		}
		.saturating_add(reserve);
		let voucher = lineage_primitives::Voucher {
			genesis_hash: if rng.chance(95) {
				lineage_runtime::CallChannels::genesis_hash()
			} else {
				hash(rng)
			},
			channel: id,
			amount,
			calls,
			receipts_root: hash(rng),
			reserve,
		};
		// The last call's receipt, its charge right or made up.
		let last_call = rng.chance(30).then(|| {
			let (input_tokens, output_tokens) = (rng.below(5_000) as u32, rng.below(5_000) as u32);
			let right = prices.charge_within(price, input_tokens, output_tokens, reserve);
			lineage_primitives::CallReceipt {
				channel: id,
				call: if rng.chance(90) { calls } else { calls + 1 },
				input_hash: hash(rng),
				output_hash: hash(rng),
				input_tokens,
				output_tokens,
				amount: if rng.chance(80) { right } else { right.saturating_add(1) },
			}
		});
		let key = if rng.chance(85) { keyring_of(&caller) } else { None }
			.unwrap_or(Sr25519Keyring::Ferdie);
		let payload = if rng.chance(50) {
			voucher.signing_payload()
		} else {
			voucher.wrapped_signing_payload()
		};
		let signature: lineage_runtime::Signature = key.sign(&payload).into();
		pallet_call_channels::SignedVoucher { voucher, signature, last_call }
	};
	let (origin, call): (AccountId, RuntimeCall) = match rng.below(12) {
		0..=2 => {
			let model = asset_id(rng);
			let terms = pallet_model_invocation::Offerings::<Runtime>::get(model)
				.map(|o| o.terms)
				.unwrap_or(1);
			let expires_at = System::block_number() + 1 + rng.below(300) as u32;
			(
				signer.clone(),
				Channel::open_channel { model, deposit: amount(rng), expires_at, terms }.into(),
			)
		},
		3 => (
			caller,
			Channel::top_up {
				channel: id,
				amount: amount(rng),
				expires_at: rng.chance(30).then(|| System::block_number() + rng.below(400) as u32),
			}
			.into(),
		),
		4..=6 => {
			let signed = signed_voucher(rng);
			(
				signer.clone(),
				Channel::claim {
					voucher: signed.voucher,
					signature: signed.signature,
					last_call: signed.last_call,
				}
				.into(),
			)
		},
		7 | 8 => {
			let model = channel.as_ref().map(|c| c.model).unwrap_or_else(|| asset_id(rng));
			let vouchers = (0..1 + rng.below(4)).map(|_| signed_voucher(rng)).collect();
			(
				provider,
				Channel::claim_batch { model, vouchers: BoundedVec::truncate_from(vouchers) }
					.into(),
			)
		},
		9 => (caller, Channel::request_close { channel: id }.into()),
		_ => {
			let who = match rng.below(3) {
				0 => provider,
				1 => caller,
				_ => signer.clone(),
			};
			(who, Channel::close { channel: id }.into())
		},
	};
	(RuntimeOrigin::signed(origin), call)
}

/// Every Lineage invariant plus conservation of money.
pub fn check_invariants(issuance: u128) -> Result<(), String> {
	AssetRegistry::do_try_state().map_err(|e| format!("asset-registry: {e:?}"))?;
	ContributorAttribution::do_try_state()
		.map_err(|e| format!("contributor-attribution: {e:?}"))?;
	RoyaltySplit::do_try_state().map_err(|e| format!("royalty-split: {e:?}"))?;
	ModelInvocation::do_try_state().map_err(|e| format!("model-invocation: {e:?}"))?;
	lineage_runtime::DataLabellingTasks::do_try_state()
		.map_err(|e| format!("data-labelling-tasks: {e:?}"))?;
	lineage_runtime::CallChannels::do_try_state().map_err(|e| format!("call-channels: {e:?}"))?;
	let now = Balances::total_issuance();
	if now != issuance {
		return Err(format!("total issuance moved: {issuance} -> {now}"));
	}
	let held: u128 = frame_system::Account::<Runtime>::iter()
		.map(|(_, info)| info.data.free.saturating_add(info.data.reserved))
		.sum();
	if held != issuance {
		return Err(format!("accounts hold {held}, issuance is {issuance}"));
	}
	Ok(())
}

/// How many dispatches of each call succeeded and failed.
pub type Coverage = std::collections::BTreeMap<String, (u64, u64)>;

/// Run one block of `calls` random calls at block `n`; returns the calls (for a report).
fn run_block(
	rng: &mut Rng,
	who: &[AccountId],
	n: u32,
	calls: u32,
	coverage: &mut Coverage,
) -> Vec<String> {
	System::set_block_number(n);
	let mut log = Vec::with_capacity(calls as usize);
	for _ in 0..calls {
		let (origin, call) = random_call(rng, who);
		log.push(format!("{:?}", call));
		let meta = call.get_call_metadata();
		let entry = coverage
			.entry(format!("{}.{}", meta.pallet_name, meta.function_name))
			.or_default();
		match call.dispatch(origin) {
			Ok(_) => entry.0 += 1,
			Err(_) => entry.1 += 1,
		}
	}
	// Lineage's only block hook: model-invocation's timers (consensus hooks need real blocks).
	<ModelInvocation as OnIdle<u32>>::on_idle(n, Weight::from_parts(u64::MAX / 4, u64::MAX / 4));
	System::reset_events();
	log
}

/// Outcome of a fuzz run.
pub struct Report {
	pub calls: u64,
	pub blocks: u64,
	pub episodes: u64,
	pub coverage: Coverage,
}

/// Run episodes of `blocks` blocks of `calls_per_block` calls from `seed` until `deadline`
/// (or `max_calls`). Panics with the seed, episode and block on the first failure.
pub fn fuzz(
	seed: u64,
	blocks: u32,
	calls_per_block: u32,
	deadline: std::time::Instant,
	max_calls: u64,
) -> Report {
	let who = accounts();
	let mut report = Report { calls: 0, blocks: 0, episodes: 0, coverage: Coverage::new() };
	while std::time::Instant::now() < deadline && report.calls < max_calls {
		let episode_seed = seed.wrapping_add(report.episodes.wrapping_mul(0x9E37_79B9_7F4A_7C15));
		let mut rng = Rng::new(episode_seed);
		crate::support::preset_ext(sp_genesis_builder::DEV_RUNTIME_PRESET).execute_with(|| {
			let issuance = Balances::total_issuance();
			for n in 1..=blocks {
				let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
					let calls = run_block(&mut rng, &who, n, calls_per_block, &mut report.coverage);
					(calls.clone(), check_invariants(issuance).err())
				}));
				match outcome {
					Ok((_, None)) => {},
					Ok((calls, Some(broken))) => panic!(
						"invariant broken: {broken}\nseed {seed}, episode {} (episode seed {episode_seed}), block {n}; its calls:\n{}",
						report.episodes,
						calls.join("\n")
					),
					Err(_) => panic!(
						"panic in a block: seed {seed}, episode {} (episode seed {episode_seed}), block {n}",
						report.episodes
					),
				}
				report.calls += u64::from(calls_per_block);
				report.blocks += 1;
			}
		});
		report.episodes += 1;
	}
	report
}

#[test]
fn fuzz_smoke() {
	let seconds: u64 = std::env::var("LINEAGE_FUZZ_SECONDS")
		.ok()
		.and_then(|s| s.parse().ok())
		.unwrap_or(0);
	let seed: u64 = std::env::var("LINEAGE_FUZZ_SEED")
		.ok()
		.and_then(|s| s.parse().ok())
		.unwrap_or(0x11e_a9e);
	let max_calls = if seconds == 0 { 20_000 } else { u64::MAX };
	let budget = if seconds == 0 { 600 } else { seconds };
	let deadline = std::time::Instant::now() + std::time::Duration::from_secs(budget);
	let started = std::time::Instant::now();
	let report = fuzz(seed, 100, 50, deadline, max_calls);
	println!(
		"fuzz: seed {seed}: {} calls in {} blocks over {} episodes, {:.1} s, no panic, every invariant held",
		report.calls,
		report.blocks,
		report.episodes,
		started.elapsed().as_secs_f64()
	);
	for (call, (ok, err)) in &report.coverage {
		println!("fuzz:   {call:<45} {ok:>9} ok {err:>9} refused");
	}
	// The driver must reach the interesting paths, not only their refusals.
	for call in [
		"AssetRegistry.register_asset",
		"AssetRegistry.offer_ownership",
		"AssetRegistry.accept_ownership",
		"AssetRegistry.commit_registration",
		"ContributorAttribution.record_contribution",
		"RoyaltySplit.pay",
		"RoyaltySplit.claim",
		"ModelInvocation.invoke",
		"ModelInvocation.complete",
		"ModelInvocation.complete_batch",
		"DataLabellingTasks.create_task",
		"DataLabellingTasks.add_items",
		"DataLabellingTasks.submit_label",
		"DataLabellingTasks.finalise",
		"CallChannels.open_channel",
		"CallChannels.claim",
		"CallChannels.claim_batch",
		"CallChannels.close",
	] {
		let (ok, _) = report.coverage.get(call).copied().unwrap_or_default();
		assert!(ok > 0, "the fuzz driver never succeeded in {call}");
	}
}

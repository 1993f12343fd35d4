//! Runtime-level tests: the genesis presets the node's chain specs are built from, a transfer,
//! and a model call settled through the real registry, attribution, royalty-split and
//! model-invocation pallets as the runtime wires them.

use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect, BoundedVec};
use lineage_runtime::{
	genesis_config_presets::{self, ENDOWMENT},
	Balances, Runtime, RuntimeCall, RuntimeOrigin, EXISTENTIAL_DEPOSIT, UNIT,
};
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::Dispatchable, DispatchError, TokenError};

#[test]
fn presets_are_listed() {
	let names = genesis_config_presets::preset_names();
	assert_eq!(names.len(), 2);
	assert!(genesis_config_presets::get_preset(&"no-such-preset".into()).is_none());
}

#[test]
fn dev_preset_has_one_validator_funded_accounts_and_alice_as_sudo() {
	crate::support::preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 1);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(Sr25519Keyring::Alice.to_account_id()));
		for who in [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Ferdie] {
			assert_eq!(Balances::balance(&who.to_account_id()), ENDOWMENT);
		}
		// Plus the existential deposits royalty-split's pot, the treasury and call-channels'
		// settlement account are endowed with.
		assert_eq!(Balances::total_issuance(), ENDOWMENT * 12 + 3 * EXISTENTIAL_DEPOSIT);
	});
}

#[test]
fn local_preset_has_three_validators() {
	crate::support::preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let aura = pallet_aura::Authorities::<Runtime>::get();
		let expected: Vec<sp_consensus_aura::sr25519::AuthorityId> =
			[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
				.iter()
				.map(|k| k.public().into())
				.collect();
		assert_eq!(aura.into_inner(), expected);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 3);
	});
}

#[test]
fn transfers_move_exact_amounts_and_respect_the_existential_deposit() {
	crate::support::preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let bob = Sr25519Keyring::Bob.to_account_id();
		let newcomer = Sr25519Keyring::One.to_account_id();

		let call = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: bob.clone().into(),
			value: 5 * UNIT,
		});
		assert_ok!(call.dispatch(RuntimeOrigin::signed(alice.clone())));
		assert_eq!(Balances::balance(&alice), ENDOWMENT - 5 * UNIT);
		assert_eq!(Balances::balance(&bob), ENDOWMENT + 5 * UNIT);

		// A new account must receive at least the existential deposit.
		assert_noop!(
			Balances::transfer_keep_alive(
				RuntimeOrigin::signed(alice.clone()),
				newcomer.clone().into(),
				EXISTENTIAL_DEPOSIT - 1
			),
			DispatchError::Token(TokenError::BelowMinimum)
		);
		// Nobody can send more than they have.
		assert_noop!(
			Balances::transfer_keep_alive(
				RuntimeOrigin::signed(bob.clone()),
				alice.into(),
				ENDOWMENT * 2
			),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}

#[test]
fn a_model_call_settles_along_the_lineage_through_the_wired_pallets() {
	use lineage_primitives::{AssetKind, ContentHash, ContributionKind, Licence, Relation};
	use sp_runtime::Perbill;
	crate::support::preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let [alice, bob, charlie, dave, ferdie] = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
			Sr25519Keyring::Ferdie,
		]
		.map(|k| k.to_account_id());
		let signed = |who: &lineage_runtime::AccountId| RuntimeOrigin::signed(who.clone());
		let licence = |royalty| Licence {
			commercial_use: true,
			derivatives_allowed: true,
			derivative_royalty: Perbill::from_percent(royalty),
		};
		assert_ok!(lineage_runtime::AssetRegistry::register_asset(
			signed(&alice),
			AssetKind::Dataset,
			ContentHash::repeat_byte(1),
			Default::default(),
			licence(10),
			Default::default(),
			None
		));
		assert_ok!(lineage_runtime::AssetRegistry::register_asset(
			signed(&bob),
			AssetKind::Model,
			ContentHash::repeat_byte(2),
			Default::default(),
			licence(0),
			BoundedVec::truncate_from(vec![(0, Relation::TrainedOn)]),
			None
		));
		assert_ok!(lineage_runtime::ContributorAttribution::set_contributor_pool(
			signed(&bob),
			1,
			Perbill::from_percent(50)
		));
		assert_ok!(lineage_runtime::ContributorAttribution::record_contribution(
			signed(&bob),
			1,
			charlie.clone().into(),
			ContributionKind::Training,
			3
		));
		assert_ok!(lineage_runtime::ModelInvocation::set_offering(
			signed(&bob),
			1,
			UNIT,
			ferdie.clone().into(),
			Perbill::from_percent(20),
			10
		));
		assert_ok!(lineage_runtime::ModelInvocation::invoke(
			signed(&dave),
			1,
			ContentHash::repeat_byte(3),
			UNIT,
			1
		));
		assert_ok!(lineage_runtime::ModelInvocation::complete(
			signed(&ferdie),
			0,
			ContentHash::repeat_byte(4)
		));

		// 1 LIN: 1% fee; of the other 0.99 the dataset 10% and Ferdie 20% (out of the model's
		// part), the model the remainder, half of it to Charlie (the only contributor).
		let fee = UNIT / 100;
		let net = UNIT - fee;
		let to_dataset = net / 10;
		let to_provider = net / 5;
		let own = net - to_dataset - to_provider;
		let claim = |who: &lineage_runtime::AccountId, asset| {
			lineage_runtime::RoyaltySplit::claimable(who)
				.into_iter()
				.find(|v| v.asset == asset)
				.map(|v| (v.as_owner, v.as_contributor))
		};
		assert_eq!(claim(&alice, 0), Some((to_dataset, 0)));
		assert_eq!(claim(&bob, 1), Some((own - own / 2, 0)));
		assert_eq!(claim(&charlie, 1), Some((0, own / 2)));
		assert_eq!(lineage_runtime::RoyaltySplit::pot_surplus(), Ok(0));
		// The pool can no longer be lowered: the model has earned.
		assert_noop!(
			lineage_runtime::ContributorAttribution::set_contributor_pool(
				signed(&bob),
				1,
				Perbill::from_percent(10)
			),
			pallet_contributor_attribution::Error::<Runtime>::PoolCannotDecrease
		);
		assert_ok!(lineage_runtime::RoyaltySplit::claim(signed(&charlie), 1));
		assert_eq!(claim(&charlie, 1), None);
	});
}

/// Alice … Ferdie (the fuzz driver's signers, first six).
fn keyring_accounts() -> [lineage_runtime::AccountId; 6] {
	let all = crate::fuzz::accounts();
	core::array::from_fn(|i| all[i].clone())
}

fn root_licence() -> lineage_primitives::Licence {
	lineage_primitives::Licence {
		commercial_use: true,
		derivatives_allowed: true,
		derivative_royalty: sp_runtime::Perbill::from_percent(10),
	}
}

#[test]
fn offering_assets_to_the_royalty_pot_or_the_treasury_cannot_freeze_their_funds() {
	// The audit's critical attack: `transfer_ownership` to the pot placed the asset's deposit
	// hold on the pot, so claims failed. Ownership now moves only when the recipient accepts,
	// and the pot and treasury cannot sign.
	use lineage_primitives::{AssetKind, ContentHash};
	crate::support::preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let [alice, bob, ..] = keyring_accounts();
		let pot = lineage_runtime::RoyaltySplit::pot();
		let treasury =
			<<Runtime as pallet_royalty_split::Config>::Treasury as frame_support::traits::Get<
				lineage_runtime::AccountId,
			>>::get();
		assert_ok!(lineage_runtime::AssetRegistry::register_asset(
			RuntimeOrigin::signed(alice.clone()),
			AssetKind::Model,
			ContentHash::repeat_byte(1),
			Default::default(),
			root_licence(),
			Default::default(),
			None
		));
		assert_ok!(lineage_runtime::RoyaltySplit::pay(RuntimeOrigin::signed(bob.clone()), 0, UNIT));
		let pot_before = Balances::balance(&pot);
		for n in 2..12u8 {
			assert_ok!(lineage_runtime::AssetRegistry::register_asset(
				RuntimeOrigin::signed(bob.clone()),
				AssetKind::Dataset,
				ContentHash::repeat_byte(n),
				BoundedVec::truncate_from(vec![b'u'; 256]),
				root_licence(),
				Default::default(),
				None
			));
			let id = u64::from(n) - 1;
			assert_ok!(lineage_runtime::AssetRegistry::offer_ownership(
				RuntimeOrigin::signed(bob.clone()),
				id,
				pot.clone().into()
			));
			assert_ok!(lineage_runtime::AssetRegistry::offer_ownership(
				RuntimeOrigin::signed(bob.clone()),
				id,
				treasury.clone().into()
			));
		}
		assert_eq!(Balances::balance(&pot), pot_before, "no hold was placed on the pot");
		assert_ok!(lineage_runtime::RoyaltySplit::do_try_state());
		assert_ok!(lineage_runtime::RoyaltySplit::claim(RuntimeOrigin::signed(alice.clone()), 0));
		assert_ok!(lineage_runtime::RoyaltySplit::do_try_state());
		assert_ok!(lineage_runtime::AssetRegistry::do_try_state());
	});
}

#[test]
fn squatting_a_tasks_dataset_root_cannot_stop_it_finalising() {
	// The audit's critical attack: the dataset root a task registers at `finalise` is public,
	// so a stranger registered it first and every `finalise` failed, locking the budget and the
	// labellers' rewards. Now the task's dataset registers regardless.
	use codec::Encode;
	use lineage_primitives::{AssetKind, ContentHash};
	use pallet_data_labelling_tasks::{ItemInput, ItemOutcome, TaskSpec};
	crate::support::preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let [alice, bob, charlie, dave, eve, _] = keyring_accounts();
		let signed = |who: &lineage_runtime::AccountId| RuntimeOrigin::signed(who.clone());
		let spec = TaskSpec {
			classes: BoundedVec::truncate_from(vec![
				BoundedVec::truncate_from(b"yes".to_vec()),
				BoundedVec::truncate_from(b"no".to_vec()),
			]),
			labels_per_item: 1,
			reward_per_label: UNIT / 100,
			commit_deadline: 50,
			deadline: 60,
			commit_reveal: false,
			licence: root_licence(),
			contributor_pool: sp_runtime::Perbill::from_percent(30),
			min_reputation: -10,
			gold_commitment: None,
			min_gold_accuracy: sp_runtime::Percent::zero(),
			review: None,
		};
		assert_ok!(lineage_runtime::DataLabellingTasks::create_task(signed(&alice), spec));
		assert_ok!(lineage_runtime::DataLabellingTasks::add_items(
			signed(&alice),
			0,
			BoundedVec::truncate_from(vec![
				ItemInput::Text(BoundedVec::truncate_from(b"a".to_vec())),
				ItemInput::Text(BoundedVec::truncate_from(b"b".to_vec())),
			])
		));
		assert_ok!(lineage_runtime::DataLabellingTasks::open(signed(&alice), 0));
		assert_ok!(lineage_runtime::DataLabellingTasks::submit_label(signed(&charlie), 0, 0, 0));
		assert_ok!(lineage_runtime::DataLabellingTasks::submit_label(signed(&dave), 0, 1, 1));
		// The attacker computes the root from public state and registers it first.
		let accepted: Vec<(ContentHash, u8)> = (0..2u32)
			.filter_map(|i| pallet_data_labelling_tasks::Items::<Runtime>::get(0, i))
			.filter_map(|item| match item.outcome {
				ItemOutcome::Accepted(l) => Some((item.content_hash, l)),
				_ => None,
			})
			.collect();
		let root: ContentHash = sp_io::hashing::blake2_256(&(0u64, &accepted).encode()).into();
		assert_ok!(lineage_runtime::AssetRegistry::register_asset(
			signed(&eve),
			AssetKind::Dataset,
			root,
			Default::default(),
			root_licence(),
			Default::default(),
			None
		));
		assert_ok!(lineage_runtime::DataLabellingTasks::finalise(signed(&alice), 0, None));
		let dataset =
			pallet_data_labelling_tasks::Tasks::<Runtime>::get(0).unwrap().dataset.unwrap();
		assert_eq!(pallet_asset_registry::Assets::<Runtime>::get(dataset).unwrap().owner, alice);
		// Labellers are paid, and governance can point the hash at the real dataset.
		assert_ok!(lineage_runtime::DataLabellingTasks::claim_rewards(signed(&charlie), 0));
		assert_ok!(lineage_runtime::AssetRegistry::reassign_hash(
			RuntimeOrigin::root(),
			root,
			dataset
		));
		assert_eq!(lineage_runtime::AssetRegistry::asset_by_hash(root), Some(dataset));
		let _ = bob;
		assert_ok!(lineage_runtime::AssetRegistry::do_try_state());
		assert_ok!(lineage_runtime::DataLabellingTasks::do_try_state());
	});
}

#[test]
fn a_full_block_of_bytes_costs_more_than_a_full_block_of_transfers() {
	// The audit's finding: at one base unit per byte, a block of remarks cost nothing.
	use codec::Encode;
	use frame_support::{dispatch::GetDispatchInfo, traits::Get};
	// A signed extrinsic's envelope (address, signature, extensions) on top of its call.
	const ENVELOPE: u32 = 110;
	use frame_system::limits::BlockLength;
	crate::support::preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let [_, bob, ..] = keyring_accounts();
		let transfer: RuntimeCall =
			pallet_balances::Call::<Runtime>::transfer_keep_alive { dest: bob.into(), value: UNIT }.into();
		let transfer_len = transfer.encoded_size() as u32 + ENVELOPE;
		let transfer_info = transfer.get_dispatch_info();
		let transfer_fee = pallet_transaction_payment::Pallet::<Runtime>::compute_fee(transfer_len, &transfer_info, 0);
		let weights = <Runtime as frame_system::Config>::BlockWeights::get();
		let normal = weights.get(frame_support::dispatch::DispatchClass::Normal);
		let max_normal = normal.max_total.unwrap_or(weights.max_block);
		let per_block = max_normal.ref_time() / transfer_info.total_weight().ref_time().max(1);
		let transfers_block = transfer_fee.saturating_mul(u128::from(per_block));

		let max_len = *<<Runtime as frame_system::Config>::BlockLength as Get<BlockLength>>::get()
			.max
			.get(frame_support::dispatch::DispatchClass::Normal);
		let remark: RuntimeCall = frame_system::Call::<Runtime>::remark { remark: vec![0u8; 1_000_000] }.into();
		let remark_info = remark.get_dispatch_info();
		let remark_len = remark.encoded_size() as u32 + ENVELOPE;
		let remark_fee = pallet_transaction_payment::Pallet::<Runtime>::compute_fee(remark_len, &remark_info, 0);
		let bytes_block = remark_fee.saturating_mul(u128::from(max_len) / u128::from(remark_len));
		println!("full block of transfers: {transfers_block} ({per_block} transfers); full block of bytes: {bytes_block}");
		assert!(bytes_block > transfers_block, "{bytes_block} <= {transfers_block}");
	});
}

//! Runtime-level tests: the genesis presets the node's chain specs are built from, a transfer,
//! and a model call settled through the real registry, attribution, royalty-split and
//! model-invocation pallets as the runtime wires them.

use crate::{
	genesis_config_presets::{self, ENDOWMENT},
	Balances, Runtime, RuntimeCall, RuntimeGenesisConfig, RuntimeOrigin, System,
	EXISTENTIAL_DEPOSIT, UNIT,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::Dispatchable, BuildStorage, DispatchError, TokenError};

/// Genesis storage built from a preset, the way `GenesisBuilder::build_state` does.
pub(crate) fn preset_ext(id: &str) -> sp_io::TestExternalities {
	let json = genesis_config_presets::get_preset(&id.into()).expect("preset exists");
	let mut config = RuntimeGenesisConfig::default();
	let patch: serde_json::Value = serde_json::from_slice(&json).unwrap();
	let mut full = serde_json::to_value(&config).unwrap();
	json_merge(&mut full, patch);
	config = serde_json::from_value(full).expect("preset is a valid genesis config");
	let mut ext: sp_io::TestExternalities = config.build_storage().unwrap().into();
	ext.execute_with(|| System::set_block_number(1));
	ext
}

fn json_merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(b), serde_json::Value::Object(p)) =>
			for (k, v) in p {
				json_merge(b.entry(k).or_insert(serde_json::Value::Null), v);
			},
		(b, p) => *b = p,
	}
}

#[test]
fn presets_are_listed() {
	let names = genesis_config_presets::preset_names();
	assert_eq!(names.len(), 2);
	assert!(genesis_config_presets::get_preset(&"no-such-preset".into()).is_none());
}

#[test]
fn dev_preset_has_one_validator_funded_accounts_and_alice_as_sudo() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 1);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(Sr25519Keyring::Alice.to_account_id()));
		for who in [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Ferdie] {
			assert_eq!(Balances::balance(&who.to_account_id()), ENDOWMENT);
		}
		// Plus the existential deposits royalty-split's pot and the treasury are endowed with.
		assert_eq!(Balances::total_issuance(), ENDOWMENT * 12 + 2 * EXISTENTIAL_DEPOSIT);
	});
}

#[test]
fn local_preset_has_three_validators() {
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
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
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
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
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let [alice, bob, charlie, dave, ferdie] = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
			Sr25519Keyring::Ferdie,
		]
		.map(|k| k.to_account_id());
		let signed = |who: &crate::AccountId| RuntimeOrigin::signed(who.clone());
		let licence = |royalty| Licence {
			commercial_use: true,
			derivatives_allowed: true,
			derivative_royalty: Perbill::from_percent(royalty),
		};
		assert_ok!(crate::AssetRegistry::register_asset(
			signed(&alice),
			AssetKind::Dataset,
			ContentHash::repeat_byte(1),
			vec![],
			licence(10),
			vec![]
		));
		assert_ok!(crate::AssetRegistry::register_asset(
			signed(&bob),
			AssetKind::Model,
			ContentHash::repeat_byte(2),
			vec![],
			licence(0),
			vec![(0, Relation::TrainedOn)]
		));
		assert_ok!(crate::ContributorAttribution::set_contributor_pool(signed(&bob), 1, Perbill::from_percent(50)));
		assert_ok!(crate::ContributorAttribution::record_contribution(
			signed(&bob),
			1,
			charlie.clone(),
			ContributionKind::Training,
			3
		));
		assert_ok!(crate::ModelInvocation::set_offering(
			signed(&bob),
			1,
			UNIT,
			ferdie.clone(),
			Perbill::from_percent(20),
			10
		));
		assert_ok!(crate::ModelInvocation::invoke(signed(&dave), 1, ContentHash::repeat_byte(3), UNIT));
		assert_ok!(crate::ModelInvocation::complete(signed(&ferdie), 0, ContentHash::repeat_byte(4)));

		// 1 LIN: 0.2 to Ferdie; 0.8 into the model: 1% fee, the dataset 10% of the rest, the model
		// the remainder, half of it to Charlie (the only contributor).
		let to_model = UNIT - UNIT / 5;
		let fee = to_model / 100;
		let to_dataset = (to_model - fee) / 10;
		let own = to_model - fee - to_dataset;
		let claim = |who: &crate::AccountId, asset| {
			crate::RoyaltySplit::claimable(who)
				.into_iter()
				.find(|v| v.asset == asset)
				.map(|v| (v.as_owner, v.as_contributor))
		};
		assert_eq!(claim(&alice, 0), Some((to_dataset, 0)));
		assert_eq!(claim(&bob, 1), Some((own - own / 2, 0)));
		assert_eq!(claim(&charlie, 1), Some((0, own / 2)));
		assert_eq!(crate::RoyaltySplit::pot_surplus(), Ok(0));
		// The pool can no longer be lowered: the model has earned.
		assert_noop!(
			crate::ContributorAttribution::set_contributor_pool(signed(&bob), 1, Perbill::from_percent(10)),
			pallet_contributor_attribution::Error::<Runtime>::PoolCannotDecrease
		);
		assert_ok!(crate::RoyaltySplit::claim(signed(&charlie), 1));
		assert_eq!(claim(&charlie, 1), None);
	});
}

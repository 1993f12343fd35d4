//! Runtime-level tests: the genesis presets the node's chain specs are built from, and a
//! transfer dispatched through the assembled runtime.

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
fn preset_ext(id: &str) -> sp_io::TestExternalities {
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
		assert_eq!(Balances::total_issuance(), ENDOWMENT * 12);
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

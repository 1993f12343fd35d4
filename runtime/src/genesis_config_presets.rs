//! Genesis presets: `dev` (one validator, Alice) and `local_testnet` (Alice, Bob, Charlie).
//!
//! The node's chain specs are built from these, so `lineage-node build-spec --chain dev` and the
//! runtime's `GenesisBuilder` API agree on what a fresh chain holds.

use crate::{AccountId, Balance, BalancesConfig, RuntimeGenesisConfig, SudoConfig, UNIT};
use alloc::{vec, vec::Vec};
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// What each endowed dev account starts with: one million LIN.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// The genesis state of a test network with the given validators, funded accounts and sudo key.
fn testnet_genesis(
	initial_authorities: Vec<(AuraId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	root: AccountId,
) -> Value {
	let config = RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect(),
			..Default::default()
		},
		aura: pallet_aura::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| x.0.clone()).collect(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| (x.1.clone(), 1)).collect(),
			..Default::default()
		},
		sudo: SudoConfig { key: Some(root) },
		..Default::default()
	};

	serde_json::to_value(config).expect("the genesis config is plain data and serialises; qed")
}

/// The validator keys of a well-known dev account.
fn authority_keys(sr: Sr25519Keyring, ed: Ed25519Keyring) -> (AuraId, GrandpaId) {
	(sr.public().into(), ed.public().into())
}

/// The well-known dev accounts (Alice … Ferdie and their stashes).
fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter()
		.filter(|k| k != &Sr25519Keyring::One && k != &Sr25519Keyring::Two)
		.map(|k| k.to_account_id())
		.collect()
}

/// `dev`: Alice alone validates and holds the sudo key; every dev account is funded.
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		vec![authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// `local_testnet`: Alice, Bob and Charlie validate; Alice holds the sudo key.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		vec![
			authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority_keys(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority_keys(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		],
		dev_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The JSON genesis patch of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("a serde_json::Value always serialises; qed")
			.into_bytes(),
	)
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}

//! What the runtime's tests and the fuzz driver share: genesis state built from a preset.

use lineage_runtime::{genesis_config_presets, RuntimeGenesisConfig, System};
use sp_runtime::BuildStorage;

/// Genesis storage built from a preset, the way `GenesisBuilder::build_state` does.
pub fn preset_ext(id: &str) -> sp_io::TestExternalities {
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

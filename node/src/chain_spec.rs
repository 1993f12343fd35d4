//! Chain specifications built from the runtime's genesis presets.

use lineage_runtime::WASM_BINARY;
use sc_service::ChainType;

/// A chain spec for Lineage (no extensions).
pub type ChainSpec = sc_service::GenericChainSpec;

fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"The runtime's wasm binary is missing: the node was built with SKIP_WASM_BUILD; \
		 rebuild it with scripts/build.sh"
			.to_string()
	})
}

/// `dev`: a single-validator chain (Alice) that authors and finalises blocks by itself.
pub fn development_config() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("Lineage Development")
		.with_id("lineage_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(lineage_runtime::token::chain_properties())
		.build())
}

/// `local`: a three-validator test network (Alice, Bob, Charlie).
pub fn local_testnet_config() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("Lineage Local Testnet")
		.with_id("lineage_local_testnet")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(lineage_runtime::token::chain_properties())
		.build())
}

fn main() {
	#[cfg(all(feature = "std", feature = "metadata-hash"))]
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash(token_identity::TOKEN_SYMBOL, token_identity::TOKEN_DECIMALS)
		.build();

	#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// The token's ticker and decimals, from the file the runtime reads them from (a build script
/// cannot import the crate it builds).
#[cfg(feature = "metadata-hash")]
#[allow(dead_code)]
#[path = "src/token_identity.rs"]
mod token_identity;

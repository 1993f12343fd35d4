fn main() {
	#[cfg(all(feature = "std", feature = "metadata-hash"))]
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash(lineage_token::SYMBOL, lineage_token::DECIMALS)
		.build();

	#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// Kept in step with `src/token.rs` (the build script cannot import the crate it builds).
#[cfg(feature = "metadata-hash")]
mod lineage_token {
	pub const SYMBOL: &str = "LIN";
	pub const DECIMALS: u8 = 12;
}

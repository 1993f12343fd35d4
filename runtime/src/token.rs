//! The native token: its name on wallets and its units.

use crate::Balance;

pub use crate::token_identity::{SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL};

/// One LIN in base units: `10^TOKEN_DECIMALS`.
pub const UNIT: Balance = (10 as Balance).pow(TOKEN_DECIMALS as u32);
/// A thousandth of a LIN.
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// A millionth of a LIN.
pub const MICRO_UNIT: Balance = 1_000_000;

/// The smallest balance an account may hold; below it the account is reaped.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// The chain-spec `properties` wallets read to format amounts and addresses.
#[cfg(feature = "std")]
pub fn chain_properties() -> serde_json::Map<String, serde_json::Value> {
	let mut p = serde_json::Map::new();
	p.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	p.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	p.insert("ss58Format".into(), SS58_PREFIX.into());
	p
}

//! The native token's identity: its ticker, decimals and address format. The one place these
//! are written: the runtime (`token`), its build script (the metadata hash) and the gateway read
//! them from here, and clients ask the chain (`system_properties`).

/// Ticker wallets show next to amounts.
pub const TOKEN_SYMBOL: &str = "LIN";
/// Decimal places: one LIN is `10^12` planck-like base units.
pub const TOKEN_DECIMALS: u8 = 12;
/// Address format (SS58 prefix) of Lineage accounts.
pub const SS58_PREFIX: u16 = 2207;

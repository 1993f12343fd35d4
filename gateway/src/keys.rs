//! The API keys file: each key names the account that pays for its calls and, optionally, a
//! spending cap.
//!
//! ```json
//! { "demo-key": "//Dave",
//!   "capped-key": { "suri": "//Eve", "spending_cap": "2.5" } }
//! ```
//!
//! `spending_cap` is in LIN (like `register --price`); once the calls a key has paid for would
//! exceed it, the gateway answers 402 `spending_cap_reached` instead of invoking. The key itself
//! is never written to disk: the gateway's store knows a key only by its fingerprint.

use std::collections::HashMap;

use lineage_runtime::{AccountId, Balance};
use serde::Deserialize;
use sp_core::{sr25519, Pair};

/// One API key: the account that pays, its spending cap, and the key's fingerprint (what the
/// store records for the calls it paid).
pub struct ApiKey {
	pub pair: sr25519::Pair,
	pub account: AccountId,
	/// Plancks this key may spend in total (`None`: no cap).
	pub cap: Option<Balance>,
	pub fingerprint: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Entry {
	Suri(String),
	Full {
		suri: String,
		#[serde(default)]
		spending_cap: Option<String>,
	},
}

/// blake2-256 of the key, hex: what the store records instead of the key.
pub fn fingerprint(key: &str) -> String {
	crate::chain::hex(&sp_io::hashing::blake2_256(key.as_bytes()))[2..].to_string()
}

/// An amount of LIN (`"0.1"`, `"12"`, at most the token's decimals) in plancks.
pub fn parse_lin(s: &str) -> Result<Balance, String> {
	let bad = || format!("{s:?} is not an amount of LIN");
	let decimals = usize::from(lineage_runtime::TOKEN_DECIMALS);
	let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
	if frac.len() > decimals ||
		(whole.is_empty() && frac.is_empty()) ||
		!frac.chars().all(|c| c.is_ascii_digit())
	{
		return Err(bad());
	}
	let whole: Balance = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| bad())? };
	let frac: Balance = format!("{frac:0<decimals$}").parse().map_err(|_| bad())?;
	whole
		.checked_mul(lineage_runtime::UNIT)
		.and_then(|w| w.checked_add(frac))
		.ok_or_else(bad)
}

/// Parse a keys file (JSON object: API key → secret URI, or → `{ suri, spending_cap? }`).
pub fn parse(raw: &[u8]) -> Result<HashMap<String, ApiKey>, String> {
	let table: HashMap<String, Entry> = serde_json::from_slice(raw).map_err(|e| e.to_string())?;
	table
		.into_iter()
		.map(|(key, entry)| {
			let (suri, cap) = match entry {
				Entry::Suri(s) => (s, None),
				Entry::Full { suri, spending_cap } => (suri, spending_cap),
			};
			if key.is_empty() {
				return Err("an API key is empty".to_string());
			}
			let pair = sr25519::Pair::from_string(&suri, None)
				.map_err(|e| format!("bad secret URI for a key: {e:?}"))?;
			let cap = cap
				.map(|c| parse_lin(&c).map_err(|e| format!("spending_cap: {e}")))
				.transpose()?;
			let account = pair.public().into();
			Ok((key.clone(), ApiKey { pair, account, cap, fingerprint: fingerprint(&key) }))
		})
		.collect()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn keys_file_takes_plain_uris_and_spending_caps() {
		let keys = parse(br#"{ "a": "//Dave", "b": { "suri": "//Eve", "spending_cap": "0.25" }, "c": { "suri": "//Ferdie" } }"#)
			.expect("a valid keys file");
		assert_eq!(keys["a"].cap, None);
		assert_eq!(keys["b"].cap, Some(250_000_000_000));
		assert_eq!(keys["c"].cap, None);
		assert_eq!(keys["b"].fingerprint, fingerprint("b"));
		assert_ne!(keys["a"].fingerprint, keys["b"].fingerprint);
		assert_eq!(keys["a"].fingerprint.len(), 64, "a blake2-256 fingerprint, not the key");
		assert!(parse(br#"{ "b": { "suri": "//Eve", "spending_cap": "lots" } }"#).is_err());
		assert!(
			parse(br#"{ "b": { "suri": "//Eve", "spending_cap": "0.1234567890123" } }"#).is_err()
		);
	}

	#[test]
	fn lin_amounts() {
		assert_eq!(parse_lin("0.1"), Ok(100_000_000_000));
		assert_eq!(parse_lin("12"), Ok(12_000_000_000_000));
		assert_eq!(parse_lin(".5"), Ok(500_000_000_000));
		assert!(parse_lin("").is_err());
		assert!(parse_lin("1.-5").is_err());
		assert!(parse_lin("99999999999999999999999999999999999999").is_err());
	}
}

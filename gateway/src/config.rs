//! `lineage-gateway serve --config gateway.toml`: the models a gateway serves, what answers each
//! (a model file run here, or an upstream OpenAI-compatible server) and the serving settings, in
//! one file instead of a growing list of flags. A flag given on the command line wins over the
//! file. Relative paths are read from the file's folder.
//!
//! ```toml
//! rpc = "ws://127.0.0.1:9944"
//! listen = "127.0.0.1:8080"
//! api_keys = "keys.json"          # { "<api key>": "<secret URI>" | { suri, spending_cap } }
//! suri_file = "provider.suri"     # the provider's key (else LINEAGE_PROVIDER_SURI)
//! data_dir = ".lineage-gateway"
//! # shared_ledger = "postgres://lineage@10.0.0.5/lineage"  # several instances, one ledger
//!
//! [[model]]                       # the embedded classifier
//! asset = 7
//! name = "sentiment"              # what callers pass as `model` (default: "7")
//! file = "model.json"             # its blake2-256 must be the asset's content_hash
//!
//! [[model]]                       # any OpenAI-compatible server
//! asset = 9
//! name = "tiny-llama"
//! [model.upstream]
//! url = "http://127.0.0.1:8081/v1"
//! model = "tiny"                  # the upstream's name for it
//! api_key_env = "UPSTREAM_KEY"    # optional: the environment variable holding its key
//! timeout_secs = 120              # to the first byte, and between two streamed events
//! max_tokens = 4096               # the most one call may ask for (and the default)
//! weights = "tiny.gguf"           # its blake2-256 must be the asset's content_hash
//! # weights_hash = "0x…"          # instead, when the weights are not on this host
//! ```

use std::{
	net::SocketAddr,
	path::{Path, PathBuf},
};

use lineage_primitives::AssetId;
use serde::Deserialize;

/// The config file.
#[derive(Deserialize, Default, Debug)]
#[serde(deny_unknown_fields)]
pub struct Config {
	/// The node's RPC endpoint.
	pub rpc: Option<String>,
	/// Where the HTTP API listens.
	pub listen: Option<SocketAddr>,
	/// The API keys file (JSON).
	pub api_keys: Option<PathBuf>,
	/// The file holding the provider's secret URI.
	pub suri_file: Option<PathBuf>,
	/// Where inputs, outputs and the channel ledger are kept.
	pub data_dir: Option<PathBuf>,
	/// Blocks to keep settled calls' inputs and outputs.
	pub retention_blocks: Option<u32>,
	/// Claim channels every this many blocks.
	pub claim_every: Option<u32>,
	/// Calls' worth a custodial key's channel is funded with.
	pub custodial_calls: Option<u32>,
	/// Calls of one custodial key to one model at once (each on a channel of its own).
	pub custodial_lanes: Option<u32>,
	/// A PostgreSQL URL for a channel ledger shared by several instances of this provider.
	pub shared_ledger: Option<String>,
	/// The models served.
	#[serde(default, rename = "model")]
	pub models: Vec<ModelConfig>,
}

/// One served model.
#[derive(Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ModelConfig {
	/// The registered Model asset (its offering must name this gateway's provider key).
	pub asset: AssetId,
	/// What callers pass as `model` in OpenAI-shaped requests (default: the asset id).
	pub name: Option<String>,
	/// A model file run here (the embedded classifier).
	pub file: Option<PathBuf>,
	/// An upstream server that answers for it.
	pub upstream: Option<UpstreamConfig>,
}

/// An upstream OpenAI-compatible server.
#[derive(Deserialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct UpstreamConfig {
	/// Its base URL, up to and including `/v1` (`http://` only).
	pub url: String,
	/// The upstream's name for the model.
	pub model: String,
	/// The environment variable holding the upstream's API key, if it wants one.
	pub api_key_env: Option<String>,
	/// Seconds the upstream may take to start answering, and between streamed events.
	#[serde(default = "default_timeout")]
	pub timeout_secs: u64,
	/// The most tokens one call may ask for, and what a call that names no limit gets.
	#[serde(default = "default_max_tokens")]
	pub max_tokens: u64,
	/// The weights file the upstream serves: its blake2-256 must be the asset's content hash.
	pub weights: Option<PathBuf>,
	/// The weights' blake2-256 (`0x…`), when the file is not on this host.
	pub weights_hash: Option<String>,
}

fn default_timeout() -> u64 {
	120
}

fn default_max_tokens() -> u64 {
	4096
}

impl ModelConfig {
	/// `ASSET_ID=PATH` (the `--model` flag): the embedded classifier from a file.
	pub fn from_flag(flag: &str) -> Result<ModelConfig, String> {
		let (id, path) = flag
			.split_once('=')
			.ok_or_else(|| format!("--model {flag}: expected ASSET_ID=PATH"))?;
		Ok(ModelConfig {
			asset: id.parse().map_err(|_| format!("--model {flag}: bad asset id"))?,
			name: None,
			file: Some(PathBuf::from(path)),
			upstream: None,
		})
	}

	/// The name callers use.
	pub fn name(&self) -> String {
		self.name.clone().unwrap_or_else(|| self.asset.to_string())
	}
}

impl Config {
	/// Read and check `path`; relative paths in it are made relative to its folder.
	pub fn read(path: &Path) -> Result<Config, String> {
		let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
		let mut config: Config =
			toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
		let dir = path.parent().unwrap_or(Path::new("."));
		let resolve = |p: &mut Option<PathBuf>| {
			if let Some(p) = p.as_mut().filter(|p| p.is_relative()) {
				*p = dir.join(&*p);
			}
		};
		resolve(&mut config.api_keys);
		resolve(&mut config.suri_file);
		resolve(&mut config.data_dir);
		for m in &mut config.models {
			resolve(&mut m.file);
			if let Some(up) = m.upstream.as_mut() {
				resolve(&mut up.weights);
			}
		}
		Ok(config)
	}
}

/// Check the models as a whole: each is answered by exactly one backend, and no two share an
/// asset or a name (a name that is another served asset's id would be ambiguous too).
pub fn check_models(models: &[ModelConfig]) -> Result<(), String> {
	if models.is_empty() {
		return Err(
			"no model to serve: pass --model ASSET_ID=PATH or list [[model]]s in --config".into()
		);
	}
	let mut assets = std::collections::BTreeSet::new();
	let mut names = std::collections::BTreeSet::new();
	for m in models {
		let name = m.name();
		match (&m.file, &m.upstream) {
			(Some(_), Some(_)) | (None, None) =>
				return Err(format!("model #{}: give either `file` (run here) or `[model.upstream]`, not both nor neither", m.asset)),
			(None, Some(up)) if up.weights.is_some() == up.weights_hash.is_some() =>
				return Err(format!("model #{}: its upstream needs exactly one of `weights` (a file to hash) or `weights_hash`, so the gateway can check it serves the registered asset", m.asset)),
			_ => {},
		}
		if name.is_empty() || name.len() > 128 {
			return Err(format!("model #{}: a name is 1 to 128 characters", m.asset));
		}
		if !assets.insert(m.asset) {
			return Err(format!("model #{} is listed twice", m.asset));
		}
		if !names.insert(name.clone()) {
			return Err(format!("two models are named {name:?}"));
		}
	}
	if let Some(m) = models.iter().find(|m| {
		m.name.is_some() &&
			m.name()
				.parse::<AssetId>()
				.is_ok_and(|id| id != m.asset && assets.contains(&id))
	}) {
		return Err(format!(
			"model #{}'s name {:?} is another served model's id",
			m.asset,
			m.name()
		));
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_config_file_reads_with_paths_from_its_folder_and_is_checked() {
		let dir = crate::store::tests::temp_dir("config");
		std::fs::create_dir_all(&dir).expect("dir");
		let path = dir.join("gateway.toml");
		std::fs::write(
			&path,
			r#"
rpc = "ws://127.0.0.1:9944"
api_keys = "keys.json"
[[model]]
asset = 7
file = "/abs/model.json"
[[model]]
asset = 9
name = "tiny"
[model.upstream]
url = "http://127.0.0.1:8081/v1"
model = "tiny-gguf"
weights = "tiny.gguf"
"#,
		)
		.expect("write");
		let c = Config::read(&path).expect("reads");
		assert_eq!(c.api_keys, Some(dir.join("keys.json")));
		assert_eq!(c.models[0].file, Some(PathBuf::from("/abs/model.json")));
		assert_eq!(c.models[0].name(), "7");
		let up = c.models[1].upstream.as_ref().expect("an upstream");
		assert_eq!((up.weights.clone(), up.timeout_secs), (Some(dir.join("tiny.gguf")), 120));
		assert_eq!(check_models(&c.models), Ok(()));

		// Each of these is refused with its reason.
		let mut both = c.models.clone();
		both[1].file = Some("x".into());
		assert!(check_models(&both).is_err_and(|e| e.contains("not both")));
		let mut unchecked = c.models.clone();
		unchecked[1].upstream.as_mut().expect("up").weights = None;
		assert!(check_models(&unchecked).is_err_and(|e| e.contains("weights_hash")));
		let mut twice = c.models.clone();
		twice[1].name = Some("7".into());
		assert!(check_models(&twice).is_err_and(|e| e.contains("named \"7\"")));
		let mut ambiguous = c.models.clone();
		ambiguous[1].name = Some("7".into());
		ambiguous[0].name = Some("sentiment".into());
		assert!(check_models(&ambiguous).is_err_and(|e| e.contains("another served model's id")));
		assert!(check_models(&[]).is_err());

		std::fs::write(&path, "[[model]]\nasset = 1\nfile = \"m\"\nprice = 3\n").expect("write");
		assert!(
			Config::read(&path).is_err_and(|e| e.contains("price")),
			"unknown fields are refused"
		);
		let _ = std::fs::remove_dir_all(&dir);
	}
}

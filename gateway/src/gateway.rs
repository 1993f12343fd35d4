//! The running gateway: the chain, the provider key, the models it serves (each checked against
//! its registered content hash), the API keys and their accounts.

use std::{
	collections::{BTreeMap, HashMap},
	path::PathBuf,
	sync::Arc,
};

use lineage_primitives::AssetId;
use lineage_runtime::{AccountId, Runtime};
use sp_core::{sr25519, Pair};
use tokio::sync::Mutex;

use crate::{chain::Chain, metrics::Metrics, model::Model, store::Store};

pub struct Served {
	pub model: Model,
	pub content_hash: lineage_primitives::ContentHash,
}

pub struct Gateway {
	pub chain: Chain,
	pub provider: sr25519::Pair,
	pub models: BTreeMap<AssetId, Served>,
	/// API key → the funded account that pays for its calls.
	pub keys: HashMap<String, sr25519::Pair>,
	pub store: Store,
	pub metrics: Metrics,
	/// One submission at a time per account, so nonces never collide.
	locks: Mutex<HashMap<AccountId, Arc<Mutex<()>>>>,
}

/// Why a model cannot be served.
pub fn provenance_error(id: AssetId, file: &[u8], registered: Option<lineage_primitives::ContentHash>) -> Option<String> {
	let hash: lineage_primitives::ContentHash = sp_io::hashing::blake2_256(file).into();
	match registered {
		None => Some(format!("model #{id} is not a registered asset")),
		Some(h) if h != hash => Some(format!(
			"refusing to serve model #{id}: the file's blake2-256 is {hash:?} but the asset's registered content_hash is {h:?}"
		)),
		Some(_) => None,
	}
}

impl Gateway {
	/// Load and check every `(asset, file)`: the file parses, its hash is the asset's registered
	/// content hash, the asset has an offering served by our provider key.
	pub async fn new(
		chain: Chain,
		provider: sr25519::Pair,
		files: Vec<(AssetId, PathBuf)>,
		keys: HashMap<String, sr25519::Pair>,
		store: Store,
	) -> Result<Gateway, String> {
		let me: AccountId = provider.public().into();
		let mut models = BTreeMap::new();
		for (id, path) in files {
			let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
			let asset: Option<pallet_asset_registry::AssetRecord<Runtime>> = chain
				.storage(&pallet_asset_registry::Assets::<Runtime>::hashed_key_for(id), None)
				.await
				.map_err(|e| e.to_string())?;
			let registered = asset.as_ref().map(|a| a.content_hash);
			if let Some(err) = provenance_error(id, &bytes, registered) {
				return Err(err);
			}
			let model: Model = serde_json::from_slice(&bytes).map_err(|e| format!("{} is not a model file: {e}", path.display()))?;
			let offering: Option<pallet_model_invocation::OfferingOf<Runtime>> = chain
				.storage(&pallet_model_invocation::Offerings::<Runtime>::hashed_key_for(id), None)
				.await
				.map_err(|e| e.to_string())?;
			let offering = offering.ok_or_else(|| format!("model #{id} has no offering"))?;
			if offering.provider != me {
				return Err(format!("model #{id}'s offering names provider {}, not this gateway's key {me}", offering.provider));
			}
			models.insert(id, Served { model, content_hash: registered.unwrap_or_default() });
		}
		Ok(Gateway { chain, provider, models, keys, store, metrics: Metrics::default(), locks: Mutex::new(HashMap::new()) })
	}

	pub async fn lock_for(&self, who: &AccountId) -> Arc<Mutex<()>> {
		self.locks.lock().await.entry(who.clone()).or_default().clone()
	}
}

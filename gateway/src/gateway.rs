//! The running gateway: the chain, the provider key, the models it serves (each checked against
//! its registered content hash), the API keys and their accounts.

use std::{
	collections::{BTreeMap, HashMap},
	path::{Path, PathBuf},
	sync::Arc,
};

use lineage_primitives::AssetId;
use lineage_runtime::{AccountId, BlockNumber, Runtime};
use sp_core::{sr25519, Pair};
use tokio::sync::Mutex;

use crate::{
	chain::Chain, channels::Book, custodial::Custody, keys::ApiKey, ledger::Ledger,
	metrics::Metrics, model::Model, store::Store,
};

pub struct Served {
	pub model: Model,
	pub content_hash: lineage_primitives::ContentHash,
}

pub struct Gateway {
	pub chain: Chain,
	pub provider: sr25519::Pair,
	pub models: BTreeMap<AssetId, Served>,
	/// API key → the funded account that pays for its calls, and its spending cap.
	pub keys: HashMap<String, ApiKey>,
	pub store: Store,
	/// Blocks the chain keeps a settled call's receipt (`ReceiptRetention`); stored inputs and
	/// outputs are pruned after it.
	pub retention: BlockNumber,
	pub metrics: Metrics,
	/// The channels to the models served here, and their ledger.
	pub channels: Book,
	/// Claim channels every this many blocks.
	pub claim_every: u32,
	/// Custodial keys' channels, and the calls' worth a custodial channel is funded with.
	pub custody: Custody,
	pub custodial_calls: u32,
	/// One submission at a time per account, so nonces never collide.
	locks: Mutex<HashMap<AccountId, Arc<Mutex<()>>>>,
}

/// How the gateway keeps and settles channel calls.
pub struct ChannelSettings {
	/// Where accepted vouchers and receipts are committed.
	pub ledger: Ledger,
	/// Claim every this many blocks.
	pub claim_every: u32,
	/// How many calls' worth a custodial key's channel is funded with.
	pub custodial_calls: u32,
}

/// Why a model cannot be served.
pub fn provenance_error(
	id: AssetId,
	file: &[u8],
	registered: Option<lineage_primitives::ContentHash>,
) -> Option<String> {
	let hash: lineage_primitives::ContentHash = sp_io::hashing::blake2_256(file).into();
	match registered {
		None => Some(format!("model #{id} is not a registered asset")),
		Some(h) if h != hash => Some(format!(
			"refusing to serve model #{id}: the file's blake2-256 is {hash:?} but the asset's registered content_hash is {h:?}"
		)),
		Some(_) => None,
	}
}

/// Check a model file against its asset's registered content hash, then parse and validate it:
/// a file that matches its hash but is not a usable model is refused here, at start-up.
pub fn load_model(
	id: AssetId,
	path: &Path,
	bytes: &[u8],
	registered: Option<lineage_primitives::ContentHash>,
) -> Result<Served, String> {
	if let Some(err) = provenance_error(id, bytes, registered) {
		return Err(err);
	}
	let model = Model::from_bytes(bytes)
		.map_err(|e| format!("refusing to serve model #{id}: {} matches its registered content_hash but is unusable: {e}", path.display()))?;
	Ok(Served { model, content_hash: registered.unwrap_or_default() })
}

impl Gateway {
	/// Load and check every `(asset, file)`: the file parses, its hash is the asset's registered
	/// content hash, the asset has an offering served by our provider key.
	pub async fn new(
		chain: Chain,
		provider: sr25519::Pair,
		files: Vec<(AssetId, PathBuf)>,
		keys: HashMap<String, ApiKey>,
		store: Store,
		retention: BlockNumber,
		channels: ChannelSettings,
	) -> Result<Gateway, String> {
		let ChannelSettings { ledger, claim_every, custodial_calls } = channels;
		let me: AccountId = provider.public().into();
		let mut models = BTreeMap::new();
		for (id, path) in files {
			let bytes =
				std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
			let asset: Option<pallet_asset_registry::AssetRecord<Runtime>> = chain
				.storage(&pallet_asset_registry::Assets::<Runtime>::hashed_key_for(id), None)
				.await
				.map_err(|e| e.to_string())?;
			let served = load_model(id, &path, &bytes, asset.as_ref().map(|a| a.content_hash))?;
			let offering: Option<pallet_model_invocation::OfferingOf<Runtime>> = chain
				.storage(&pallet_model_invocation::Offerings::<Runtime>::hashed_key_for(id), None)
				.await
				.map_err(|e| e.to_string())?;
			let offering = offering.ok_or_else(|| format!("model #{id} has no offering"))?;
			if offering.provider != me {
				return Err(format!(
					"model #{id}'s offering names provider {}, not this gateway's key {me}",
					offering.provider
				));
			}
			models.insert(id, served);
		}
		let genesis = lineage_primitives::ContentHash::from_slice(chain.genesis.as_bytes());
		Ok(Gateway {
			channels: Book::new(genesis, me, ledger)?,
			claim_every: claim_every.max(1),
			custody: Custody::default(),
			custodial_calls,
			chain,
			provider,
			models,
			keys,
			store,
			retention,
			metrics: Metrics::default(),
			locks: Mutex::new(HashMap::new()),
		})
	}

	/// A gateway on a chain it has not dialled (`url`), for tests of the HTTP API's checks.
	#[cfg(test)]
	pub fn for_tests(
		url: &str,
		models: BTreeMap<AssetId, Served>,
		keys: HashMap<String, ApiKey>,
		store: Store,
	) -> Gateway {
		let provider = sr25519::Pair::from_string("//Ferdie", None).expect("dev seed");
		let ledger = Ledger::open(&store.dir().join("ledger")).expect("a test ledger opens");
		Gateway {
			channels: Book::new(Default::default(), provider.public().into(), ledger)
				.expect("a test book opens"),
			claim_every: 1,
			custody: Custody::default(),
			custodial_calls: 100,
			chain: Chain::offline(url),
			provider,
			models,
			keys,
			store,
			retention: 100,
			metrics: Metrics::default(),
			locks: Mutex::new(HashMap::new()),
		}
	}

	/// Wait for a best block after `last` (polling every `every`; while the node is unreachable,
	/// counting the error and logging it as `loop_name`, every 2 s); returns its number and hash.
	pub async fn next_block(
		&self,
		last: u32,
		every: std::time::Duration,
		loop_name: &str,
	) -> (u32, lineage_runtime::Hash) {
		loop {
			tokio::time::sleep(every).await;
			match self.chain.best().await {
				Ok((best, hash)) if best != last => return (best, hash),
				Ok(_) => {},
				Err(e) => {
					self.metrics.chain_errors.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
					tracing::warn!(target: "lineage_gateway::chain", task = loop_name, "node unreachable: {e}");
					tokio::time::sleep(std::time::Duration::from_secs(2)).await;
				},
			}
		}
	}

	/// The provider's account.
	pub fn provider_account(&self) -> AccountId {
		self.provider.public().into()
	}

	pub async fn lock_for(&self, who: &AccountId) -> Arc<Mutex<()>> {
		self.locks.lock().await.entry(who.clone()).or_default().clone()
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn hash(bytes: &[u8]) -> Option<lineage_primitives::ContentHash> {
		Some(sp_io::hashing::blake2_256(bytes).into())
	}

	#[test]
	fn malformed_model_file_with_matching_hash_is_refused_at_start_up() {
		let path = Path::new("model.json");
		// The registered hash is this very file's, so provenance passes; the file is not JSON.
		let bytes = b"{ \"kind\": \"lineage-multinomial-naive-bayes-v1\", \"classes\": [";
		let err = load_model(3, path, bytes, hash(bytes)).err().expect("refused");
		assert!(err.starts_with("refusing to serve model #3: model.json matches its registered content_hash but is unusable: not a model file"), "{err}");
		// Valid JSON, matching hash, counts that would have panicked the provider task.
		let bytes = br#"{"kind":"lineage-multinomial-naive-bayes-v1","task":1,"dataset":2,"classes":["a","b"],"class_docs":[1],"class_tokens":[1,1],"vocabulary":{}}"#;
		assert!(load_model(3, path, bytes, hash(bytes))
			.err()
			.expect("refused")
			.contains("2 classes but 1 document counts"));
		// A tampered file is still refused by its hash first.
		assert!(load_model(3, path, bytes, hash(b"other"))
			.err()
			.expect("refused")
			.contains("blake2-256"));
		// A good one loads.
		let good =
			Model::train(1, 2, vec!["a".into(), "b".into()], &[("x".into(), 0), ("y".into(), 1)])
				.to_bytes();
		assert_eq!(load_model(3, path, &good, hash(&good)).map(|s| s.model.classes.len()), Ok(2));
	}
}

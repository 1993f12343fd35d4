//! The running gateway: the chain, the provider key, the models it serves (each checked against
//! its registered content hash), the API keys and their accounts.

use std::{
	collections::{BTreeMap, HashMap},
	path::Path,
	sync::Arc,
};

use lineage_primitives::AssetId;
use lineage_runtime::{AccountId, BlockNumber, Runtime};
use sp_core::{sr25519, Pair};
use tokio::sync::Mutex;

use crate::{
	backend::Backend,
	chain::Chain,
	channels::Book,
	config::{ModelConfig, UpstreamConfig},
	custodial::Custody,
	keys::ApiKey,
	ledger::Ledger,
	metrics::Metrics,
	model::Model,
	store::Store,
	upstream::Upstream,
};

/// A model this gateway serves.
pub struct Served {
	/// What callers pass as `model` in OpenAI-shaped requests.
	pub name: String,
	/// What answers its calls.
	pub backend: Backend,
	/// Its asset's registered content hash, which the backend's file or weights were checked
	/// against.
	pub content_hash: lineage_primitives::ContentHash,
}

impl Served {
	/// The embedded classifier, if that is what answers this model.
	pub fn classifier(&self) -> Option<&Model> {
		match &self.backend {
			Backend::Classifier(m) => Some(m),
			Backend::Upstream(_) => None,
		}
	}
}

/// blake2-256 of a file of any size, read in pieces (weights files run to gigabytes).
pub fn file_hash(path: &Path) -> Result<lineage_primitives::ContentHash, String> {
	use std::io::Read;
	let mut file =
		std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
	let mut state = blake2b_simd::Params::new().hash_length(32).to_state();
	let mut buf = vec![0u8; 1 << 20];
	loop {
		let n = file
			.read(&mut buf)
			.map_err(|e| format!("cannot read {}: {e}", path.display()))?;
		if n == 0 {
			break;
		}
		state.update(&buf[..n]);
	}
	Ok(lineage_primitives::ContentHash::from_slice(state.finalize().as_bytes()))
}

/// The upstream of `config` for asset `id`, if its declared weights are the asset's registered
/// content (`registered`).
pub fn load_upstream(
	id: AssetId,
	config: &UpstreamConfig,
	registered: Option<lineage_primitives::ContentHash>,
) -> Result<Upstream, String> {
	let Some(registered) = registered else {
		return Err(format!("model #{id} is not a registered asset"));
	};
	let (declared, what) = match (&config.weights, &config.weights_hash) {
		(Some(path), _) => (file_hash(path)?, format!("the weights file {}", path.display())),
		(None, Some(hex)) => {
			let bytes =
				crate::chain::hex_bytes(hex).filter(|b| b.len() == 32).ok_or_else(|| {
					format!("model #{id}: weights_hash {hex:?} is not 0x and 64 hex digits")
				})?;
			(
				lineage_primitives::ContentHash::from_slice(&bytes),
				"the declared weights_hash".to_string(),
			)
		},
		(None, None) => return Err(format!("model #{id}: its upstream declares no weights")),
	};
	if declared != registered {
		return Err(format!(
			"refusing to serve model #{id} from the upstream at {}: {what} is {declared:?} but the asset's registered content_hash is {registered:?}",
			config.url
		));
	}
	let key = match &config.api_key_env {
		Some(var) => Some(std::env::var(var).map_err(|_| {
			format!("model #{id}: the upstream's key should be in ${var}, which is not set")
		})?),
		None => None,
	};
	Upstream::new(
		&config.url,
		config.model.clone(),
		key,
		std::time::Duration::from_secs(config.timeout_secs.max(1)),
		config.max_tokens,
	)
}

pub struct Gateway {
	pub chain: Chain,
	pub provider: sr25519::Pair,
	pub models: BTreeMap<AssetId, Served>,
	/// API key → the funded account that pays for its calls, and its spending cap.
	pub keys: HashMap<String, ApiKey>,
	pub store: Arc<Store>,
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
	/// OpenAI-shaped calls in progress (at most `openai::MAX_IN_FLIGHT`).
	pub in_flight: Arc<tokio::sync::Semaphore>,
	/// The last `/healthz` check: when, and its answer.
	pub health:
		tokio::sync::Mutex<Option<(std::time::Instant, hyper::StatusCode, serde_json::Value)>>,
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
	/// How many calls of one custodial key to one model run at once (each on its own channel).
	pub custodial_lanes: usize,
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
	Ok(Served {
		name: id.to_string(),
		backend: Backend::Classifier(model),
		content_hash: registered.unwrap_or_default(),
	})
}

impl Gateway {
	/// Load and check every model: a model file parses and its hash is the asset's registered
	/// content hash, or an upstream's declared weights are; the asset has an offering served by
	/// our provider key.
	pub async fn new(
		chain: Chain,
		provider: sr25519::Pair,
		configs: Vec<ModelConfig>,
		keys: HashMap<String, ApiKey>,
		store: Store,
		retention: BlockNumber,
		channels: ChannelSettings,
	) -> Result<Gateway, String> {
		let ChannelSettings { ledger, claim_every, custodial_calls, custodial_lanes } = channels;
		let me: AccountId = provider.public().into();
		let mut models = BTreeMap::new();
		crate::config::check_models(&configs)?;
		for config in configs {
			let id = config.asset;
			let asset: Option<pallet_asset_registry::AssetRecord<Runtime>> = chain
				.storage(&pallet_asset_registry::Assets::<Runtime>::hashed_key_for(id), None)
				.await
				.map_err(|e| e.to_string())?;
			let registered = asset.as_ref().map(|a| a.content_hash);
			let served = match (&config.file, &config.upstream) {
				(Some(path), _) => {
					let bytes = std::fs::read(path)
						.map_err(|e| format!("cannot read {}: {e}", path.display()))?;
					Served { name: config.name(), ..load_model(id, path, &bytes, registered)? }
				},
				(None, Some(up)) => {
					let upstream = load_upstream(id, up, registered)?;
					// An upstream that answers must serve the model under the configured name (one
					// that is down now may come up later: its calls answer 502 until then).
					match upstream.listed().await {
						Ok(names) if !names.contains(&upstream.model) =>
							return Err(format!(
								"model #{id}: the upstream at {} serves {names:?}, not {:?}",
								upstream.base(),
								upstream.model
							)),
						Ok(_) => {},
						Err(e) =>
							tracing::warn!(model = id, "the upstream does not answer yet: {e}"),
					}
					tracing::info!(model = id, name = %config.name(), upstream = upstream.base(), "answered by an upstream server; its weights match the asset's content hash");
					Served {
						name: config.name(),
						backend: Backend::Upstream(Box::new(upstream)),
						content_hash: registered.unwrap_or_default(),
					}
				},
				(None, None) => return Err(format!("model #{id}: nothing answers it")),
			};
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
			custody: Custody::new(custodial_lanes),
			custodial_calls,
			chain,
			provider,
			models,
			keys,
			store: Arc::new(store),
			retention,
			metrics: Metrics::default(),
			in_flight: Arc::new(tokio::sync::Semaphore::new(crate::openai::MAX_IN_FLIGHT)),
			health: Default::default(),
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
			custody: Custody::new(4),
			custodial_calls: 100,
			chain: Chain::offline(url),
			provider,
			models,
			keys,
			store: Arc::new(store),
			retention: 100,
			metrics: Metrics::default(),
			in_flight: Arc::new(tokio::sync::Semaphore::new(crate::openai::MAX_IN_FLIGHT)),
			health: Default::default(),
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

	/// The served model callers name `name`: its name, or its asset id.
	pub fn served(&self, name: &str) -> Option<(AssetId, &Served)> {
		self.models
			.iter()
			.find(|(_, s)| s.name == name)
			.or_else(|| name.parse::<AssetId>().ok().and_then(|id| self.models.get_key_value(&id)))
			.map(|(id, s)| (*id, s))
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
	use std::path::PathBuf;

	fn hash(bytes: &[u8]) -> Option<lineage_primitives::ContentHash> {
		Some(sp_io::hashing::blake2_256(bytes).into())
	}

	#[test]
	fn an_upstream_is_served_only_if_its_weights_are_the_registered_asset() {
		let dir = crate::store::tests::temp_dir("weights");
		std::fs::create_dir_all(&dir).expect("dir");
		let weights = dir.join("w.gguf");
		let bytes: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
		std::fs::write(&weights, &bytes).expect("write");
		// Hashed in pieces, the same as in one go.
		assert_eq!(file_hash(&weights), Ok(hash(&bytes).expect("hash")));
		let config = |weights: Option<PathBuf>, weights_hash: Option<String>| UpstreamConfig {
			url: "http://127.0.0.1:8081/v1".into(),
			model: "m".into(),
			api_key_env: None,
			timeout_secs: 5,
			max_tokens: 16,
			weights,
			weights_hash,
		};
		assert!(load_upstream(3, &config(Some(weights.clone()), None), hash(&bytes)).is_ok());
		let wrong = load_upstream(3, &config(Some(weights.clone()), None), hash(b"other"));
		assert!(wrong.is_err_and(
			|e| e.contains("the weights file") && e.contains("registered content_hash")
		));
		let declared = format!("{:?}", hash(&bytes).expect("hash"));
		assert!(load_upstream(3, &config(None, Some(declared.clone())), hash(&bytes)).is_ok());
		assert!(load_upstream(3, &config(None, Some(declared)), hash(b"other")).is_err());
		assert!(load_upstream(3, &config(None, Some("0x12".into())), hash(&bytes))
			.is_err_and(|e| e.contains("64 hex digits")));
		assert!(load_upstream(3, &config(Some(weights), None), None)
			.is_err_and(|e| e.contains("not a registered asset")));
		let _ = std::fs::remove_dir_all(&dir);
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
		assert_eq!(
			load_model(3, path, &good, hash(&good))
				.map(|s| s.classifier().map(|m| m.classes.len())),
			Ok(Some(2))
		);
	}
}

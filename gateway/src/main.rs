//! `lineage-gateway`: serve Lineage models over HTTP and settle every call on-chain.
//!
//!   lineage-gateway train    --rpc ws://… --task 3 --out model.json
//!   lineage-gateway register --rpc ws://… --model-file model.json --price 0.1 --provider <ss58> …
//!   lineage-gateway serve    --rpc ws://… --model 7=model.json --api-keys keys.json …
//!   lineage-gateway load     --addr 127.0.0.1:8080 --model 7 --plan clients.json   (benchmarks)
//!
//! Keys are never built in: the signing key comes from a file (`--suri-file`) or the environment
//! (`LINEAGE_SURI` for `register`, `LINEAGE_PROVIDER_SURI` for `serve`).

mod backend;
mod calls;
mod chain;
mod channels;
mod claims;
mod config;
mod custodial;
mod gateway;
mod http;
mod keys;
mod ledger;
mod load;
mod logs;
mod metrics;
mod model;
mod openai;
mod provider;
mod store;
mod train;
mod tx;
mod upstream;

use std::{net::SocketAddr, path::PathBuf, sync::Arc};

use clap::{Parser, Subcommand};
use lineage_primitives::{AssetId, AssetKind, Licence, Relation, TaskId};
use lineage_runtime::{AccountId, RuntimeCall, RuntimeEvent};
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use sp_runtime::Perbill;

#[derive(Parser)]
#[command(
	name = "lineage-gateway",
	version,
	about = "Serve Lineage models over HTTP; every call settles on-chain."
)]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Train a text classifier on a finalised labelling task's accepted labels (read from the
	/// chain).
	Train {
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		rpc: String,
		#[arg(long)]
		task: TaskId,
		#[arg(long)]
		out: PathBuf,
	},
	/// Register a model as a Model asset, with an offering: a classifier's model file (trained on
	/// the dataset it names), or the weights file an upstream server serves (`--weights`, e.g. a
	/// GGUF file, trained on the `--trained-on` datasets).
	Register {
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		rpc: String,
		/// A classifier's model file (from `train`).
		#[arg(long, required_unless_present = "weights", conflicts_with = "weights")]
		model_file: Option<PathBuf>,
		/// The weights an upstream server serves: its blake2-256 is the asset's content hash.
		#[arg(long)]
		weights: Option<PathBuf>,
		/// An asset the weights were trained on (repeatable; with `--weights`).
		#[arg(long, requires = "weights")]
		trained_on: Vec<AssetId>,
		/// Where the file can be fetched (default: file://<name>).
		#[arg(long)]
		uri: Option<String>,
		/// Price per call in LIN (e.g. 0.1).
		#[arg(long)]
		price: String,
		/// Price per 1,000 tokens of request in LIN, on top of the price per call (with
		/// `--price-per-1k-output`: the model is priced per token and called through channels).
		#[arg(long)]
		price_per_1k_input: Option<String>,
		/// Price per 1,000 tokens of answer in LIN, on top of the price per call.
		#[arg(long)]
		price_per_1k_output: Option<String>,
		/// The account that serves it (SS58).
		#[arg(long)]
		provider: String,
		/// The provider's share of each call, in percent.
		#[arg(long, default_value_t = 30)]
		provider_share: u32,
		/// Blocks a call may stay open.
		#[arg(long, default_value_t = 20)]
		timeout: u32,
		/// File holding the owner's secret URI (else the LINEAGE_SURI environment variable).
		#[arg(long)]
		suri_file: Option<PathBuf>,
	},
	/// Serve models over HTTP (Lineage's API and OpenAI's) and complete their on-chain calls.
	Serve {
		/// A TOML file of models (a model file run here, or an upstream OpenAI-compatible
		/// server) and of these settings; a flag given here wins over it. See `config.rs`.
		#[arg(long)]
		config: Option<PathBuf>,
		/// The node's RPC endpoint [default: ws://127.0.0.1:9944].
		#[arg(long)]
		rpc: Option<String>,
		/// Where the HTTP API listens [default: 127.0.0.1:8080].
		#[arg(long)]
		listen: Option<SocketAddr>,
		/// `ASSET_ID=PATH` of a model file to serve (repeatable; added to the config's models).
		#[arg(long = "model")]
		models: Vec<String>,
		/// JSON file `{ "<api key>": "<secret URI of the account that pays>" }`; a key may instead
		/// map to `{ "suri": "<secret URI>", "spending_cap": "<LIN>" }` to cap what it can spend.
		#[arg(long)]
		api_keys: Option<PathBuf>,
		/// Where inputs and outputs are kept across restarts [default: .lineage-gateway].
		#[arg(long)]
		data_dir: Option<PathBuf>,
		/// Blocks to keep a call's input and output after its deadline, and a closed channel's
		/// receipts after its close (default: the runtime's `ReceiptRetention`, after which the
		/// chain has pruned the call's receipt).
		#[arg(long)]
		retention_blocks: Option<u32>,
		/// File holding the provider's secret URI (else LINEAGE_PROVIDER_SURI).
		#[arg(long)]
		suri_file: Option<PathBuf>,
		/// Claim the channels' new vouchers every this many blocks (at most half the chain's
		/// challenge period, so a closing channel's calls get two chances to be claimed)
		/// [default: 1].
		#[arg(long)]
		claim_every: Option<u32>,
		/// How many calls' worth a custodial API key's channel is opened (or topped up) with
		/// [default: 100].
		#[arg(long)]
		custodial_calls: Option<u32>,
		/// How many calls of one custodial API key to one model run at once, each on a channel
		/// of its own (each funded with `--custodial-calls`) [default: 4].
		#[arg(long)]
		custodial_lanes: Option<u32>,
		/// A PostgreSQL URL (`postgres://user@host:port/db`): keep the channel ledger there,
		/// shared by several instances of this provider behind a load balancer, instead of in
		/// the data dir (one instance). Custodial API keys need the data dir's ledger: with a
		/// shared ledger the API keys file must be empty.
		#[arg(long)]
		shared_ledger: Option<String>,
		/// Log one JSON object per line (for log collectors) instead of text.
		#[arg(long)]
		log_json: bool,
	},
	/// Closed-loop paid calls through channels against a running gateway, for benchmarks: each
	/// client of the plan file signs a voucher per call on its own channel and keep-alive
	/// connection. Prints latencies and when each call was answered, as JSON.
	Load {
		/// The gateway's address (host:port).
		#[arg(long)]
		addr: String,
		/// The model to call.
		#[arg(long)]
		model: u64,
		/// JSON `{ "genesis_hash", "price", "scheme": "ed25519"|"sr25519", "clients": [{
		/// "channel", "suri" }] }`.
		#[arg(long)]
		plan: PathBuf,
		/// How long to call for.
		#[arg(long, default_value_t = 20)]
		seconds: u64,
	},
	/// Run a model file on one input locally (no chain).
	Classify {
		#[arg(long)]
		model_file: PathBuf,
		input: String,
	},
}

fn fail(msg: impl std::fmt::Display) -> ! {
	eprintln!("error: {msg}");
	std::process::exit(1)
}

fn key(file: &Option<PathBuf>, env: &str) -> sr25519::Pair {
	let suri = match file {
		Some(f) => std::fs::read_to_string(f)
			.unwrap_or_else(|e| fail(format!("cannot read {}: {e}", f.display()))),
		None => std::env::var(env)
			.unwrap_or_else(|_| fail(format!("no signing key: pass --suri-file or set {env}"))),
	};
	sr25519::Pair::from_string(suri.trim(), None)
		.unwrap_or_else(|e| fail(format!("bad secret URI: {e:?}")))
}

fn parse_lin(s: &str) -> u128 {
	keys::parse_lin(s).unwrap_or_else(|e| fail(e))
}

async fn connect(rpc: &str) -> chain::Chain {
	chain::Chain::connect(rpc).await.unwrap_or_else(|e| fail(e))
}

#[tokio::main]
async fn main() {
	// Print addresses in Lineage's own SS58 format.
	let prefix = <<lineage_runtime::Runtime as frame_system::Config>::SS58Prefix as frame_support::traits::Get<u16>>::get();
	sp_core::crypto::set_default_ss58_version(sp_core::crypto::Ss58AddressFormat::custom(prefix));
	match Cli::parse().command {
		Command::Train { rpc, task, out } => {
			let chain = connect(&rpc).await;
			let (model, set) = train::train(&chain, task).await.unwrap_or_else(|e| fail(e));
			std::fs::write(&out, model.to_bytes()).unwrap_or_else(|e| fail(e));
			let hash: lineage_primitives::ContentHash =
				sp_io::hashing::blake2_256(&model.to_bytes()).into();
			println!(
				"{}",
				serde_json::json!({
					"task": task, "dataset": set.dataset, "finalised_at": set.finalised_at,
					"examples": set.examples.len(), "classes": model.classes, "vocabulary": model.vocabulary.len(),
					"out": out.display().to_string(), "content_hash": format!("{hash:?}"),
				})
			);
		},
		Command::Register {
			rpc,
			model_file,
			weights,
			trained_on,
			uri,
			price,
			price_per_1k_input,
			price_per_1k_output,
			provider,
			provider_share,
			timeout,
			suri_file,
		} => {
			let owner = key(&suri_file, "LINEAGE_SURI");
			let chain = connect(&rpc).await;
			// The file whose hash is registered, and the assets it was trained on.
			let (file, content_hash, parents) = match (model_file, weights) {
				(Some(path), _) => {
					let bytes = std::fs::read(&path)
						.unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
					let model = model::Model::from_bytes(&bytes)
						.unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
					(path, sp_io::hashing::blake2_256(&bytes).into(), vec![model.dataset])
				},
				(None, Some(path)) => {
					let hash = gateway::file_hash(&path).unwrap_or_else(|e| fail(e));
					(path, hash, trained_on)
				},
				(None, None) => fail("pass --model-file or --weights"),
			};
			let uri = uri.unwrap_or_else(|| {
				format!(
					"file://{}",
					file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
				)
			});
			let provider = AccountId::from_ss58check(&provider)
				.unwrap_or_else(|e| fail(format!("bad provider address: {e:?}")));
			let licence = Licence {
				commercial_use: true,
				derivatives_allowed: true,
				derivative_royalty: Perbill::from_percent(5),
			};
			let call = RuntimeCall::AssetRegistry(pallet_asset_registry::Call::register_asset {
				kind: AssetKind::Model,
				content_hash,
				uri: frame_support::BoundedVec::try_from(uri.into_bytes())
					.unwrap_or_else(|_| fail("the model's URI is longer than the chain allows")),
				licence,
				parents: frame_support::BoundedVec::try_from(
					parents.iter().map(|p| (*p, Relation::TrainedOn)).collect::<Vec<_>>(),
				)
				.unwrap_or_else(|_| fail("more --trained-on assets than the chain allows")),
				salt: None,
			});
			let (_, events) = chain.submit(&owner, call, None).await.unwrap_or_else(|e| fail(e));
			let id: AssetId = events
				.iter()
				.find_map(|e| match e {
					RuntimeEvent::AssetRegistry(
						pallet_asset_registry::Event::AssetRegistered { asset_id, .. },
					) => Some(*asset_id),
					_ => None,
				})
				.unwrap_or_else(|| fail("no AssetRegistered event"));
			let call = RuntimeCall::ModelInvocation(pallet_model_invocation::Call::set_offering {
				model: id,
				price_per_call: parse_lin(&price),
				provider: provider.clone().into(),
				provider_share: Perbill::from_percent(provider_share),
				timeout,
			});
			chain.submit(&owner, call, None).await.unwrap_or_else(|e| fail(e));
			let per_1k = |p: &Option<String>| p.as_deref().map(parse_lin).unwrap_or(0);
			let prices = lineage_primitives::TokenPrices {
				per_1k_input: per_1k(&price_per_1k_input),
				per_1k_output: per_1k(&price_per_1k_output),
			};
			if prices.per_token() {
				let call =
					RuntimeCall::ModelInvocation(pallet_model_invocation::Call::set_token_prices {
						model: id,
						per_1k_input: prices.per_1k_input,
						per_1k_output: prices.per_1k_output,
					});
				chain.submit(&owner, call, None).await.unwrap_or_else(|e| fail(e));
			}
			println!(
				"{}",
				serde_json::json!({
					"model": id, "trained_on": parents, "content_hash": format!("{content_hash:?}"),
					"provider": provider.to_ss58check(), "price_per_call": parse_lin(&price).to_string(),
					"token_prices": crate::calls::token_prices_json(&prices),
				})
			);
		},
		Command::Serve {
			config,
			rpc,
			listen,
			models,
			api_keys,
			data_dir,
			retention_blocks,
			suri_file,
			claim_every,
			custodial_calls,
			custodial_lanes,
			shared_ledger,
			log_json,
		} => {
			logs::init(log_json);
			let file = match &config {
				Some(path) => config::Config::read(path).unwrap_or_else(|e| fail(e)),
				None => config::Config::default(),
			};
			let rpc = rpc.or(file.rpc).unwrap_or_else(|| "ws://127.0.0.1:9944".into());
			let listen = listen.or(file.listen).unwrap_or_else(|| ([127, 0, 0, 1], 8080).into());
			let data_dir = data_dir.or(file.data_dir).unwrap_or_else(|| ".lineage-gateway".into());
			let retention_blocks = retention_blocks.or(file.retention_blocks);
			let suri_file = suri_file.or(file.suri_file);
			let claim_every = claim_every.or(file.claim_every).unwrap_or(1);
			let custodial_calls = custodial_calls.or(file.custodial_calls).unwrap_or(100);
			let custodial_lanes =
				custodial_lanes.or(file.custodial_lanes).unwrap_or(4).clamp(1, 64);
			let api_keys = api_keys.or(file.api_keys).unwrap_or_else(|| {
				fail("no API keys: pass --api-keys or set api_keys in --config")
			});
			let mut served = file.models;
			for m in &models {
				served.push(config::ModelConfig::from_flag(m).unwrap_or_else(|e| fail(e)));
			}
			config::check_models(&served).unwrap_or_else(|e| fail(e));
			let challenge = <<lineage_runtime::Runtime as pallet_call_channels::Config>::ChallengePeriod as frame_support::traits::Get<u32>>::get();
			// A closing channel's calls must be claimed within the challenge period, less the
			// blocks a call may still be taken on a stale view of it; with two chances inside
			// that, one failed claim is not a loss (channels near their deadline are also
			// claimed every block).
			let stale_blocks = (channels::STALE_AFTER.as_millis() as u64)
				.div_ceil(lineage_runtime::MILLI_SECS_PER_BLOCK) as u32;
			let most = challenge.saturating_sub(stale_blocks) / 2;
			if claim_every == 0 || claim_every > most {
				fail(format!(
					"--claim-every {claim_every}: must be 1 ..= {most} (half of the chain's challenge period of {challenge} blocks less the {stale_blocks} blocks a stale view is trusted)"
				));
			}
			let provider = key(&suri_file, "LINEAGE_PROVIDER_SURI");
			let raw = std::fs::read(&api_keys)
				.unwrap_or_else(|e| fail(format!("{}: {e}", api_keys.display())));
			let keys =
				keys::parse(&raw).unwrap_or_else(|e| fail(format!("{}: {e}", api_keys.display())));
			let store = store::Store::open(&data_dir)
				.unwrap_or_else(|e| fail(format!("{}: {e}", data_dir.display())));
			let retention = retention_blocks.unwrap_or_else(|| {
				<<lineage_runtime::Runtime as pallet_model_invocation::Config>::ReceiptRetention as frame_support::traits::Get<u32>>::get()
			});
			let shared_ledger = shared_ledger.or(file.shared_ledger);
			// A custodial key's account signs its channels' opens and top-ups and its spending
			// is counted here: several instances would race its nonces and each count its cap.
			if shared_ledger.is_some() && !keys.is_empty() {
				fail(format!(
					"{}: custodial API keys are served by one instance: with --shared-ledger, callers sign their own vouchers and the API keys file must be {{}}",
					api_keys.display()
				));
			}
			let chain = connect(&rpc).await;
			let provider_account: lineage_runtime::AccountId = provider.public().into();
			let ledger = match &shared_ledger {
				Some(url) => ledger::Ledger::connect(
					url,
					lineage_primitives::ContentHash::from_slice(chain.genesis.as_bytes()),
					&provider_account,
					&served.iter().map(|m| m.asset).collect::<Vec<_>>(),
				)
				.await
				.unwrap_or_else(|e| fail(e)),
				None => ledger::Ledger::open(&data_dir)
					.unwrap_or_else(|e| fail(format!("{}: {e}", data_dir.display()))),
			};
			let gw = Arc::new(
				gateway::Gateway::new(
					chain,
					provider,
					served,
					keys,
					store,
					retention,
					gateway::ChannelSettings {
						ledger,
						claim_every,
						custodial_calls,
						custodial_lanes: custodial_lanes as usize,
					},
				)
				.await
				.unwrap_or_else(|e| fail(e)),
			);
			tracing::info!(
				models = ?gw.models.iter().map(|(id, s)| format!("{id}:{}", s.name)).collect::<Vec<_>>(),
				provider = %gw.provider.public().to_ss58check(),
				"serving"
			);
			let provider_loop = tokio::spawn(provider::run(gw.clone()));
			let claim_loop = tokio::spawn(claims::run(gw.clone()));
			tokio::select! {
				r = http::serve(gw, listen) => if let Err(e) = r { fail(e) },
				// Answering paid calls that are never claimed would only cost the provider.
				r = claim_loop => fail(format!("the claim loop stopped: {r:?}")),
				// Serving HTTP without the loop that settles calls would only time every call out.
				r = provider_loop => fail(format!("the provider loop stopped: {}", match r {
					Err(e) if e.is_panic() => format!("it panicked: {e}"),
					Err(e) => e.to_string(),
					Ok(()) => "it returned".into(),
				})),
				_ = tokio::signal::ctrl_c() => tracing::info!("stopping"),
			}
		},
		Command::Load { addr, model, plan, seconds } => {
			let raw =
				std::fs::read(&plan).unwrap_or_else(|e| fail(format!("{}: {e}", plan.display())));
			let plan: load::Plan = serde_json::from_slice(&raw)
				.unwrap_or_else(|e| fail(format!("{}: {e}", plan.display())));
			let result = load::run(addr, model, plan, seconds).await.unwrap_or_else(|e| fail(e));
			println!("{result}");
		},
		Command::Classify { model_file, input } => {
			let bytes = std::fs::read(&model_file).unwrap_or_else(|e| fail(e));
			let model = model::Model::from_bytes(&bytes)
				.unwrap_or_else(|e| fail(format!("{}: {e}", model_file.display())));
			println!("{}", serde_json::to_string(&model.predict(&input)).unwrap_or_default());
		},
	}
}

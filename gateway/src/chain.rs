//! A Lineage node over JSON-RPC (WebSocket): storage, runtime API calls, signed extrinsics and
//! their outcome, decoded with the runtime's own types (this crate links `lineage-runtime`).

use std::{sync::Arc, time::Duration};

use codec::{Decode, Encode};
use jsonrpsee::{
	core::client::{ClientT, Subscription, SubscriptionClientT},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use lineage_runtime::{AccountId, Hash, Runtime, RuntimeCall, RuntimeEvent};
use serde_json::Value;
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use sp_runtime::DispatchError;
use tokio::sync::RwLock;

pub type EventRecord = frame_system::EventRecord<RuntimeEvent, Hash>;

/// An error talking to the chain: the node is unreachable, or it answered something unexpected.
#[derive(Debug)]
pub enum ChainError {
	/// No connection (node down or restarting).
	Unreachable(String),
	/// The node refused a transaction (e.g. "1010: Invalid Transaction: Inability to pay some
	/// fees").
	Rejected(String),
	/// The transaction ran and failed with this dispatch error (described in words).
	Failed(String, DispatchError),
	/// Anything else.
	Other(String),
}

impl std::fmt::Display for ChainError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			ChainError::Unreachable(s) => write!(f, "chain unreachable: {s}"),
			ChainError::Rejected(s) => write!(f, "transaction rejected: {s}"),
			ChainError::Failed(s, _) => write!(f, "transaction failed: {s}"),
			ChainError::Other(s) => write!(f, "{s}"),
		}
	}
}

impl std::error::Error for ChainError {}

pub type Result<T> = std::result::Result<T, ChainError>;

fn rpc_error(e: jsonrpsee::core::ClientError) -> ChainError {
	use jsonrpsee::core::ClientError as E;
	match e {
		E::Call(call) => ChainError::Rejected(format!(
			"{}: {}{}",
			call.code(),
			call.message(),
			call.data().map(|d| format!(" ({})", d.get())).unwrap_or_default()
		)),
		E::RestartNeeded(_) | E::Transport(_) | E::RequestTimeout =>
			ChainError::Unreachable(e.to_string()),
		other => ChainError::Other(other.to_string()),
	}
}

/// `0x`-prefixed lower-case hex of all of `bytes` (sp-core's HexDisplay elides long values).
pub fn hex(bytes: &[u8]) -> String {
	let mut out = String::with_capacity(2 + bytes.len() * 2);
	out.push_str("0x");
	for b in bytes {
		out.push_str(&format!("{b:02x}"));
	}
	out
}

/// The bytes of `s`, hex with or without `0x` (surrounding whitespace ignored); `None` if it is
/// not hex.
pub fn hex_bytes(s: &str) -> Option<Vec<u8>> {
	let s = s.trim();
	let s = s.strip_prefix("0x").unwrap_or(s);
	(0..s.len())
		.step_by(2)
		.map(|i| s.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok()))
		.collect()
}

fn unhex(s: &str) -> Result<Vec<u8>> {
	hex_bytes(s).ok_or_else(|| ChainError::Other(format!("not hex: {s}")))
}

/// A connection that reconnects when the node comes back.
pub struct Chain {
	url: String,
	client: RwLock<Option<Arc<WsClient>>>,
	/// The chain's genesis hash.
	pub genesis: Hash,
}

impl Chain {
	pub async fn connect(url: &str) -> Result<Self> {
		let client = Self::dial(url).await?;
		let genesis: Value = client
			.request("chain_getBlockHash", rpc_params![0u32])
			.await
			.map_err(rpc_error)?;
		let genesis = parse_hash(&genesis)?;
		Ok(Chain { url: url.to_string(), client: RwLock::new(Some(Arc::new(client))), genesis })
	}

	/// A chain not dialled yet (the first request dials `url`): for tests of what the gateway
	/// answers before, or without, asking the node.
	#[cfg(test)]
	pub fn offline(url: &str) -> Self {
		Chain { url: url.to_string(), client: RwLock::new(None), genesis: Hash::zero() }
	}

	async fn dial(url: &str) -> Result<WsClient> {
		WsClientBuilder::default()
			.request_timeout(Duration::from_secs(30))
			.connection_timeout(Duration::from_secs(5))
			.build(url)
			.await
			.map_err(|e| ChainError::Unreachable(format!("{url}: {e}")))
	}

	/// The client, redialled if the connection dropped.
	async fn client(&self) -> Result<Arc<WsClient>> {
		if let Some(c) = self.client.read().await.as_ref().filter(|c| c.is_connected()) {
			return Ok(c.clone());
		}
		let mut c = self.client.write().await;
		if let Some(c) = c.as_ref().filter(|c| c.is_connected()) {
			return Ok(c.clone());
		}
		let dialled = Arc::new(Self::dial(&self.url).await?);
		*c = Some(dialled.clone());
		Ok(dialled)
	}

	async fn request(
		&self,
		method: &str,
		params: jsonrpsee::core::params::ArrayParams,
	) -> Result<Value> {
		self.client().await?.request(method, params).await.map_err(rpc_error)
	}

	pub async fn block_hash(&self, number: u32) -> Result<Option<Hash>> {
		let v = self.request("chain_getBlockHash", rpc_params![number]).await?;
		if v.is_null() {
			Ok(None)
		} else {
			parse_hash(&v).map(Some)
		}
	}

	/// The best block's number and hash.
	pub async fn best(&self) -> Result<(u32, Hash)> {
		let header = self.request("chain_getHeader", rpc_params![]).await?;
		let number = parse_number(&header["number"])?;
		let hash = self
			.block_hash(number)
			.await?
			.ok_or_else(|| ChainError::Other("no best hash".into()))?;
		Ok((number, hash))
	}

	/// A mortal era checkpointed at the best block, and the hash of its birth block (what
	/// `CheckEra` signs over), read with `chain_getBlockHash`.
	pub async fn checkpoint(&self) -> Result<(sp_runtime::generic::Era, Hash)> {
		let header = self.request("chain_getHeader", rpc_params![]).await?;
		let number = parse_number(&header["number"])?;
		let era = crate::tx::era(number);
		let birth = crate::tx::birth(era, number);
		let hash = self
			.block_hash(birth)
			.await?
			.ok_or_else(|| ChainError::Other(format!("no block #{birth}")))?;
		Ok((era, hash))
	}

	pub async fn storage_raw(&self, key: &[u8], at: Option<Hash>) -> Result<Option<Vec<u8>>> {
		let v = self
			.request("state_getStorage", rpc_params![hex(key), at.map(|h| hex(h.as_bytes()))])
			.await?;
		match v.as_str() {
			None => Ok(None),
			Some(s) => unhex(s).map(Some),
		}
	}

	pub async fn storage<T: Decode>(&self, key: &[u8], at: Option<Hash>) -> Result<Option<T>> {
		match self.storage_raw(key, at).await? {
			None => Ok(None),
			Some(bytes) => T::decode(&mut &bytes[..])
				.map(Some)
				.map_err(|e| ChainError::Other(format!("decode: {e}"))),
		}
	}

	/// Call runtime API `method` (e.g. `ModelInvocationApi_invocation`) with SCALE `args`.
	pub async fn call<R: Decode>(
		&self,
		method: &str,
		args: impl Encode,
		at: Option<Hash>,
	) -> Result<R> {
		let v = self
			.request(
				"state_call",
				rpc_params![method, hex(&args.encode()), at.map(|h| hex(h.as_bytes()))],
			)
			.await?;
		let bytes = unhex(v.as_str().unwrap_or_default())?;
		R::decode(&mut &bytes[..]).map_err(|e| ChainError::Other(format!("decode {method}: {e}")))
	}

	pub async fn events(&self, at: Hash) -> Result<Vec<EventRecord>> {
		let key = frame_support::storage::storage_prefix(b"System", b"Events");
		Ok(self.storage::<Vec<EventRecord>>(&key, Some(at)).await?.unwrap_or_default())
	}

	pub async fn nonce(&self, who: &AccountId) -> Result<u32> {
		let v = self.request("system_accountNextIndex", rpc_params![who.to_ss58check()]).await?;
		v.as_u64()
			.map(|n| n as u32)
			.ok_or_else(|| ChainError::Other("bad nonce".into()))
	}

	async fn versions(&self) -> Result<(u32, u32)> {
		let v = self.request("state_getRuntimeVersion", rpc_params![]).await?;
		let spec = v["specVersion"]
			.as_u64()
			.ok_or_else(|| ChainError::Other("no specVersion".into()))?;
		let tx = v["transactionVersion"]
			.as_u64()
			.ok_or_else(|| ChainError::Other("no transactionVersion".into()))?;
		Ok((spec as u32, tx as u32))
	}

	/// Sign `call` as `signer`, submit it, wait until it is in a block; returns the block hash and
	/// the extrinsic's events. A failed dispatch is `ChainError::Failed` with the error in words.
	///
	/// `held` (the signer's submission lock) is released as soon as the pool has the transaction,
	/// so the next one from the same account gets the next nonce without waiting for a block.
	pub async fn submit(
		&self,
		signer: &sr25519::Pair,
		call: RuntimeCall,
		held: Option<tokio::sync::OwnedMutexGuard<()>>,
	) -> Result<(Hash, Vec<RuntimeEvent>)> {
		let who: AccountId = signer.public().into();
		let nonce = self.nonce(&who).await?;
		let (spec, tx_version) = self.versions().await?;
		let (era, birth_hash) = self.checkpoint().await?;
		let xt =
			crate::tx::sign(call, signer, nonce, self.genesis, era, birth_hash, spec, tx_version);
		let xt_hex = hex(&xt);
		let client = self.client().await?;
		let mut sub: Subscription<Value> = client
			.subscribe(
				"author_submitAndWatchExtrinsic",
				rpc_params![xt_hex.clone()],
				"author_unwatchExtrinsic",
			)
			.await
			.map_err(rpc_error)?;
		drop(held);
		let block = loop {
			let status = tokio::time::timeout(Duration::from_secs(120), sub.next())
				.await
				.map_err(|_| ChainError::Other("no block within 120 s".into()))?
				.ok_or_else(|| ChainError::Unreachable("the node closed the subscription".into()))?
				.map_err(|e| ChainError::Other(e.to_string()))?;
			if let Some(h) = status.get("inBlock").or_else(|| status.get("finalized")) {
				break parse_hash(h)?;
			}
			if let Some(s) = status.as_str() {
				if matches!(s, "invalid" | "dropped" | "usurped") {
					return Err(ChainError::Rejected(format!("transaction {s}")));
				}
			} else if status.get("dropped").is_some() ||
				status.get("invalid").is_some() ||
				status.get("usurped").is_some()
			{
				return Err(ChainError::Rejected(format!("transaction {status}")));
			}
		};
		let _ = sub.unsubscribe().await;
		let body = self.request("chain_getBlock", rpc_params![hex(block.as_bytes())]).await?;
		let index = body["block"]["extrinsics"]
			.as_array()
			.and_then(|xts| xts.iter().position(|x| x.as_str() == Some(xt_hex.as_str())))
			.ok_or_else(|| ChainError::Other("extrinsic not found in its block".into()))?
			as u32;
		let events: Vec<RuntimeEvent> = self
			.events(block)
			.await?
			.into_iter()
			.filter(|r| r.phase == frame_system::Phase::ApplyExtrinsic(index))
			.map(|r| r.event)
			.collect();
		for e in &events {
			if let RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
				dispatch_error,
				..
			}) = e
			{
				return Err(ChainError::Failed(describe(dispatch_error), *dispatch_error));
			}
		}
		Ok((block, events))
	}
}

fn parse_hash(v: &Value) -> Result<Hash> {
	let bytes = unhex(v.as_str().ok_or_else(|| ChainError::Other(format!("not a hash: {v}")))?)?;
	if bytes.len() != 32 {
		return Err(ChainError::Other(format!("not a hash: {v}")));
	}
	Ok(Hash::from_slice(&bytes))
}

fn parse_number(v: &Value) -> Result<u32> {
	let s = v.as_str().ok_or_else(|| ChainError::Other(format!("not a number: {v}")))?;
	u32::from_str_radix(s.trim_start_matches("0x"), 16)
		.map_err(|_| ChainError::Other(format!("not a number: {v}")))
}

/// A dispatch error in words, naming Lineage's pallet errors.
pub fn describe(err: &DispatchError) -> String {
	use frame_support::traits::PalletInfoAccess;
	if let DispatchError::Module(m) = err {
		let bytes = &m.error[..];
		let name = if m.index as usize == lineage_runtime::ModelInvocation::index() {
			pallet_model_invocation::Error::<Runtime>::decode(&mut &bytes[..])
				.map(|e| format!("modelInvocation.{e:?}"))
				.ok()
		} else if m.index as usize == lineage_runtime::AssetRegistry::index() {
			pallet_asset_registry::Error::<Runtime>::decode(&mut &bytes[..])
				.map(|e| format!("assetRegistry.{e:?}"))
				.ok()
		} else if m.index as usize == lineage_runtime::RoyaltySplit::index() {
			pallet_royalty_split::Error::<Runtime>::decode(&mut &bytes[..])
				.map(|e| format!("royaltySplit.{e:?}"))
				.ok()
		} else {
			None
		};
		if let Some(name) = name {
			return name;
		}
	}
	format!("{err:?}")
}

/// Whether a failure means the paying account lacks funds.
pub fn is_out_of_funds(err: &ChainError) -> bool {
	match err {
		ChainError::Rejected(s) => s.contains("Inability to pay") || s.contains("balance too low"),
		ChainError::Failed(s, e) =>
			s.contains("InsufficientBalance") || matches!(e, DispatchError::Token(_)),
		_ => false,
	}
}

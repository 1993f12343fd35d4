//! The channel ledger: every channel's newest accepted voucher and every call's receipt. A call
//! is answered only after its voucher and receipt are committed here.
//!
//! Two stores keep it:
//!
//! - **local** (the default, `local.rs`): SQLite in the gateway's data dir, for one gateway
//!   instance per provider key.
//! - **shared** (`--shared-ledger postgres://…`, `shared.rs`): PostgreSQL, for several instances of
//!   one provider behind a load balancer. A call's channel is marked held by its instance from
//!   admission to commit, so two instances never take the same voucher, and each admission reads
//!   the channel as the last instance left it. One instance at a time (the holder of an advisory
//!   lock) submits claims.

mod local;
mod shared;

use std::{collections::HashMap, path::Path};

use lineage_primitives::{receipts::Frontier, AssetId, CallReceipt, ChannelId, ContentHash};
use lineage_runtime::{AccountId, Balance};

/// A channel as the gateway has accepted it: the newest voucher, and the receipts up to it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tab {
	/// The model the channel pays.
	pub model: AssetId,
	/// What the channel has been charged in all (calls `1 ..= calls`): what a claim of
	/// `signed` pays. The newest voucher's amount on a channel priced per call; on one priced
	/// per token, its `amount − reserve` plus the last call's charge.
	pub amount: Balance,
	/// The newest voucher's cumulative calls (and so the last call's number).
	pub calls: u64,
	/// The receipts of calls `1 ..= calls`: its root is what the next voucher must carry.
	pub frontier: Frontier,
	/// The SCALE encoding of the newest voucher with its signature and, priced per token, its
	/// last call's receipt (what a claim submits). Empty before the channel's first call.
	pub signed: Vec<u8>,
}

/// One answered call: the channel's new tab and the call's receipt.
pub struct Entry {
	/// The channel.
	pub channel: ChannelId,
	/// Its tab after the call.
	pub tab: Tab,
	/// The call's receipt.
	pub receipt: CallReceipt<Balance>,
}

/// Why a channel could not be held for a call.
#[derive(Debug)]
pub enum HoldError {
	/// Another gateway instance holds it for a call of its own.
	Busy,
	/// The store failed.
	Store(String),
}

/// A channel held for one call, from its admission to its record. Dropped without a record (the
/// call failed or was refused), it lets the channel go with nothing written.
pub enum Hold {
	/// The local ledger: the book's own lock on the tab is the whole hold.
	Local,
	/// The shared ledger: the channel's row marked held by this instance.
	Shared(Box<shared::Held>),
}

impl Hold {
	/// Let the channel go with nothing written, before returning.
	pub async fn release(self) {
		if let Hold::Shared(held) = self {
			(*held).release().await;
		}
	}

	/// The channel as the ledger has it now (the shared ledger's row, which other instances may
	/// have moved on since this one last read it); `None` from the local ledger, whose tabs are
	/// the book's own.
	pub fn tab(&self) -> Option<&Tab> {
		match self {
			Hold::Local => None,
			Hold::Shared(held) => Some(held.tab()),
		}
	}
}

/// The ledger, in one of its two stores.
pub enum Ledger {
	/// SQLite, one gateway instance.
	Local(local::Local),
	/// PostgreSQL, shared by several instances of one provider.
	Shared(shared::Shared),
}

impl Ledger {
	/// Open (or create) the local ledger in `dir`.
	pub fn open(dir: &Path) -> Result<Ledger, String> {
		local::Local::open(dir).map(Ledger::Local)
	}

	/// Connect to the shared ledger at `url` (creating its tables if they are missing). It
	/// belongs to one chain (`genesis`) and one provider key: a database another chain's or
	/// provider's gateways use is refused, and so is an instance serving other `models` than the
	/// instances present.
	pub async fn connect(
		url: &str,
		genesis: ContentHash,
		provider: &AccountId,
		models: &[AssetId],
	) -> Result<Ledger, String> {
		shared::Shared::connect(url, genesis, provider, models)
			.await
			.map(Ledger::Shared)
	}

	/// Whether other gateway instances share this ledger.
	pub fn is_shared(&self) -> bool {
		matches!(self, Ledger::Shared(_))
	}

	/// Every channel's tab, as the ledger has it now.
	pub async fn tabs(&self) -> Result<HashMap<ChannelId, Tab>, String> {
		match self {
			Ledger::Local(l) => l.tabs_now(),
			Ledger::Shared(s) => s.tabs().await,
		}
	}

	/// The tabs the book starts with: the local ledger's; none from the shared ledger, whose
	/// tabs are read at each admission and each block.
	pub fn tabs_at_start(&self) -> Result<HashMap<ChannelId, Tab>, String> {
		match self {
			Ledger::Local(l) => l.tabs_now(),
			Ledger::Shared(_) => Ok(HashMap::new()),
		}
	}

	/// Hold `channel` (paying `model`) for one call: `Busy` if another instance holds it.
	pub async fn hold(&self, channel: ChannelId, model: AssetId) -> Result<Hold, HoldError> {
		match self {
			Ledger::Local(_) => Ok(Hold::Local),
			Ledger::Shared(s) => s.hold(channel, model).await.map(|h| Hold::Shared(Box::new(h))),
		}
	}

	/// Commit `entry`, the call `hold` was taken for; returns once it is durable.
	pub async fn record(&self, hold: Hold, entry: Entry) -> Result<(), String> {
		match (self, hold) {
			(Ledger::Local(l), _) => l.record(entry).await,
			(Ledger::Shared(_), Hold::Shared(held)) => (*held).record(entry).await,
			(Ledger::Shared(_), Hold::Local) =>
				Err("channel ledger: a call recorded without holding its channel".into()),
		}
	}

	/// Call `call`'s receipt in `channel`.
	pub async fn receipt(
		&self,
		channel: ChannelId,
		call: u64,
	) -> Result<Option<CallReceipt<Balance>>, String> {
		match self {
			Ledger::Local(l) => l.receipt(channel, call).await,
			Ledger::Shared(s) => s.receipt(channel, call).await,
		}
	}

	/// The leaf hashes of `channel`'s receipts of calls `1 ..= upto`, in order.
	pub async fn leaves(&self, channel: ChannelId, upto: u64) -> Result<Vec<ContentHash>, String> {
		match self {
			Ledger::Local(l) => l.leaves(channel, upto).await,
			Ledger::Shared(s) => s.leaves(channel, upto).await,
		}
	}

	/// Delete `channels`' tabs and receipts (closed and past the retention) in one transaction.
	pub async fn forget(&self, channels: Vec<ChannelId>) -> Result<(), String> {
		match self {
			Ledger::Local(l) => l.forget(channels).await,
			Ledger::Shared(s) => s.forget(channels).await,
		}
	}

	/// Whether this instance submits the claims: always with the local ledger; with the shared
	/// one, the instance holding the claimer's lock (taken when free, kept while its connection
	/// lives, so another instance takes over when the claimer stops).
	pub async fn claimer(&self) -> bool {
		match self {
			Ledger::Local(_) => true,
			Ledger::Shared(s) => s.claimer().await,
		}
	}
}

/// SQL integers are signed: ids and call numbers past `i64::MAX` are refused, never wrapped.
fn int(n: u64) -> Result<i64, String> {
	i64::try_from(n).map_err(|_| format!("channel ledger: {n} is past the largest id it keeps"))
}

#[cfg(test)]
pub(crate) mod tests;

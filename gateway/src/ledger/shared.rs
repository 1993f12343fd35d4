//! The shared ledger: PostgreSQL, for several gateway instances of one provider behind a load
//! balancer (`--shared-ledger postgres://user@host:port/db`).
//!
//! - **One call at a time per channel, across instances.** Each instance is present in the database
//!   through one connection holding a session advisory lock on its id. A call's admission marks its
//!   channel's row as held by the instance (one `UPDATE … RETURNING`, which also reads the tab: the
//!   next voucher is checked against what the last instance committed), unless another instance
//!   that is still present holds it (`Busy`, HTTP 409, at once). The call's receipt and new tab are
//!   written, and the hold cleared, in one transaction committed before the call is answered. No
//!   connection is kept for a call in progress, so calls at once are not bounded by the database's
//!   connections.
//! - **An instance that dies mid-call** (SIGKILL, lost machine) loses its presence: its holds are
//!   void at once, its calls were not charged, and the caller's same voucher is taken by any other
//!   instance. A hold also ends `HOLD_FOR` after it was taken (longer than any call may last), for
//!   an instance that hangs while still connected.
//! - **One claimer.** The instance whose presence also holds the claimer's advisory lock submits
//!   the claims (one provider key, one nonce sequence). When it stops, the next instance to ask
//!   becomes the claimer.
//! - **One chain, one provider, one set of models.** The database records the genesis hash and the
//!   provider key of the first gateway to use it and refuses any other. Every present instance
//!   serves the same models (the claimer claims only the channels of the models it serves): an
//!   instance serving others is refused while any other instance is present; the first to start
//!   when none is present sets them.
//! - **Connections that die quietly** are noticed by TCP keepalives after about 30 s (and a
//!   statement waits 10 s at most), so a cut-off instance's holds and claimer's lock go with it.
//!
//! The connection is plain TCP (or a Unix socket): keep the database on the instances' private
//! network.

use std::{
	collections::HashMap,
	sync::{
		atomic::{AtomicI64, AtomicUsize, Ordering::Relaxed},
		Arc, Mutex,
	},
	time::Duration,
};

use codec::{Decode, Encode};
use lineage_primitives::{receipts::Frontier, AssetId, CallReceipt, ChannelId, ContentHash};
use lineage_runtime::{AccountId, Balance};
use tokio_postgres::{Client, NoTls, Row};

use super::{int, Entry, HoldError, Tab};

/// How long a hold lasts at most: past the longest a call may hold its channel
/// (`channels::MAX_CALL`), with a margin.
const HOLD_FOR: Duration = Duration::from_secs(180);
/// How long the presence connection may take to answer before it is dropped.
const ASK_WITHIN: Duration = Duration::from_secs(5);
/// Idle connections kept for transactions.
const POOLED: usize = 4;
/// Connections every single statement shares (calls' holds and records, reads).
const LANES: usize = 8;
/// The advisory locks' first key (two-key form): "LNG\x01". Second key: the instance's id for
/// its presence, `SCHEMA` while the tables are created, `CLAIMER` for the claimer.
const NAMESPACE: i32 = 0x4c4e_4701;
const SCHEMA: i32 = 0;
// `PRESENT` spells `NAMESPACE` out.
const _: () = assert!(NAMESPACE == 1_280_198_401);
const CLAIMER: i32 = -1;

const TABLES: &str = "
CREATE TABLE IF NOT EXISTS lineage_ledger (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	genesis BYTEA NOT NULL,
	provider BYTEA NOT NULL,
	models BIGINT[] NOT NULL
);
CREATE TABLE IF NOT EXISTS lineage_tabs (
	channel BIGINT PRIMARY KEY,
	model BIGINT NOT NULL,
	amount TEXT NOT NULL,
	calls BIGINT NOT NULL,
	frontier BYTEA NOT NULL,
	signed BYTEA NOT NULL,
	held_by INTEGER,
	held_token BIGINT,
	held_until TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS lineage_receipts (
	channel BIGINT NOT NULL,
	call BIGINT NOT NULL,
	receipt BYTEA NOT NULL,
	leaf BYTEA NOT NULL,
	PRIMARY KEY (channel, call)
);
";

const TAB_COLUMNS: &str = "channel, model, amount, calls, frontier, signed";

/// `pg_locks l` rows of the instances present in this database (their id is `l.objid`; not the
/// table creation's lock, 0, nor the claimer's, -1 read as an oid).
const PRESENT: &str = "l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
	AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
	AND l.classid = 1280198401::oid AND l.objid > 0::oid AND l.objid < 2147483648::oid";

fn pg(e: tokio_postgres::Error) -> String {
	format!("shared channel ledger: {e}")
}

/// Connections to the database: `LANES` shared by every single statement (each connection
/// pipelines what concurrent calls send it), and idle ones for transactions.
struct Pool {
	config: tokio_postgres::Config,
	idle: Mutex<Vec<Client>>,
	lanes: Vec<tokio::sync::Mutex<Option<Arc<Lane>>>>,
	next_lane: AtomicUsize,
}

/// A connection shared by single statements, with the statements it has prepared (parsed and
/// planned once per connection, not once per call).
struct Lane {
	client: Client,
	prepared: Mutex<HashMap<String, tokio_postgres::Statement>>,
}

impl Pool {
	async fn connect(&self) -> Result<Client, String> {
		let (client, connection) = self.config.connect(NoTls).await.map_err(pg)?;
		tokio::spawn(async move {
			if let Err(e) = connection.await {
				tracing::warn!("shared channel ledger connection: {e}");
			}
		});
		Ok(client)
	}

	/// An idle connection, or a new one.
	async fn take(&self) -> Result<Client, String> {
		let idle = self.idle.lock().ok().and_then(|mut idle| {
			while let Some(c) = idle.pop() {
				if !c.is_closed() {
					return Some(c);
				}
			}
			None
		});
		match idle {
			Some(c) => Ok(c),
			None => self.connect().await,
		}
	}

	/// Keep `client` (outside any transaction) for the next use.
	fn give_back(&self, client: Client) {
		if client.is_closed() {
			return;
		}
		if let Ok(mut idle) = self.idle.lock() {
			if idle.len() < POOLED {
				idle.push(client);
			}
		}
	}

	/// The next lane (connected again if its connection was lost).
	async fn lane(&self) -> Result<Arc<Lane>, String> {
		let i = self.next_lane.fetch_add(1, Relaxed) % self.lanes.len().max(1);
		let Some(lane) = self.lanes.get(i) else { return Err("no lanes".into()) };
		let mut lane = lane.lock().await;
		if let Some(l) = lane.as_ref().filter(|l| !l.client.is_closed()) {
			return Ok(l.clone());
		}
		let fresh =
			Arc::new(Lane { client: self.connect().await?, prepared: Mutex::new(HashMap::new()) });
		*lane = Some(fresh.clone());
		Ok(fresh)
	}

	/// Run the single statement `statement` with `params` (its own transaction): the rows.
	async fn query(
		&self,
		statement: &str,
		params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
	) -> Result<Vec<Row>, String> {
		let lane = self.lane().await?;
		let known = lane.prepared.lock().ok().and_then(|p| p.get(statement).cloned());
		let prepared = match known {
			Some(p) => p,
			None => {
				let p = lane.client.prepare(statement).await.map_err(pg)?;
				if let Ok(mut all) = lane.prepared.lock() {
					all.insert(statement.to_string(), p.clone());
				}
				p
			},
		};
		lane.client.query(&prepared, params).await.map_err(pg)
	}
}

/// This instance in the database: the connection holding the advisory lock on its id (and, once
/// it has it, the claimer's).
struct Presence {
	client: Client,
	id: i32,
	claimer: bool,
}

/// The shared ledger.
pub struct Shared {
	pool: Arc<Pool>,
	presence: tokio::sync::Mutex<Option<Presence>>,
	/// Numbers this instance's holds, so clearing an old hold never clears a newer one.
	holds: AtomicI64,
}

/// A channel held for one call by this instance (as `holder`, hold number `token`).
pub struct Held {
	pool: Arc<Pool>,
	channel: i64,
	holder: i32,
	token: i64,
	tab: Tab,
	/// Cleared once the call is recorded: otherwise dropping it clears the hold.
	live: bool,
}

fn tab_of(row: &Row) -> Result<(ChannelId, Tab), String> {
	let channel: i64 = row.get(0);
	let bad = |what: &str| format!("shared channel ledger: channel {channel}: bad {what}");
	let model: i64 = row.get(1);
	let amount: String = row.get(2);
	let calls: i64 = row.get(3);
	let frontier: Vec<u8> = row.get(4);
	let tab = Tab {
		model: u64::try_from(model).map_err(|_| bad("model"))?,
		amount: amount.parse().map_err(|_| bad("amount"))?,
		calls: u64::try_from(calls).map_err(|_| bad("calls"))?,
		frontier: Frontier::decode(&mut &frontier[..]).map_err(|_| bad("frontier"))?,
		signed: row.get(5),
	};
	Ok((u64::try_from(channel).map_err(|_| bad("id"))?, tab))
}

impl Shared {
	/// Connect to `url`, create the tables if they are missing and check that the database is
	/// this chain's and this provider's.
	pub async fn connect(
		url: &str,
		genesis: ContentHash,
		provider: &AccountId,
		models: &[AssetId],
	) -> Result<Shared, String> {
		let mut config: tokio_postgres::Config =
			url.parse().map_err(|e| format!("--shared-ledger {url}: {e}"))?;
		config
			.connect_timeout(Duration::from_secs(10))
			.keepalives_idle(Duration::from_secs(10))
			.keepalives_interval(Duration::from_secs(5))
			.keepalives_retries(3)
			.tcp_user_timeout(Duration::from_secs(30))
			.options("-c statement_timeout=10000");
		let pool = Arc::new(Pool {
			config,
			idle: Mutex::new(Vec::new()),
			lanes: (0..LANES).map(|_| tokio::sync::Mutex::new(None)).collect(),
			next_lane: AtomicUsize::new(0),
		});
		let shared =
			Shared { pool, presence: tokio::sync::Mutex::new(None), holds: AtomicI64::new(0) };
		// Present first: an instance starting at the same time sees this one.
		let me = shared.me().await?;
		let mut models = models.iter().map(|m| int(*m)).collect::<Result<Vec<i64>, String>>()?;
		models.sort_unstable();
		models.dedup();
		let pool = shared.pool.clone();
		let client = pool.connect().await?;
		let provider: &[u8] = provider.as_ref();
		let genesis: &[u8] = genesis.as_bytes();
		client.batch_execute("BEGIN").await.map_err(pg)?;
		client
			.execute("SELECT pg_advisory_xact_lock($1, $2)", &[&NAMESPACE, &SCHEMA])
			.await
			.map_err(pg)?;
		client.batch_execute(TABLES).await.map_err(pg)?;
		client
			.execute(
				"INSERT INTO lineage_ledger (id, genesis, provider, models) VALUES (1, $1, $2, $3)
				 ON CONFLICT (id) DO NOTHING",
				&[&genesis, &provider, &models],
			)
			.await
			.map_err(pg)?;
		let others = client
			.query_one(
				&format!("SELECT count(*) FROM pg_locks l WHERE {PRESENT} AND l.objid <> $1::integer::oid"),
				&[&me],
			)
			.await
			.map_err(pg)?;
		if others.get::<_, i64>(0) == 0 {
			client
				.execute("UPDATE lineage_ledger SET models = $1 WHERE id = 1", &[&models])
				.await
				.map_err(pg)?;
		}
		let row = client
			.query_one("SELECT genesis, provider, models FROM lineage_ledger WHERE id = 1", &[])
			.await
			.map_err(pg)?;
		client.batch_execute("COMMIT").await.map_err(pg)?;
		let (their_genesis, their_provider): (Vec<u8>, Vec<u8>) = (row.get(0), row.get(1));
		let their_models: Vec<i64> = row.get(2);
		if their_genesis != genesis {
			return Err(format!(
				"--shared-ledger {url}: it is the ledger of another chain (genesis {}), not this one's",
				crate::chain::hex(&their_genesis)
			));
		}
		if their_provider != provider {
			return Err(format!(
				"--shared-ledger {url}: it is the ledger of another provider key ({}), not this gateway's",
				crate::chain::hex(&their_provider)
			));
		}
		if their_models != models {
			return Err(format!(
				"--shared-ledger {url}: the instances present serve models {their_models:?}, this one {models:?}: every instance on a shared ledger serves the same models (stop them all to change them)"
			));
		}
		pool.give_back(client);
		Ok(shared)
	}

	/// This instance's id, present in the database (a new one if its presence was lost: the
	/// holds of the old one are void).
	async fn me(&self) -> Result<i32, String> {
		let mut presence = self.presence.lock().await;
		if let Some(p) = presence.as_ref().filter(|p| !p.client.is_closed()) {
			return Ok(p.id);
		}
		*presence = None;
		let client = self.pool.connect().await?;
		for _ in 0..16 {
			// Ids are positive, so they read back the same through `oid` in `pg_locks`.
			let id = i32::from_le_bytes(random_bytes()) & i32::MAX;
			if id <= 0 {
				continue;
			}
			let row = client
				.query_one("SELECT pg_try_advisory_lock($1, $2)", &[&NAMESPACE, &id])
				.await
				.map_err(pg)?;
			if row.get::<_, bool>(0) {
				*presence = Some(Presence { client, id, claimer: false });
				return Ok(id);
			}
		}
		Err("shared channel ledger: no free instance id".into())
	}

	/// Every channel's tab (a channel whose first call was refused has one with no calls).
	pub async fn tabs(&self) -> Result<HashMap<ChannelId, Tab>, String> {
		let rows = self.pool.query(&format!("SELECT {TAB_COLUMNS} FROM lineage_tabs"), &[]).await?;
		rows.iter().map(tab_of).collect()
	}

	/// Hold `channel` (paying `model`) for one call of this instance's: `Busy` while another
	/// present instance holds it. A hold of this instance's own is one whose clearing is still
	/// on its way (the book's lock keeps this instance's calls on a channel one at a time).
	pub async fn hold(&self, channel: ChannelId, model: AssetId) -> Result<Held, HoldError> {
		let id = int(channel).map_err(HoldError::Store)?;
		let holder = self.me().await.map_err(HoldError::Store)?;
		let hold = format!(
			"UPDATE lineage_tabs t SET held_by = $2, held_token = $4,
				held_until = now() + make_interval(secs => $3)
			 WHERE channel = $1 AND (held_by IS NULL OR held_by = $2 OR held_until < now() OR NOT EXISTS (
				SELECT 1 FROM pg_locks l WHERE {PRESENT} AND l.objid = t.held_by::oid))
			 RETURNING {TAB_COLUMNS}"
		);
		let secs = HOLD_FOR.as_secs_f64();
		let token = self.holds.fetch_add(1, Relaxed);
		for first in [true, false] {
			let rows = self
				.pool
				.query(&hold, &[&id, &holder, &secs, &token])
				.await
				.map_err(HoldError::Store)?;
			if let Some(row) = rows.first() {
				let (_, tab) = tab_of(row).map_err(HoldError::Store)?;
				return Ok(Held {
					pool: self.pool.clone(),
					channel: id,
					holder,
					token,
					tab,
					live: true,
				});
			}
			let exists = self
				.pool
				.query("SELECT 1 FROM lineage_tabs WHERE channel = $1", &[&id])
				.await
				.map_err(HoldError::Store)?;
			if !exists.is_empty() {
				return Err(HoldError::Busy);
			}
			if first {
				// The channel's first call: its row, with nothing accepted yet, then hold it.
				let model = int(model).map_err(HoldError::Store)?;
				self.pool
					.query(
						"INSERT INTO lineage_tabs (channel, model, amount, calls, frontier, signed)
						 VALUES ($1, $2, '0', 0, $3, '') ON CONFLICT (channel) DO NOTHING",
						&[&id, &model, &Frontier::default().encode()],
					)
					.await
					.map_err(HoldError::Store)?;
			}
		}
		Err(HoldError::Store(format!("shared channel ledger: channel {channel}'s row is missing")))
	}

	/// Call `call`'s receipt in `channel`.
	pub async fn receipt(
		&self,
		channel: ChannelId,
		call: u64,
	) -> Result<Option<CallReceipt<Balance>>, String> {
		let rows = self
			.pool
			.query(
				"SELECT receipt FROM lineage_receipts WHERE channel = $1 AND call = $2",
				&[&int(channel)?, &int(call)?],
			)
			.await?;
		rows.first()
			.map(|r| {
				let bytes: Vec<u8> = r.get(0);
				CallReceipt::decode(&mut &bytes[..]).map_err(|e| format!("stored receipt: {e}"))
			})
			.transpose()
	}

	/// The leaf hashes of `channel`'s receipts of calls `1 ..= upto`, in order.
	pub async fn leaves(&self, channel: ChannelId, upto: u64) -> Result<Vec<ContentHash>, String> {
		let rows = self
			.pool
			.query(
				"SELECT leaf FROM lineage_receipts WHERE channel = $1 AND call <= $2 ORDER BY call",
				&[&int(channel)?, &int(upto)?],
			)
			.await?;
		rows.iter()
			.map(|r| {
				let leaf: Vec<u8> = r.get(0);
				<[u8; 32]>::try_from(leaf.as_slice())
					.map(ContentHash::from)
					.map_err(|_| format!("shared channel ledger: channel {channel}: bad leaf"))
			})
			.collect()
	}

	/// Delete `channels`' tabs and receipts in one transaction.
	pub async fn forget(&self, channels: Vec<ChannelId>) -> Result<(), String> {
		let ids = channels.into_iter().map(int).collect::<Result<Vec<i64>, String>>()?;
		let client = self.pool.take().await?;
		let deleted = async {
			client.batch_execute("BEGIN").await?;
			client
				.execute("DELETE FROM lineage_receipts WHERE channel = ANY($1)", &[&ids])
				.await?;
			client
				.execute("DELETE FROM lineage_tabs WHERE channel = ANY($1)", &[&ids])
				.await?;
			client.batch_execute("COMMIT").await
		}
		.await;
		// A failed transaction's connection is not reused.
		deleted.map_err(pg)?;
		self.pool.give_back(client);
		Ok(())
	}

	/// Whether this instance submits the claims (taking the claimer's lock if it is free).
	pub async fn claimer(&self) -> bool {
		if let Err(e) = self.me().await {
			tracing::warn!("cannot reach the shared channel ledger: {e}");
			return false;
		}
		let mut presence = self.presence.lock().await;
		let Some(p) = presence.as_mut() else { return false };
		// Asked each block (also whether the connection holding the lock still answers): a
		// presence that does not answer within `ASK_WITHIN` is dropped with its locks.
		let asked = tokio::time::timeout(
			ASK_WITHIN,
			p.client
				.query_one("SELECT pg_try_advisory_lock($1, $2)", &[&NAMESPACE, &CLAIMER]),
		)
		.await;
		match asked {
			Ok(Ok(row)) => match (row.get::<_, bool>(0), p.claimer) {
				(true, false) => {
					tracing::info!("this instance now submits the claims");
					p.claimer = true;
				},
				// Taken again by the session holding it (it is re-entrant): keep it taken once.
				(true, true) => {
					let _ = p
						.client
						.query_one("SELECT pg_advisory_unlock($1, $2)", &[&NAMESPACE, &CLAIMER])
						.await;
				},
				(false, _) => p.claimer = false,
			},
			Ok(Err(e)) => {
				tracing::warn!("cannot ask for the claimer's lock: {e}");
				*presence = None;
			},
			Err(_) => {
				tracing::warn!("the shared ledger did not answer within {ASK_WITHIN:?}: this instance is no longer present");
				*presence = None;
			},
		}
		presence.as_ref().is_some_and(|p| p.claimer)
	}
}

/// Four bytes from the standard library's randomly keyed hasher (an instance's id: unique among
/// the present instances, which the advisory lock on it checks).
fn random_bytes() -> [u8; 4] {
	let mut bytes = [0u8; 4];
	let seed = std::collections::hash_map::RandomState::new();
	let n = std::hash::BuildHasher::hash_one(&seed, std::time::SystemTime::now());
	bytes.copy_from_slice(&n.to_le_bytes()[..4]);
	bytes
}

impl Held {
	/// The channel as the ledger has it.
	pub fn tab(&self) -> &Tab {
		&self.tab
	}

	/// Write `entry` (the call this hold was taken for) and clear the hold, in one transaction.
	/// Refused if the hold is no longer this instance's (it lost its presence, or the hold
	/// outlived `HOLD_FOR`): another instance may have taken the channel since.
	pub async fn record(mut self, entry: Entry) -> Result<(), String> {
		if int(entry.channel)? != self.channel {
			return Err("shared channel ledger: a call recorded on another channel".into());
		}
		let leaf = lineage_primitives::receipts::leaf_hash(&entry.receipt);
		// One statement (one round trip, one commit): the tab's update only while the hold is
		// still this one, and the receipt only with it.
		let rows = self
			.pool
			.query(
				"WITH held AS (
					UPDATE lineage_tabs SET amount = $3, calls = $4, frontier = $5, signed = $6,
						held_by = NULL, held_token = NULL, held_until = NULL
					WHERE channel = $1 AND held_by = $2 AND held_token = $7 AND held_until >= now()
					RETURNING channel)
				 INSERT INTO lineage_receipts (channel, call, receipt, leaf)
				 SELECT channel, $8, $9, $10 FROM held RETURNING call",
				&[
					&self.channel,
					&self.holder,
					&entry.tab.amount.to_string(),
					&int(entry.tab.calls)?,
					&entry.tab.frontier.encode(),
					&entry.tab.signed,
					&self.token,
					&int(entry.receipt.call)?,
					&entry.receipt.encode(),
					&leaf.as_bytes(),
				],
			)
			.await?;
		if rows.len() != 1 {
			return Err(format!(
				"shared channel ledger: channel {} is no longer held by this instance",
				entry.channel
			));
		}
		self.live = false;
		Ok(())
	}
}

impl Held {
	/// Let the channel go, nothing written, before returning (a refused call's next try, at
	/// any instance, finds it free).
	pub async fn release(mut self) {
		self.live = false;
		clear(&self.pool, self.channel, self.holder, self.token).await;
	}
}

async fn clear(pool: &Pool, channel: i64, holder: i32, token: i64) {
	if let Err(e) = pool
		.query(
			"UPDATE lineage_tabs SET held_by = NULL, held_token = NULL, held_until = NULL
			 WHERE channel = $1 AND held_by = $2 AND held_token = $3",
			&[&channel, &holder, &token],
		)
		.await
	{
		tracing::warn!("channel {channel}'s hold stays until it expires: {e}");
	}
}

impl Drop for Held {
	/// A call that was not recorded lets its channel go, nothing written.
	fn drop(&mut self) {
		if !self.live {
			return;
		}
		let (pool, channel, holder, token) =
			(self.pool.clone(), self.channel, self.holder, self.token);
		if let Ok(runtime) = tokio::runtime::Handle::try_current() {
			runtime.spawn(async move { clear(&pool, channel, holder, token).await });
		}
		// Without a runtime the hold ends with this instance's presence, or after `HOLD_FOR`.
	}
}

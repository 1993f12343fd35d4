//! The local ledger: SQLite in `<data dir>/channels.sqlite` (write-ahead log), for one gateway
//! instance.
//!
//! One writer thread commits what concurrent requests hand it in one transaction (group commit),
//! so thousands of calls a second cost a few hundred commits. With `synchronous=FULL` the
//! write-ahead log is flushed to the disk at every commit: neither a SIGKILL of the gateway nor
//! the machine losing power loses a call that was answered. (Should the ledger still fall behind
//! the chain, for instance restored from an old backup, `Book::admit` refuses the channel's calls
//! rather than serve calls built on receipts the chain has already claimed past.)

use std::{
	collections::HashMap,
	path::Path,
	sync::{mpsc, Arc, Mutex},
	thread,
};

use codec::{Decode, Encode};
use lineage_primitives::{receipts::Frontier, CallReceipt, ChannelId, ContentHash};
use lineage_runtime::Balance;
use rusqlite::{params, Connection, OptionalExtension};
use tokio::sync::oneshot;

use super::{Entry, Tab};

/// What the writer thread does: every write to the ledger goes through it, so no two
/// connections ever contend for SQLite's write lock.
enum Op {
	/// Commit an answered call.
	Record(Entry),
	/// Delete channels' tabs and receipts.
	Forget(Vec<ChannelId>),
}

type Job = (Op, oneshot::Sender<Result<(), String>>);

/// The local ledger: a writer thread for commits, a connection for reads.
pub struct Local {
	writer: Mutex<mpsc::Sender<Job>>,
	reader: Arc<Mutex<Connection>>,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS tabs (
	channel INTEGER PRIMARY KEY,
	model INTEGER NOT NULL,
	amount TEXT NOT NULL,
	calls INTEGER NOT NULL,
	frontier BLOB NOT NULL,
	signed BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS receipts (
	channel INTEGER NOT NULL,
	call INTEGER NOT NULL,
	receipt BLOB NOT NULL,
	leaf BLOB NOT NULL,
	PRIMARY KEY (channel, call)
) WITHOUT ROWID;
";

fn sql(e: rusqlite::Error) -> String {
	format!("channel ledger: {e}")
}

fn connect(path: &Path) -> Result<Connection, String> {
	let conn = Connection::open(path).map_err(sql)?;
	conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0))
		.map_err(sql)?;
	conn.execute_batch("PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;")
		.map_err(sql)?;
	Ok(conn)
}

/// `super::int` as SQLite's error.
fn int(n: u64) -> Result<i64, rusqlite::Error> {
	super::int(n).map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))
}

fn write<'a>(
	conn: &mut Connection,
	ops: impl Iterator<Item = &'a Op>,
) -> Result<(), rusqlite::Error> {
	let tx = conn.transaction()?;
	{
		let mut tab = tx.prepare_cached(
			"INSERT INTO tabs (channel, model, amount, calls, frontier, signed) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
			 ON CONFLICT(channel) DO UPDATE SET amount = ?3, calls = ?4, frontier = ?5, signed = ?6",
		)?;
		let mut receipt = tx.prepare_cached(
			"INSERT INTO receipts (channel, call, receipt, leaf) VALUES (?1, ?2, ?3, ?4)",
		)?;
		for op in ops {
			let e = match op {
				Op::Record(e) => e,
				Op::Forget(channels) => {
					for channel in channels {
						tx.execute(
							"DELETE FROM receipts WHERE channel = ?1",
							params![int(*channel)?],
						)?;
						tx.execute("DELETE FROM tabs WHERE channel = ?1", params![int(*channel)?])?;
					}
					continue;
				},
			};
			tab.execute(params![
				int(e.channel)?,
				int(e.tab.model)?,
				e.tab.amount.to_string(),
				int(e.tab.calls)?,
				e.tab.frontier.encode(),
				e.tab.signed,
			])?;
			let leaf = lineage_primitives::receipts::leaf_hash(&e.receipt);
			receipt.execute(params![
				int(e.channel)?,
				int(e.receipt.call)?,
				e.receipt.encode(),
				leaf.as_bytes().to_vec(),
			])?;
		}
	}
	tx.commit()
}

/// The writer: take every job waiting, commit them in one transaction, answer each.
fn run_writer(mut conn: Connection, jobs: mpsc::Receiver<Job>) {
	while let Ok(first) = jobs.recv() {
		let mut batch = vec![first];
		while batch.len() < 1024 {
			match jobs.try_recv() {
				Ok(job) => batch.push(job),
				Err(_) => break,
			}
		}
		let result = write(&mut conn, batch.iter().map(|(op, _)| op)).map_err(sql);
		if result.is_ok() || batch.len() == 1 {
			for (_, done) in batch {
				let _ = done.send(result.clone());
			}
		} else {
			// One job's failure must not fail the others: commit each on its own.
			for (op, done) in batch {
				let _ = done.send(write(&mut conn, std::iter::once(&op)).map_err(sql));
			}
		}
	}
}

impl Local {
	/// Open (or create) the ledger in `dir`.
	pub fn open(dir: &Path) -> Result<Local, String> {
		std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
		let path = dir.join("channels.sqlite");
		let writer = connect(&path)?;
		writer.execute_batch(SCHEMA).map_err(sql)?;
		let reader = connect(&path)?;
		let (send, jobs) = mpsc::channel();
		thread::Builder::new()
			.name("channel-ledger".into())
			.spawn(move || run_writer(writer, jobs))
			.map_err(|e| format!("channel ledger writer: {e}"))?;
		Ok(Local { writer: Mutex::new(send), reader: Arc::new(Mutex::new(reader)) })
	}

	/// Hand `op` to the writer; returns once it is durable.
	async fn commit(&self, op: Op) -> Result<(), String> {
		let (done, committed) = oneshot::channel();
		self.writer
			.lock()
			.map_err(|_| "channel ledger: writer lock poisoned".to_string())?
			.send((op, done))
			.map_err(|_| "channel ledger: the writer stopped".to_string())?;
		committed.await.map_err(|_| "channel ledger: the writer stopped".to_string())?
	}

	/// Commit `entry`; returns once it is durable.
	pub async fn record(&self, entry: Entry) -> Result<(), String> {
		self.commit(Op::Record(entry)).await
	}

	fn read_now<R>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<R>) -> Result<R, String> {
		read(&self.reader, f)
	}

	/// Read off the async workers (a channel's receipts are O(calls)).
	async fn read<R: Send + 'static>(
		&self,
		f: impl FnOnce(&Connection) -> rusqlite::Result<R> + Send + 'static,
	) -> Result<R, String> {
		let reader = self.reader.clone();
		tokio::task::spawn_blocking(move || read(&reader, f))
			.await
			.map_err(|e| format!("channel ledger: {e}"))?
	}

	/// Every channel's tab.
	pub fn tabs_now(&self) -> Result<HashMap<ChannelId, Tab>, String> {
		self.read_now(|c| {
			let mut stmt =
				c.prepare("SELECT channel, model, amount, calls, frontier, signed FROM tabs")?;
			let rows = stmt.query_map([], |r| {
				let channel: i64 = r.get(0)?;
				let model: i64 = r.get(1)?;
				let amount: String = r.get(2)?;
				let calls: i64 = r.get(3)?;
				let frontier: Vec<u8> = r.get(4)?;
				Ok((channel, model, amount, calls, frontier, r.get::<_, Vec<u8>>(5)?))
			})?;
			let mut tabs = HashMap::new();
			for row in rows {
				let (channel, model, amount, calls, frontier, signed) = row?;
				let bad = |what: &str| {
					rusqlite::Error::InvalidColumnType(
						0,
						format!("channel {channel}: {what}"),
						rusqlite::types::Type::Blob,
					)
				};
				let tab = Tab {
					model: u64::try_from(model).map_err(|_| bad("model"))?,
					amount: amount.parse().map_err(|_| bad("amount"))?,
					calls: u64::try_from(calls).map_err(|_| bad("calls"))?,
					frontier: Frontier::decode(&mut &frontier[..]).map_err(|_| bad("frontier"))?,
					signed,
				};
				tabs.insert(u64::try_from(channel).map_err(|_| bad("id"))?, tab);
			}
			Ok(tabs)
		})
	}

	/// Call `call`'s receipt in `channel`.
	pub async fn receipt(
		&self,
		channel: ChannelId,
		call: u64,
	) -> Result<Option<CallReceipt<Balance>>, String> {
		let bytes: Option<Vec<u8>> = self
			.read(move |c| {
				c.query_row(
					"SELECT receipt FROM receipts WHERE channel = ?1 AND call = ?2",
					params![int(channel)?, int(call)?],
					|r| r.get(0),
				)
				.optional()
			})
			.await?;
		bytes
			.map(|b| CallReceipt::decode(&mut &b[..]).map_err(|e| format!("stored receipt: {e}")))
			.transpose()
	}

	/// Delete `channels`' tabs and receipts in one transaction, through the writer like every
	/// other write.
	pub async fn forget(&self, channels: Vec<ChannelId>) -> Result<(), String> {
		self.commit(Op::Forget(channels)).await
	}

	/// The leaf hashes of `channel`'s receipts of calls `1 ..= upto`, in order.
	pub async fn leaves(&self, channel: ChannelId, upto: u64) -> Result<Vec<ContentHash>, String> {
		self.read(move |c| {
			let mut stmt = c.prepare_cached(
				"SELECT leaf FROM receipts WHERE channel = ?1 AND call <= ?2 ORDER BY call",
			)?;
			let rows = stmt.query_map(params![int(channel)?, int(upto)?], |r| {
				let leaf: [u8; 32] = r.get(0)?;
				Ok(ContentHash::from(leaf))
			})?;
			rows.collect()
		})
		.await
	}
}

fn read<R>(
	reader: &Mutex<Connection>,
	f: impl FnOnce(&Connection) -> rusqlite::Result<R>,
) -> Result<R, String> {
	let conn = reader.lock().map_err(|_| "channel ledger: reader lock poisoned")?;
	f(&conn).map_err(sql)
}

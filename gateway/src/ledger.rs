//! The channel ledger: every channel's newest accepted voucher and every call's receipt, in
//! SQLite (`<data dir>/channels.sqlite`, write-ahead log).
//!
//! A call is answered only after its voucher and receipt are committed here. One writer thread
//! commits what concurrent requests hand it in one transaction (group commit), so thousands of
//! calls a second cost a few hundred commits. With `synchronous=FULL` the write-ahead log is
//! flushed to the disk at every commit: neither a SIGKILL of the gateway nor the machine losing
//! power loses a call that was answered. (Should the ledger still fall behind the chain, for
//! instance restored from an old backup, `Book::admit` refuses the channel's calls rather than
//! serve calls built on receipts the chain has already claimed past.)

use std::{
	collections::HashMap,
	path::Path,
	sync::{mpsc, Mutex},
	thread,
};

use codec::{Decode, Encode};
use lineage_primitives::{receipts::Frontier, AssetId, CallReceipt, ChannelId, ContentHash};
use lineage_runtime::Balance;
use rusqlite::{params, Connection, OptionalExtension};
use tokio::sync::oneshot;

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
	/// last call's receipt (what a claim submits).
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

/// What the writer thread does: every write to the ledger goes through it, so no two
/// connections ever contend for SQLite's write lock.
enum Op {
	/// Commit an answered call.
	Record(Entry),
	/// Delete channels' tabs and receipts.
	Forget(Vec<ChannelId>),
}

type Job = (Op, oneshot::Sender<Result<(), String>>);

/// The ledger: a writer thread for commits, a connection for reads.
pub struct Ledger {
	writer: Mutex<mpsc::Sender<Job>>,
	reader: Mutex<Connection>,
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

/// SQLite integers are signed: ids and call numbers past `i64::MAX` are refused, never wrapped.
fn int(n: u64) -> Result<i64, rusqlite::Error> {
	i64::try_from(n).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
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

impl Ledger {
	/// Open (or create) the ledger in `dir`.
	pub fn open(dir: &Path) -> Result<Ledger, String> {
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
		Ok(Ledger { writer: Mutex::new(send), reader: Mutex::new(reader) })
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

	fn read<R>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<R>) -> Result<R, String> {
		let conn = self.reader.lock().map_err(|_| "channel ledger: reader lock poisoned")?;
		f(&conn).map_err(sql)
	}

	/// Every channel's tab (at start-up).
	pub fn tabs(&self) -> Result<HashMap<ChannelId, Tab>, String> {
		self.read(|c| {
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
	pub fn receipt(
		&self,
		channel: ChannelId,
		call: u64,
	) -> Result<Option<CallReceipt<Balance>>, String> {
		let bytes: Option<Vec<u8>> = self.read(|c| {
			c.query_row(
				"SELECT receipt FROM receipts WHERE channel = ?1 AND call = ?2",
				params![int(channel)?, int(call)?],
				|r| r.get(0),
			)
			.optional()
		})?;
		bytes
			.map(|b| CallReceipt::decode(&mut &b[..]).map_err(|e| format!("stored receipt: {e}")))
			.transpose()
	}

	/// Delete `channels`' tabs and receipts (closed and past the retention) in one transaction,
	/// through the writer like every other write.
	pub async fn forget(&self, channels: Vec<ChannelId>) -> Result<(), String> {
		self.commit(Op::Forget(channels)).await
	}

	/// The leaf hashes of `channel`'s receipts of calls `1 ..= upto`, in order.
	pub fn leaves(&self, channel: ChannelId, upto: u64) -> Result<Vec<ContentHash>, String> {
		self.read(|c| {
			let mut stmt = c.prepare_cached(
				"SELECT leaf FROM receipts WHERE channel = ?1 AND call <= ?2 ORDER BY call",
			)?;
			let rows = stmt.query_map(params![int(channel)?, int(upto)?], |r| {
				let leaf: [u8; 32] = r.get(0)?;
				Ok(ContentHash::from(leaf))
			})?;
			rows.collect()
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn receipt(channel: ChannelId, call: u64) -> CallReceipt<Balance> {
		CallReceipt {
			channel,
			call,
			input_hash: ContentHash::repeat_byte(call as u8),
			output_hash: ContentHash::repeat_byte(7),
			input_tokens: 0,
			output_tokens: 0,
			amount: 10,
		}
	}

	#[tokio::test]
	async fn what_is_recorded_survives_a_reopen_and_proves_against_its_root() {
		let dir = std::env::temp_dir().join(format!("lineage-ledger-{}", std::process::id()));
		let _ = std::fs::remove_dir_all(&dir);
		let ledger = Ledger::open(&dir).expect("opens");
		let mut tab = Tab { model: 3, ..Default::default() };
		for call in 1..=5u64 {
			let r = receipt(9, call);
			tab.frontier.push(lineage_primitives::receipts::leaf_hash(&r));
			tab.amount += 10;
			tab.calls = call;
			tab.signed = vec![call as u8];
			ledger
				.record(Entry { channel: 9, tab: tab.clone(), receipt: r })
				.await
				.expect("ok");
		}
		// The same call twice is refused: a call is never recorded (or charged) twice.
		assert!(ledger
			.record(Entry { channel: 9, tab: tab.clone(), receipt: receipt(9, 5) })
			.await
			.is_err());
		drop(ledger);
		let ledger = Ledger::open(&dir).expect("reopens");
		let tabs = ledger.tabs().expect("reads");
		assert_eq!(tabs.get(&9), Some(&tab));
		let leaves = ledger.leaves(9, 4).expect("reads");
		assert_eq!(leaves.len(), 4);
		let root = lineage_primitives::receipts::root(&leaves);
		let proof = lineage_primitives::receipts::proof(&leaves, 2).expect("in range");
		let third = ledger.receipt(9, 3).expect("reads").expect("stored");
		assert!(lineage_primitives::receipts::verify(
			&root,
			4,
			2,
			&lineage_primitives::receipts::leaf_hash(&third),
			&proof
		));
		assert_eq!(ledger.receipt(9, 6).expect("reads"), None);
		ledger.forget(vec![9]).await.expect("deletes");
		assert_eq!(ledger.receipt(9, 3).expect("reads"), None);
		assert!(ledger.tabs().expect("reads").is_empty());
		let _ = std::fs::remove_dir_all(&dir);
	}
}

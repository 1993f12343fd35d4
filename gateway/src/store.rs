//! What the gateway keeps on disk so a restart loses nothing, and nothing it was not paid for
//! stays:
//!
//! - `pending/<input hash>-<n>.json`: a request's input (and the fingerprint and account of the key
//!   paying for it) while its `invoke` is on its way to the chain. Removed as soon as the call is
//!   paid or refused; one that a crash left behind is used only if the chain has an open, paid call
//!   with that input from that account, and swept after the longest call timeout otherwise.
//! - `calls/<id>.json`: which API key (by fingerprint) paid call `id`, its input hash and deadline
//!   — what `GET /v1/receipts/{id}` checks the caller's key against.
//! - `inputs/<id>.txt`, `outputs/<id>.json`: a paid call's input and output, pruned with its record
//!   once the chain has pruned the call's receipt (`ReceiptRetention` blocks after its deadline at
//!   the latest).
//! - `spent/<key fingerprint>.txt`: what each key has paid for, in plancks (its spending cap).

use std::{
	collections::HashMap,
	fs, io,
	path::{Path, PathBuf},
	sync::{
		atomic::{AtomicU64, Ordering::Relaxed},
		Mutex,
	},
	time::{Duration, SystemTime},
};

use lineage_primitives::{ContentHash, InvocationId};
use lineage_runtime::{AccountId, Balance, BlockNumber};
use serde::{Deserialize, Serialize};

/// Which key paid for a call, what its input was and its deadline.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct CallRecord {
	/// The paying API key's fingerprint (`keys::fingerprint`).
	pub key: String,
	pub input_hash: String,
	pub deadline: BlockNumber,
}

#[derive(Serialize, Deserialize)]
struct Pending {
	key: String,
	account: String,
	input: String,
}

/// A request's input waiting for its `invoke` to be paid.
pub struct PendingInput(PathBuf);

/// Why a key may not spend more.
#[derive(Debug)]
pub enum SpendError {
	CapReached { spent: Balance, cap: Balance },
	Io(io::Error),
}

/// What `prune` removed.
#[derive(Debug, Default, PartialEq)]
pub struct Pruned {
	pub calls: usize,
	pub orphans: usize,
	pub pending: usize,
}

pub struct Store {
	dir: PathBuf,
	seq: AtomicU64,
	spent: Mutex<HashMap<String, Balance>>,
}

fn hex(h: &ContentHash) -> String {
	crate::chain::hex(h.as_bytes()).split_off(2)
}

fn account_hex(a: &AccountId) -> String {
	crate::chain::hex(AsRef::<[u8]>::as_ref(a))
}

fn hash_of(input: &str) -> ContentHash {
	sp_io::hashing::blake2_256(input.as_bytes()).into()
}

fn older_than(path: &Path, age: Duration) -> bool {
	fs::metadata(path)
		.and_then(|m| m.modified())
		.ok()
		.and_then(|t| SystemTime::now().duration_since(t).ok())
		.is_some_and(|a| a >= age)
}

impl Store {
	pub fn open(dir: &Path) -> io::Result<Store> {
		for sub in ["inputs", "outputs", "calls", "pending", "spent"] {
			fs::create_dir_all(dir.join(sub))?;
		}
		Ok(Store {
			dir: dir.to_path_buf(),
			seq: AtomicU64::new(0),
			spent: Mutex::new(HashMap::new()),
		})
	}

	/// The store's directory (tests remove it when done).
	#[cfg(test)]
	pub fn dir(&self) -> &Path {
		&self.dir
	}

	fn unique(&self) -> String {
		let nanos = SystemTime::now()
			.duration_since(SystemTime::UNIX_EPOCH)
			.map(|d| d.as_nanos())
			.unwrap_or_default();
		format!("{}-{nanos}-{}", std::process::id(), self.seq.fetch_add(1, Relaxed))
	}

	/// Write-then-rename, so a crash never leaves half a file (the temporary name is unique, so
	/// two writers of one file never mix their bytes).
	fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
		let tmp = path.with_extension(format!("{}.tmp", self.unique()));
		fs::write(&tmp, bytes)?;
		fs::rename(&tmp, path).inspect_err(|_| {
			let _ = fs::remove_file(&tmp);
		})
	}

	/// Write `path` unless it exists (atomically: a hard link never replaces a file); whether it
	/// was written.
	fn write_new(&self, path: &Path, bytes: &[u8]) -> io::Result<bool> {
		let tmp = path.with_extension(format!("{}.tmp", self.unique()));
		fs::write(&tmp, bytes)?;
		let linked = fs::hard_link(&tmp, path);
		let _ = fs::remove_file(&tmp);
		match linked {
			Ok(()) => Ok(true),
			Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
			Err(e) => Err(e),
		}
	}

	fn input_path(&self, id: InvocationId) -> PathBuf {
		self.dir.join("inputs").join(format!("{id}.txt"))
	}

	fn record_path(&self, id: InvocationId) -> PathBuf {
		self.dir.join("calls").join(format!("{id}.json"))
	}

	fn output_path(&self, id: InvocationId) -> PathBuf {
		self.dir.join("outputs").join(format!("{id}.json"))
	}

	/// Keep `input` while its call is being invoked for `key` (fingerprint) / `account`.
	pub fn save_pending(
		&self,
		hash: &ContentHash,
		key: &str,
		account: &AccountId,
		input: &str,
	) -> io::Result<PendingInput> {
		let path = self.dir.join("pending").join(format!("{}-{}.json", hex(hash), self.unique()));
		let body = serde_json::to_vec(&Pending {
			key: key.into(),
			account: account_hex(account),
			input: input.into(),
		})
		.map_err(io::Error::other)?;
		self.write(&path, &body)?;
		Ok(PendingInput(path))
	}

	/// The pending input is no longer needed (its call was paid and recorded, or refused).
	pub fn drop_pending(&self, pending: PendingInput) {
		let _ = fs::remove_file(pending.0);
	}

	/// Call `id` was paid: keep its input and which key paid.
	pub fn record_call(
		&self,
		id: InvocationId,
		record: &CallRecord,
		input: &str,
	) -> io::Result<()> {
		self.write(&self.input_path(id), input.as_bytes())?;
		self.write(&self.record_path(id), &serde_json::to_vec(record).map_err(io::Error::other)?)
	}

	pub fn call(&self, id: InvocationId) -> Option<CallRecord> {
		serde_json::from_slice(&fs::read(self.record_path(id)).ok()?).ok()
	}

	/// The input of paid call `id` (input hash `hash`, paid by `caller`, deadline `deadline`):
	/// its stored input, else a pending input of that hash from that account (recorded now: the
	/// gateway stopped after the call was paid but before recording it), else an input stored by
	/// an older gateway under its hash.
	pub fn input_for(
		&self,
		id: InvocationId,
		hash: &ContentHash,
		caller: &AccountId,
		deadline: BlockNumber,
	) -> Option<String> {
		if let Ok(input) = fs::read_to_string(self.input_path(id)) {
			if hash_of(&input) == *hash {
				return Some(input);
			}
		}
		let prefix = format!("{}-", hex(hash));
		let caller = account_hex(caller);
		for entry in fs::read_dir(self.dir.join("pending")).ok()?.flatten() {
			if !entry.file_name().to_string_lossy().starts_with(&prefix) {
				continue;
			}
			let Some(p) = fs::read(entry.path())
				.ok()
				.and_then(|b| serde_json::from_slice::<Pending>(&b).ok())
			else {
				continue
			};
			if p.account == caller && hash_of(&p.input) == *hash {
				// The HTTP handler's own record, written as soon as the call is paid, wins: this
				// one is written only where there is none.
				let record =
					CallRecord { key: p.key, input_hash: format!("0x{}", hex(hash)), deadline };
				let recorded =
					self.write(&self.input_path(id), p.input.as_bytes()).and_then(|()| {
						self.write_new(
							&self.record_path(id),
							&serde_json::to_vec(&record).map_err(io::Error::other)?,
						)
					});
				if recorded.is_ok_and(|created| created) {
					let _ = fs::remove_file(entry.path());
				}
				return Some(p.input);
			}
		}
		fs::read_to_string(self.dir.join("inputs").join(format!("{}.txt", hex(hash))))
			.ok()
			.filter(|input| hash_of(input) == *hash)
	}

	pub fn save_output(&self, id: InvocationId, output: &[u8]) -> io::Result<()> {
		self.write(&self.output_path(id), output)
	}

	pub fn output(&self, id: InvocationId) -> Option<Vec<u8>> {
		fs::read(self.output_path(id)).ok()
	}

	/// Delete what the chain no longer has a receipt for: every call whose deadline is more than
	/// `retention` blocks before `best` (the chain prunes a receipt `retention` blocks after it
	/// settled, which is by its deadline), files with no call record older than `orphan_age`
	/// (`retention` blocks' worth of time), and pending inputs older than `pending_age`.
	pub fn prune(
		&self,
		best: BlockNumber,
		retention: BlockNumber,
		orphan_age: Duration,
		pending_age: Duration,
	) -> Pruned {
		let mut pruned = Pruned::default();
		let ids = |sub: &str, ext: &str| -> Vec<(PathBuf, Option<InvocationId>)> {
			fs::read_dir(self.dir.join(sub))
				.map(|d| {
					d.flatten()
						.map(|e| e.path())
						.filter(|p| p.extension().is_some_and(|x| x == ext))
						.map(|p| {
							let id =
								p.file_stem().and_then(|s| s.to_str()).and_then(|s| s.parse().ok());
							(p, id)
						})
						.collect()
				})
				.unwrap_or_default()
		};
		for (path, id) in ids("calls", "json") {
			let Some(id) = id else { continue };
			let Some(record) = self.call(id) else { continue };
			if record.deadline.saturating_add(retention) < best {
				let _ = fs::remove_file(self.input_path(id));
				let _ = fs::remove_file(self.output_path(id));
				if fs::remove_file(&path).is_ok() {
					pruned.calls += 1;
				}
			}
		}
		for (sub, ext) in [("inputs", "txt"), ("outputs", "json")] {
			for (path, id) in ids(sub, ext) {
				let recorded = id.is_some_and(|id| self.record_path(id).exists());
				if !recorded && older_than(&path, orphan_age) && fs::remove_file(&path).is_ok() {
					pruned.orphans += 1;
				}
			}
		}
		for entry in fs::read_dir(self.dir.join("pending")).into_iter().flatten().flatten() {
			if older_than(&entry.path(), pending_age) && fs::remove_file(entry.path()).is_ok() {
				pruned.pending += 1;
			}
		}
		// Temporary files of writes a crash interrupted.
		for sub in ["inputs", "outputs", "calls", "spent"] {
			for entry in fs::read_dir(self.dir.join(sub)).into_iter().flatten().flatten() {
				if entry.path().extension().is_some_and(|x| x == "tmp") &&
					older_than(&entry.path(), pending_age)
				{
					let _ = fs::remove_file(entry.path());
				}
			}
		}
		pruned
	}

	fn spent_path(&self, key: &str) -> PathBuf {
		self.dir.join("spent").join(format!("{key}.txt"))
	}

	/// What key `key` (fingerprint) has paid for so far, in plancks.
	pub fn spent(&self, key: &str) -> Balance {
		let mut spent = self.spent.lock().unwrap_or_else(|e| e.into_inner());
		self.spent_locked(&mut spent, key)
	}

	fn spent_locked(&self, spent: &mut HashMap<String, Balance>, key: &str) -> Balance {
		*spent.entry(key.to_string()).or_insert_with(|| {
			fs::read_to_string(self.spent_path(key))
				.ok()
				.and_then(|s| s.trim().parse().ok())
				.unwrap_or(0)
		})
	}

	fn set_spent(
		&self,
		spent: &mut HashMap<String, Balance>,
		key: &str,
		amount: Balance,
	) -> io::Result<()> {
		self.write(&self.spent_path(key), amount.to_string().as_bytes())?;
		spent.insert(key.to_string(), amount);
		Ok(())
	}

	/// Count `price` against key `key`'s spending before its call is invoked (written to disk
	/// first, so a crash can only over-count): refused if it would take the key past `cap`.
	pub fn reserve(
		&self,
		key: &str,
		price: Balance,
		cap: Option<Balance>,
	) -> Result<(), SpendError> {
		let mut spent = self.spent.lock().unwrap_or_else(|e| e.into_inner());
		let so_far = self.spent_locked(&mut spent, key);
		let after = so_far.saturating_add(price);
		if let Some(cap) = cap {
			if after > cap {
				return Err(SpendError::CapReached { spent: so_far, cap });
			}
		}
		self.set_spent(&mut spent, key, after).map_err(SpendError::Io)
	}

	/// The call reserved for was not paid after all.
	pub fn release(&self, key: &str, price: Balance) {
		let mut spent = self.spent.lock().unwrap_or_else(|e| e.into_inner());
		let so_far = self.spent_locked(&mut spent, key);
		let _ = self.set_spent(&mut spent, key, so_far.saturating_sub(price));
	}
}

#[cfg(test)]
pub mod tests {
	use super::*;

	/// A fresh, empty directory under the system's temporary directory.
	pub fn temp_dir(name: &str) -> PathBuf {
		static SEQ: AtomicU64 = AtomicU64::new(0);
		let dir = std::env::temp_dir().join(format!(
			"lineage-gateway-test-{name}-{}-{}",
			std::process::id(),
			SEQ.fetch_add(1, Relaxed)
		));
		let _ = fs::remove_dir_all(&dir);
		dir
	}

	fn account(seed: &str) -> AccountId {
		use sp_core::Pair;
		sp_core::sr25519::Pair::from_string(seed, None)
			.expect("dev seed")
			.public()
			.into()
	}

	fn files(dir: &Path, sub: &str) -> usize {
		fs::read_dir(dir.join(sub)).map(|d| d.count()).unwrap_or(0)
	}

	#[test]
	fn unpaid_inputs_do_not_stay_on_disk() {
		let dir = temp_dir("unpaid");
		let store = Store::open(&dir).expect("store");
		let input = "x".repeat(60_000);
		// A call that is refused (no funds, paused offering, chain error) leaves nothing behind.
		let pending = store
			.save_pending(&hash_of(&input), "key", &account("//Dave"), &input)
			.expect("pending");
		assert_eq!(files(&dir, "pending"), 1);
		store.drop_pending(pending);
		assert_eq!(files(&dir, "pending"), 0);
		assert_eq!(files(&dir, "inputs"), 0);
		// A paid call's input is kept under its id, with the key that paid.
		let pending = store
			.save_pending(&hash_of("hello"), "key", &account("//Dave"), "hello")
			.expect("pending");
		let record = CallRecord {
			key: "key".into(),
			input_hash: format!("0x{}", hex(&hash_of("hello"))),
			deadline: 30,
		};
		store.record_call(7, &record, "hello").expect("record");
		store.drop_pending(pending);
		assert_eq!(store.call(7), Some(record));
		assert_eq!(
			store.input_for(7, &hash_of("hello"), &account("//Dave"), 30).as_deref(),
			Some("hello")
		);
		assert_eq!(files(&dir, "pending"), 0);
		// Pending inputs a crash left behind are swept once no call can need them.
		store
			.save_pending(&hash_of("orphan"), "key", &account("//Dave"), "orphan")
			.expect("pending");
		assert_eq!(
			store
				.prune(10, 100, Duration::from_secs(3600), Duration::from_secs(3600))
				.pending,
			0
		);
		assert_eq!(store.prune(10, 100, Duration::from_secs(3600), Duration::ZERO).pending, 1);
		assert_eq!(files(&dir, "pending"), 0);
		let _ = fs::remove_dir_all(dir);
	}

	#[test]
	fn crash_after_payment_recovers_the_input_for_the_paying_account_only() {
		let dir = temp_dir("recover");
		let store = Store::open(&dir).expect("store");
		let h = hash_of("great film");
		store
			.save_pending(&h, "dave-key", &account("//Dave"), "great film")
			.expect("pending");
		// Another account's paid call with the same input cannot claim Dave's pending input.
		assert_eq!(store.input_for(1, &h, &account("//Eve"), 40), None);
		assert_eq!(store.call(1), None);
		// Dave's paid call gets it, and the record names Dave's key.
		assert_eq!(store.input_for(2, &h, &account("//Dave"), 40).as_deref(), Some("great film"));
		assert_eq!(store.call(2).map(|r| (r.key, r.deadline)), Some(("dave-key".to_string(), 40)));
		assert_eq!(files(&dir, "pending"), 0);
		assert_eq!(
			store.input_for(2, &h, &account("//Dave"), 40).as_deref(),
			Some("great film"),
			"now from inputs/"
		);
		// A call the HTTP handler already recorded keeps the handler's record.
		let h2 = hash_of("same words");
		store
			.save_pending(&h2, "other-key-of-dave", &account("//Dave"), "same words")
			.expect("pending");
		let mine = CallRecord {
			key: "dave-key".into(),
			input_hash: format!("0x{}", hex(&h2)),
			deadline: 50,
		};
		store.record_call(3, &mine, "same words").expect("record");
		std::fs::remove_file(dir.join("inputs/3.txt")).expect("remove");
		assert_eq!(store.input_for(3, &h2, &account("//Dave"), 50).as_deref(), Some("same words"));
		assert_eq!(store.call(3), Some(mine));
		// A stored input that does not hash to the call's input hash is not used.
		assert_eq!(store.input_for(2, &hash_of("something else"), &account("//Dave"), 40), None);
		let _ = fs::remove_dir_all(dir);
	}

	#[test]
	fn stored_inputs_and_outputs_are_pruned_after_the_receipt_retention() {
		let dir = temp_dir("prune");
		let store = Store::open(&dir).expect("store");
		let record = |deadline| CallRecord { key: "k".into(), input_hash: String::new(), deadline };
		store.record_call(1, &record(100), "old").expect("record");
		store.save_output(1, b"{}").expect("output");
		store.record_call(2, &record(500), "new").expect("record");
		store.save_output(2, b"{}").expect("output");
		let long = Duration::from_secs(3600);
		// Retention 1000 blocks: at block 1100 call 1's receipt may still be on chain.
		assert_eq!(store.prune(1100, 1000, long, long), Pruned::default());
		assert!(store.output(1).is_some());
		// At block 1101 it is gone from the chain, so from the gateway too; call 2 stays.
		assert_eq!(store.prune(1101, 1000, long, long), Pruned { calls: 1, ..Default::default() });
		assert_eq!((store.call(1), store.output(1)), (None, None));
		assert!(!dir.join("inputs/1.txt").exists());
		assert!(store.call(2).is_some() && store.output(2).is_some());
		// Files no record accounts for (an older gateway's inputs by hash) age out.
		fs::write(dir.join("inputs").join(format!("{}.txt", hex(&hash_of("legacy")))), "legacy")
			.expect("write");
		assert_eq!(store.prune(1101, 1000, long, long).orphans, 0);
		assert_eq!(store.prune(1101, 1000, Duration::ZERO, long).orphans, 1);
		assert!(store.call(2).is_some(), "recorded calls are never orphans");
		let _ = fs::remove_dir_all(dir);
	}

	#[test]
	fn spending_is_counted_persistently_and_capped() {
		let dir = temp_dir("spend");
		let store = Store::open(&dir).expect("store");
		let cap = Some(250);
		assert!(store.reserve("k", 100, cap).is_ok());
		assert!(store.reserve("k", 100, cap).is_ok());
		assert!(matches!(
			store.reserve("k", 100, cap),
			Err(SpendError::CapReached { spent: 200, cap: 250 })
		));
		// A refused call gives its reservation back.
		store.release("k", 100);
		assert_eq!(store.spent("k"), 100);
		// Other keys are counted apart; the count survives a restart.
		assert!(store.reserve("other", 100, None).is_ok());
		drop(store);
		let store = Store::open(&dir).expect("store");
		assert_eq!(store.spent("k"), 100);
		assert_eq!(store.spent("other"), 100);
		let _ = fs::remove_dir_all(dir);
	}
}

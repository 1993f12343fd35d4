use super::*;
use lineage_primitives::receipts;

/// A throwaway PostgreSQL server (`scripts/pg-temp.sh`), stopped when dropped.
pub(crate) struct TempPostgres {
	dir: std::path::PathBuf,
	pub url: String,
}

fn pg_temp() -> std::path::PathBuf {
	std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/pg-temp.sh")
}

impl TempPostgres {
	pub(crate) fn start(name: &str) -> TempPostgres {
		let dir = std::env::temp_dir().join(format!("lineage-pg-{name}-{}", std::process::id()));
		let out = std::process::Command::new("bash")
			.arg(pg_temp())
			.arg("start")
			.arg(&dir)
			.output()
			.expect("runs scripts/pg-temp.sh");
		assert!(
			out.status.success(),
			"PostgreSQL did not start: {}",
			String::from_utf8_lossy(&out.stderr)
		);
		let url = String::from_utf8_lossy(&out.stdout).trim().to_string();
		TempPostgres { dir, url }
	}
}

impl Drop for TempPostgres {
	fn drop(&mut self) {
		let _ = std::process::Command::new("bash")
			.arg(pg_temp())
			.arg("stop")
			.arg(&self.dir)
			.output();
	}
}

pub(crate) fn provider() -> AccountId {
	use sp_core::Pair;
	sp_core::sr25519::Pair::from_string("//Ferdie", None)
		.expect("seed")
		.public()
		.into()
}

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

/// Record calls `1 ..= 5` on channel 9, then check what either store gives back.
async fn records_survive_and_prove(ledger: &Ledger, reopen: impl Fn() -> Ledger) {
	let mut tab = Tab { model: 3, ..Default::default() };
	for call in 1..=5u64 {
		let r = receipt(9, call);
		tab.frontier.push(receipts::leaf_hash(&r));
		tab.amount += 10;
		tab.calls = call;
		tab.signed = vec![call as u8];
		let hold = ledger.hold(9, 3).await.expect("free");
		ledger
			.record(hold, Entry { channel: 9, tab: tab.clone(), receipt: r })
			.await
			.expect("ok");
	}
	// The same call twice is refused: a call is never recorded (or charged) twice.
	let hold = ledger.hold(9, 3).await.expect("free");
	assert!(ledger
		.record(hold, Entry { channel: 9, tab: tab.clone(), receipt: receipt(9, 5) })
		.await
		.is_err());
	let ledger = reopen();
	let tabs = ledger.tabs().await.expect("reads");
	assert_eq!(tabs.get(&9), Some(&tab));
	let leaves = ledger.leaves(9, 4).await.expect("reads");
	assert_eq!(leaves.len(), 4);
	let root = receipts::root(&leaves);
	let proof = receipts::proof(&leaves, 2).expect("in range");
	let third = ledger.receipt(9, 3).await.expect("reads").expect("stored");
	assert!(receipts::verify(&root, 4, 2, &receipts::leaf_hash(&third), &proof));
	assert_eq!(ledger.receipt(9, 6).await.expect("reads"), None);
	ledger.forget(vec![9]).await.expect("deletes");
	assert_eq!(ledger.receipt(9, 3).await.expect("reads"), None);
	assert!(ledger.tabs().await.expect("reads").is_empty());
}

#[tokio::test]
async fn what_is_recorded_survives_a_reopen_and_proves_against_its_root() {
	let dir = std::env::temp_dir().join(format!("lineage-ledger-{}", std::process::id()));
	let _ = std::fs::remove_dir_all(&dir);
	let ledger = Ledger::open(&dir).expect("opens");
	records_survive_and_prove(&ledger, || Ledger::open(&dir).expect("reopens")).await;
	let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shared_ledger_keeps_and_proves_the_same_and_belongs_to_one_chain_and_provider() {
	let pg = TempPostgres::start("keeps");
	let genesis = ContentHash::repeat_byte(9);
	let ledger = Ledger::connect(&pg.url, genesis, &provider(), &[3]).await.expect("connects");
	let url = pg.url.clone();
	let handle = tokio::runtime::Handle::current();
	records_survive_and_prove(&ledger, || {
		let url = url.clone();
		tokio::task::block_in_place(|| {
			handle
				.block_on(Ledger::connect(&url, genesis, &provider(), &[3]))
				.expect("reconnects")
		})
	})
	.await;
	// Another chain's gateway, or another provider's, is refused the database.
	let other_chain =
		Ledger::connect(&pg.url, ContentHash::repeat_byte(8), &provider(), &[3]).await;
	assert!(other_chain.err().is_some_and(|e| e.contains("another chain")));
	use sp_core::Pair;
	let eve: AccountId = sp_core::sr25519::Pair::from_string("//Eve", None)
		.expect("seed")
		.public()
		.into();
	let other_provider = Ledger::connect(&pg.url, genesis, &eve, &[3]).await;
	assert!(other_provider.err().is_some_and(|e| e.contains("another provider")));
	// Every present instance serves the same models: another set waits until none is present.
	let other_models = Ledger::connect(&pg.url, genesis, &provider(), &[3, 4]).await;
	assert!(other_models.err().is_some_and(|e| e.contains("the same models")));
	drop(ledger);
	let mut changed = Err(String::new());
	for _ in 0..100 {
		changed = Ledger::connect(&pg.url, genesis, &provider(), &[3, 4]).await;
		if changed.is_ok() {
			break;
		}
		tokio::time::sleep(std::time::Duration::from_millis(50)).await;
	}
	assert!(
		changed.as_ref().is_ok(),
		"the first instance to start when none is present sets the models: {:?}",
		changed.err()
	);
	let old = Ledger::connect(&pg.url, genesis, &provider(), &[3]).await;
	assert!(old.err().is_some_and(|e| e.contains("the same models")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_never_hold_one_channel_at_once_and_each_reads_where_the_other_left_it() {
	let pg = TempPostgres::start("hold");
	let genesis = ContentHash::repeat_byte(9);
	let a = Ledger::connect(&pg.url, genesis, &provider(), &[3]).await.expect("connects");
	let b = Ledger::connect(&pg.url, genesis, &provider(), &[3]).await.expect("connects");
	// The channel's first call: both instances ask at once, one gets it.
	let (ha, hb) = tokio::join!(a.hold(4, 3), b.hold(4, 3));
	let held = match (ha, hb) {
		(Ok(h), Err(HoldError::Busy)) | (Err(HoldError::Busy), Ok(h)) => h,
		(x, y) => panic!("exactly one instance holds the channel: {:?} {:?}", x.is_ok(), y.is_ok()),
	};
	assert_eq!(held.tab(), Some(&Tab { model: 3, ..Default::default() }));
	let mut tab = Tab { model: 3, amount: 10, calls: 1, signed: vec![1], ..Default::default() };
	tab.frontier.push(receipts::leaf_hash(&receipt(4, 1)));
	a.record(held, Entry { channel: 4, tab: tab.clone(), receipt: receipt(4, 1) })
		.await
		.expect("commits");
	// The other instance reads call 1 at its next hold.
	let held = b.hold(4, 3).await.expect("free again");
	assert_eq!(held.tab(), Some(&tab));
	assert!(matches!(a.hold(4, 3).await, Err(HoldError::Busy)));
	// A call that ends without a record writes nothing and lets the channel go.
	drop(held);
	let mut again = None;
	for _ in 0..50 {
		match a.hold(4, 3).await {
			Ok(h) => {
				again = Some(h);
				break;
			},
			Err(HoldError::Busy) => tokio::time::sleep(std::time::Duration::from_millis(20)).await,
			Err(HoldError::Store(e)) => panic!("{e}"),
		}
	}
	assert_eq!(again.expect("let go").tab(), Some(&tab));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_instance_at_a_time_claims_and_another_takes_over_when_it_stops() {
	let pg = TempPostgres::start("claimer");
	let genesis = ContentHash::repeat_byte(9);
	let a = Ledger::connect(&pg.url, genesis, &provider(), &[3]).await.expect("connects");
	let b = Ledger::connect(&pg.url, genesis, &provider(), &[3]).await.expect("connects");
	assert!(a.claimer().await);
	assert!(a.claimer().await, "it stays the claimer");
	assert!(!b.claimer().await);
	drop(a);
	let mut took_over = false;
	for _ in 0..100 {
		if b.claimer().await {
			took_over = true;
			break;
		}
		tokio::time::sleep(std::time::Duration::from_millis(50)).await;
	}
	assert!(took_over, "the other instance claims once the claimer is gone");
}

/// Run `sql` on the database at `url` (what an operator, or time, does to it).
async fn run_sql(url: &str, sql: &str) {
	let (client, connection) =
		tokio_postgres::connect(url, tokio_postgres::NoTls).await.expect("connects");
	tokio::spawn(connection);
	client.batch_execute(sql).await.expect("runs");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hold_past_its_time_is_taken_over_and_its_late_record_refused() {
	let pg = TempPostgres::start("expiry");
	let genesis = ContentHash::repeat_byte(9);
	let a = Ledger::connect(&pg.url, genesis, &provider(), &[3]).await.expect("connects");
	let b = Ledger::connect(&pg.url, genesis, &provider(), &[3]).await.expect("connects");
	let late = a.hold(5, 3).await.expect("free");
	// A hangs (still present) past the longest a hold lasts.
	run_sql(
		&pg.url,
		"UPDATE lineage_tabs SET held_until = now() - interval '1 second' WHERE channel = 5",
	)
	.await;
	let taken = b.hold(5, 3).await.expect("a hold past its time is free");
	let mut tab = Tab { model: 3, amount: 10, calls: 1, signed: vec![1], ..Default::default() };
	tab.frontier.push(receipts::leaf_hash(&receipt(5, 1)));
	let entry = || Entry { channel: 5, tab: tab.clone(), receipt: receipt(5, 1) };
	assert!(a.record(late, entry()).await.is_err(), "the late record is refused: B holds it");
	b.record(taken, entry()).await.expect("B's record commits");
	assert_eq!(a.tabs().await.expect("reads").get(&5), Some(&tab));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clearing_an_instances_old_hold_never_clears_its_newer_one() {
	let pg = TempPostgres::start("clear");
	let genesis = ContentHash::repeat_byte(9);
	let a = Ledger::connect(&pg.url, genesis, &provider(), &[3]).await.expect("connects");
	let b = Ledger::connect(&pg.url, genesis, &provider(), &[3]).await.expect("connects");
	// A refused call's hold is dropped (its clearing runs in the background) and the next call
	// at the same instance holds the channel at once.
	drop(a.hold(6, 3).await.expect("free"));
	let newer = a.hold(6, 3).await.expect("this instance's own old hold does not stop it");
	tokio::time::sleep(std::time::Duration::from_millis(300)).await;
	assert!(matches!(b.hold(6, 3).await, Err(HoldError::Busy)), "the newer hold stands");
	newer.release().await;
	b.hold(6, 3).await.expect("released");
}

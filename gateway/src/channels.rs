//! The channel book: what the gateway knows of the channels to the models it serves, and the
//! check every paid call's voucher passes before the model runs.
//!
//! The chain's view of each channel (caller, price, deposit, expiry, what was claimed) is kept
//! fresh by the claim loop (`claims.rs`) once a block, so a call's path reads only memory and the
//! ledger: a voucher is accepted when it is signed by the channel's caller and is exactly the
//! gateway's last accepted voucher plus one call at the channel's price, committing to the
//! receipts of every earlier call, within the deposit. The one exception is a channel the gateway
//! has never seen (opened since the last block it read): its view is read from the chain once.

use std::{
	collections::HashMap,
	sync::{
		atomic::{AtomicU32, AtomicU64, Ordering::Relaxed},
		Arc, Mutex, RwLock,
	},
};

use codec::{Decode, Encode};
use lineage_primitives::{
	receipts, runtime_api::ChannelView, AssetId, CallReceipt, ChannelId, ContentHash,
};
use lineage_runtime::{AccountId, Balance, BlockNumber, Runtime, Signature};
use tokio::sync::OwnedMutexGuard;

use crate::{
	chain::Chain,
	ledger::{Entry, Ledger, Tab},
};

/// How many ids past the last-read `NextChannelId` a call may name and be looked up on the chain
/// (channels opened since the last refresh); others wait for the next refresh.
const NEW_PER_BLOCK: u64 = 256;

/// A channel as the chain shows it.
pub type View = ChannelView<AccountId, Balance, BlockNumber>;
/// A voucher with its caller's signature, as the `X-Lineage-Voucher` header carries it (hex of
/// its SCALE encoding) and `claim_batch` takes it.
pub type SignedVoucher = pallet_call_channels::SignedVoucher<Balance, Signature>;

/// Why a voucher was refused: each is a distinct HTTP error (see `calls.rs`).
#[derive(Debug, PartialEq)]
pub enum Refused {
	/// Not hex of a SCALE-encoded signed voucher.
	Malformed(String),
	/// No open channel has this id.
	UnknownChannel(ChannelId),
	/// The channel pays for another model.
	OtherModel { channel: ChannelId, model: AssetId },
	/// Signed for another chain.
	WrongChain,
	/// The channel takes no new calls: closing, expired, or its earlier calls unknown here.
	NotOpen(String),
	/// Not the next voucher: what the gateway expects instead.
	OutOfOrder { amount: Balance, calls: u64, receipts_root: ContentHash },
	/// The channel's funds do not cover it.
	OverDeposit { deposit: Balance, amount: Balance },
	/// Not the channel caller's signature of this voucher.
	BadSignature,
	/// The chain could not be read (for a channel not seen yet).
	Chain(String),
	/// The ledger could not commit the call.
	Store(String),
}

/// A call admitted against its channel, holding the channel until it is recorded: calls on
/// one channel are strictly one after another, calls on different channels run at once.
pub struct Admitted {
	tab: OwnedMutexGuard<Tab>,
	signed: SignedVoucher,
	price: Balance,
}

/// What a recorded call answers with.
pub struct Paid {
	/// The call's receipt.
	pub receipt: CallReceipt<Balance>,
	/// The root of the receipts so far, which the next voucher must carry.
	pub next_root: ContentHash,
	/// The channel's cumulative amount and calls now.
	pub amount: Balance,
	pub calls: u64,
}

/// The gateway's channels.
pub struct Book {
	genesis: ContentHash,
	views: RwLock<HashMap<ChannelId, View>>,
	tabs: Mutex<HashMap<ChannelId, Arc<tokio::sync::Mutex<Tab>>>>,
	best: AtomicU32,
	/// Channels with a tab that the chain no longer shows open, since which block.
	gone_since: Mutex<HashMap<ChannelId, BlockNumber>>,
	/// `NextChannelId` as the claim loop last read it (before reading the models' channels), or
	/// `u64::MAX` before the first read: every channel below it that is open and of a served
	/// model is in `views`, so only ids from it up (opened since) are worth asking the chain.
	next_id: AtomicU64,
	/// Ids asked of the chain and not found, with the block they were asked at (once per block).
	misses: Mutex<HashMap<ChannelId, BlockNumber>>,
	/// Served models whose asset is not active (frozen or retired): their calls could not be
	/// claimed, so none are taken (read once a block by the claim loop).
	unpayable: RwLock<std::collections::HashSet<AssetId>>,
	/// Receipt proofs read a channel's leaves from the ledger (O(calls)): at most this many are
	/// built at once, so unauthenticated proof requests cannot take the machine.
	pub proof_permits: tokio::sync::Semaphore,
	/// Where every accepted voucher and receipt is committed.
	pub ledger: Ledger,
}

/// Decode a `X-Lineage-Voucher` header.
pub fn decode_header(header: &str) -> Result<SignedVoucher, Refused> {
	let hex = header.trim().strip_prefix("0x").unwrap_or(header.trim());
	let bytes = (0..hex.len())
		.step_by(2)
		.map(|i| hex.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok()))
		.collect::<Option<Vec<u8>>>()
		.ok_or_else(|| Refused::Malformed("the voucher header is not hex".into()))?;
	let mut input = &bytes[..];
	let signed = SignedVoucher::decode(&mut input)
		.map_err(|e| Refused::Malformed(format!("not a SCALE-encoded signed voucher: {e}")))?;
	if !input.is_empty() {
		return Err(Refused::Malformed("trailing bytes after the signed voucher".into()));
	}
	Ok(signed)
}

impl Book {
	/// A book over `ledger`'s tabs, for the chain with `genesis`.
	pub fn new(genesis: ContentHash, ledger: Ledger) -> Result<Book, String> {
		let tabs = ledger
			.tabs()?
			.into_iter()
			.map(|(id, tab)| (id, Arc::new(tokio::sync::Mutex::new(tab))))
			.collect();
		Ok(Book {
			genesis,
			views: RwLock::new(HashMap::new()),
			tabs: Mutex::new(tabs),
			best: AtomicU32::new(0),
			gone_since: Mutex::new(HashMap::new()),
			proof_permits: tokio::sync::Semaphore::new(2),
			unpayable: RwLock::new(Default::default()),
			next_id: AtomicU64::new(u64::MAX),
			misses: Mutex::new(HashMap::new()),
			ledger,
		})
	}

	/// Replace the views of `model`'s channels with `views` (the chain's open channels now) at
	/// block `best`.
	pub fn refresh(&self, model: AssetId, views: Vec<View>, best: BlockNumber) {
		self.best.fetch_max(best, Relaxed);
		if let Ok(mut all) = self.views.write() {
			all.retain(|_, v| v.model != model);
			all.extend(views.into_iter().map(|v| (v.id, v)));
		}
	}

	/// Forget the channels the chain has not shown as open for more than `retention` blocks
	/// (closed: their receipts stay served for that long, then leave the ledger). Call after
	/// refreshing every served model. Returns how many were forgotten.
	pub async fn prune(&self, best: BlockNumber, retention: BlockNumber) -> Result<usize, String> {
		let ids: Vec<ChannelId> = match self.tabs.lock() {
			Ok(t) => t.keys().copied().collect(),
			Err(_) => return Ok(0),
		};
		let mut forgotten = Vec::new();
		{
			let views = self.views.read().map_err(|_| "views poisoned".to_string())?;
			let mut gone = self.gone_since.lock().map_err(|_| "gone poisoned".to_string())?;
			for id in ids {
				if views.contains_key(&id) {
					gone.remove(&id);
					continue;
				}
				let since = *gone.entry(id).or_insert(best);
				if best.saturating_sub(since) > retention {
					forgotten.push(id);
				}
			}
		}
		for id in &forgotten {
			self.ledger.forget(*id)?;
			if let Ok(mut tabs) = self.tabs.lock() {
				tabs.remove(id);
			}
			if let Ok(mut gone) = self.gone_since.lock() {
				gone.remove(id);
			}
		}
		Ok(forgotten.len())
	}

	/// The chain's `NextChannelId`, read before the models' channels at each refresh.
	pub fn set_next_id(&self, next: ChannelId, best: BlockNumber) {
		self.next_id.store(next, Relaxed);
		if let Ok(mut misses) = self.misses.lock() {
			misses.retain(|_, at| *at >= best);
		}
	}

	/// Whether an id missing from `views` may be asked of the chain: only one opened since the
	/// last refresh (at most `NEW_PER_BLOCK` past `NextChannelId`), once per block.
	fn worth_asking(&self, id: ChannelId) -> bool {
		let floor = self.next_id.load(Relaxed);
		let new = floor == u64::MAX || (id >= floor && id < floor.saturating_add(NEW_PER_BLOCK));
		let best = self.best.load(Relaxed);
		new && self.misses.lock().is_ok_and(|m| m.get(&id) != Some(&best))
	}

	/// Whether `model` can be paid now (its asset is active), as the claim loop last read it.
	pub fn set_payable(&self, model: AssetId, payable: bool) {
		if let Ok(mut set) = self.unpayable.write() {
			if payable {
				set.remove(&model);
			} else {
				set.insert(model);
			}
		}
	}

	/// Record what a claim moved on-chain, before the next refresh shows it.
	pub fn claimed(&self, channel: ChannelId, amount: Balance, calls: u64) {
		if let Ok(mut all) = self.views.write() {
			if let Some(v) = all.get_mut(&channel).filter(|v| v.claimed < amount) {
				v.claimed = amount;
				v.claimed_calls = calls;
			}
		}
	}

	/// The latest block the book has seen.
	pub fn best(&self) -> BlockNumber {
		self.best.load(Relaxed)
	}

	/// The genesis hash every voucher must name.
	pub fn genesis(&self) -> ContentHash {
		self.genesis
	}

	/// Put one channel's view in the book (read from the chain outside the claim loop).
	pub fn insert_view(&self, view: View) {
		if let Ok(mut all) = self.views.write() {
			all.insert(view.id, view);
		}
	}

	/// The chain's view of `channel` as last read.
	pub fn view(&self, channel: ChannelId) -> Option<View> {
		self.views.read().ok()?.get(&channel).cloned()
	}

	fn tab(&self, channel: ChannelId) -> Option<Arc<tokio::sync::Mutex<Tab>>> {
		self.tabs.lock().ok()?.get(&channel).cloned()
	}

	/// What the gateway has accepted on `channel`: `None` before its first call.
	pub async fn accepted(&self, channel: ChannelId) -> Option<Tab> {
		Some(self.tab(channel)?.lock().await.clone())
	}

	/// Every channel with a voucher above what the chain has claimed of it, by model and terms
	/// version (one `claim_batch` takes channels of one model at one set of terms): what the claim
	/// loop submits. Channels that can no longer be claimed are left out.
	pub async fn unclaimed(
		&self,
	) -> HashMap<(AssetId, u32), Vec<(ChannelId, Balance, SignedVoucher)>> {
		let tabs: Vec<(ChannelId, Arc<tokio::sync::Mutex<Tab>>)> = match self.tabs.lock() {
			Ok(t) => t.iter().map(|(id, t)| (*id, t.clone())).collect(),
			Err(_) => return HashMap::new(),
		};
		let mut out: HashMap<(AssetId, u32), Vec<_>> = HashMap::new();
		for (id, tab) in tabs {
			let Some(view) = self.view(id).filter(|v| v.claimable) else { continue };
			let tab = tab.lock().await.clone();
			if tab.amount > view.claimed {
				if let Ok(signed) = SignedVoucher::decode(&mut &tab.signed[..]) {
					out.entry((view.model, view.terms)).or_default().push((id, tab.amount, signed));
				}
			}
		}
		out
	}

	/// Check `signed` as the next paid call of `model`. `chain` is read only for a channel never
	/// seen before.
	pub async fn admit(
		&self,
		model: AssetId,
		signed: SignedVoucher,
		chain: &Chain,
	) -> Result<Admitted, Refused> {
		let voucher = &signed.voucher;
		let id = voucher.channel;
		let view = match self.view(id) {
			Some(v) => v,
			None => {
				if !self.worth_asking(id) {
					return Err(Refused::UnknownChannel(id));
				}
				let fetched: Option<View> = chain
					.call("CallChannelsApi_channel", id, None)
					.await
					.map_err(|e| Refused::Chain(e.to_string()))?;
				let Some(v) = fetched else {
					if let Ok(mut misses) = self.misses.lock() {
						misses.insert(id, self.best.load(Relaxed));
					}
					return Err(Refused::UnknownChannel(id));
				};
				self.insert_view(v.clone());
				v
			},
		};
		if view.model != model {
			return Err(Refused::OtherModel { channel: id, model: view.model });
		}
		if self.unpayable.read().is_ok_and(|set| set.contains(&model)) {
			return Err(Refused::NotOpen(format!(
				"model #{model} is frozen or retired: its calls cannot be paid now"
			)));
		}
		if voucher.genesis_hash != self.genesis {
			return Err(Refused::WrongChain);
		}
		let best = self.best.load(Relaxed);
		if view.closing_until.is_some() {
			return Err(Refused::NotOpen(format!("channel {id} is closing: it takes no new calls")));
		}
		if best >= view.expires_at {
			return Err(Refused::NotOpen(format!(
				"channel {id} expired at block {}: top it up with a later expiry",
				view.expires_at
			)));
		}
		let tab = {
			let mut tabs = self.tabs.lock().map_err(|_| Refused::Store("tabs poisoned".into()))?;
			tabs.entry(id)
				.or_insert_with(|| {
					Arc::new(tokio::sync::Mutex::new(Tab { model, ..Default::default() }))
				})
				.clone()
		};
		let tab = tab.lock_owned().await;
		if tab.calls == 0 && view.claimed_calls > 0 {
			return Err(Refused::NotOpen(format!(
				"channel {id} has calls this gateway holds no receipts for: open a new channel"
			)));
		}
		let amount = tab.amount.saturating_add(view.price_per_call);
		let root = tab.frontier.root();
		if voucher.calls != tab.calls.saturating_add(1) ||
			voucher.amount != amount ||
			voucher.receipts_root != root
		{
			return Err(Refused::OutOfOrder {
				amount,
				calls: tab.calls.saturating_add(1),
				receipts_root: root,
			});
		}
		if voucher.amount > view.deposit {
			return Err(Refused::OverDeposit { deposit: view.deposit, amount: voucher.amount });
		}
		if !pallet_call_channels::Pallet::<Runtime>::signed_by(
			voucher,
			&signed.signature,
			&view.caller,
		) {
			return Err(Refused::BadSignature);
		}
		Ok(Admitted { tab, signed, price: view.price_per_call })
	}
}

impl Admitted {
	/// Record the call with its input's and output's hashes: its receipt and the new voucher are
	/// committed to the ledger before this returns.
	pub async fn record(
		mut self,
		book: &Book,
		input_hash: ContentHash,
		output_hash: ContentHash,
	) -> Result<Paid, Refused> {
		let v = self.signed.voucher;
		let receipt = CallReceipt {
			channel: v.channel,
			call: v.calls,
			input_hash,
			output_hash,
			amount: self.price,
		};
		let mut tab = Tab {
			model: self.tab.model,
			amount: v.amount,
			calls: v.calls,
			frontier: self.tab.frontier.clone(),
			signed: self.signed.encode(),
		};
		tab.frontier.push(receipts::leaf_hash(&receipt));
		book.ledger
			.record(Entry { channel: v.channel, tab: tab.clone(), receipt })
			.await
			.map_err(Refused::Store)?;
		let next_root = tab.frontier.root();
		*self.tab = tab;
		Ok(Paid { receipt, next_root, amount: v.amount, calls: v.calls })
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use lineage_primitives::Voucher;
	use sp_core::{sr25519, Pair};
	use sp_runtime::Perbill;

	const MODEL: AssetId = 7;
	const PRICE: Balance = 10;

	fn caller() -> sr25519::Pair {
		sr25519::Pair::from_string("//Dave", None).expect("dev seed")
	}

	fn book(name: &str) -> Book {
		let dir = std::env::temp_dir().join(format!("lineage-book-{name}-{}", std::process::id()));
		let _ = std::fs::remove_dir_all(&dir);
		let book = Book::new(ContentHash::repeat_byte(9), Ledger::open(&dir).expect("opens"))
			.expect("book");
		let view = View {
			id: 1,
			caller: caller().public().into(),
			model: MODEL,
			provider: sr25519::Pair::from_string("//Ferdie", None).expect("seed").public().into(),
			price_per_call: PRICE,
			provider_share: Perbill::from_percent(30),
			terms: 1,
			deposit: 35,
			claimed: 0,
			claimed_calls: 0,
			receipts_root: receipts::empty_root(),
			opened_at: 1,
			expires_at: 100,
			closing_until: None,
			claimable: true,
		};
		book.refresh(MODEL, vec![view], 5);
		book
	}

	fn signed(book: &Book, amount: Balance, calls: u64, root: ContentHash) -> SignedVoucher {
		let voucher =
			Voucher { genesis_hash: book.genesis, channel: 1, amount, calls, receipts_root: root };
		let signature = caller().sign(&voucher.signing_payload()).into();
		SignedVoucher { voucher, signature }
	}

	async fn pay(book: &Book, s: SignedVoucher) -> Result<Paid, Refused> {
		let chain = Chain::offline("ws://127.0.0.1:1");
		let admitted = book.admit(MODEL, s, &chain).await?;
		admitted
			.record(book, ContentHash::repeat_byte(1), ContentHash::repeat_byte(2))
			.await
	}

	#[tokio::test]
	async fn only_the_next_voucher_signed_by_the_caller_within_the_deposit_is_accepted() {
		let book = book("order");
		let empty = receipts::empty_root();
		// Signed for one amount, then changed to another: the signature no longer matches.
		let mut tampered = signed(&book, 2 * PRICE, 1, empty);
		tampered.voucher.amount = PRICE;
		assert_eq!(pay(&book, tampered).await.err(), Some(Refused::BadSignature));
		let other = sr25519::Pair::from_string("//Eve", None).expect("seed");
		let mut forged = signed(&book, PRICE, 1, empty);
		forged.signature = other.sign(&forged.voucher.signing_payload()).into();
		assert_eq!(pay(&book, forged).await.err(), Some(Refused::BadSignature));
		// Not the next one: too much, skipping a call, a wrong root.
		for s in [
			signed(&book, 2 * PRICE, 1, empty),
			signed(&book, 2 * PRICE, 2, empty),
			signed(&book, PRICE, 1, ContentHash::repeat_byte(3)),
		] {
			assert!(matches!(pay(&book, s).await, Err(Refused::OutOfOrder { calls: 1, .. })));
		}
		let mut foreign = signed(&book, PRICE, 1, empty);
		foreign.voucher.genesis_hash = ContentHash::repeat_byte(1);
		assert_eq!(pay(&book, foreign).await.err(), Some(Refused::WrongChain));
		// The first call, then the second committing to the first's receipt.
		let first = pay(&book, signed(&book, PRICE, 1, empty)).await.expect("paid");
		assert_eq!((first.amount, first.calls, first.receipt.call), (PRICE, 1, 1));
		// The same voucher again is not the next one: nothing is charged twice.
		assert!(matches!(
			pay(&book, signed(&book, PRICE, 1, empty)).await,
			Err(Refused::OutOfOrder { calls: 2, .. })
		));
		let second = pay(&book, signed(&book, 2 * PRICE, 2, first.next_root)).await.expect("paid");
		let third = pay(&book, signed(&book, 3 * PRICE, 3, second.next_root)).await.expect("paid");
		// A fourth would take 40 of a 35 deposit.
		assert_eq!(
			pay(&book, signed(&book, 4 * PRICE, 4, third.next_root)).await.err(),
			Some(Refused::OverDeposit { deposit: 35, amount: 40 })
		);
		// What the claim loop submits is the newest voucher.
		let unclaimed = book.unclaimed().await;
		let (id, amount, s) = &unclaimed[&(MODEL, 1)][0];
		assert_eq!((*id, *amount, s.voucher.calls), (1, 3 * PRICE, 3));
		book.claimed(1, 3 * PRICE, 3);
		assert!(book.unclaimed().await.is_empty());
	}

	#[test]
	fn only_ids_opened_since_the_last_refresh_are_looked_up_and_each_once_a_block() {
		let book = book("misses");
		book.set_next_id(10, 5);
		assert!(
			!book.worth_asking(3),
			"below NextChannelId: the refresh listed it if it were ours"
		);
		assert!(!book.worth_asking(10 + NEW_PER_BLOCK), "far past NextChannelId");
		assert!(book.worth_asking(12));
		book.misses.lock().expect("lock").insert(12, 5);
		assert!(!book.worth_asking(12), "asked already in this block");
		book.refresh(MODEL, vec![], 6);
		book.set_next_id(10, 6);
		assert!(book.worth_asking(12), "asked again in a later block");
	}

	#[tokio::test]
	async fn a_closed_channel_leaves_the_ledger_after_the_retention() {
		let book = book("prune");
		pay(&book, signed(&book, PRICE, 1, receipts::empty_root())).await.expect("paid");
		assert_eq!(book.prune(10, 5).await, Ok(0), "still open");
		// Closed: the chain no longer lists it.
		book.refresh(MODEL, vec![], 20);
		assert_eq!(book.prune(20, 5).await, Ok(0), "kept for the retention");
		assert!(book.ledger.receipt(1, 1).expect("reads").is_some());
		assert_eq!(book.prune(26, 5).await, Ok(1));
		assert!(book.ledger.receipt(1, 1).expect("reads").is_none());
		assert!(book.accepted(1).await.is_none());
	}

	#[tokio::test]
	async fn a_channel_of_another_model_closing_expired_or_of_a_frozen_model_takes_no_calls() {
		let book = book("closed");
		let empty = receipts::empty_root();
		let chain = Chain::offline("ws://127.0.0.1:1");
		assert!(matches!(
			book.admit(MODEL + 1, signed(&book, PRICE, 1, empty), &chain).await,
			Err(Refused::OtherModel { channel: 1, model: MODEL })
		));
		let mut view = book.view(1).expect("known");
		view.closing_until = Some(50);
		book.refresh(MODEL, vec![view.clone()], 6);
		assert!(matches!(
			pay(&book, signed(&book, PRICE, 1, empty)).await,
			Err(Refused::NotOpen(_))
		));
		view.closing_until = None;
		book.refresh(MODEL, vec![view.clone()], 7);
		book.set_payable(MODEL, false);
		assert!(matches!(
			pay(&book, signed(&book, PRICE, 1, empty)).await,
			Err(Refused::NotOpen(_))
		));
		book.set_payable(MODEL, true);
		book.refresh(MODEL, vec![view], 100);
		assert!(matches!(
			pay(&book, signed(&book, PRICE, 1, empty)).await,
			Err(Refused::NotOpen(_))
		));
	}
}

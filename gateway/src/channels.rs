//! The channel book: what the gateway knows of the channels to the models it serves, and the
//! check every paid call's voucher passes before the model runs.
//!
//! The chain's view of each channel (caller, price, deposit, expiry, what was claimed) is kept
//! fresh by the claim loop (`claims.rs`) once a block, so a call's path reads only memory and the
//! ledger: a voucher is accepted when it is signed by the channel's caller and is exactly the
//! gateway's last accepted voucher plus one call at the channel's price, committing to the
//! receipts of every earlier call, within the deposit. On a channel priced per token the voucher
//! is a ceiling instead: what was charged so far plus a reserve for this call's most; the call is
//! charged its tokens at the channel's prices (at most the reserve), which its receipt shows. The
//! one exception is a channel the gateway has never seen (opened since the last block it read): its
//! view is read from the chain once.

use std::{
	collections::HashMap,
	sync::{
		atomic::{AtomicU32, AtomicU64, Ordering::Relaxed},
		Arc, Mutex, RwLock,
	},
	time::{Duration, Instant},
};

use codec::{Decode, Encode};
use lineage_primitives::{
	receipts, runtime_api::ChannelView, AssetId, CallReceipt, ChannelId, ContentHash, TokenPrices,
	Voucher,
};
use lineage_runtime::{AccountId, Balance, BlockNumber, Runtime, Signature};
use tokio::sync::OwnedMutexGuard;

use crate::{
	chain::Chain,
	ledger::{Entry, Hold, HoldError, Ledger, Tab},
};

/// How many ids past the last-read `NextChannelId` a call may name and be looked up on the chain
/// (channels opened since the last refresh); others wait for the next refresh.
const NEW_PER_BLOCK: u64 = 256;

/// How long a model's channels may go unread from the chain before its calls are refused: past
/// it, a channel's expiry, close or the model's freeze could have happened unseen, and a call
/// taken then might never be claimable.
pub const STALE_AFTER: Duration = Duration::from_secs(60);

/// The longest a paid call may hold its channel (from the request to its answer's last byte):
/// past it a stream is cut and charged for what it produced, a whole answer not waited for. It is
/// well inside the chain's challenge period, so a channel a call holds while its close is asked is
/// still claimed once the call is over.
pub const MAX_CALL: Duration = Duration::from_secs(120);

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
	/// The channel pays another provider: this gateway could not claim its calls.
	OtherProvider(ChannelId),
	/// The gateway has not read the model's channels from the chain lately (node unreachable):
	/// it takes no calls it might not be able to claim.
	Stale(AssetId),
	/// Signed for another chain.
	WrongChain,
	/// The channel takes no new calls: closing, expired, or its earlier calls unknown here.
	NotOpen(String),
	/// Not the next voucher: what the gateway expects instead (`amount` is the next voucher's
	/// amount on a channel priced per call, with no reserve; on one priced per token, what was
	/// charged so far, which the voucher's `amount − reserve` must be, with a reserve of at
	/// least the price per call).
	OutOfOrder { amount: Balance, calls: u64, receipts_root: ContentHash, per_token: bool },
	/// On a channel priced per token: the voucher's reserve does not cover this request's most.
	ReserveTooLow { reserve: Balance, needed: Balance },
	/// The channel's funds do not cover it.
	OverDeposit { deposit: Balance, amount: Balance },
	/// Not the channel caller's signature of this voucher.
	BadSignature,
	/// Another call on the channel is in progress.
	Busy(ChannelId),
	/// The chain could not be read (for a channel not seen yet).
	Chain(String),
	/// The ledger could not commit the call.
	Store(String),
}

/// A call admitted against its channel, holding the channel until it is recorded: calls on
/// one channel are strictly one after another, calls on different channels run at once.
pub struct Admitted {
	tab: OwnedMutexGuard<Tab>,
	/// The ledger's hold on the channel (other gateway instances sharing the ledger wait for it).
	hold: Hold,
	signed: SignedVoucher,
	price: Balance,
	/// The channel's token prices (both zero: priced per call).
	token_prices: TokenPrices<Balance>,
}

/// The tokens a call was counted as (by its backend, or by the gateway where the backend does
/// not say): what a call on a channel priced per token is charged for.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tokens {
	pub input: u32,
	pub output: u32,
}

impl Tokens {
	/// The tokens a backend reported.
	pub fn of(usage: &crate::backend::Usage) -> Tokens {
		let clamp = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
		Tokens { input: clamp(usage.prompt_tokens), output: clamp(usage.completion_tokens) }
	}

	/// What a call of at most these tokens can cost on a channel (or an offering) at
	/// `price_per_call` and `token_prices`: the price per call if it is priced per call.
	/// `Balance::MAX` if it overflows (no voucher covers it).
	pub fn most(self, price_per_call: Balance, token_prices: &TokenPrices<Balance>) -> Balance {
		if !token_prices.per_token() {
			return price_per_call;
		}
		token_prices
			.charge(price_per_call, self.input, self.output)
			.unwrap_or(Balance::MAX)
	}
}

/// The channels of one model at one set of terms with vouchers not claimed yet.
pub struct Unclaimed {
	/// The model.
	pub model: AssetId,
	/// Its terms version.
	pub terms: u32,
	/// The last block the most urgent of them can be claimed in.
	pub due: BlockNumber,
	/// Each channel's id, newest voucher's amount and the voucher, most urgent first.
	pub vouchers: Vec<(ChannelId, Balance, SignedVoucher)>,
}

/// What a recorded call answers with.
pub struct Paid {
	/// The call's receipt.
	pub receipt: CallReceipt<Balance>,
	/// The root of the receipts so far, which the next voucher must carry.
	pub next_root: ContentHash,
	/// What the channel has been charged in all now (the next voucher's `amount − reserve`) and
	/// its calls.
	pub amount: Balance,
	pub calls: u64,
}

/// The gateway's channels.
pub struct Book {
	genesis: ContentHash,
	/// The provider this gateway claims for: only its channels are served.
	provider: AccountId,
	/// When each served model's channels were last read from the chain.
	refreshed: RwLock<HashMap<AssetId, Instant>>,
	views: RwLock<HashMap<ChannelId, View>>,
	tabs: Mutex<HashMap<ChannelId, Arc<tokio::sync::Mutex<Tab>>>>,
	best: AtomicU32,
	/// Channels with a tab that the chain no longer shows open, since which block.
	gone_since: Mutex<HashMap<ChannelId, BlockNumber>>,
	/// `NextChannelId` as the claim loop last read it (before reading the models' channels), or
	/// `u64::MAX` before the first read: every channel below it that is open, of a served model
	/// and of our provider is in `views`, so only ids from it up (opened since) are worth asking
	/// the chain; before the first read, none is.
	next_id: AtomicU64,
	/// Ids asked of the chain and not found, with the block they were asked at (once per block).
	misses: Mutex<HashMap<ChannelId, BlockNumber>>,
	/// Served models whose asset is not active (frozen or retired): their calls could not be
	/// claimed, so none are taken (read once a block by the claim loop).
	unpayable: RwLock<std::collections::HashSet<AssetId>>,
	/// Receipt proofs read a channel's leaves from the ledger (O(calls)): at most this many are
	/// built at once, so unauthenticated proof requests cannot take the machine.
	pub proof_permits: Arc<tokio::sync::Semaphore>,
	/// Where every accepted voucher and receipt is committed.
	pub ledger: Ledger,
}

/// Decode a `X-Lineage-Voucher` header.
pub fn decode_header(header: &str) -> Result<SignedVoucher, Refused> {
	let bytes = crate::chain::hex_bytes(header)
		.ok_or_else(|| Refused::Malformed("the voucher header is not hex".into()))?;
	let mut input = &bytes[..];
	let malformed = |e: codec::Error| {
		Refused::Malformed(format!("not a SCALE-encoded voucher and signature: {e}"))
	};
	let voucher = Voucher::decode(&mut input).map_err(malformed)?;
	let signature = Signature::decode(&mut input).map_err(malformed)?;
	// A claim's last receipt may follow (`0x00`, none: the gateway adds it); it is not the
	// caller's to give.
	if input.first() == Some(&0) {
		input = &input[1..];
	}
	let signed = SignedVoucher { voucher, signature, last_call: None };
	if !input.is_empty() {
		return Err(Refused::Malformed("trailing bytes after the signed voucher".into()));
	}
	Ok(signed)
}

impl Book {
	/// A book over `ledger`'s tabs, for the chain with `genesis` and the channels paying
	/// `provider`.
	pub fn new(genesis: ContentHash, provider: AccountId, ledger: Ledger) -> Result<Book, String> {
		let tabs = ledger
			.tabs_at_start()?
			.into_iter()
			.map(|(id, tab)| (id, Arc::new(tokio::sync::Mutex::new(tab))))
			.collect();
		Ok(Book {
			genesis,
			provider,
			refreshed: RwLock::new(HashMap::new()),
			views: RwLock::new(HashMap::new()),
			tabs: Mutex::new(tabs),
			best: AtomicU32::new(0),
			gone_since: Mutex::new(HashMap::new()),
			proof_permits: Arc::new(tokio::sync::Semaphore::new(2)),
			unpayable: RwLock::new(Default::default()),
			next_id: AtomicU64::new(u64::MAX),
			misses: Mutex::new(HashMap::new()),
			ledger,
		})
	}

	/// Replace the views of `model`'s channels with `views` (the chain's open channels now) at
	/// block `best`. Channels paying another provider are left out: their calls are not ours to
	/// take or claim.
	pub fn refresh(&self, model: AssetId, views: Vec<View>, best: BlockNumber) {
		self.best.fetch_max(best, Relaxed);
		if let Ok(mut all) = self.views.write() {
			all.retain(|_, v| v.model != model);
			all.extend(
				views
					.into_iter()
					.filter(|v| v.model == model && v.provider == self.provider)
					.map(|v| (v.id, v)),
			);
		}
		if let Ok(mut at) = self.refreshed.write() {
			at.insert(model, Instant::now());
		}
	}

	/// Whether `model`'s channels were read from the chain within `STALE_AFTER`.
	pub fn fresh(&self, model: AssetId) -> bool {
		self.refreshed
			.read()
			.is_ok_and(|at| at.get(&model).is_some_and(|t| t.elapsed() < STALE_AFTER))
	}

	/// Forget the channels the chain has not shown as open for more than `retention` blocks
	/// (closed: their receipts stay served for that long, then leave the ledger). Call after
	/// refreshing every served model. Returns how many were forgotten.
	pub async fn prune(&self, best: BlockNumber, retention: BlockNumber) -> Result<usize, String> {
		let ids: Vec<ChannelId> = match self.tabs.lock() {
			Ok(t) => t.keys().copied().collect(),
			Err(_) => return Ok(0),
		};
		// On a shared ledger, only channels of the models served here (the book reads the
		// ledger's every tab, and another model's channels are not in this one's views).
		let ids: Vec<ChannelId> = if self.ledger.is_shared() {
			let served: std::collections::HashSet<AssetId> = match self.refreshed.read() {
				Ok(at) => at.keys().copied().collect(),
				Err(_) => return Ok(0),
			};
			ids.into_iter()
				.filter(|id| {
					self.tab(*id)
						.is_some_and(|t| t.try_lock().is_ok_and(|t| served.contains(&t.model)))
				})
				.collect()
		} else {
			ids
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
		if forgotten.is_empty() {
			return Ok(0);
		}
		// Each tab's lock is held while its rows go: none is admitted after (the chain no longer
		// shows the channel open). A tab a call still holds is left for the next prune.
		let mut held = Vec::new();
		forgotten.retain(|id| match self.tab(*id).map(|tab| tab.try_lock_owned()) {
			Some(Ok(guard)) => {
				held.push(guard);
				true
			},
			Some(Err(_)) => false,
			None => true,
		});
		if forgotten.is_empty() {
			return Ok(0);
		}
		// One transaction (one flush) for them all.
		self.ledger.forget(forgotten.clone()).await?;
		if let Ok(mut tabs) = self.tabs.lock() {
			for id in &forgotten {
				tabs.remove(id);
			}
		}
		if let Ok(mut gone) = self.gone_since.lock() {
			for id in &forgotten {
				gone.remove(id);
			}
		}
		drop(held);
		Ok(forgotten.len())
	}

	/// Read every tab from a shared ledger (other instances' calls moved them on): once a block,
	/// so the claims and `GET /v1/channels/{id}` see them. A tab a call holds here is left as
	/// it is (its call reads the ledger's row itself).
	pub async fn reload(&self) -> Result<(), String> {
		if !self.ledger.is_shared() {
			return Ok(());
		}
		let current = self.ledger.tabs().await?;
		let mut tabs = self.tabs.lock().map_err(|_| "tabs poisoned".to_string())?;
		for (id, tab) in current {
			match tabs.get(&id) {
				Some(mine) =>
					if let Ok(mut mine) = mine.try_lock() {
						if tab.calls >= mine.calls {
							*mine = tab;
						}
					},
				None => {
					tabs.insert(id, Arc::new(tokio::sync::Mutex::new(tab)));
				},
			}
		}
		Ok(())
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
	#[cfg(test)]
	fn worth_asking(&self, id: ChannelId) -> bool {
		self.misses.lock().is_ok_and(|m| self.worth_asking_locked(id, &m))
	}

	fn worth_asking_locked(&self, id: ChannelId, misses: &HashMap<ChannelId, BlockNumber>) -> bool {
		let floor = self.next_id.load(Relaxed);
		let new = floor != u64::MAX && id >= floor && id < floor.saturating_add(NEW_PER_BLOCK);
		new && misses.get(&id) != Some(&self.best.load(Relaxed))
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

	/// Record what a claim moved on-chain (its amount, calls and receipts root), before the next
	/// refresh shows it.
	pub fn claimed(&self, channel: ChannelId, amount: Balance, calls: u64, root: ContentHash) {
		if let Ok(mut all) = self.views.write() {
			if let Some(v) = all.get_mut(&channel).filter(|v| v.claimed < amount) {
				v.claimed = amount;
				v.claimed_calls = calls;
				v.receipts_root = root;
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

	/// Put one channel's view in the book (read from the chain outside the claim loop): only a
	/// channel paying our provider. Returns whether it was taken.
	pub fn insert_view(&self, view: View) -> bool {
		if view.provider != self.provider {
			return false;
		}
		if let Ok(mut all) = self.views.write() {
			all.insert(view.id, view);
		}
		true
	}

	/// The chain's view of `channel` as last read.
	pub fn view(&self, channel: ChannelId) -> Option<View> {
		self.views.read().ok()?.get(&channel).cloned()
	}

	fn tab(&self, channel: ChannelId) -> Option<Arc<tokio::sync::Mutex<Tab>>> {
		self.tabs.lock().ok()?.get(&channel).cloned()
	}

	/// What the gateway has accepted on `channel` (`None` before its first call), once no call
	/// holds it: for the gateway's own use (a custodial lane's channel), never for a request that
	/// anyone can make.
	pub async fn accepted(&self, channel: ChannelId) -> Option<Tab> {
		Some(self.tab(channel)?.lock().await.clone())
	}

	/// What the gateway has accepted on `channel` now, or `Busy` while a call holds it: requests
	/// never queue on a channel's lock (queued waiters would take it before any `try_lock`, so
	/// a flood of them could keep a channel from its calls and its claims).
	pub fn accepted_now(&self, channel: ChannelId) -> Result<Option<Tab>, Refused> {
		match self.tab(channel) {
			None => Ok(None),
			Some(tab) =>
				tab.try_lock().map(|t| Some(t.clone())).map_err(|_| Refused::Busy(channel)),
		}
	}

	/// Every channel with a voucher above what the chain has claimed of it, by model and terms
	/// version (one `claim_batch` takes channels of one model at one set of terms): what the claim
	/// loop submits. Each group comes with the last block its most urgent channel can be claimed
	/// in (a closing one's `closing_until`, else expiry plus the challenge period); groups and
	/// the channels in them are most urgent first. Channels that can no longer be claimed are
	/// left out.
	pub async fn unclaimed(&self) -> Vec<Unclaimed> {
		let tabs: Vec<(ChannelId, Arc<tokio::sync::Mutex<Tab>>)> = match self.tabs.lock() {
			Ok(t) => t.iter().map(|(id, t)| (*id, t.clone())).collect(),
			Err(_) => return Vec::new(),
		};
		let challenge = <<Runtime as pallet_call_channels::Config>::ChallengePeriod as frame_support::traits::Get<BlockNumber>>::get();
		let mut out: HashMap<(AssetId, u32), Vec<_>> = HashMap::new();
		for (id, tab) in tabs {
			let Some(view) = self.view(id).filter(|v| v.claimable) else { continue };
			// A channel a call holds is claimed at the next pass: a call lasts at most
			// `MAX_CALL`, well inside the challenge period, and waiting here would hold up every
			// other channel's claim (and the refresh that keeps the views fresh).
			let Ok(tab) = tab.try_lock().map(|t| t.clone()) else { continue };
			if tab.amount > view.claimed {
				if let Ok(signed) = SignedVoucher::decode(&mut &tab.signed[..]) {
					let after_expiry = view.expires_at.saturating_add(challenge);
					let due = view.closing_until.map_or(after_expiry, |c| c.min(after_expiry));
					out.entry((view.model, view.terms))
						.or_default()
						.push((due, id, tab.amount, signed));
				}
			}
		}
		let mut groups: Vec<Unclaimed> = out
			.into_iter()
			.map(|((model, terms), mut pending)| {
				pending.sort_by_key(|(due, id, _, _)| (*due, *id));
				Unclaimed {
					model,
					terms,
					due: pending.first().map_or(BlockNumber::MAX, |p| p.0),
					vouchers: pending
						.into_iter()
						.map(|(_, id, amount, s)| (id, amount, s))
						.collect(),
				}
			})
			.collect();
		groups.sort_by_key(|g| (g.due, g.model, g.terms));
		groups
	}

	/// Check `signed` as the next paid call of `model`. `chain` is read only for a channel opened
	/// since the last refresh. The checks that need no lock come first, the caller's signature
	/// among them, so only the channel's caller can make the gateway hold a tab for it.
	pub async fn admit(
		&self,
		model: AssetId,
		signed: SignedVoucher,
		chain: &Chain,
	) -> Result<Admitted, Refused> {
		let voucher = &signed.voucher;
		let id = voucher.channel;
		if !self.fresh(model) {
			return Err(Refused::Stale(model));
		}
		if voucher.genesis_hash != self.genesis {
			return Err(Refused::WrongChain);
		}
		let view = match self.view(id) {
			Some(v) => v,
			None => self.fetch(id, model, chain).await?,
		};
		if view.model != model {
			return Err(Refused::OtherModel { channel: id, model: view.model });
		}
		if view.provider != self.provider {
			return Err(Refused::OtherProvider(id));
		}
		if self.unpayable.read().is_ok_and(|set| set.contains(&model)) {
			return Err(Refused::NotOpen(format!(
				"model #{model} is frozen or retired: its calls cannot be paid now"
			)));
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
		if !pallet_call_channels::Pallet::<Runtime>::signed_by(
			voucher,
			&signed.signature,
			&view.caller,
		) {
			return Err(Refused::BadSignature);
		}
		let tab = {
			let mut tabs = self.tabs.lock().map_err(|_| Refused::Store("tabs poisoned".into()))?;
			tabs.entry(id)
				.or_insert_with(|| {
					Arc::new(tokio::sync::Mutex::new(Tab { model, ..Default::default() }))
				})
				.clone()
		};
		// Calls on one channel are one after another (each voucher builds on the last receipt):
		// a second call while one is in progress is refused, never queued, here and on any other
		// instance sharing the ledger.
		let mut tab = tab.try_lock_owned().map_err(|_| Refused::Busy(id))?;
		let hold = self.ledger.hold(id, model).await.map_err(|e| match e {
			HoldError::Busy => Refused::Busy(id),
			HoldError::Store(e) => Refused::Store(e),
		})?;
		// A shared ledger's row is where the last call left the channel, whichever instance
		// took it.
		if let Some(current) = hold.tab() {
			*tab = current.clone();
		}
		match Self::check(voucher, &view, &tab) {
			Ok(()) => {},
			Err(refused) => {
				hold.release().await;
				return Err(refused);
			},
		}
		let mut signed = signed;
		// What a claim shows of the last call is the gateway's to add once it is answered.
		signed.last_call = None;
		Ok(Admitted {
			tab,
			hold,
			signed,
			price: view.price_per_call,
			token_prices: view.token_prices,
		})
	}

	/// Whether `voucher` is `tab`'s next on the channel `view` shows.
	fn check(voucher: &Voucher<Balance>, view: &View, tab: &Tab) -> Result<(), Refused> {
		let id = voucher.channel;
		// The chain has claimed calls this gateway holds no receipts for (its ledger was lost or
		// another gateway served them): a next voucher built on ours would never be claimable.
		if tab.calls < view.claimed_calls {
			return Err(Refused::NotOpen(format!(
				"channel {id} has calls this gateway holds no receipts for: open a new channel"
			)));
		}
		// Priced per call, a voucher pays its call in advance: its amount is the last plus the
		// price. Priced per token, it carries a ceiling: what was charged so far plus a reserve
		// of at least the price per call for this call's most.
		let per_token = view.token_prices.per_token();
		let (charged, reserve_ok) = if per_token {
			(voucher.charged_before_last(), voucher.reserve >= view.price_per_call)
		} else {
			(voucher.amount.checked_sub(view.price_per_call), voucher.reserve == 0)
		};
		let root = tab.frontier.root();
		if voucher.calls != tab.calls.saturating_add(1) ||
			charged != Some(tab.amount) ||
			!reserve_ok ||
			voucher.receipts_root != root
		{
			return Err(Refused::OutOfOrder {
				// Priced per call, the next voucher's amount; per token, what was charged.
				amount: if per_token {
					tab.amount
				} else {
					tab.amount.saturating_add(view.price_per_call)
				},
				calls: tab.calls.saturating_add(1),
				receipts_root: root,
				per_token,
			});
		}
		if voucher.amount > view.deposit {
			return Err(Refused::OverDeposit { deposit: view.deposit, amount: voucher.amount });
		}
		Ok(())
	}

	/// Read channel `id`, missing from the book, from the chain: only one opened since the last
	/// refresh, and once a block (marked asked before the read, so concurrent requests naming it
	/// make one read at most). Kept only if it pays `model` (served here) through our provider.
	async fn fetch(&self, id: ChannelId, model: AssetId, chain: &Chain) -> Result<View, Refused> {
		{
			let mut misses = self.misses.lock().map_err(|_| Refused::Store("misses".into()))?;
			if !self.worth_asking_locked(id, &misses) {
				return Err(Refused::UnknownChannel(id));
			}
			misses.insert(id, self.best.load(Relaxed));
		}
		let fetched: Option<View> = chain
			.call("CallChannelsApi_channel", id, None)
			.await
			.map_err(|e| Refused::Chain(e.to_string()))?;
		match fetched {
			// Only a served model's channels are kept (the refresh keeps them current).
			Some(v) if v.model != model => Err(Refused::OtherModel { channel: id, model: v.model }),
			Some(v) if self.insert_view(v.clone()) => {
				if let Ok(mut misses) = self.misses.lock() {
					misses.remove(&id);
				}
				Ok(v)
			},
			Some(_) => Err(Refused::OtherProvider(id)),
			None => Err(Refused::UnknownChannel(id)),
		}
	}
}

impl Admitted {
	/// On a channel priced per token: its prices and price per call, and the most its voucher
	/// lets this call cost (`None` on a channel priced per call).
	pub fn per_token(&self) -> Option<(TokenPrices<Balance>, Balance, Balance)> {
		self.token_prices.per_token().then_some((
			self.token_prices,
			self.price,
			self.signed.voucher.reserve,
		))
	}

	/// Check that this call's voucher covers a call of at most `bound` tokens on a channel
	/// priced per token (always on one priced per call, whose price is the call's cost).
	pub fn covers(&self, bound: Tokens) -> Result<(), Refused> {
		match self.per_token() {
			Some((prices, price, reserve)) => {
				let most = bound.most(price, &prices);
				if reserve < most {
					return Err(Refused::ReserveTooLow { reserve, needed: most });
				}
				Ok(())
			},
			None => Ok(()),
		}
	}

	/// Record the call with its input's and output's hashes and, on a channel priced per
	/// token, the tokens it was counted as: its receipt and the new voucher are committed to the
	/// ledger before this returns. A call priced per token is charged its tokens at the
	/// channel's prices, never more than its voucher's reserve; the voucher is kept with the
	/// receipt, which a claim shows to be paid that charge.
	pub async fn record(
		self,
		book: &Book,
		input_hash: ContentHash,
		output_hash: ContentHash,
		tokens: Tokens,
	) -> Result<Paid, Refused> {
		let per_token = self.per_token();
		let Admitted { tab: mut held, hold, mut signed, price, .. } = self;
		let v = signed.voucher;
		let (input_tokens, output_tokens, amount, charged) = match per_token {
			Some((prices, price, reserve)) => {
				let (input, output) = (tokens.input, tokens.output);
				let amount = prices.charge_within(price, input, output, reserve);
				// Admission checked `charged_before_last` is what was charged so far.
				let before = v.charged_before_last().unwrap_or_default();
				(input, output, amount, before.saturating_add(amount))
			},
			None => (0, 0, price, v.amount),
		};
		let receipt = CallReceipt {
			channel: v.channel,
			call: v.calls,
			input_hash,
			output_hash,
			input_tokens,
			output_tokens,
			amount,
		};
		if per_token.is_some() {
			signed.last_call = Some(receipt);
		}
		let mut tab = Tab {
			model: held.model,
			amount: charged,
			calls: v.calls,
			frontier: held.frontier.clone(),
			signed: signed.encode(),
		};
		tab.frontier.push(receipts::leaf_hash(&receipt));
		book.ledger
			.record(hold, Entry { channel: v.channel, tab: tab.clone(), receipt })
			.await
			.map_err(Refused::Store)?;
		let next_root = tab.frontier.root();
		*held = tab;
		Ok(Paid { receipt, next_root, amount: charged, calls: v.calls })
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_call_ends_well_inside_the_challenge_period() {
		let challenge = <<Runtime as pallet_call_channels::Config>::ChallengePeriod as frame_support::traits::Get<BlockNumber>>::get();
		let block_ms = lineage_runtime::MILLI_SECS_PER_BLOCK as u128;
		// A close asked while a call holds the channel leaves at least half the period to claim.
		assert!(MAX_CALL.as_millis() < u128::from(challenge) * block_ms / 2);
	}
	use sp_core::{sr25519, Pair};
	use sp_runtime::Perbill;

	const MODEL: AssetId = 7;
	const PRICE: Balance = 10;

	fn caller() -> sr25519::Pair {
		sr25519::Pair::from_string("//Dave", None).expect("dev seed")
	}

	fn provider() -> AccountId {
		sr25519::Pair::from_string("//Ferdie", None).expect("seed").public().into()
	}

	fn book(name: &str) -> Book {
		let dir = std::env::temp_dir().join(format!("lineage-book-{name}-{}", std::process::id()));
		let _ = std::fs::remove_dir_all(&dir);
		book_on(Ledger::open(&dir).expect("opens"))
	}

	fn book_on(ledger: Ledger) -> Book {
		let book = Book::new(ContentHash::repeat_byte(9), provider(), ledger).expect("book");
		let view = View {
			id: 1,
			caller: caller().public().into(),
			model: MODEL,
			provider: provider(),
			price_per_call: PRICE,
			token_prices: Default::default(),
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
		let voucher = Voucher {
			genesis_hash: book.genesis,
			channel: 1,
			amount,
			calls,
			receipts_root: root,
			reserve: 0,
		};
		let signature = caller().sign(&voucher.signing_payload()).into();
		SignedVoucher { voucher, signature, last_call: None }
	}

	async fn pay(book: &Book, s: SignedVoucher) -> Result<Paid, Refused> {
		let chain = Chain::offline("ws://127.0.0.1:1");
		let admitted = book.admit(MODEL, s, &chain).await?;
		admitted
			.record(
				book,
				ContentHash::repeat_byte(1),
				ContentHash::repeat_byte(2),
				Tokens::default(),
			)
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
			assert!(matches!(
				pay(&book, s).await,
				Err(Refused::OutOfOrder { calls: 1, amount: PRICE, per_token: false, .. })
			));
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
		assert_eq!((unclaimed[0].model, unclaimed[0].terms, unclaimed[0].due), (MODEL, 1, 200));
		let (id, amount, s) = &unclaimed[0].vouchers[0];
		assert_eq!((*id, *amount, s.voucher.calls), (1, 3 * PRICE, 3));
		book.claimed(1, 3 * PRICE, 3, second.next_root);
		assert!(book.unclaimed().await.is_empty());
	}

	#[tokio::test]
	async fn priced_per_token_a_voucher_is_a_ceiling_and_the_call_is_charged_its_tokens() {
		let book = book("tokens");
		let prices = TokenPrices { per_1k_input: 4, per_1k_output: 20 };
		let view = View { deposit: 1_000, token_prices: prices, ..book.view(1).expect("view") };
		book.refresh(MODEL, vec![view], 5);
		let empty = receipts::empty_root();
		let ceiling = |amount, reserve, calls, root| {
			let mut s = signed(&book, amount, calls, root);
			s.voucher.reserve = reserve;
			s.signature = caller().sign(&s.voucher.signing_payload()).into();
			s
		};
		let chain = Chain::offline("ws://127.0.0.1:1");
		// A reserve below the price per call, or a voucher priced as per call, is not the next.
		for s in [ceiling(PRICE, PRICE - 1, 1, empty), signed(&book, PRICE, 1, empty)] {
			assert!(matches!(
				book.admit(MODEL, s, &chain).await.err(),
				Some(Refused::OutOfOrder { per_token: true, amount: 0, .. })
			));
		}
		// A reserve of 100 covers a call of at most 100, not 150: 10 + ⌈(0 × 4 + 7,000 × 20) /
		// 1000⌉ = 150, 10 + ⌈(0 × 4 + 4,500 × 20) / 1000⌉ = 100.
		let admitted = book.admit(MODEL, ceiling(100, 100, 1, empty), &chain).await.expect("in");
		assert_eq!(
			admitted.covers(Tokens { input: 0, output: 7_000 }).err(),
			Some(Refused::ReserveTooLow { reserve: 100, needed: 150 })
		);
		assert!(admitted.covers(Tokens { input: 0, output: 4_500 }).is_ok());
		// 250 tokens in, 100 out: 10 + ⌈(250 × 4 + 100 × 20) / 1000⌉ = 13.
		let tokens = Tokens { input: 250, output: 100 };
		let first = admitted
			.record(&book, ContentHash::repeat_byte(1), ContentHash::repeat_byte(2), tokens)
			.await
			.expect("paid");
		assert_eq!((first.receipt.amount, first.receipt.input_tokens), (13, 250));
		assert_eq!(first.amount, 13, "charged so far: the next voucher's amount − reserve");
		// The claim loop submits the voucher with the call's receipt, which claims its charge.
		let unclaimed = book.unclaimed().await;
		let (_, amount, s) = &unclaimed[0].vouchers[0];
		assert_eq!((*amount, s.last_call), (13, Some(first.receipt)));
		// The next voucher must carry exactly what was charged below its reserve.
		assert!(matches!(
			pay(&book, ceiling(112, 100, 2, first.next_root)).await,
			Err(Refused::OutOfOrder { amount: 13, calls: 2, .. })
		));
		// Tokens whose charge is above the reserve are charged the reserve.
		let admitted = book
			.admit(MODEL, ceiling(13 + 30, 30, 2, first.next_root), &chain)
			.await
			.expect("in");
		let second = admitted
			.record(
				&book,
				ContentHash::repeat_byte(3),
				ContentHash::repeat_byte(4),
				Tokens { input: 0, output: 5_000 },
			)
			.await
			.expect("paid");
		assert_eq!((second.receipt.amount, second.amount), (30, 43));
	}

	#[tokio::test]
	async fn a_call_holding_its_channel_stalls_neither_a_second_call_nor_the_claim_loop() {
		let book = book("busy");
		let empty = receipts::empty_root();
		let first = pay(&book, signed(&book, PRICE, 1, empty)).await.expect("paid");
		// A long call (a stream) holds the channel…
		let held = book
			.admit(
				MODEL,
				signed(&book, 2 * PRICE, 2, first.next_root),
				&Chain::offline("ws://127.0.0.1:9"),
			)
			.await
			.expect("admitted");
		// …a second call on it is refused at once rather than queued behind it (each queued one
		// would hold its request in memory for as long)…
		let second = tokio::time::timeout(
			Duration::from_secs(1),
			pay(&book, signed(&book, 2 * PRICE, 2, first.next_root)),
		)
		.await
		.expect("answered at once");
		assert_eq!(second.err(), Some(Refused::Busy(1)));
		// …and the claim loop does not wait for it: the channel is claimed at a later pass (the
		// old loop waited on the lock, stalling every channel's claim and the views' refresh).
		let unclaimed = tokio::time::timeout(Duration::from_secs(1), book.unclaimed())
			.await
			.expect("not stalled");
		assert!(unclaimed.is_empty(), "the busy channel is left for the next pass");
		// Once the call is recorded, its channel is claimed.
		held.record(
			&book,
			ContentHash::repeat_byte(1),
			ContentHash::repeat_byte(2),
			Tokens::default(),
		)
		.await
		.expect("recorded");
		assert_eq!(book.unclaimed().await[0].vouchers[0].1, 2 * PRICE);
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
		assert!(book.ledger.receipt(1, 1).await.expect("reads").is_some());
		assert_eq!(book.prune(26, 5).await, Ok(1));
		assert!(book.ledger.receipt(1, 1).await.expect("reads").is_none());
		assert!(book.accepted(1).await.is_none());
	}

	#[tokio::test]
	async fn a_channel_of_another_model_closing_expired_or_of_a_frozen_model_takes_no_calls() {
		let book = book("closed");
		let empty = receipts::empty_root();
		let chain = Chain::offline("ws://127.0.0.1:1");
		// Another model served here, read from the chain with no channels.
		book.refresh(MODEL + 1, vec![], 5);
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

	#[tokio::test]
	async fn a_channel_paying_another_provider_is_neither_served_nor_claimed() {
		let book = book("provider");
		let mut theirs = book.view(1).expect("known");
		theirs.id = 2;
		theirs.provider = caller().public().into();
		let ours = book.view(1).expect("known");
		book.refresh(MODEL, vec![ours, theirs.clone()], 6);
		assert!(book.view(2).is_none(), "the refresh leaves it out");
		assert!(!book.insert_view(theirs), "and so does a lookup");
		// Named by a call (as if opened since the last refresh), it is not served from the book:
		// only the chain could say (and `fetch` keeps it only if it pays us).
		book.set_next_id(2, 6);
		let mut s = signed(&book, PRICE, 1, receipts::empty_root());
		s.voucher.channel = 2;
		s.signature = caller().sign(&s.voucher.signing_payload()).into();
		let chain = Chain::offline("ws://127.0.0.1:1");
		assert!(matches!(book.admit(MODEL, s, &chain).await, Err(Refused::Chain(_))));
		assert!(book.accepted(2).await.is_none(), "no tab is kept for it");
		assert!(book.unclaimed().await.is_empty());
	}

	#[tokio::test]
	async fn no_calls_are_taken_before_the_first_read_or_once_the_chain_is_not_read_lately() {
		let dir = std::env::temp_dir().join(format!("lineage-book-stale-{}", std::process::id()));
		let _ = std::fs::remove_dir_all(&dir);
		let book =
			Book::new(ContentHash::repeat_byte(9), provider(), Ledger::open(&dir).expect("opens"))
				.expect("book");
		assert!(!book.worth_asking(1), "nothing is looked up before NextChannelId is read");
		let chain = Chain::offline("ws://127.0.0.1:1");
		let s = signed(&book, PRICE, 1, receipts::empty_root());
		assert!(matches!(book.admit(MODEL, s, &chain).await, Err(Refused::Stale(MODEL))));
		let book = self::book("stale");
		book.refreshed
			.write()
			.expect("lock")
			.insert(MODEL, Instant::now() - STALE_AFTER - Duration::from_secs(1));
		let s = signed(&book, PRICE, 1, receipts::empty_root());
		assert!(matches!(book.admit(MODEL, s.clone(), &chain).await, Err(Refused::Stale(MODEL))));
		let view = book.view(1).expect("known");
		book.refresh(MODEL, vec![view], 6);
		assert!(pay(&book, s).await.is_ok(), "read again: calls are taken");
	}

	#[tokio::test]
	async fn a_ledger_behind_what_the_chain_claimed_takes_no_more_calls_on_the_channel() {
		let book = book("behind");
		let first =
			pay(&book, signed(&book, PRICE, 1, receipts::empty_root())).await.expect("paid");
		// The chain has claimed two calls (the ledger lost the second, or another gateway took it).
		let mut view = book.view(1).expect("known");
		view.claimed = 2 * PRICE;
		view.claimed_calls = 2;
		book.refresh(MODEL, vec![view], 6);
		assert!(matches!(
			pay(&book, signed(&book, 2 * PRICE, 2, first.next_root)).await,
			Err(Refused::NotOpen(_))
		));
	}

	#[tokio::test]
	async fn the_claim_loop_gets_closing_channels_first_then_the_soonest_to_expire() {
		let book = book("urgent");
		let base = book.view(1).expect("known");
		let views: Vec<View> = [(1, 90, None), (2, 40, None), (3, 95, Some(30))]
			.into_iter()
			.map(|(id, expires_at, closing_until)| View {
				id,
				expires_at,
				closing_until,
				..base.clone()
			})
			.collect();
		book.refresh(MODEL, views, 6);
		for id in [1, 2, 3] {
			let voucher = Voucher {
				genesis_hash: book.genesis,
				channel: id,
				amount: PRICE,
				calls: 1,
				receipts_root: receipts::empty_root(),
				reserve: 0,
			};
			let signature = caller().sign(&voucher.signing_payload()).into();
			// Straight into the tabs: a closing channel takes no new calls.
			let tab = Tab {
				model: MODEL,
				amount: PRICE,
				calls: 1,
				signed: SignedVoucher { voucher, signature, last_call: None }.encode(),
				..Default::default()
			};
			book.tabs
				.lock()
				.expect("lock")
				.insert(id, Arc::new(tokio::sync::Mutex::new(tab)));
		}
		let order: Vec<ChannelId> =
			book.unclaimed().await[0].vouchers.iter().map(|(id, _, _)| *id).collect();
		assert_eq!(order, vec![3, 2, 1]);
	}

	#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
	async fn two_gateways_on_one_shared_ledger_take_each_voucher_once_and_claim_the_last() {
		let pg = crate::ledger::tests::TempPostgres::start("book");
		let me = provider();
		let ledger = || Ledger::connect(&pg.url, ContentHash::repeat_byte(9), &me, &[MODEL]);
		let (a, b) = (book_on(ledger().await.expect("a")), book_on(ledger().await.expect("b")));
		let chain = Chain::offline("ws://127.0.0.1:1");
		let empty = receipts::empty_root();
		// The same first voucher at both instances at once: one takes it, the other is busy.
		let (at_a, at_b) = tokio::join!(
			a.admit(MODEL, signed(&a, PRICE, 1, empty), &chain),
			b.admit(MODEL, signed(&b, PRICE, 1, empty), &chain)
		);
		let (first, busy) = match (at_a, at_b) {
			(Ok(x), Err(e)) => (x, e),
			(Err(e), Ok(x)) => (x, e),
			(x, y) => panic!("one instance takes it: {:?} {:?}", x.err(), y.err()),
		};
		assert_eq!(busy, Refused::Busy(1));
		let book_of_first = if a.accepted_now(1).is_err() { &a } else { &b };
		let paid = first
			.record(
				book_of_first,
				ContentHash::repeat_byte(1),
				ContentHash::repeat_byte(2),
				Tokens::default(),
			)
			.await
			.expect("recorded");
		// Once it is recorded, neither instance takes that voucher again.
		for book in [&a, &b] {
			assert!(matches!(
				pay(book, signed(book, PRICE, 1, empty)).await,
				Err(Refused::OutOfOrder { calls: 2, .. })
			));
		}
		// The next call, at either instance, builds on the first call's receipt.
		let other = if std::ptr::eq(book_of_first, &a) { &b } else { &a };
		let second = pay(other, signed(other, 2 * PRICE, 2, paid.next_root)).await.expect("next");
		assert_eq!((second.calls, second.amount), (2, 2 * PRICE));
		// Each instance reads the ledger once a block: both would claim the second voucher.
		for book in [&a, &b] {
			book.reload().await.expect("reads");
			let unclaimed = book.unclaimed().await;
			assert_eq!(unclaimed[0].vouchers[0].1, 2 * PRICE);
			assert_eq!(unclaimed[0].vouchers[0].2.voucher.calls, 2);
		}
	}
}

//! Commit-reveal registration: a hidden commitment to `(content_hash, owner, salt)` first, the
//! registration revealing the salt later. The earliest commitment owns the hash.

use codec::Encode;
use frame_support::{
	ensure,
	traits::{Consideration, Get},
};
use lineage_primitives::ContentHash;
use sp_runtime::{
	traits::{BlakeTwo256, Hash, Saturating},
	DispatchResult,
};

use crate::{Commitment, Commitments, Config, Error, Event, HashClaim, Pallet};
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	/// The commitment `owner` makes to register `content_hash` with `salt`.
	pub fn registration_commitment(
		content_hash: ContentHash,
		owner: &T::AccountId,
		salt: ContentHash,
	) -> ContentHash {
		// blake2_256 of the SCALE encoding.
		<BlakeTwo256 as Hash>::hash(&(content_hash, owner, salt).encode())
	}

	/// Record `who`'s commitment, holding the commitment deposit.
	pub fn do_commit_registration(who: &T::AccountId, commitment: ContentHash) -> DispatchResult {
		ensure!(!Commitments::<T>::contains_key(who, commitment), Error::<T>::DuplicateCommitment);
		let deposit = Self::commitment_ticket(who)?;
		let at = frame_system::Pallet::<T>::block_number();
		Commitments::<T>::insert(who, commitment, Commitment { who: who.clone(), at, deposit });
		Self::deposit_event(Event::RegistrationCommitted { commitment, who: who.clone() });
		Ok(())
	}

	/// Check that `owner` may reveal a commitment to `content_hash` with `salt` now. Reads only.
	pub(crate) fn check_commitment(
		owner: &T::AccountId,
		content_hash: ContentHash,
		salt: ContentHash,
	) -> Result<HashClaim<BlockNumberFor<T>>, Error<T>> {
		let commitment = Self::registration_commitment(content_hash, owner, salt);
		let record =
			Commitments::<T>::get(owner, commitment).ok_or(Error::<T>::UnknownCommitment)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > record.at, Error::<T>::RevealTooEarly);
		ensure!(now <= Self::reveal_deadline(record.at), Error::<T>::RevealWindowPassed);
		Ok(HashClaim::Committed { commitment, at: record.at })
	}

	/// The last block a commitment made at `at` can be revealed in.
	pub fn reveal_deadline(at: BlockNumberFor<T>) -> BlockNumberFor<T> {
		at.saturating_add(T::RevealWindow::get())
	}

	/// Remove `who`'s `commitment` and release its deposit (after a reveal, or when cleared).
	pub(crate) fn remove_commitment(who: &T::AccountId, commitment: ContentHash) -> DispatchResult {
		if let Some(record) = Commitments::<T>::take(who, commitment) {
			record.deposit.drop(&record.who)?;
		}
		Ok(())
	}

	/// Clear `committer`'s unrevealed commitment: the committer any time, anyone after its
	/// window.
	pub fn do_clear_commitment(
		who: &T::AccountId,
		committer: &T::AccountId,
		commitment: ContentHash,
	) -> DispatchResult {
		let record =
			Commitments::<T>::get(committer, commitment).ok_or(Error::<T>::UnknownCommitment)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			who == committer || now > Self::reveal_deadline(record.at),
			Error::<T>::CommitmentStillLive
		);
		Self::remove_commitment(committer, commitment)?;
		Self::deposit_event(Event::CommitmentCleared { committer: committer.clone(), commitment });
		Ok(())
	}
}

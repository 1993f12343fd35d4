//! Reads for clients: the functions behind the pallet's runtime API.

use crate::{AssetByHash, Assets, Children, Config, Pallet};
use alloc::vec::Vec;
use frame_support::traits::Get;
use lineage_primitives::{runtime_api::AssetView, AssetId, ContentHash, Relation};

impl<T: Config> Pallet<T> {
	/// The asset `id` as clients see it.
	pub fn asset_view(
		id: AssetId,
	) -> Option<AssetView<T::AccountId, frame_system::pallet_prelude::BlockNumberFor<T>>> {
		Assets::<T>::get(id).map(|r| AssetView {
			id,
			owner: r.owner,
			kind: r.kind,
			content_hash: r.content_hash,
			uri: r.uri.into_inner(),
			licence: r.licence,
			parents: r.parents.into_inner(),
			registered_at: r.registered_at,
			status: r.status,
			freeze_reason: r.freeze_reason.map(|x| x.into_inner()),
			committed_at: r.committed_at,
		})
	}

	/// The asset that owns `content_hash`: the first registered, or the earliest commitment's
	/// (its view's `committed_at` is the proof), or governance's choice after a dispute.
	pub fn asset_by_hash(content_hash: ContentHash) -> Option<AssetId> {
		AssetByHash::<T>::get(content_hash)
	}

	/// A page of `id`'s direct children after `start_after`, at most `limit` capped at
	/// `MaxChildrenPage`.
	pub fn children_page(
		id: AssetId,
		start_after: Option<AssetId>,
		limit: u32,
	) -> Vec<(AssetId, Relation)> {
		let limit = limit.min(T::MaxChildrenPage::get()) as usize;
		match start_after {
			Some(after) => {
				let from = Children::<T>::hashed_key_for(id, after);
				Children::<T>::iter_prefix_from(id, from).take(limit).collect()
			},
			None => Children::<T>::iter_prefix(id).take(limit).collect(),
		}
	}
}

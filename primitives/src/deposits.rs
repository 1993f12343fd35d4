//! Storage deposits: what a record costs the account that created it, priced from its footprint.
//!
//! Every pallet holds its storage deposits through `frame_support`'s `Consideration` tickets
//! (`HoldConsideration`, as pallet-preimage and pallet-asset-rewards do): a record stores its
//! ticket, `Consideration::update` follows the record's size, and dropping the ticket returns
//! the deposit. The price of a ticket is one rule for all of them, [`DepositPrice`].

use core::marker::PhantomData;

use codec::{Decode, DecodeAll, Encode};

use frame_support::traits::{Footprint, Get};
use sp_runtime::{
	traits::{AtLeast32BitUnsigned, Convert},
	SaturatedConversion,
};

/// The deposit for a record's footprint: `Base + PerItem × count + PerByte × size`, saturating.
///
/// A pallet documents what `count` and `size` mean for each kind of record it prices (e.g. an
/// asset: its parent links and its URI bytes; a task: its items).
pub struct DepositPrice<Base, PerItem, PerByte, Balance>(
	PhantomData<(Base, PerItem, PerByte, Balance)>,
);

impl<Base, PerItem, PerByte, Balance> Convert<Footprint, Balance>
	for DepositPrice<Base, PerItem, PerByte, Balance>
where
	Base: Get<Balance>,
	PerItem: Get<Balance>,
	PerByte: Get<Balance>,
	Balance: AtLeast32BitUnsigned + Copy,
{
	fn convert(footprint: Footprint) -> Balance {
		let count: Balance = footprint.count.saturated_into();
		let size: Balance = footprint.size.saturated_into();
		Base::get()
			.saturating_add(PerItem::get().saturating_mul(count))
			.saturating_add(PerByte::get().saturating_mul(size))
	}
}

/// A price of zero for a footprint's part a record does not pay for.
pub struct NoCharge<Balance>(PhantomData<Balance>);

impl<Balance: AtLeast32BitUnsigned> Get<Balance> for NoCharge<Balance> {
	fn get() -> Balance {
		Balance::zero()
	}
}

/// What a `HoldConsideration` ticket holds: the ticket's SCALE encoding is exactly that amount.
/// For `try_state` invariants that prove every ticket backs the price of its record's footprint;
/// `None` if `ticket` is not such a ticket.
pub fn held_by_ticket<Balance: Decode>(ticket: &impl Encode) -> Option<Balance> {
	Balance::decode_all(&mut &ticket.encode()[..]).ok()
}

#[cfg(test)]
mod tests {
	use super::*;
	use frame_support::traits::ConstU128;

	type Price = DepositPrice<ConstU128<100>, ConstU128<10>, ConstU128<1>, u128>;

	#[test]
	fn the_price_is_base_plus_items_plus_bytes() {
		assert_eq!(Price::convert(Footprint::from_parts(0, 0)), 100);
		assert_eq!(Price::convert(Footprint::from_parts(3, 7)), 137);
		assert_eq!(
			DepositPrice::<ConstU128<{ u128::MAX }>, ConstU128<1>, NoCharge<u128>, u128>::convert(
				Footprint::from_parts(5, 5)
			),
			u128::MAX,
			"saturates"
		);
	}
}

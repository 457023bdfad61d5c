//! One small stable sort for the short lists the engine orders (rate rows, claims, payments,
//! holidays, events, drafts). The standard library's sort is fast on long inputs but compiles to
//! about 4 KB of wasm for every element type it is used with; these lists are short and usually
//! already in order, where an insertion sort is linear.

use std::cmp::Ordering;

/// Stable: equal elements keep their order.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Stable: equal keys keep their order.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn same_order_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..80)) {
            let mut ours = v.clone();
            let mut std = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn comparator_form_matches_too(v in proptest::collection::vec(any::<i32>(), 0..80)) {
            let mut ours = v.clone();
            let mut std = v.clone();
            sort_by(&mut ours, |a, b| b.cmp(a));
            std.sort_by(|a, b| b.cmp(a));
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn edge_cases() {
        let mut empty: Vec<u8> = vec![];
        sort_by_key(&mut empty, |x| *x);
        assert!(empty.is_empty());
        let mut one = vec![5];
        sort_by_key(&mut one, |x| *x);
        assert_eq!(one, [5]);
        let mut reversed: Vec<u32> = (0..300).rev().collect();
        sort_by_key(&mut reversed, |x| *x);
        assert_eq!(reversed, (0..300).collect::<Vec<_>>());
    }
}

//! How results name invoices, payments, amounts and dates in the current language.

use crate::app::i18n::interest::Namer;
use crate::app::store::Store;
use crate::app::Ctx;
use crate::engine::calendar::format_date;
use crate::engine::money::format_amount;
use leptos::prelude::*;

/// Calls `f` with a Namer for the current case, language and currency.
pub fn with_namer<R>(ctx: Ctx, store: Store, f: impl FnOnce(&Namer) -> R) -> R {
    let lang = ctx.lang.get();
    let t = ctx.texts().interest;
    let case = store.parsed.with(|p| p.case.clone());
    let claim = |i: usize| match case.claims.get(i).map(|c| c.number.as_str()) {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => t.invoice_fallback.replace("{n}", &(i + 1).to_string()),
    };
    let payment = |i: usize| {
        case.payments
            .get(i)
            .map(|p| {
                t.payment_line
                    .replace("{amount}", &format_amount(p.amount, case.currency, lang))
                    .replace("{date}", &format_date(p.date, lang))
            })
            .unwrap_or_default()
    };
    let money = |v| format_amount(v, case.currency, lang);
    let date = |d| format_date(d, lang);
    let percent = |v| crate::engine::money::format_percent(v, lang);
    f(&Namer {
        claim: &claim,
        money: &money,
        date: &date,
        payment: &payment,
        percent: &percent,
        jurisdiction: ctx.jurisdiction.get(),
    })
}

/// "1 invoice left out — fix: FV 1" when typed rows could not be read (and so are not in any
/// figure or document), naming each by its number or its place in the table.
pub fn left_out_line(ctx: Ctx, store: Store) -> Option<String> {
    let t = ctx.texts().interest;
    let (claims, payments) = store.form.with(|f| {
        store.parsed.with(|p| {
            let claims: Vec<String> = p
                .left_out_claims
                .iter()
                .filter_map(|id| {
                    let i = f.claims.iter().position(|r| r.id == *id)?;
                    let number = f.claims[i].number.trim();
                    Some(if number.is_empty() {
                        t.invoice_fallback.replace("{n}", &(i + 1).to_string())
                    } else {
                        number.to_string()
                    })
                })
                .collect();
            let payments: Vec<String> = p
                .left_out_payments
                .iter()
                .filter_map(|id| {
                    let i = f.payments.iter().position(|r| r.id == *id)?;
                    Some(t.payment_fallback.replace("{n}", &(i + 1).to_string()))
                })
                .collect();
            (claims, payments)
        })
    });
    t.left_out_line(&claims, &payments)
}

/// The translated error of a form field, if it has one. An empty required field reads
/// "This field is required." rather than the amount-specific message.
pub fn field_error(ctx: Ctx, store: Store, field: crate::form::Field) -> Signal<Option<String>> {
    // A memo: a field's text is touched only when its own error changes.
    Signal::from(Memo::new(move |_| {
        store.parsed.with(|p| p.error(field)).map(|e| match e {
            crate::engine::error::InputError::Empty => ctx.texts().required.to_string(),
            e => ctx.texts().error(e).to_string(),
        })
    }))
}

/// Shows a valid amount back in the local format when the field is left ("12345,67" ->
/// "12 345,67"); invalid text stays as typed so its error stays visible.
pub fn reformat_amount(text: &str, lang: crate::engine::locale::Lang) -> Option<String> {
    crate::engine::money::parse_amount(text, lang)
        .ok()
        .map(|v| crate::engine::money::format_number(v, lang))
}

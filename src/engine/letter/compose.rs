//! Case + Report (+ plan) -> the letter's content. Every sentence comes from phrases.rs.

use super::fees::{
    pl_claim_fee, pl_epu_fee, ro_payment_order_duty, ro_small_claim_duty, ro_stamp_duty,
};
use super::ids::{check_iban, group_iban};
use super::model::{Guidance, Letter, LetterKind, LetterOptions};
use super::parts::{
    compensation_table, interest_reconciliation, party_lines, payments_table, schedule_table, title,
};
use super::phrases::{
    phrases, Phrases, PL_NOTE, RO_NOTICE_BASIS, RO_SOMATIE_BASIS, RO_SOMATIE_INTERRUPTION,
};
use crate::engine::calendar::{format_date, next_working_day};
use crate::engine::case::{Case, PartyKind};
use crate::engine::document::{interest_periods, Block, Document};
use crate::engine::interest::{InterestKind, Report};
use crate::engine::locale::{Currency, Jurisdiction, Lang};
use crate::engine::money::{format_amount, format_percent};
use crate::engine::plan::Schedule;
use crate::engine::words::{amount_in_words, romanian_count, WordsStyle};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The letter. `report` is the case evaluated on the letter's date; `plan` is the Plan tool's
/// schedule for the same case, enclosed when the letter offers it.
pub fn compose(case: &Case, report: &Report, plan: Option<&Schedule>, o: &LetterOptions) -> Letter {
    let lang = o.kind.lang();
    let p = phrases(lang);
    let date = report.calculation_date;
    let money = |v: Decimal| format_amount(v, case.currency, lang);
    let words =
        |v: Decimal| amount_in_words(v, case.currency, lang, WordsStyle::Full).unwrap_or_default();
    let day = |d: NaiveDate| format_date(d, lang);
    let t = &report.totals;
    // The schedule is enclosed only when offered and there is one to enclose.
    let plan = plan
        .filter(|_| o.offer_plan && o.kind != LetterKind::PlInterestNote)
        .filter(|s| !s.instalments.is_empty());

    let mut body = Vec::new();
    let para = |text: String| Block::Para { text };
    let note = |text: &str| Block::Note { text: text.into() };
    match o.kind {
        LetterKind::RoSomatie => body.push(note(RO_SOMATIE_BASIS)),
        LetterKind::RoNotice => body.push(note(RO_NOTICE_BASIS)),
        _ => {}
    }

    let regime = {
        // With a consumer the commercial rate is replaced by the statutory one (as the report).
        let kind = crate::engine::interest::effective_kind(case);
        let mut r = match kind {
            InterestKind::Statutory => p.regimes.statutory,
            InterestKind::Commercial => p.regimes.commercial,
            InterestKind::Capital => p.regimes.capital,
            InterestKind::Contractual => p.regimes.contractual,
        }
        .to_string();
        if let Some(rate) = case
            .interest
            .contract_rate
            .filter(|_| kind == InterestKind::Contractual)
        {
            r = format!(
                "{r} {}",
                p.contract.replace("{rate}", &format_percent(rate, lang))
            );
        }
        r
    };
    let compensation_eur = || -> String {
        report
            .claims
            .iter()
            .filter_map(|c| c.compensation.as_ref())
            .map(|c| c.eur)
            .sum::<Decimal>()
            .normalize()
            .to_string()
    };

    if o.kind == LetterKind::PlInterestNote {
        let n = &PL_NOTE;
        body.push(para(n.intro.replace("{regime}", &regime)));
        let rows: Vec<Vec<String>> = report
            .claims
            .iter()
            .filter(|c| !c.interest.is_zero())
            .map(|c| {
                let days: i64 = c.segments.iter().map(|s| s.days).sum();
                let mut rates: Vec<String> = c
                    .segments
                    .iter()
                    .map(|s| format_percent(s.rate, lang))
                    .collect();
                rates.dedup();
                vec![
                    c.number.clone(),
                    day(c.effective_due_date),
                    c.paid_on.map(day).unwrap_or_else(|| "—".into()),
                    days.to_string(),
                    money(c.amount),
                    rates.join(", "),
                    money(c.interest),
                ]
            })
            .collect();
        body.push(Block::Table {
            header: n.header.map(String::from).to_vec(),
            rows,
            numeric: vec![false, false, false, true, true, true, true],
        });
        // The table shows interest as accrued; when payments covered part of it, say how
        // much is left, so the total below follows from the figures above it.
        if !t.paid_interest.is_zero() {
            body.push(interest_reconciliation(report, p, &money));
        }
        if !t.compensation.is_zero() {
            body.push(para(
                p.compensation
                    .replace("{amount}", &money(t.compensation))
                    .replace("{eur}", &compensation_eur()),
            ));
            body.push(compensation_table(report, p, lang, &money));
        }
        let due = t.interest_outstanding + t.compensation;
        body.push(para(format!(
            "{}: {} ({}: {}).",
            p.total,
            money(due),
            p.in_words,
            words(due)
        )));
        body.push(para(n.not_vat.to_string()));
    } else {
        let creditor = case.creditor.name.trim();
        body.push(para(
            p.opening
                .replace(
                    "{creditor}",
                    if creditor.is_empty() {
                        p.creditor_fallback
                    } else {
                        creditor
                    },
                )
                .replace("{total}", &money(t.total_due))
                .replace("{words}", &words(t.total_due)),
        ));
        body.push(para(format!(
            "1) {}",
            p.principal
                .replace("{amount}", &money(t.principal_outstanding))
                .replace("{words}", &words(t.principal_outstanding))
        )));
        body.push(para(p.invoices_intro.to_string()));
        body.push(Block::Table {
            header: p.invoice_header.map(String::from).to_vec(),
            rows: case
                .claims
                .iter()
                .zip(&report.claims)
                .map(|(c, r)| {
                    vec![
                        c.number.clone(),
                        c.issue_date.map(day).unwrap_or_else(|| "—".into()),
                        day(c.due_date),
                        money(c.amount),
                        money(r.paid_principal),
                        money(r.principal_outstanding),
                        money(r.interest_outstanding),
                    ]
                })
                .collect(),
            numeric: vec![false, false, false, true, true, true, true],
        });
        body.extend(payment_blocks(case, report, p, &money, &day));
        let interest = if t.paid_interest.is_zero() {
            p.interest
                .replace("{amount}", &money(t.interest_outstanding))
        } else {
            p.interest_paid
                .replace("{accrued}", &money(t.interest))
                .replace("{paid}", &money(t.paid_interest))
                .replace("{amount}", &money(t.interest_outstanding))
        };
        body.push(para(format!(
            "2) {}",
            interest
                .replace("{regime}", &regime)
                .replace("{date}", &day(date))
        )));
        if !t.compensation.is_zero() {
            body.push(para(format!(
                "3) {}",
                p.compensation
                    .replace("{amount}", &money(t.compensation))
                    .replace("{eur}", &compensation_eur())
            )));
            body.push(compensation_table(report, p, lang, &money));
        }
        let mut total = format!(
            "{}: {} ({}: {})",
            p.total,
            money(t.total_due),
            p.in_words,
            words(t.total_due)
        );
        if t.principal_outstanding > Decimal::ZERO {
            let next = date.succ_opt().unwrap_or(date);
            total = format!(
                "{total}, {}",
                p.further_interest.replace("{date}", &day(next))
            );
        } else {
            total.push('.');
        }
        body.push(para(total));
    }

    // The payment deadline and the account. A somație counts its 15 days from receipt (CPC
    // art. 1015 alin. (1)), so it never takes a fixed date, and never fewer days: the form
    // reports fewer as an error, this is the floor behind it.
    let fixed = o.fixed_deadline.filter(|_| o.kind != LetterKind::RoSomatie);
    let mut deadline = match fixed {
        Some(d) => p
            .deadline_date
            .replace("{date}", &day(next_working_day(case.jurisdiction, d))),
        None => {
            let days = o.days(o.kind).max(o.kind.min_days());
            let text = if o.kind == LetterKind::PlInterestNote {
                PL_NOTE.deadline_days
            } else {
                p.deadline_days
            };
            let days = if lang == Lang::Ro {
                romanian_count(u64::from(days))
            } else {
                days.to_string()
            };
            text.replace("{days}", &days)
        }
    };
    match check_iban(&o.iban) {
        Ok(iban) => deadline.push_str(&p.account.replace("{iban}", &group_iban(&iban))),
        Err(_) => deadline.push('.'),
    }
    body.push(para(deadline));

    let mut annex_no = 0;
    let mut next_annex = || {
        annex_no += 1;
        annex_no
    };
    let interest_annex = o.include_annex && report.claims.iter().any(|c| !c.segments.is_empty());
    let interest_annex_no = interest_annex.then(&mut next_annex);
    let schedule_annex_no = plan.map(|_| next_annex());

    if o.kind != LetterKind::PlInterestNote {
        body.push(para(p.consequences.to_string()));
        if t.principal_outstanding > Decimal::ZERO {
            body.extend(
                fee_paragraphs(case, report, p, &money)
                    .into_iter()
                    .map(para),
            );
        }
        if let (Some(bureau), Some(text)) = (o.registry, p.registry) {
            let article = if case.debtor.kind == PartyKind::Consumer {
                "art. 14 ust. 1"
            } else {
                "art. 15 ust. 1"
            };
            body.push(para(
                text.replace("{bureau}", bureau.name())
                    .replace("{address}", bureau.address())
                    .replace("{article}", article),
            ));
        }
        body.push(para(p.settle.to_string()));
        if let (Some(s), Some(n)) = (plan, schedule_annex_no) {
            body.push(para(
                p.plan
                    .replace("{annex}", &n.to_string())
                    .replace("{count}", &s.instalments.len().to_string())
                    .replace("{first}", &day(s.instalments[0].due))
                    .replace("{instalment}", &money(s.instalments[0].amount)),
            ));
        }
    }
    for extra in o
        .extra
        .split("\n\n")
        .map(str::trim)
        .filter(|e| !e.is_empty())
    {
        body.push(para(extra.to_string()));
    }
    let mut signature = vec![p.signature.to_string()];
    if !o.signatory.trim().is_empty() {
        signature.push(o.signatory.trim().to_string());
    }
    body.push(Block::Signature { lines: signature });
    if o.kind == LetterKind::RoSomatie {
        body.push(note(RO_SOMATIE_INTERRUPTION));
    }

    let mut annex = Vec::new();
    if let Some(n) = interest_annex_no {
        annex.push(Block::Heading {
            text: p.annex_title.replace("{n}", &n.to_string()),
        });
        annex.push(interest_periods(
            &report.claims,
            &p.annex_header,
            case.currency,
            lang,
        ));
        if !report.payments.is_empty() {
            annex.push(Block::Heading {
                text: p.annex_payments.to_string(),
            });
            annex.push(payments_table(report, p, &money, &day));
        }
        // Accrued − paid = due: the last figure is the interest the letter demands.
        annex.push(interest_reconciliation(report, p, &money));
    }
    if let (Some(s), Some(n)) = (plan, schedule_annex_no) {
        annex.push(Block::Heading {
            text: p.schedule_title.replace("{n}", &n.to_string()),
        });
        if !s.down_payment.is_zero() {
            annex.push(para(
                p.schedule_down_payment
                    .replace("{amount}", &money(s.down_payment)),
            ));
        }
        annex.push(schedule_table(s, p, lang, &money));
    }

    let document = Document {
        lang,
        title: title(o.kind, &o.number),
        place_date: [o.place.trim(), &day(date)]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", "),
        sender: std::iter::once(p.creditor.to_string())
            .chain(party_lines(&case.creditor, p.nip, case.jurisdiction))
            .collect(),
        recipient: std::iter::once(p.debtor.to_string())
            .chain(party_lines(&case.debtor, p.nip, case.jurisdiction))
            .collect(),
        body,
        annex,
        author: case.creditor.name.trim().to_string(),
    };
    Letter {
        kind: o.kind,
        document: if lang == Lang::Ro {
            document.normalise_romanian()
        } else {
            document
        },
        guidance: guidance(o, case),
    }
}

/// The payments and how each was applied (to interest, to principal, per invoice), with the
/// sentence saying by which rule; nothing when there were none.
fn payment_blocks(
    case: &Case,
    report: &Report,
    p: &Phrases,
    money: &dyn Fn(Decimal) -> String,
    day: &dyn Fn(NaiveDate) -> String,
) -> Vec<Block> {
    if report.payments.is_empty() {
        return Vec::new();
    }
    let rule = match case.interest.allocation {
        crate::engine::interest::Allocation::Statutory => p.payments_statutory,
        crate::engine::interest::Allocation::PrincipalFirst => p.payments_principal_first,
    };
    let mut blocks = vec![
        Block::Para {
            text: rule.to_string(),
        },
        payments_table(report, p, money, day),
    ];
    for pay in report.payments.iter().filter(|x| !x.unapplied.is_zero()) {
        blocks.push(Block::Para {
            text: p
                .unapplied
                .replace("{date}", &day(pay.date))
                .replace("{amount}", &money(pay.unapplied)),
        });
    }
    blocks
}

/// The court fees the letter names as a consequence. PL: the statement of claim and the EPU
/// (art. 13 and 19 UKSC). RO: the procedure a somație or notice leads to, the payment order
/// (200 lei, OUG 80/2013 art. 6 alin. (2)); the small claim when the principal qualifies
/// (CPC art. 1026); the ordinary action (art. 3) as the alternative.
fn fee_paragraphs(
    case: &Case,
    report: &Report,
    p: &Phrases,
    money: &dyn Fn(Decimal) -> String,
) -> Vec<String> {
    let t = &report.totals;
    let date = report.calculation_date;
    match (case.jurisdiction, case.currency) {
        // The fee of the law in force on the letter's date (a court applies the filing date's).
        (Jurisdiction::Pl, c) if c != Currency::Eur => pl_claim_fee(t.principal_outstanding, date)
            .zip(pl_epu_fee(t.principal_outstanding, date))
            .map(|(fee, epu)| {
                p.fees
                    .replace("{fee}", &money(fee))
                    .replace("{epu}", &money(epu))
            })
            .into_iter()
            .collect(),
        (Jurisdiction::Ro, Currency::Ron) => {
            let value = t.principal_outstanding + t.interest_outstanding;
            let mut fees = vec![p
                .fee_order
                .replace("{fee}", &money(ro_payment_order_duty()))];
            if let Some(fee) = ro_small_claim_duty(t.principal_outstanding, value) {
                fees.push(p.fee_small.replace("{fee}", &money(fee)));
            }
            fees.push(
                p.fee_ordinary
                    .replace("{fee}", &money(ro_stamp_duty(value))),
            );
            vec![fees.join(" ")]
        }
        _ => Vec::new(),
    }
}

/// What the sender should know; the UI words it in the person's language.
fn guidance(o: &LetterOptions, case: &Case) -> Vec<Guidance> {
    match o.kind {
        LetterKind::PlDemand | LetterKind::PlFinalDemand | LetterKind::PlInterestNote => {
            let mut g = vec![Guidance::PlSendRegistered, Guidance::PlNoInterruption];
            if o.registry.is_some() && o.kind != LetterKind::PlInterestNote {
                g.push(Guidance::PlRegistry {
                    consumer: case.debtor.kind == PartyKind::Consumer,
                });
            }
            g
        }
        LetterKind::RoSomatie => vec![Guidance::RoSomatieService, Guidance::RoSomatieInterruption],
        LetterKind::RoNotice => vec![Guidance::RoNoticeService],
        LetterKind::EnDemand => vec![Guidance::EnProveDelivery],
    }
}

//! Case + Report (+ plan) -> the letter's content.

use super::fees::{pl_claim_fee, pl_epu_fee, ro_stamp_duty};
use super::ids::{check_iban, group_iban};
use super::model::{Block, Letter, LetterKind, LetterOptions};
use super::parts::{compensation_table, party_lines, title};
use super::phrases::phrases;
use crate::engine::calendar::{format_date, next_working_day};
use crate::engine::case::Case;
use crate::engine::interest::{InterestKind, Report};
use crate::engine::locale::{Jurisdiction, Lang};
use crate::engine::money::{format_amount, format_percent};
use crate::engine::plan::Schedule;
use crate::engine::words::{amount_in_words, WordsStyle};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The letter. `report` is the case evaluated on the letter's date.
pub fn compose(case: &Case, report: &Report, plan: Option<&Schedule>, o: &LetterOptions) -> Letter {
    let lang = o.kind.lang();
    let p = phrases(lang);
    let date = report.calculation_date;
    let money = |v: Decimal| format_amount(v, case.currency, lang);
    let words =
        |v: Decimal| amount_in_words(v, case.currency, lang, WordsStyle::Full).unwrap_or_default();
    let day = |d: NaiveDate| format_date(d, lang);
    let t = &report.totals;

    let mut body = Vec::new();
    let para = |text: String| Block::Para { text };
    let note = |text: String| Block::Note { text };
    if o.kind == LetterKind::RoSomatie {
        body.push(note(
            "În temeiul art. 1015 din Codul de procedură civilă".into(),
        ));
    }
    if o.kind == LetterKind::RoNotice {
        body.push(note("În temeiul art. 1522 din Codul civil".into()));
    }

    let regime = {
        // With a consumer the commercial rate is replaced by the statutory one (as the report).
        let i = match crate::engine::interest::effective_kind(case) {
            InterestKind::Statutory => 0,
            InterestKind::Commercial => 1,
            InterestKind::Capital => 2,
            InterestKind::Contractual => 3,
        };
        let mut r = p.regimes[i].to_string();
        if let Some(rate) = case.interest.contract_rate.filter(|_| i == 3) {
            r = format!(
                "{r} {}",
                p.contract.replace("{rate}", &format_percent(rate, lang))
            );
        }
        r
    };

    if o.kind == LetterKind::PlInterestNote {
        body.push(para(format!(
            "Obciążam Dłużnika odsetkami za nieterminową zapłatę następujących należności ({regime}):"
        )));
        let rows: Vec<Vec<String>> = report
            .claims
            .iter()
            .filter(|c| !c.interest.is_zero())
            .map(|c| {
                let days: i64 = c.segments.iter().map(|s| s.days).sum();
                let rates: Vec<String> = c
                    .segments
                    .iter()
                    .map(|s| format_percent(s.rate, lang))
                    .collect::<Vec<_>>();
                let mut rates = rates;
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
            header: [
                "Dokument",
                "Termin płatności",
                "Data zapłaty",
                "Dni zwłoki",
                "Kwota",
                "Stopa",
                "Odsetki",
            ]
            .map(String::from)
            .to_vec(),
            rows,
            numeric: vec![false, false, false, true, true, true, true],
        });
        if !t.compensation.is_zero() {
            body.push(para(
                p.compensation
                    .replace("{amount}", &money(t.compensation))
                    .replace(
                        "{eur}",
                        &report
                            .claims
                            .iter()
                            .filter_map(|c| c.compensation.as_ref())
                            .map(|c| c.eur)
                            .sum::<Decimal>()
                            .normalize()
                            .to_string(),
                    ),
            ));
            body.push(compensation_table(report, p, lang, &money));
        }
        let due = t.interest_outstanding + t.compensation;
        body.push(para(format!(
            "{}: {} (słownie: {}).",
            p.total,
            money(due),
            words(due)
        )));
        body.push(para(
            "Nota odsetkowa nie jest fakturą VAT (odsetki nie podlegają opodatkowaniu VAT).".into(),
        ));
    } else {
        body.push(para(
            p.opening
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
        body.push(para(format!(
            "2) {}",
            p.interest
                .replace("{regime}", &regime)
                .replace("{date}", &day(date))
                .replace("{amount}", &money(t.interest_outstanding))
        )));
        if !t.compensation.is_zero() {
            let eur: Decimal = report
                .claims
                .iter()
                .filter_map(|c| c.compensation.as_ref())
                .map(|c| c.eur)
                .sum();
            body.push(para(format!(
                "3) {}",
                p.compensation
                    .replace("{amount}", &money(t.compensation))
                    .replace("{eur}", &eur.normalize().to_string())
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

    // The payment deadline and the account.
    let mut deadline = match o.fixed_deadline {
        Some(d) => p
            .deadline_date
            .replace("{date}", &day(next_working_day(case.jurisdiction, d))),
        None => p
            .deadline_days
            .replace("{days}", &o.deadline_days.max(1).to_string()),
    };
    if o.kind == LetterKind::PlInterestNote {
        deadline = deadline.replace("niniejszego wezwania", "noty");
    }
    match check_iban(&o.iban) {
        Ok(iban) => deadline.push_str(&p.account.replace("{iban}", &group_iban(&iban))),
        Err(_) => deadline.push('.'),
    }
    body.push(para(deadline));

    if o.kind != LetterKind::PlInterestNote {
        body.push(para(p.consequences.to_string()));
        let fee = match case.jurisdiction {
            Jurisdiction::Pl if case.currency != crate::engine::locale::Currency::Eur => Some(
                p.fees
                    .replace("{fee}", &money(pl_claim_fee(t.principal_outstanding)))
                    .replace("{epu}", &money(pl_epu_fee(t.principal_outstanding))),
            ),
            Jurisdiction::Ro if case.currency == crate::engine::locale::Currency::Ron => {
                Some(p.fees.replace(
                    "{fee}",
                    &money(ro_stamp_duty(
                        t.principal_outstanding + t.interest_outstanding,
                    )),
                ))
            }
            _ => None,
        };
        if let Some(fee) = fee.filter(|_| t.principal_outstanding > Decimal::ZERO) {
            body.push(para(fee));
        }
        if o.big_warning && lang == Lang::Pl {
            body.push(para("Brak zapłaty może skutkować przekazaniem informacji o zadłużeniu do biura informacji gospodarczej na zasadach ustawy o udostępnianiu informacji gospodarczych.".into()));
        }
        body.push(para(p.settle.to_string()));
        if let Some(s) = plan
            .filter(|_| o.offer_plan)
            .filter(|s| !s.instalments.is_empty())
        {
            body.push(para(
                p.plan
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

    // CPC art. 1015: the somație says how it must be delivered (it becomes evidence).
    if o.kind == LetterKind::RoSomatie {
        body.push(note("Somația se comunică prin executor judecătoresc sau prin scrisoare recomandată cu conținut declarat și confirmare de primire (art. 1015 alin. (1) C.proc.civ.). Dovada comunicării se anexează cererii de emitere a ordonanței de plată.".into()));
        body.push(note("Somația întrerupe prescripția dacă este urmată de o cerere de chemare în judecată în termen de 6 luni (art. 1015 alin. (2) C.proc.civ., art. 2540 C.civ.).".into()));
    }
    let guidance: Vec<String> = match lang {
        Lang::Pl => vec![
            "Wyślij listem poleconym za potwierdzeniem odbioru i zachowaj dowód nadania — przyda się w sądzie.".into(),
            "Wezwanie do zapłaty nie przerywa biegu przedawnienia: sprawdź terminy w narzędziu Przedawnienie.".into(),
        ],
        Lang::Ro => vec![
            "Pentru o ordonanță de plată, somația trebuie comunicată prin executor judecătoresc sau prin scrisoare recomandată cu conținut declarat și confirmare de primire (art. 1015 C.proc.civ.); e-mailul și curierul nu sunt suficiente.".into(),
            "Somația întrerupe prescripția numai dacă cererea de chemare în judecată urmează în 6 luni.".into(),
        ],
        Lang::En => vec!["Send it so that you can prove delivery (registered post or courier with signature).".into()],
    };

    let annex = if o.include_annex {
        let rows: Vec<Vec<String>> = report
            .claims
            .iter()
            .flat_map(|c| {
                c.segments.iter().map(move |s| {
                    vec![
                        c.number.clone(),
                        day(s.from),
                        day(s.to),
                        s.days.to_string(),
                        format_percent(s.rate, lang),
                        money(s.base),
                        money(s.amount),
                    ]
                })
            })
            .collect();
        if rows.is_empty() {
            Vec::new()
        } else {
            vec![
                Block::Heading {
                    text: p.annex_title.to_string(),
                },
                Block::Table {
                    header: p.annex_header.map(String::from).to_vec(),
                    rows,
                    numeric: vec![false, false, false, true, true, true, true],
                },
                Block::Note {
                    text: format!("{}: {}", p.interest_total, money(t.interest)),
                },
            ]
        }
    } else {
        Vec::new()
    };

    let letter = Letter {
        kind: o.kind,
        lang,
        title: title(o.kind, &o.number),
        place_date: [o.place.trim(), &day(date)]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", "),
        sender: std::iter::once(p.creditor.to_string())
            .chain(party_lines(&case.creditor, p.nip))
            .collect(),
        recipient: std::iter::once(p.debtor.to_string())
            .chain(party_lines(&case.debtor, p.nip))
            .collect(),
        body,
        annex,
        author: case.creditor.name.trim().to_string(),
        guidance,
    };
    if lang == Lang::Ro {
        super::text::normalise_romanian(letter)
    } else {
        letter
    }
}

//! The instalment agreement with acknowledgement of debt as a `Document`, so it prints and exports
//! (PDF, DOCX) with the same machinery as the demand letters.

use super::ids::{check_account, group_iban};
use crate::engine::calendar::format_date;
use crate::engine::case::{Case, Party};
use crate::engine::document::{Block, Document};
use crate::engine::evaluate;
use crate::engine::locale::{Jurisdiction, Lang};
use crate::engine::money::{format_amount, format_percent};
use crate::engine::plan::{PlanInterest, Schedule};
use crate::engine::words::{amount_in_words, WordsStyle};

/// The settlement agreement with acknowledgement of debt.
pub struct AgreementTexts {
    pub title: &'static str,
    pub made_on: &'static str,
    pub between: &'static str,
    pub creditor: &'static str,
    pub debtor: &'static str,
    pub acknowledgement: &'static str,
    pub in_words: &'static str,
    pub down_payment: &'static str,
    pub schedule_intro: &'static str,
    pub interest_none: &'static str,
    pub interest_fixed: &'static str,
    pub interest_statutory: &'static str,
    /// One instalment late ("any instalment").
    pub acceleration: &'static str,
    /// `{n}` (two or more) instalments late.
    pub acceleration_many: &'static str,
    pub limitation: &'static str,
    pub signatures: &'static str,
    /// " in {place}", after the date (no declension needed: "w miejscowości X").
    pub place: &'static str,
    /// The acknowledgement's source, before the invoice table.
    pub invoices: &'static str,
    pub invoice_header: [&'static str; 5],
}

pub const PL: AgreementTexts = AgreementTexts {
        title: "UGODA RATALNA z uznaniem długu",
        made_on: "zawarta w dniu {date}{place}",
        between: "pomiędzy:",
        creditor: "Wierzycielem:",
        debtor: "Dłużnikiem:",
        acknowledgement: "§ 1. Dłużnik uznaje dług wobec Wierzyciela w kwocie {amount} (należność główna wraz z odsetkami i kosztami do dnia zawarcia ugody){invoices} i zobowiązuje się go spłacić zgodnie z niniejszą ugodą.",
        in_words: "słownie: {words}",
        down_payment: "§ 2. Dłużnik zapłaci {amount} w dniu zawarcia ugody.",
        schedule_intro: "§ 3. Pozostałą kwotę Dłużnik zapłaci w ratach, w terminach i kwotach jak niżej, na rachunek bankowy Wierzyciela nr {account}.",
        interest_none: "Raty nie zawierają odsetek.",
        interest_fixed: "Raty zawierają odsetki w wysokości {rate}% w skali roku od niespłaconego kapitału.",
        interest_statutory: "Raty zawierają odsetki ustawowe od niespłaconego kapitału.",
        acceleration: "§ 4. W razie opóźnienia w zapłacie którejkolwiek raty o więcej niż {days} dni cała pozostała kwota staje się natychmiast wymagalna, wraz z odsetkami ustawowymi za opóźnienie.",
        acceleration_many: "§ 4. W razie opóźnienia w zapłacie co najmniej {n} rat o więcej niż {days} dni cała pozostała kwota staje się natychmiast wymagalna, wraz z odsetkami ustawowymi za opóźnienie.",
        limitation: "§ 5. Strony zgodnie oświadczają, że ugoda stanowi uznanie długu w rozumieniu art. 123 § 1 pkt 2 Kodeksu cywilnego.",
        signatures: "Wierzyciel                                                    Dłużnik",
        place: " w miejscowości {place}",
        invoices: ", wynikający z faktur wymienionych poniżej,",
        invoice_header: ["Faktura", "Data wystawienia", "Termin płatności", "Kwota faktury", "Pozostała należność główna"],
    };

pub const RO: AgreementTexts = AgreementTexts {
        title: "ACORD DE EȘALONARE LA PLATĂ cu recunoașterea datoriei",
        made_on: "încheiat la data de {date}{place}",
        between: "între:",
        creditor: "Creditor:",
        debtor: "Debitor:",
        acknowledgement: "Art. 1. Debitorul recunoaște că datorează Creditorului suma de {amount} (debit principal, dobânzi și cheltuieli până la data acordului){invoices} și se obligă să o plătească potrivit prezentului acord.",
        in_words: "în litere: {words}",
        down_payment: "Art. 2. Debitorul va plăti {amount} la data încheierii acordului.",
        schedule_intro: "Art. 3. Restul sumei va fi plătit în rate, la termenele și în cuantumurile de mai jos, în contul bancar al Creditorului nr. {account}.",
        interest_none: "Ratele nu includ dobândă.",
        interest_fixed: "Ratele includ o dobândă de {rate}% pe an la capitalul rămas.",
        interest_statutory: "Ratele includ dobânda legală la capitalul rămas.",
        acceleration: "Art. 4. În cazul întârzierii plății oricărei rate cu mai mult de {days} zile, Debitorul decade din beneficiul termenului, iar întreaga sumă rămasă devine exigibilă, cu dobânda legală penalizatoare.",
        acceleration_many: "Art. 4. În cazul întârzierii plății a cel puțin {n} rate cu mai mult de {days} zile, Debitorul decade din beneficiul termenului, iar întreaga sumă rămasă devine exigibilă, cu dobânda legală penalizatoare.",
        limitation: "Art. 5. Părțile declară că prezentul acord constituie recunoașterea datoriei în sensul art. 2537 pct. 1 Cod civil.",
        signatures: "Creditor                                                      Debitor",
        place: " în localitatea {place}",
        invoices: ", rezultată din facturile de mai jos,",
        invoice_header: ["Factura", "Data emiterii", "Scadența", "Valoarea facturii", "Debit principal rămas"],
    };

pub const EN: AgreementTexts = AgreementTexts {
        title: "INSTALMENT AGREEMENT and acknowledgement of debt",
        made_on: "made on {date}{place}",
        between: "between:",
        creditor: "the Creditor:",
        debtor: "the Debtor:",
        acknowledgement: "1. The Debtor acknowledges owing the Creditor {amount} (principal with interest and costs up to the date of this agreement){invoices} and undertakes to pay it as set out below.",
        in_words: "in words: {words}",
        down_payment: "2. The Debtor shall pay {amount} on the date of this agreement.",
        schedule_intro: "3. The Debtor shall pay the rest in instalments, on the dates and in the amounts below, to the Creditor's bank account {account}.",
        interest_none: "The instalments include no interest.",
        interest_fixed: "The instalments include interest at {rate}% a year on the unpaid principal.",
        interest_statutory: "The instalments include statutory interest on the unpaid principal.",
        acceleration: "4. If any instalment is more than {days} days late, the whole remaining amount becomes due at once, with statutory late-payment interest.",
        acceleration_many: "4. If {n} or more instalments are more than {days} days late, the whole remaining amount becomes due at once, with statutory late-payment interest.",
        limitation: "5. The parties state that this agreement is an acknowledgement of the debt, which interrupts the limitation period.",
        signatures: "Creditor                                                      Debtor",
        place: " at {place}",
        invoices: ", arising from the invoices listed below,",
        invoice_header: ["Invoice", "Issued", "Due", "Invoice amount", "Principal outstanding"],
    };

fn texts(lang: Lang) -> &'static AgreementTexts {
    match lang {
        Lang::Pl => &PL,
        Lang::Ro => &RO,
        Lang::En => &EN,
    }
}

/// "§ 1. Text", "Art. 1. Text", "1. Text" -> "Text".
fn strip_number(text: &str) -> &str {
    let rest = text.trim_start_matches("Art. ").trim_start_matches("§ ");
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    match rest[digits..].strip_prefix(". ") {
        Some(bare) if digits > 0 => bare,
        _ => text,
    }
}

fn party(p: &Party, id_label: &str, j: Jurisdiction) -> String {
    [p.name.trim().to_string(), p.address.trim().to_string()]
        .into_iter()
        .chain(super::parts::party_ids(p, id_label, j))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Left to fill in by hand when the case has no valid account, so the document stays fit to sign.
const BLANK: &str = "________________________________";

/// The invoices the debt comes from, with the principal still owed on the agreement date (the
/// case evaluated on that day; a paid invoice whose interest is still owed stays listed).
fn invoice_table(case: &Case, d: &AgreementTexts, lang: Lang) -> Option<Block> {
    let money = |v| format_amount(v, case.currency, lang);
    let mut at = case.clone();
    if let Some(date) = case.plan.agreement_date {
        at.calculation_date = Some(date);
    }
    let report = evaluate(&at).ok();
    let rows: Vec<Vec<String>> = case
        .claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let owed = match report.as_ref().and_then(|r| r.claims.get(i)) {
                Some(r)
                    if r.principal_outstanding.is_zero() && r.interest_outstanding.is_zero() =>
                {
                    return None
                }
                Some(r) => money(r.principal_outstanding),
                None => "—".into(),
            };
            Some(vec![
                c.number.clone(),
                c.issue_date
                    .map(|x| format_date(x, lang))
                    .unwrap_or_else(|| "—".into()),
                format_date(c.due_date, lang),
                money(c.amount),
                owed,
            ])
        })
        .collect();
    (!rows.is_empty()).then(|| Block::Table {
        header: d.invoice_header.map(String::from).to_vec(),
        rows,
        numeric: vec![false, false, false, true, true],
    })
}

/// The agreement for the plan of `case`, in `lang`: the parties, account and place of the case
/// (the letter's), the invoices acknowledged, the schedule.
pub fn compose_agreement(case: &Case, s: &Schedule, lang: Lang) -> Document {
    let d = texts(lang);
    let money = |v| format_amount(v, case.currency, lang);
    let words =
        amount_in_words(s.amount, case.currency, lang, WordsStyle::Full).unwrap_or_default();
    let date = case
        .plan
        .agreement_date
        .map(|x| format_date(x, lang))
        .unwrap_or_default();
    let place = case.letter.place.trim();
    let account = check_account(&case.letter.iban, case.jurisdiction)
        .map(|iban| group_iban(&iban))
        .unwrap_or_else(|_| BLANK.to_string());
    let invoices = invoice_table(case, d, lang);
    let interest = match case.plan.interest {
        PlanInterest::None => d.interest_none.to_string(),
        PlanInterest::Fixed => d.interest_fixed.replace(
            "{rate}",
            &case
                .plan
                .rate
                .map(|r| format_percent(r, lang))
                .unwrap_or_default()
                .replace('%', ""),
        ),
        PlanInterest::Statutory => d.interest_statutory.to_string(),
    };
    let (no, due, amount, id_label) = match lang {
        Lang::Pl => ("Nr", "Termin", "Rata", "NIP"),
        Lang::Ro => ("Nr.", "Scadența", "Rata", "CUI"),
        Lang::En => ("No.", "Due", "Instalment", "Tax ID"),
    };
    // Articles are numbered as they are emitted (no gap when there is no down payment).
    let mut article = 0;
    let mut numbered = |text: &str| {
        article += 1;
        let bare = strip_number(text);
        let label = match lang {
            Lang::Pl => format!("§ {article}."),
            Lang::Ro => format!("Art. {article}."),
            Lang::En => format!("{article}."),
        };
        Block::Para {
            text: format!("{label} {bare}"),
        }
    };
    let amount_words = format!(
        "{} ({})",
        money(s.amount),
        d.in_words.replace("{words}", &words)
    );
    let mut body = vec![
        Block::Para {
            text: d.made_on.replace("{date}", &date).replace(
                "{place}",
                &if place.is_empty() {
                    String::new()
                } else {
                    d.place.replace("{place}", place)
                },
            ),
        },
        Block::Para {
            text: d.between.to_string(),
        },
        Block::Para {
            text: format!(
                "{} {}",
                d.creditor,
                party(&case.creditor, id_label, case.jurisdiction)
            ),
        },
        Block::Para {
            text: format!(
                "{} {}",
                d.debtor,
                party(&case.debtor, id_label, case.jurisdiction)
            ),
        },
        numbered(
            &d.acknowledgement
                .replace("{amount}", &amount_words)
                .replace(
                    "{invoices}",
                    if invoices.is_some() { d.invoices } else { "" },
                ),
        ),
    ];
    body.extend(invoices);
    if !s.down_payment.is_zero() {
        body.push(numbered(
            &d.down_payment.replace("{amount}", &money(s.down_payment)),
        ));
    }
    body.push(numbered(&format!(
        "{} {interest}",
        d.schedule_intro.replace("{account}", &account)
    )));
    body.push(Block::Table {
        header: vec![no.into(), due.into(), amount.into()],
        rows: s
            .instalments
            .iter()
            .map(|r| {
                vec![
                    r.number.to_string(),
                    format_date(r.due, lang),
                    money(r.amount),
                ]
            })
            .collect(),
        numeric: vec![true, false, true],
    });
    let acceleration = match case.plan.acceleration_instalments {
        0 | 1 => d.acceleration,
        _ => d.acceleration_many,
    };
    body.push(numbered(
        &acceleration
            .replace("{n}", &case.plan.acceleration_instalments.to_string())
            .replace("{days}", &case.plan.acceleration_days.to_string()),
    ));
    body.push(numbered(d.limitation));
    body.push(Block::Signature {
        lines: vec![d.signatures.to_string()],
    });
    let document = Document {
        lang,
        title: d.title.to_string(),
        place_date: [place, &date]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", "),
        sender: Vec::new(),
        recipient: Vec::new(),
        body,
        annex: Vec::new(),
        author: case.creditor.name.trim().to_string(),
    };
    if lang == Lang::Ro {
        document.normalise_romanian()
    } else {
        document
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "agreement_tests.rs"]
mod tests;

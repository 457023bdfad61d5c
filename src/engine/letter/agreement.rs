//! The instalment agreement with acknowledgement of debt as a `Letter`, so it prints and exports
//! (PDF, DOCX) with the same machinery as the demand letters.

use super::model::{Block, Letter, LetterKind};
use crate::engine::calendar::format_date;
use crate::engine::case::{Case, Party};
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
    pub acceleration: &'static str,
    pub limitation: &'static str,
    pub signatures: &'static str,
}

pub const PL: AgreementTexts = AgreementTexts {
        title: "UGODA RATALNA z uznaniem długu",
        made_on: "zawarta w dniu {date}",
        between: "pomiędzy:",
        creditor: "Wierzycielem:",
        debtor: "Dłużnikiem:",
        acknowledgement: "§ 1. Dłużnik uznaje dług wobec Wierzyciela w kwocie {amount} (należność główna wraz z odsetkami i kosztami do dnia zawarcia ugody) i zobowiązuje się go spłacić zgodnie z niniejszą ugodą.",
        in_words: "słownie: {words}",
        down_payment: "§ 2. Dłużnik zapłaci {amount} w dniu zawarcia ugody.",
        schedule_intro: "§ 3. Pozostałą kwotę Dłużnik zapłaci w ratach, w terminach i kwotach jak niżej, na rachunek bankowy Wierzyciela:",
        interest_none: "Raty nie zawierają odsetek.",
        interest_fixed: "Raty zawierają odsetki w wysokości {rate}% w skali roku od niespłaconego kapitału.",
        interest_statutory: "Raty zawierają odsetki ustawowe od niespłaconego kapitału.",
        acceleration: "§ 4. W razie opóźnienia w zapłacie {n} raty lub rat o więcej niż {days} dni cała pozostała kwota staje się natychmiast wymagalna, wraz z odsetkami ustawowymi za opóźnienie.",
        limitation: "§ 5. Strony zgodnie oświadczają, że ugoda stanowi uznanie długu w rozumieniu art. 123 § 1 pkt 2 Kodeksu cywilnego.",
        signatures: "Wierzyciel                                                    Dłużnik",
    };

pub const RO: AgreementTexts = AgreementTexts {
        title: "ACORD DE EȘALONARE LA PLATĂ cu recunoașterea datoriei",
        made_on: "încheiat la data de {date}",
        between: "între:",
        creditor: "Creditor:",
        debtor: "Debitor:",
        acknowledgement: "Art. 1. Debitorul recunoaște că datorează Creditorului suma de {amount} (debit principal, dobânzi și cheltuieli până la data acordului) și se obligă să o plătească potrivit prezentului acord.",
        in_words: "în litere: {words}",
        down_payment: "Art. 2. Debitorul va plăti {amount} la data încheierii acordului.",
        schedule_intro: "Art. 3. Restul sumei va fi plătit în rate, la termenele și în cuantumurile de mai jos, în contul bancar al Creditorului:",
        interest_none: "Ratele nu includ dobândă.",
        interest_fixed: "Ratele includ o dobândă de {rate}% pe an la capitalul rămas.",
        interest_statutory: "Ratele includ dobânda legală la capitalul rămas.",
        acceleration: "Art. 4. Dacă {n} rată/rate sunt întârziate cu mai mult de {days} zile, Debitorul decade din beneficiul termenului, iar întreaga sumă rămasă devine exigibilă, cu dobânda legală penalizatoare.",
        limitation: "Art. 5. Părțile declară că prezentul acord constituie recunoașterea datoriei în sensul art. 2537 pct. 1 Cod civil.",
        signatures: "Creditor                                                      Debitor",
    };

pub const EN: AgreementTexts = AgreementTexts {
        title: "INSTALMENT AGREEMENT and acknowledgement of debt",
        made_on: "made on {date}",
        between: "between:",
        creditor: "the Creditor:",
        debtor: "the Debtor:",
        acknowledgement: "1. The Debtor acknowledges owing the Creditor {amount} (principal with interest and costs up to the date of this agreement) and undertakes to pay it as set out below.",
        in_words: "in words: {words}",
        down_payment: "2. The Debtor shall pay {amount} on the date of this agreement.",
        schedule_intro: "3. The Debtor shall pay the rest in instalments, on the dates and in the amounts below, to the Creditor's bank account:",
        interest_none: "The instalments include no interest.",
        interest_fixed: "The instalments include interest at {rate}% a year on the unpaid principal.",
        interest_statutory: "The instalments include statutory interest on the unpaid principal.",
        acceleration: "4. If {n} instalment(s) are more than {days} days late, the whole remaining amount becomes due at once, with statutory late-payment interest.",
        limitation: "5. The parties state that this agreement is an acknowledgement of the debt, which interrupts the limitation period.",
        signatures: "Creditor                                                      Debtor",
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

/// The agreement for the plan of `case`, in `lang`.
pub fn compose_agreement(case: &Case, s: &Schedule, lang: Lang) -> Letter {
    let d = texts(lang);
    let money = |v| format_amount(v, case.currency, lang);
    let words =
        amount_in_words(s.amount, case.currency, lang, WordsStyle::Full).unwrap_or_default();
    let date = case
        .plan
        .agreement_date
        .map(|x| format_date(x, lang))
        .unwrap_or_default();
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
            text: d.made_on.replace("{date}", &date),
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
        numbered(&d.acknowledgement.replace("{amount}", &amount_words)),
    ];
    if !s.down_payment.is_zero() {
        body.push(numbered(
            &d.down_payment.replace("{amount}", &money(s.down_payment)),
        ));
    }
    body.push(numbered(&format!("{} {interest}", d.schedule_intro)));
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
    body.push(numbered(
        &d.acceleration
            .replace("{n}", &case.plan.acceleration_instalments.to_string())
            .replace("{days}", &case.plan.acceleration_days.to_string()),
    ));
    body.push(numbered(d.limitation));
    body.push(Block::Signature {
        lines: vec![d.signatures.to_string()],
    });
    Letter {
        kind: LetterKind::PlDemand,
        lang,
        title: d.title.to_string(),
        place_date: date,
        sender: Vec::new(),
        recipient: Vec::new(),
        body,
        annex: Vec::new(),
        author: case.creditor.name.trim().to_string(),
        guidance: Vec::new(),
    }
}

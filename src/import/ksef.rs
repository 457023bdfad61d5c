//! KSeF FA(2) and FA(3) invoices (`/Faktura`). Paths and their meaning: formats/ksef/README.md
//! ("Debt-tool fields → FA(3) paths"); FA(2) differs only where noted there.

use super::invoice::{
    CorrectedRef, DocKind, DueTerm, Factor, Format, Invoice, InvoiceParty, Note, PaidAmount,
    PaymentSource, Provenance,
};
use super::problem::{At, Field, Problem};
use super::taxid::TaxId;
use super::values::{date, xml_amount};
use super::xml::{child, children, path, text_at};
use roxmltree::Node;

/// Reads one `Faktura`. Returns the invoice (None when a required field is missing or bad) and
/// the problems found on the way.
pub fn read(
    root: Node,
    format: Format,
    at: &At,
    provenance: Provenance,
) -> (Option<Invoice>, Vec<Problem>) {
    let mut problems = Vec::new();
    let Some(fa) = child(root, "Fa") else {
        problems.push(Problem::MissingField {
            at: at.clone(),
            field: Field::Number,
        });
        return (None, problems);
    };
    let number = text_at(fa, &["P_2"]).unwrap_or_default();
    let at = at.with_invoice(&number);
    let kind = match text_at(fa, &["RodzajFaktury"]).as_deref() {
        Some("VAT") => DocKind::Vat,
        Some("KOR") => DocKind::Kor,
        Some("ZAL") => DocKind::Zal,
        Some("ROZ") => DocKind::Roz,
        Some("UPR") => DocKind::Upr,
        Some("KOR_ZAL") => DocKind::KorZal,
        Some("KOR_ROZ") => DocKind::KorRoz,
        _ => {
            problems.push(Problem::MissingField {
                at: at.clone(),
                field: Field::Kind,
            });
            return (None, problems);
        }
    };
    let mut inv = Invoice::new(format, kind, provenance);
    inv.number = number;
    if inv.number.is_empty() {
        problems.push(Problem::MissingField {
            at: at.clone(),
            field: Field::Number,
        });
    }
    inv.seller = party(child(root, "Podmiot1"));
    inv.buyer = party(child(root, "Podmiot2"));
    if inv.seller.tax_id.is_none() {
        problems.push(Problem::MissingField {
            at: at.clone(),
            field: Field::SellerTaxId,
        });
    }
    inv.currency = text_at(fa, &["KodWaluty"])
        .unwrap_or_default()
        .to_ascii_uppercase();
    if inv.currency.len() != 3 || !inv.currency.chars().all(|c| c.is_ascii_alphabetic()) {
        problems.push(Problem::BadCurrency {
            at: at.clone(),
            value: inv.currency.clone(),
        });
    }
    inv.issue_date = required_date(fa, "P_1", Field::IssueDate, &at, &mut problems);
    inv.gross = match required_amount(fa, &["P_15"], Field::Gross, &at, &mut problems) {
        Some(v) => v,
        None => return (None, problems),
    };
    inv.payable = inv.gross;
    if path(fa, &["Rozliczenie", "DoZaplaty"]).is_some() {
        if let Some(v) = required_amount(
            fa,
            &["Rozliczenie", "DoZaplaty"],
            Field::Payable,
            &at,
            &mut problems,
        ) {
            if v != inv.gross {
                inv.notes.push(Note::PayableDiffersFromGross);
            }
            inv.payable = v;
        }
    }
    if let Some(platnosc) = child(fa, "Platnosc") {
        payment_block(platnosc, &mut inv, &at, &mut problems);
    }
    for dane in children(fa, "DaneFaKorygowanej") {
        inv.corrects.push(CorrectedRef {
            number: text_at(dane, &["NrFaKorygowanej"]).unwrap_or_default(),
            issue_date: text_at(dane, &["DataWystFaKorygowanej"]).and_then(|s| date(&s)),
            ksef_number: text_at(dane, &["NrKSeFFaKorygowanej"]),
        });
    }
    let advances = children(fa, "FakturaZaliczkowa").count();
    if advances > 0 {
        inv.notes.push(Note::SettlesAdvances { count: advances });
    }
    let factor_party = children(root, "Podmiot3")
        .find(|p| text_at(*p, &["Rola"]).as_deref() == Some("1"))
        .map(|p| party(Some(p)));
    let factor_accounts: Vec<String> = child(fa, "Platnosc")
        .into_iter()
        .flat_map(|p| children(p, "RachunekBankowyFaktora"))
        .filter_map(|r| text_at(r, &["NrRB"]))
        .collect();
    if factor_party.is_some() || !factor_accounts.is_empty() {
        inv.notes.push(Note::Factor);
        inv.factor = Some(Factor {
            party: factor_party,
            accounts: factor_accounts,
        });
    }
    let ok = !inv.number.is_empty() && inv.issue_date.is_some() && inv.currency.len() == 3;
    (ok.then_some(inv), problems)
}

fn payment_block(platnosc: Node, inv: &mut Invoice, at: &At, problems: &mut Vec<Problem>) {
    for termin in children(platnosc, "TerminPlatnosci") {
        let date_text = text_at(termin, &["Termin"]);
        let description = child(termin, "TerminOpis").map(|n| {
            n.descendants()
                .filter(|d| d.is_text())
                .filter_map(|d| d.text())
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        });
        match date_text {
            Some(raw) => match date(&raw) {
                Some(d) => {
                    inv.due.push(DueTerm::Date { date: d });
                    if let Some(text) = description.filter(|t| !t.is_empty()) {
                        inv.notes.push(Note::TermDescription { text });
                    }
                }
                None => problems.push(Problem::BadDate {
                    at: at.clone(),
                    field: Field::DueDate,
                    value: raw,
                }),
            },
            None => {
                if let Some(text) = description.filter(|t| !t.is_empty()) {
                    inv.due.push(DueTerm::Described { text });
                }
            }
        }
    }
    if text_at(platnosc, &["Zaplacono"]).as_deref() == Some("1") {
        let when = text_at(platnosc, &["DataZaplaty"]);
        let d = when.as_deref().and_then(date);
        if let (Some(raw), None) = (&when, d) {
            problems.push(Problem::BadDate {
                at: at.clone(),
                field: Field::PaymentDate,
                value: raw.clone(),
            });
        }
        inv.payments.push(PaidAmount {
            date: d,
            amount: inv.payable,
            source: PaymentSource::PaidInFull,
        });
    }
    if text_at(platnosc, &["ZnacznikZaplatyCzesciowej"]).as_deref() == Some("2") {
        inv.notes.push(Note::PaidInInstalments);
    }
    for part in children(platnosc, "ZaplataCzesciowa") {
        let amount = required_amount(
            part,
            &["KwotaZaplatyCzesciowej"],
            Field::PaymentAmount,
            at,
            problems,
        );
        let when = text_at(part, &["DataZaplatyCzesciowej"]);
        let d = when.as_deref().and_then(date);
        if let (Some(raw), None) = (&when, d) {
            problems.push(Problem::BadDate {
                at: at.clone(),
                field: Field::PaymentDate,
                value: raw.clone(),
            });
        }
        if let Some(amount) = amount {
            inv.payments.push(PaidAmount {
                date: d,
                amount,
                source: PaymentSource::Partial,
            });
        }
    }
    inv.bank_accounts = children(platnosc, "RachunekBankowy")
        .filter_map(|r| text_at(r, &["NrRB"]))
        .collect();
}

fn required_date(
    node: Node,
    name: &str,
    field: Field,
    at: &At,
    problems: &mut Vec<Problem>,
) -> Option<chrono::NaiveDate> {
    match text_at(node, &[name]) {
        None => {
            problems.push(Problem::MissingField {
                at: at.clone(),
                field,
            });
            None
        }
        Some(raw) => {
            let d = date(&raw);
            if d.is_none() {
                problems.push(Problem::BadDate {
                    at: at.clone(),
                    field,
                    value: raw,
                });
            }
            d
        }
    }
}

fn required_amount(
    node: Node,
    names: &[&str],
    field: Field,
    at: &At,
    problems: &mut Vec<Problem>,
) -> Option<rust_decimal::Decimal> {
    match text_at(node, names) {
        None => {
            problems.push(Problem::MissingField {
                at: at.clone(),
                field,
            });
            None
        }
        Some(raw) => {
            let v = xml_amount(&raw);
            if v.is_none() {
                problems.push(Problem::BadAmount {
                    at: at.clone(),
                    field,
                    value: raw,
                });
            }
            v
        }
    }
}

/// `Podmiot1/2/3`: the identification choice (NIP | KodUE + NrVatUE | KodKraju? + NrID | BrakID).
fn party(node: Option<Node>) -> InvoiceParty {
    let Some(node) = node else {
        return InvoiceParty::default();
    };
    let id = child(node, "DaneIdentyfikacyjne");
    let get = |name: &str| id.and_then(|n| text_at(n, &[name]));
    let tax_id = if let Some(nip) = get("NIP") {
        TaxId::parse(&nip, "PL")
    } else if let (Some(code), Some(vat)) = (get("KodUE"), get("NrVatUE")) {
        TaxId::parse(&format!("{code}{vat}"), &code)
    } else if let Some(nr) = get("NrID") {
        TaxId::parse(&nr, &get("KodKraju").unwrap_or_default())
    } else {
        None
    };
    let address = child(node, "Adres");
    let lines: Vec<String> = address
        .into_iter()
        .flat_map(|a| {
            ["AdresL1", "AdresL2"]
                .into_iter()
                .filter_map(move |l| text_at(a, &[l]))
        })
        .collect();
    InvoiceParty {
        name: get("Nazwa").unwrap_or_default(),
        tax_id,
        address: lines.join(", "),
        country: address
            .and_then(|a| text_at(a, &["KodKraju"]))
            .unwrap_or_default(),
    }
}

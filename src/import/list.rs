//! CSV, TSV and semicolon lists from accounting programs: the header is recognised (Polish,
//! Romanian, English), a column mapping is proposed, and the UI may change it and apply it again
//! with [`apply`]; the table is kept in the result for that.

use super::invoice::{
    DocKind, DueTerm, Format, Invoice, InvoiceParty, Note, PaidAmount, PaymentSource, Provenance,
};
use super::problem::{At, Field, Problem};
use super::taxid::TaxId;
use super::text::{decode, Encoding};
use super::values::{date, list_amount};
use super::Limits;
use crate::engine::locale::Lang;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Debtor,
    DebtorTaxId,
    Number,
    IssueDate,
    DueDate,
    Amount,
    Paid,
    Balance,
    Currency,
}

impl Column {
    pub const ALL: [Column; 9] = [
        Column::Debtor,
        Column::DebtorTaxId,
        Column::Number,
        Column::IssueDate,
        Column::DueDate,
        Column::Amount,
        Column::Paid,
        Column::Balance,
        Column::Currency,
    ];

    fn field(self) -> Field {
        match self {
            Column::Debtor => Field::BuyerName,
            Column::DebtorTaxId => Field::BuyerTaxId,
            Column::Number => Field::Number,
            Column::IssueDate => Field::IssueDate,
            Column::DueDate => Field::DueDate,
            Column::Amount => Field::Gross,
            Column::Paid => Field::Paid,
            Column::Balance => Field::Balance,
            Column::Currency => Field::Currency,
        }
    }

    /// Headers as the usual programs write them, diacritics and punctuation folded away.
    fn headers(self) -> &'static [&'static str] {
        match self {
            Column::Debtor => &[
                "kontrahent",
                "nabywca",
                "odbiorca",
                "nazwa kontrahenta",
                "klient",
                "client",
                "denumire client",
                "partener",
                "customer",
                "debtor",
                "buyer",
                "customer name",
            ],
            Column::DebtorTaxId => &[
                "nip",
                "nip kontrahenta",
                "nip nabywcy",
                "cui",
                "cif",
                "cui cif",
                "cod fiscal",
                "cui client",
                "vat id",
                "tax id",
                "vat number",
                "vat no",
                "customer vat id",
            ],
            Column::Number => &[
                "numer",
                "nr faktury",
                "numer faktury",
                "nr dokumentu",
                "numer dokumentu",
                "nr",
                "nr factura",
                "numar factura",
                "factura",
                "nr document",
                "invoice",
                "invoice number",
                "invoice no",
                "document",
            ],
            Column::IssueDate => &[
                "data wystawienia",
                "data emiterii",
                "data factura",
                "data facturii",
                "data emitere",
                "issue date",
                "invoice date",
                "date",
            ],
            Column::DueDate => &[
                "termin platnosci",
                "termin",
                "data platnosci",
                "data scadentei",
                "scadenta",
                "data scadenta",
                "due date",
                "due",
            ],
            Column::Amount => &[
                "kwota brutto",
                "brutto",
                "wartosc brutto",
                "kwota",
                "total",
                "total factura",
                "valoare",
                "valoare totala",
                "amount",
                "gross",
                "total amount",
                "gross amount",
            ],
            Column::Paid => &[
                "zaplacono",
                "wplacono",
                "wplaty",
                "achitat",
                "incasat",
                "suma achitata",
                "paid",
                "amount paid",
            ],
            Column::Balance => &[
                "pozostalo do zaplaty",
                "pozostalo",
                "do zaplaty",
                "saldo",
                "rest de plata",
                "rest",
                "sold",
                "balance",
                "outstanding",
                "amount due",
                "balance due",
            ],
            Column::Currency => &["waluta", "moneda", "valuta", "currency"],
        }
    }
}

/// Which column of the table holds which field; `None` columns are ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    pub columns: Vec<Option<Column>>,
}

impl Mapping {
    fn index(&self, column: Column) -> Option<usize> {
        self.columns.iter().position(|c| *c == Some(column))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ListTable {
    pub delimiter: char,
    pub encoding: Encoding,
    /// Amounts are read with a decimal comma (semicolon and tab lists from Polish/Romanian
    /// programs) or a decimal point (comma-separated lists).
    pub decimal_comma: bool,
    /// The country the headers are written for ("PL", "RO" or ""), given to tax IDs without a
    /// prefix so they match the same company in KSeF or e-Factura files.
    pub country: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub mapping: Mapping,
}

fn fold(c: char) -> char {
    match c {
        'ą' | 'ă' | 'â' => 'a',
        'ć' => 'c',
        'ę' => 'e',
        'ł' => 'l',
        'ń' => 'n',
        'ó' => 'o',
        'ś' | 'ș' | 'ş' => 's',
        'ź' | 'ż' => 'z',
        'ț' | 'ţ' => 't',
        'î' => 'i',
        other => other,
    }
}

fn normalise_header(h: &str) -> String {
    let folded: String = h
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The proposed mapping: exact header matches first, then headers that contain a known name.
pub fn propose(headers: &[String]) -> Mapping {
    let norm: Vec<String> = headers.iter().map(|h| normalise_header(h)).collect();
    let mut columns: Vec<Option<Column>> = vec![None; headers.len()];
    for exact in [true, false] {
        for column in Column::ALL {
            if columns.contains(&Some(column)) {
                continue;
            }
            let hit = norm.iter().enumerate().position(|(i, h)| {
                columns[i].is_none()
                    && column.headers().iter().any(|k| {
                        if exact {
                            h == k
                        } else {
                            k.len() > 3 && format!(" {h} ").contains(&format!(" {k} "))
                        }
                    })
            });
            if let Some(i) = hit {
                columns[i] = Some(column);
            }
        }
    }
    Mapping { columns }
}

fn header_country(headers: &[String]) -> String {
    let all = headers
        .iter()
        .map(|h| normalise_header(h))
        .collect::<Vec<_>>()
        .join(" ");
    let pl = [
        "nip",
        "kontrahent",
        "brutto",
        "zaplac",
        "wystawienia",
        "waluta",
        "pozostalo",
        "termin",
    ];
    let ro = [
        "cui",
        "cif",
        "factura",
        "scadent",
        "achitat",
        "moneda",
        "emiterii",
        "rest de plata",
    ];
    let count = |words: &[&str]| words.iter().filter(|w| all.contains(**w)).count();
    match (count(&pl), count(&ro)) {
        (p, r) if p > r => "PL".into(),
        (p, r) if r > p => "RO".into(),
        _ => String::new(),
    }
}

/// Splits delimited text into records (RFC 4180 quoting: `"a;b"`, `""` inside quotes).
fn records(text: &str, delimiter: char, max_rows: usize) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                other => field.push(other),
            }
            continue;
        }
        match c {
            '"' if field.trim().is_empty() => {
                field.clear();
                quoted = true;
            }
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                if row.iter().any(|f| !f.trim().is_empty()) {
                    rows.push(std::mem::take(&mut row));
                    if rows.len() > max_rows {
                        return rows;
                    }
                }
                row.clear();
            }
            c if c == delimiter => row.push(std::mem::take(&mut field)),
            other => field.push(other),
        }
    }
    row.push(field);
    if row.iter().any(|f| !f.trim().is_empty()) {
        rows.push(row);
    }
    rows
}

/// The delimiter the first line uses most (outside quotes): semicolon, tab or comma.
fn sniff_delimiter(text: &str) -> Option<char> {
    let first = text.lines().find(|l| !l.trim().is_empty())?;
    let mut counts = [(';', 0usize), ('\t', 0), (',', 0)];
    let mut quoted = false;
    for c in first.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in counts.iter_mut() {
                if c == *d {
                    *n += 1;
                }
            }
        }
    }
    counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(_, n)| *n)
        .map(|(d, _)| *d)
}

/// Reads a list: the table with its proposed mapping, or the reason it is not a list.
pub fn read_table(file: &str, bytes: &[u8], limits: &Limits) -> Result<ListTable, Problem> {
    let (text, encoding) = decode(bytes);
    if text.contains('\0') {
        return Err(Problem::UnknownFileType { at: At::file(file) });
    }
    let delimiter =
        sniff_delimiter(&text).ok_or(Problem::UnknownFileType { at: At::file(file) })?;
    let mut rows = records(&text, delimiter, limits.invoices as usize + 1);
    if rows.is_empty() {
        return Err(Problem::Empty { at: At::file(file) });
    }
    let headers: Vec<String> = rows
        .remove(0)
        .into_iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mapping = propose(&headers);
    if mapping.columns.iter().all(Option::is_none) {
        return Err(Problem::ListNoHeader { at: At::file(file) });
    }
    Ok(ListTable {
        delimiter,
        encoding,
        decimal_comma: delimiter != ',',
        country: header_country(&headers),
        headers,
        rows,
        mapping,
    })
}

/// Turns the rows into invoices with `mapping` (the proposed one or the user's).
pub fn apply(
    file: &str,
    table: &ListTable,
    mapping: &Mapping,
    limits: &Limits,
) -> (Vec<Invoice>, Vec<Problem>) {
    let at = At::file(file);
    let mut problems = Vec::new();
    let missing = |c: Column| Problem::ListMissingColumn {
        at: at.clone(),
        field: c.field(),
    };
    let mut absent = Vec::new();
    if mapping.index(Column::Number).is_none() {
        absent.push(missing(Column::Number));
    }
    if mapping.index(Column::Amount).is_none() && mapping.index(Column::Balance).is_none() {
        absent.push(missing(Column::Amount));
    }
    if mapping.index(Column::Debtor).is_none() && mapping.index(Column::DebtorTaxId).is_none() {
        absent.push(missing(Column::Debtor));
    }
    if !absent.is_empty() {
        return (Vec::new(), absent);
    }
    let lang = if table.decimal_comma {
        Lang::Pl
    } else {
        Lang::En
    };
    let mut invoices = Vec::new();
    for (i, row) in table.rows.iter().enumerate() {
        if invoices.len() as u64 >= limits.invoices {
            problems.push(Problem::TooManyInvoices {
                at: at.clone(),
                limit: limits.invoices,
            });
            break;
        }
        let line = i + 2;
        let at = at.with_row(line);
        let cell = |c: Column| {
            mapping
                .index(c)
                .and_then(|i| row.get(i))
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
        };
        let number = cell(Column::Number).unwrap_or_default().to_string();
        let at = at.with_invoice(&number);
        if number.is_empty() {
            problems.push(Problem::MissingField {
                at,
                field: Field::Number,
            });
            continue;
        }
        let amount_of = |c: Column, problems: &mut Vec<Problem>| -> Option<Decimal> {
            let raw = cell(c)?;
            let v = list_amount(raw, lang);
            if v.is_none() {
                problems.push(Problem::BadAmount {
                    at: at.clone(),
                    field: c.field(),
                    value: raw.to_string(),
                });
            }
            v
        };
        let amount = amount_of(Column::Amount, &mut problems);
        let paid = amount_of(Column::Paid, &mut problems);
        let balance = amount_of(Column::Balance, &mut problems);
        let date_of = |c: Column, problems: &mut Vec<Problem>| {
            let raw = cell(c)?;
            let d = date(raw);
            if d.is_none() {
                problems.push(Problem::BadDate {
                    at: at.clone(),
                    field: c.field(),
                    value: raw.to_string(),
                });
            }
            d
        };
        let issue = date_of(Column::IssueDate, &mut problems);
        let due = date_of(Column::DueDate, &mut problems);
        let Some(total) = amount.or(balance) else {
            if cell(Column::Amount).or(cell(Column::Balance)).is_none() {
                problems.push(Problem::MissingField {
                    at: at.clone(),
                    field: Field::Gross,
                });
            }
            continue;
        };
        let mut inv = Invoice::new(
            Format::List,
            DocKind::ListRow,
            Provenance {
                file: file.to_string(),
                row: Some(line),
                ..Provenance::default()
            },
        );
        inv.number = number;
        inv.issue_date = issue;
        inv.due = due.map(|date| DueTerm::Date { date }).into_iter().collect();
        inv.gross = total;
        inv.payable = total;
        inv.currency = cell(Column::Currency)
            .unwrap_or_default()
            .to_ascii_uppercase();
        if !inv.currency.is_empty()
            && (inv.currency.len() != 3 || !inv.currency.chars().all(|c| c.is_ascii_alphabetic()))
        {
            problems.push(Problem::BadCurrency {
                at: at.clone(),
                value: inv.currency.clone(),
            });
            continue;
        }
        inv.buyer = InvoiceParty {
            name: cell(Column::Debtor).unwrap_or_default().to_string(),
            tax_id: cell(Column::DebtorTaxId).and_then(|t| TaxId::parse(t, &table.country)),
            ..InvoiceParty::default()
        };
        let paid_amount = match (amount, paid, balance) {
            (Some(a), Some(p), Some(b)) if a - p != b => {
                inv.notes.push(Note::BalanceUsed);
                a - b
            }
            (Some(_), Some(p), _) => p,
            (Some(a), None, Some(b)) => a - b,
            _ => Decimal::ZERO,
        };
        if paid_amount > Decimal::ZERO {
            inv.payments.push(PaidAmount {
                date: None,
                amount: paid_amount,
                source: PaymentSource::ListPaid,
            });
        }
        invoices.push(inv);
    }
    (invoices, problems)
}

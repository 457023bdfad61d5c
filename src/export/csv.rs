//! The interest breakdown as CSV that opens correctly in a spreadsheet: for Polish and Romanian
//! (decimal comma) a semicolon separator, for English a comma; UTF-8 with a BOM; CRLF lines.

use crate::engine::case::Case;
use crate::engine::interest::Report;
use crate::engine::locale::Lang;
use rust_decimal::Decimal;

struct Headers {
    segments: [&'static str; 11],
    claims: [&'static str; 10],
    total: &'static str,
    plan: [&'static str; 6],
}

fn headers(lang: Lang) -> Headers {
    match lang {
        Lang::Pl => Headers {
            segments: [
                "Faktura",
                "Termin płatności",
                "Termin po przesunięciu",
                "Od",
                "Do",
                "Dni",
                "Stopa %",
                "Podstawa",
                "Dzielnik",
                "Odsetki",
                "Podstawa prawna",
            ],
            claims: [
                "Faktura",
                "Kwota",
                "Termin płatności",
                "Zapłacono (należność główna)",
                "Zapłacono (odsetki)",
                "Pozostała należność główna",
                "Odsetki",
                "Odsetki do zapłaty",
                "Rekompensata",
                "Razem do zapłaty",
            ],
            total: "RAZEM",
            plan: ["Nr", "Termin", "Rata", "Kapitał", "Odsetki", "Pozostało"],
        },
        Lang::Ro => Headers {
            segments: [
                "Factura",
                "Scadența",
                "Scadența după amânare",
                "De la",
                "Până la",
                "Zile",
                "Rata %",
                "Bază",
                "Divizor",
                "Dobândă",
                "Temei legal",
            ],
            claims: [
                "Factura",
                "Suma",
                "Scadența",
                "Plătit (debit principal)",
                "Plătit (dobândă)",
                "Debit principal rămas",
                "Dobândă",
                "Dobândă de plată",
                "Despăgubire",
                "Total de plată",
            ],
            total: "TOTAL",
            plan: ["Nr.", "Scadența", "Rata", "Capital", "Dobândă", "Rămas"],
        },
        Lang::En => Headers {
            segments: [
                "Invoice",
                "Due date",
                "Effective due date",
                "From",
                "To",
                "Days",
                "Rate %",
                "Base",
                "Divisor",
                "Interest",
                "Legal basis",
            ],
            claims: [
                "Invoice",
                "Amount",
                "Due date",
                "Paid (principal)",
                "Paid (interest)",
                "Principal outstanding",
                "Interest",
                "Interest outstanding",
                "Compensation",
                "Total due",
            ],
            total: "TOTAL",
            plan: [
                "No.",
                "Due",
                "Instalment",
                "Principal",
                "Interest",
                "Remaining",
            ],
        },
    }
}

pub(crate) fn separator(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        Lang::Pl | Lang::Ro => ';',
    }
}

/// A number as the spreadsheet of that locale reads it: no grouping, the locale's decimal mark.
fn number(value: Decimal, lang: Lang) -> String {
    let text = value.normalize().to_string();
    if lang == Lang::En {
        text
    } else {
        text.replace('.', ",")
    }
}

/// Money always with two decimals, so a column lines up in the spreadsheet.
pub(crate) fn money(value: Decimal, lang: Lang) -> String {
    let text = format!("{:.2}", crate::engine::money::round_money(value));
    if lang == Lang::En {
        text
    } else {
        text.replace('.', ",")
    }
}

/// Quotes when needed, and defuses text a spreadsheet would run as a formula.
fn cell(text: &str, sep: char) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

pub(crate) fn line(cells: &[String], sep: char) -> String {
    let mut out = cells
        .iter()
        .map(|c| cell(c, sep))
        .collect::<Vec<_>>()
        .join(&sep.to_string());
    out.push_str("\r\n");
    out
}

pub fn breakdown_csv(case: &Case, report: &Report, lang: Lang) -> String {
    let sep = separator(lang);
    let h = headers(lang);
    let strs = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let mut out = String::from("\u{feff}");
    out.push_str(&line(&strs(&h.segments), sep));
    for (i, c) in report.claims.iter().enumerate() {
        let number_text = case
            .claims
            .get(i)
            .map(|c| c.number.clone())
            .unwrap_or_default();
        for s in &c.segments {
            out.push_str(&line(
                &[
                    number_text.clone(),
                    c.due_date.to_string(),
                    c.effective_due_date.to_string(),
                    s.from.to_string(),
                    s.to.to_string(),
                    s.days.to_string(),
                    number(s.rate, lang),
                    money(s.base, lang),
                    s.divisor.to_string(),
                    money(s.amount, lang),
                    s.basis.to_string(),
                ],
                sep,
            ));
        }
    }
    out.push_str("\r\n");
    out.push_str(&line(&strs(&h.claims), sep));
    for c in &report.claims {
        let comp = c
            .compensation
            .as_ref()
            .and_then(|c| c.amount)
            .unwrap_or_default();
        out.push_str(&line(
            &[
                c.number.clone(),
                money(c.amount, lang),
                c.due_date.to_string(),
                money(c.paid_principal, lang),
                money(c.paid_interest, lang),
                money(c.principal_outstanding, lang),
                money(c.interest, lang),
                money(c.interest_outstanding, lang),
                money(comp, lang),
                money(c.total_due, lang),
            ],
            sep,
        ));
    }
    let t = &report.totals;
    out.push_str(&line(
        &[
            h.total.to_string(),
            money(t.principal, lang),
            String::new(),
            money(t.paid_principal, lang),
            money(t.paid_interest, lang),
            money(t.principal_outstanding, lang),
            money(t.interest, lang),
            money(t.interest_outstanding, lang),
            money(t.compensation, lang),
            money(t.total_due, lang),
        ],
        sep,
    ));
    out
}

/// An instalment schedule, one row per instalment and a totals row.
pub fn schedule_csv(schedule: &crate::engine::plan::Schedule, lang: Lang) -> String {
    let sep = separator(lang);
    let h = headers(lang);
    let mut out = String::from("\u{feff}");
    out.push_str(&line(&h.plan.map(str::to_string), sep));
    for r in &schedule.instalments {
        out.push_str(&line(
            &[
                r.number.to_string(),
                r.due.to_string(),
                money(r.amount, lang),
                money(r.principal, lang),
                money(r.interest, lang),
                money(r.remaining, lang),
            ],
            sep,
        ));
    }
    let principal: Decimal = schedule.instalments.iter().map(|r| r.principal).sum();
    out.push_str(&line(
        &[
            h.total.to_string(),
            String::new(),
            money(schedule.total_paid - schedule.down_payment, lang),
            money(principal, lang),
            money(schedule.total_interest, lang),
            String::new(),
        ],
        sep,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::Claim;
    use crate::engine::evaluate;
    use crate::engine::locale::Jurisdiction;
    use chrono::NaiveDate;

    fn example_b() -> (Case, Report) {
        let mut case = Case::new(Jurisdiction::Pl);
        case.calculation_date = NaiveDate::from_ymd_opt(2021, 1, 10);
        case.claims.push(Claim {
            number: "=FV 1; \"B\"".into(),
            issue_date: None,
            due_date: NaiveDate::from_ymd_opt(2015, 12, 31).unwrap(),
            amount: Decimal::new(10000, 0),
            currency: case.currency,
            pl_kind: None,
            eur_rate: None,
        });
        let report = evaluate(&case).unwrap();
        (case, report)
    }

    #[test]
    fn polish_csv_uses_semicolons_and_decimal_commas() {
        let (case, report) = example_b();
        let csv = breakdown_csv(&case, &report, Lang::Pl);
        assert!(csv.starts_with("\u{feff}Faktura;Termin płatności;"));
        assert!(csv.contains("\r\n"));
        assert!(csv.contains("\"'=FV 1; \"\"B\"\"\";2015-12-31;2015-12-31;2016-01-01;2020-03-17;1538;7;10000,00;365;2949,59;art. 481 § 2 KC\r\n"), "{csv}");
        assert!(
            csv.contains("RAZEM;10000,00;;0,00;0,00;10000,00;3419,23;3419,23;0,00;13419,23\r\n"),
            "{csv}"
        );
    }

    #[test]
    fn schedule_csv_lists_every_instalment() {
        use crate::engine::plan::{schedule, PlanInterest, PlanOptions};
        let mut case = Case::new(Jurisdiction::Ro);
        case.plan = PlanOptions {
            amount: Some(Decimal::new(1_000_000, 2)),
            agreement_date: NaiveDate::from_ymd_opt(2026, 1, 5),
            first_due: NaiveDate::from_ymd_opt(2026, 2, 5),
            interest: PlanInterest::Fixed,
            rate: Some(Decimal::new(12, 0)),
            ..PlanOptions::default()
        };
        let s = schedule(&case, NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()).unwrap();
        let csv = schedule_csv(&s, Lang::Ro);
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], "Nr.;Scadența;Rata;Capital;Dobândă;Rămas");
        assert_eq!(lines[1], "1;2026-02-05;888,49;788,49;100,00;9211,51");
        assert_eq!(lines[12], "12;2027-01-05;888,47;879,67;8,80;0,00");
        assert_eq!(lines[13], "TOTAL;;10661,86;10000,00;661,86;");
    }

    #[test]
    fn english_csv_uses_commas_and_points() {
        let (case, report) = example_b();
        let csv = breakdown_csv(&case, &report, Lang::En);
        assert!(csv.contains(",2020-05-29,2021-01-10,227,5.6,10000.00,365,348.27,"));
        assert!(
            csv.contains("TOTAL,10000.00,,0.00,0.00,10000.00,3419.23,3419.23,0.00,13419.23\r\n")
        );
    }
}

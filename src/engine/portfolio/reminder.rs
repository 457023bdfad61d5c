//! Ready reminder texts (friendly before the due date, overdue, second reminder) filled from the
//! case. Courtesy texts, not formal demands: they set no deadline and threaten nothing, so they
//! carry no legal effect of their own; the formal demand is the letter tool's job.

use crate::engine::calendar::format_date;
use crate::engine::case::Case;
use crate::engine::interest::Report;
use crate::engine::locale::Lang;
use crate::engine::money::format_amount;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// A few days before the due date (practice: reference collection timings).
    BeforeDue,
    /// About a week after the due date.
    Overdue,
    /// The second reminder, before the formal demand.
    Second,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 3] = [
        ReminderKind::BeforeDue,
        ReminderKind::Overdue,
        ReminderKind::Second,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    pub subject: String,
    pub body: String,
    /// A short text for an SMS (no greeting, one paragraph).
    pub sms: String,
}

struct Line {
    number: String,
    due: NaiveDate,
    open: Decimal,
    days: i64,
}

/// The reminder of `kind` in `lang`, as at `as_at`. `report` must be the case's report as at
/// that day. Before the due date it lists the invoices not yet due; after it, the overdue ones
/// (all open invoices when none fit, so the text never lists nothing).
pub fn reminder(
    case: &Case,
    report: &Report,
    as_at: NaiveDate,
    kind: ReminderKind,
    lang: Lang,
) -> Reminder {
    let open: Vec<Line> = report
        .claims
        .iter()
        .filter(|c| c.principal_outstanding > Decimal::ZERO)
        .map(|c| Line {
            number: c.number.clone(),
            due: c.effective_due_date,
            open: c.principal_outstanding,
            days: (as_at - c.effective_due_date).num_days(),
        })
        .collect();
    let fits = |l: &&Line| match kind {
        ReminderKind::BeforeDue => l.days <= 0,
        ReminderKind::Overdue | ReminderKind::Second => l.days > 0,
    };
    let mut lines: Vec<&Line> = open.iter().filter(fits).collect();
    if lines.is_empty() {
        lines = open.iter().collect();
    }
    let money = |v: Decimal| format_amount(v, case.currency, lang);
    let date = |d: NaiveDate| format_date(d, lang);
    let total: Decimal = lines.iter().map(|l| l.open).sum();
    let days = lines.iter().map(|l| l.days).max().unwrap_or(0).max(0);
    let numbers = lines
        .iter()
        .map(|l| l.number.trim())
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let list = lines
        .iter()
        .map(|l| {
            let n = if l.number.trim().is_empty() {
                "—"
            } else {
                l.number.trim()
            };
            match lang {
                Lang::Pl => format!(
                    "– {n}, termin {}, do zapłaty {}",
                    date(l.due),
                    money(l.open)
                ),
                Lang::Ro => format!(
                    "– {n}, scadentă la {}, de plată {}",
                    date(l.due),
                    money(l.open)
                ),
                Lang::En => format!("– {n}, due {}, outstanding {}", date(l.due), money(l.open)),
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let iban = case.letter.iban.trim();
    let account = match (lang, iban.is_empty()) {
        (_, true) => String::new(),
        (Lang::Pl, false) => format!("\n\nNumer rachunku: {iban}"),
        (Lang::Ro, false) => format!("\n\nContul nostru: {iban}"),
        (Lang::En, false) => format!("\n\nOur account: {iban}"),
    };
    let creditor = case.creditor.name.trim();
    let debtor = case.debtor.name.trim();
    let sign = if creditor.is_empty() {
        String::new()
    } else {
        format!("\n{creditor}")
    };
    let days_t = days_text(lang, days);
    let total_text = money(total);
    let due = lines
        .iter()
        .map(|l| l.due)
        .min()
        .map(date)
        .unwrap_or_default();
    let (subject, opening, sms) = match (lang, kind) {
        (Lang::Pl, ReminderKind::BeforeDue) => (
            format!("Przypomnienie o terminie płatności: {numbers}"),
            format!("uprzejmie przypominamy, że zbliża się termin płatności poniższych faktur na łączną kwotę {total_text}:"),
            format!("Przypominamy o płatności {total_text} za faktury {numbers} w terminie do {due}.{}", sms_account(lang, iban)),
        ),
        (Lang::Pl, ReminderKind::Overdue) => (
            format!("Przypomnienie o zaległej płatności: {numbers}"),
            format!("uprzejmie informujemy, że nie odnotowaliśmy zapłaty poniższych faktur, których termin minął {days_t} temu; do zapłaty pozostaje {total_text}:"),
            format!("Nie odnotowaliśmy zapłaty {total_text} za faktury {numbers} (termin minął {days_t} temu). Prosimy o wpłatę.{}", sms_account(lang, iban)),
        ),
        (Lang::Pl, ReminderKind::Second) => (
            format!("Ponowne przypomnienie o zaległej płatności: {numbers}"),
            format!("mimo wcześniejszego przypomnienia nadal nie otrzymaliśmy zapłaty poniższych faktur, przeterminowanych o {days_t}; do zapłaty pozostaje {total_text}. Prosimy o pilną wpłatę lub kontakt w sprawie terminu:"),
            format!("Ponownie prosimy o zapłatę {total_text} za faktury {numbers} (po terminie {days_t}) lub kontakt.{}", sms_account(lang, iban)),
        ),
        (Lang::Ro, ReminderKind::BeforeDue) => (
            format!("Reamintire privind scadența: {numbers}"),
            format!("vă reamintim că se apropie scadența facturilor de mai jos, în valoare totală de {total_text}:"),
            format!("Vă reamintim plata sumei de {total_text} pentru facturile {numbers}, scadentă la {due}.{}", sms_account(lang, iban)),
        ),
        (Lang::Ro, ReminderKind::Overdue) => (
            format!("Reamintire privind plata restantă: {numbers}"),
            format!("vă informăm că nu am înregistrat plata facturilor de mai jos, scadente de {days_t}; suma rămasă de plată este {total_text}:"),
            format!("Nu am înregistrat plata sumei de {total_text} pentru facturile {numbers} (restanță de {days_t}). Vă rugăm să efectuați plata.{}", sms_account(lang, iban)),
        ),
        (Lang::Ro, ReminderKind::Second) => (
            format!("A doua reamintire privind plata restantă: {numbers}"),
            format!("în pofida reamintirii anterioare, nu am primit încă plata facturilor de mai jos, restante de {days_t}; suma rămasă de plată este {total_text}. Vă rugăm să efectuați urgent plata sau să ne contactați pentru a stabili un termen:"),
            format!("Vă rugăm din nou să achitați {total_text} pentru facturile {numbers} (restanță de {days_t}) sau să ne contactați.{}", sms_account(lang, iban)),
        ),
        (Lang::En, ReminderKind::BeforeDue) => (
            format!("Payment reminder: {numbers}"),
            format!("this is a friendly reminder that the following invoices, totalling {total_text}, fall due soon:"),
            format!("A reminder that {total_text} for invoices {numbers} is due on {due}.{}", sms_account(lang, iban)),
        ),
        (Lang::En, ReminderKind::Overdue) => (
            format!("Overdue payment: {numbers}"),
            format!("we have not yet received payment of the following invoices, now {days_t} overdue; {total_text} remains outstanding:"),
            format!("We have not received {total_text} for invoices {numbers} ({days_t} overdue). Please arrange payment.{}", sms_account(lang, iban)),
        ),
        (Lang::En, ReminderKind::Second) => (
            format!("Second reminder: overdue payment {numbers}"),
            format!("despite our earlier reminder, the following invoices remain unpaid, now {days_t} overdue; {total_text} remains outstanding. Please pay promptly or contact us to agree a date:"),
            format!("Second reminder: please pay {total_text} for invoices {numbers} ({days_t} overdue) or contact us.{}", sms_account(lang, iban)),
        ),
    };
    let (greeting, thanks, closing) = match lang {
        Lang::Pl => (
            if debtor.is_empty() { "Szanowni Państwo,".to_string() } else { format!("Szanowni Państwo ({debtor}),") },
            match kind {
                ReminderKind::BeforeDue => "Jeśli płatność została już zlecona, prosimy potraktować tę wiadomość jako nieaktualną.",
                _ => "Jeśli płatność została już dokonana, prosimy potraktować tę wiadomość jako nieaktualną.",
            },
            "Z poważaniem",
        ),
        Lang::Ro => (
            if debtor.is_empty() { "Stimate partener,".to_string() } else { format!("Stimate partener ({debtor}),") },
            match kind {
                ReminderKind::BeforeDue => "Dacă plata a fost deja programată, vă rugăm să ignorați acest mesaj.",
                _ => "Dacă plata a fost deja efectuată, vă rugăm să ignorați acest mesaj.",
            },
            "Cu stimă,",
        ),
        Lang::En => (
            if debtor.is_empty() { "Dear Sir or Madam,".to_string() } else { format!("Dear {debtor},") },
            match kind {
                ReminderKind::BeforeDue => "If payment has already been scheduled, please disregard this message.",
                _ => "If payment has already been made, please disregard this message.",
            },
            "Kind regards,",
        ),
    };
    let body = format!("{greeting}\n\n{opening}\n{list}{account}\n\n{thanks}\n\n{closing}{sign}");
    Reminder { subject, body, sms }
}

fn sms_account(lang: Lang, iban: &str) -> String {
    if iban.is_empty() {
        return String::new();
    }
    match lang {
        Lang::Pl => format!(" Rachunek: {iban}"),
        Lang::Ro => format!(" Cont: {iban}"),
        Lang::En => format!(" Account: {iban}"),
    }
}

/// "17 dni", "1 dzień"; "72 de zile" (Romanian puts "de" after 20 and up, GOLR); "1 day".
fn days_text(lang: Lang, n: i64) -> String {
    match lang {
        Lang::Pl if n == 1 => "1 dzień".into(),
        Lang::Pl => format!("{n} dni"),
        Lang::Ro if n == 1 => "o zi".into(),
        Lang::Ro if n % 100 == 0 || n % 100 >= 20 => format!("{n} de zile"),
        Lang::Ro => format!("{n} zile"),
        Lang::En if n == 1 => "1 day".into(),
        Lang::En => format!("{n} days"),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::engine::case::Claim;
    use crate::engine::evaluate;
    use crate::engine::interest::InterestKind;
    use crate::engine::locale::Jurisdiction;
    use std::str::FromStr;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Two invoices: FV 1 due Mon 2025-03-03 (1 000,00), FV 2 due Mon 2025-04-14 (250,50).
    fn case(j: Jurisdiction) -> Case {
        let mut c = Case::new(j);
        c.interest.kind = InterestKind::Statutory;
        c.interest.compensation = false;
        c.debtor.name = "Hurtownia Sp. z o.o.".into();
        c.creditor.name = "Anna Nowak".into();
        c.letter.iban = "PL61 1090 1014 0000 0712 1981 2874".into();
        for (n, due, amount) in [
            ("FV 1", "2025-03-03", "1000.00"),
            ("FV 2", "2025-04-14", "250.50"),
        ] {
            c.claims.push(Claim::new(
                n,
                day(due),
                Decimal::from_str(amount).unwrap(),
                c.currency,
            ));
        }
        c
    }

    fn text(j: Jurisdiction, as_at: &str, kind: ReminderKind, lang: Lang) -> Reminder {
        let mut c = case(j);
        c.calculation_date = Some(day(as_at));
        let report = evaluate(&c).unwrap();
        reminder(&c, &report, day(as_at), kind, lang)
    }

    #[test]
    fn the_overdue_reminder_lists_only_overdue_invoices_with_days_and_account() {
        // 2025-03-20 is 17 days after 2025-03-03; FV 2 is not yet due and stays out.
        let r = text(
            Jurisdiction::Pl,
            "2025-03-20",
            ReminderKind::Overdue,
            Lang::Pl,
        );
        assert_eq!(r.subject, "Przypomnienie o zaległej płatności: FV 1");
        assert!(r
            .body
            .starts_with("Szanowni Państwo (Hurtownia Sp. z o.o.),"));
        assert!(r.body.contains("minął 17 dni temu"), "{}", r.body);
        assert!(
            r.body
                .contains("– FV 1, termin 03.03.2025, do zapłaty 1\u{a0}000,00\u{a0}zł"),
            "{}",
            r.body
        );
        assert!(!r.body.contains("FV 2"));
        assert!(r
            .body
            .contains("Numer rachunku: PL61 1090 1014 0000 0712 1981 2874"));
        assert!(r.body.ends_with("Z poważaniem\nAnna Nowak"));
        assert!(r.sms.contains("(termin minął 17 dni temu)"));
        assert!(r.sms.contains("Rachunek: PL61"));
        assert_eq!(days_text(Lang::Pl, 1), "1 dzień");
        assert_eq!(days_text(Lang::Ro, 19), "19 zile");
        assert_eq!(days_text(Lang::Ro, 101), "101 zile");
        assert_eq!(days_text(Lang::Ro, 120), "120 de zile");
    }

    #[test]
    fn the_friendly_reminder_lists_the_invoices_not_yet_due() {
        // On 2025-04-10 FV 1 is overdue (38 days) and FV 2 falls due on 14 April.
        let r = text(
            Jurisdiction::Pl,
            "2025-04-10",
            ReminderKind::BeforeDue,
            Lang::En,
        );
        assert_eq!(r.subject, "Payment reminder: FV 2");
        assert!(
            r.body
                .contains("– FV 2, due 14 Apr 2025, outstanding PLN 250.50"),
            "{}",
            r.body
        );
        assert!(!r.body.contains("FV 1,"));
        assert!(r.sms.contains("is due on 14 Apr 2025"));
    }

    #[test]
    fn the_romanian_second_reminder_in_romanian() {
        // 2025-05-14 is 72 days after 2025-03-03 and 30 after 2025-04-14: both overdue, the
        // oldest counts.
        let r = text(
            Jurisdiction::Ro,
            "2025-05-14",
            ReminderKind::Second,
            Lang::Ro,
        );
        assert_eq!(
            r.subject,
            "A doua reamintire privind plata restantă: FV 1, FV 2"
        );
        assert!(r.body.contains("restante de 72 de zile"), "{}", r.body);
        assert!(r.body.contains("1.250,50\u{a0}lei"), "{}", r.body);
        assert!(r.body.contains("Contul nostru: PL61"));
        assert!(r
            .body
            .starts_with("Stimate partener (Hurtownia Sp. z o.o.),"));
    }

    #[test]
    fn no_account_no_account_line_and_every_language_has_every_kind() {
        let mut c = case(Jurisdiction::Pl);
        c.letter.iban.clear();
        c.calculation_date = Some(day("2025-03-20"));
        let report = evaluate(&c).unwrap();
        for lang in [Lang::Pl, Lang::Ro, Lang::En] {
            for kind in ReminderKind::ALL {
                let r = reminder(&c, &report, day("2025-03-20"), kind, lang);
                assert!(!r.subject.is_empty() && !r.sms.is_empty());
                assert!(!r.body.contains("PL61"));
                // Before the due date only FV 2 (due 14 April) is listed; after it, FV 1.
                let listed = if kind == ReminderKind::BeforeDue {
                    "FV 2"
                } else {
                    "FV 1"
                };
                assert!(r.body.contains(listed), "{}", r.body);
            }
        }
    }
}

//! iCalendar (RFC 5545) files: one all-day event per date, with reminders, stable UIDs (so a
//! re-import updates instead of duplicating), escaped text and folded lines.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, Timelike};

fn ymd(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

pub struct IcsEvent {
    /// Stable identity of the event, e.g. "limitation/FV 1/2025".
    pub key: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
    /// Reminders, in days before the date.
    pub reminders: Vec<u32>,
}

/// RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a
/// UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// FNV-1a: a stable, dependency-free digest for UIDs.
fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub fn calendar(name: &str, events: &[IcsEvent], stamp: NaiveDateTime) -> String {
    let mut out = String::new();
    let mut line = |l: String| fold(&l, &mut out);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Overdue//Overdue//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape(name)));
    // RFC 5545 §3.8.7.4: a revised event carries a higher SEQUENCE, and some calendars (Outlook,
    // Apple) replace an event of the same UID only then. Each export is a revision of every
    // event, so the minutes since 2020 grow with every later export.
    let sequence = (stamp
        - NaiveDate::from_ymd_opt(2020, 1, 1)
            .map(|d| d.and_time(chrono::NaiveTime::MIN))
            .unwrap_or_default())
    .num_minutes()
    .max(0);
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        ymd(stamp.date()),
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    );
    for e in events {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{:016x}@overdue", digest(&e.key)));
        line(format!("DTSTAMP:{stamp}"));
        line(format!("SEQUENCE:{sequence}"));
        line(format!("DTSTART;VALUE=DATE:{}", ymd(e.date)));
        let next = e.date.checked_add_days(Days::new(1)).unwrap_or(e.date);
        line(format!("DTEND;VALUE=DATE:{}", ymd(next)));
        line(format!("SUMMARY:{}", escape(&e.summary)));
        line(format!("DESCRIPTION:{}", escape(&e.description)));
        line("TRANSP:TRANSPARENT".into());
        for days in &e.reminders {
            line("BEGIN:VALARM".into());
            line("ACTION:DISPLAY".into());
            line(format!("DESCRIPTION:{}", escape(&e.summary)));
            line(format!("TRIGGER:-P{days}D"));
            line("END:VALARM".into());
        }
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

// Native only: the tests read the file back with the icalendar crate.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use icalendar::{Calendar, CalendarComponent, Component};

    fn sample() -> String {
        let events = vec![
            IcsEvent {
                key: "limitation/FV 1/2025".into(),
                date: NaiveDate::from_ymd_opt(2028, 12, 31).unwrap(),
                summary: "Przedawnienie: FV 1/2025; Hurtownia, Kowalski".into(),
                description: "Ostatni dzień na pozew (art. 118 KC).\nPotem: dłużnik może podnieść zarzut przedawnienia — ąęłśżźćńó ș ț ă î â ".repeat(2),
                reminders: vec![60, 14],
            },
            IcsEvent {
                key: "limitation/FV 2/2025".into(),
                date: NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
                summary: "Second".into(),
                description: String::new(),
                reminders: vec![60, 14],
            },
        ];
        let stamp = NaiveDate::from_ymd_opt(2026, 11, 22)
            .unwrap()
            .and_hms_opt(8, 0, 0)
            .unwrap();
        calendar("Overdue", &events, stamp)
    }

    #[test]
    fn lines_are_crlf_and_folded_within_75_octets() {
        let ics = sample();
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "{l:?}");
            assert!(!l.contains('\n'));
        }
        assert!(ics.contains("SUMMARY:Przedawnienie: FV 1/2025\\; Hurtownia\\, Kowalski\r\n"));
    }

    #[test]
    fn a_real_parser_reads_it_back() {
        let ics = sample();
        let calendar: Calendar = ics.parse().expect("parses");
        let events: Vec<_> = calendar
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect();
        assert_eq!(events.len(), 2);
        let first = events[0];
        assert_eq!(
            first.get_summary(),
            Some("Przedawnienie: FV 1/2025; Hurtownia, Kowalski")
        );
        assert!(first
            .get_description()
            .unwrap()
            .contains("ąęłśżźćńó ș ț ă î â"));
        assert_eq!(
            first.get_start(),
            Some(icalendar::DatePerhapsTime::Date(
                NaiveDate::from_ymd_opt(2028, 12, 31).unwrap()
            ))
        );
        let uid = first.get_uid().unwrap();
        assert!(uid.ends_with("@overdue"));
        assert_ne!(Some(uid), events[1].get_uid());
        assert_eq!(ics.matches("TRIGGER:-P60D").count(), 2);
        assert_eq!(ics.matches("TRIGGER:-P14D").count(), 2);
        assert_eq!(sample(), ics, "deterministic for the same stamp");
    }
}

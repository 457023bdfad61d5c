//! What one run of the upkeep changed, printed for the maintainer (README "Rate upkeep").

use chrono::NaiveDate;
use std::fmt;

/// One new row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    pub file: &'static str,
    /// The rate kind, or the month of an EUR table.
    pub kind: String,
    pub date: NaiveDate,
    pub value: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub added: Vec<Added>,
    /// Each verified-through constant: its old value and the new one (none when unchanged).
    pub verified: Vec<(String, NaiveDate, Option<NaiveDate>)>,
    /// Months the downloaded files did not cover.
    pub missing: Vec<String>,
    /// Differences between the official files and rows already in the tables (never rewritten).
    pub disagreements: Vec<String>,
    /// Whether the maintainer confirmed the BNR rate by hand on this run.
    pub ro_checked_by_hand: bool,
}

impl Summary {
    pub fn verified_through(&self, name: &str) -> NaiveDate {
        self.verified
            .iter()
            .find(|(n, _, _)| n == name)
            .map(|(_, from, to)| to.unwrap_or(*from))
            .unwrap_or(NaiveDate::MIN)
    }

    pub fn changed(&self) -> bool {
        !self.added.is_empty() || self.verified.iter().any(|(_, _, to)| to.is_some())
    }
}

/// What no official file states, and where the maintainer reads it.
pub const BY_HAND: &str = "\
Check by hand (no machine-readable file exists for these):
  1. BNR reference rate (rata dobânzii de referință = the monetary policy rate, OG 13/2011 art. 3(1)):
     bnr.ro > Politica monetară > the Board's decisions (press releases of the monetary policy
     meetings), and the Circulara BNR published in Monitorul Oficial, Partea I, whenever it changes.
     If it changed:   scripts/update-rates --bnr-change YYYY-MM-DD=PERCENT --bnr-source \"Circulara BNR nr. N/YYYY (MO nr. …)\"
     Once checked:    scripts/update-rates --bnr-checked-through YYYY-MM-DD   (moves RO_VERIFIED_THROUGH)
  2. The Polish announcements of the derived rates: Obwieszczenie Ministra Sprawiedliwości (odsetki
     ustawowe, art. 481 § 2(4) and art. 359 § 4 KC) and Obwieszczenie of the minister for the economy (odsetki w
     transakcjach handlowych, art. 11b UPNO) in Monitor Polski (monitorpolski.gov.pl, isap.sejm.gov.pl):
     compare each new ustawowe_* / handlowe* row and add the M.P. position to its source.
  3. A month listed under \"still missing\": look the rate up on nbp.pl (kursy średnie, tabela A) or
     bnr.ro (cursul de schimb) and add the row by hand with its source, or run again later.";

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.changed() {
            writeln!(f, "Rate tables: {} new row(s).", self.added.len())?;
        } else {
            writeln!(
                f,
                "Rate tables: nothing new; the files on disk are unchanged."
            )?;
        }
        let mut file = "";
        for a in &self.added {
            if a.file != file {
                file = a.file;
                writeln!(f, "{file}")?;
            }
            writeln!(f, "  + {:<28} {}  {}", a.kind, a.date, a.value)?;
        }
        writeln!(f, "src/engine/rates/verified.rs")?;
        for (name, from, to) in &self.verified {
            match to {
                Some(to) => writeln!(f, "  {name}: {from} -> {to}")?,
                None => writeln!(f, "  {name}: {from} (unchanged)")?,
            }
        }
        if !self.ro_checked_by_hand {
            writeln!(
                f,
                "  (RO_VERIFIED_THROUGH moves only with --bnr-checked-through: see 1. below)"
            )?;
        }
        if !self.missing.is_empty() {
            writeln!(f, "Still missing:")?;
            for m in &self.missing {
                writeln!(f, "  - {m}")?;
            }
        }
        if !self.disagreements.is_empty() {
            writeln!(f, "Look at these (nothing was rewritten):")?;
            for d in &self.disagreements {
                writeln!(f, "  ! {d}")?;
            }
        }
        writeln!(f, "{BY_HAND}")?;
        write!(
            f,
            "Then: cargo test --locked rates, read `git diff data/ src/engine/rates/verified.rs`, commit."
        )
    }
}

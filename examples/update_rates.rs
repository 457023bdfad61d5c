//! The file side of `scripts/update-rates` (README "Rate upkeep"); the logic is
//! `overdue::engine::rates::update`, tested in tests/rates_update.rs.
//!
//! update_rates plan  --today YYYY-MM-DD              one "FILE URL" line per file to download
//! update_rates apply --today YYYY-MM-DD --dir DIR    merge the downloaded files into the tables
//!     [--bnr-change YYYY-MM-DD=PERCENT --bnr-source TEXT] [--bnr-checked-through YYYY-MM-DD]
//!     [--dry-run]
//!
//! `apply` writes nothing unless every file was read; it then writes each table to a temporary
//! file beside it and renames them all.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match cli::run(std::env::args().skip(1).collect()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("update-rates: {message}\nNothing was changed.");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use chrono::NaiveDate;
    use overdue::engine::rates::update::{self, BnrChange, Manual, Tables};
    use rust_decimal::Decimal;
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};
    use std::str::FromStr;

    const ROOT: &str = env!("CARGO_MANIFEST_DIR");
    const FILES: [&str; 5] = [
        "data/pl_rates.csv",
        "data/ro_rates.csv",
        "data/pl_nbp_eur_month_end.csv",
        "data/ro_bnr_eur_month_end.csv",
        "src/engine/rates/verified.rs",
    ];

    fn read(path: &str) -> Result<String, String> {
        std::fs::read_to_string(Path::new(ROOT).join(path)).map_err(|e| format!("{path}: {e}"))
    }

    fn tables() -> Result<Tables, String> {
        Ok(Tables {
            pl_rates: read(FILES[0])?,
            ro_rates: read(FILES[1])?,
            pl_eur: read(FILES[2])?,
            ro_eur: read(FILES[3])?,
            verified: read(FILES[4])?,
        })
    }

    fn date(value: &str) -> Result<NaiveDate, String> {
        NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| format!("not a date: {value}"))
    }

    struct Args {
        command: String,
        options: BTreeMap<String, String>,
        dry_run: bool,
    }

    fn parse(args: Vec<String>) -> Result<Args, String> {
        let mut it = args.into_iter();
        let command = it.next().ok_or("expected `plan` or `apply`")?;
        let mut options = BTreeMap::new();
        let mut dry_run = false;
        while let Some(flag) = it.next() {
            match flag.as_str() {
                "--dry-run" => dry_run = true,
                "--today" | "--dir" | "--bnr-change" | "--bnr-source" | "--bnr-checked-through" => {
                    let value = it.next().ok_or(format!("{flag} needs a value"))?;
                    options.insert(flag, value);
                }
                other => return Err(format!("unknown option {other}")),
            }
        }
        Ok(Args {
            command,
            options,
            dry_run,
        })
    }

    fn manual(options: &BTreeMap<String, String>) -> Result<Manual, String> {
        let bnr_change = match options.get("--bnr-change") {
            None => None,
            Some(v) => {
                let (day, percent) = v
                    .split_once('=')
                    .ok_or("--bnr-change takes YYYY-MM-DD=PERCENT")?;
                let percent = Decimal::from_str(&percent.replace(',', "."))
                    .map_err(|_| format!("not a rate: {percent}"))?;
                Some(BnrChange {
                    from: date(day)?,
                    percent,
                    source: options.get("--bnr-source").cloned().unwrap_or_default(),
                })
            }
        };
        let bnr_checked_through = match options.get("--bnr-checked-through") {
            Some(v) => Some(date(v)?),
            None => None,
        };
        Ok(Manual {
            bnr_change,
            bnr_checked_through,
        })
    }

    pub fn run(args: Vec<String>) -> Result<(), String> {
        let args = parse(args)?;
        let today = date(args.options.get("--today").ok_or("--today is required")?)?;
        let tables = tables()?;
        match args.command.as_str() {
            "plan" => {
                for d in update::plan(&tables, today) {
                    println!("{} {}", d.file, d.url);
                }
                Ok(())
            }
            "apply" => {
                let dir = PathBuf::from(args.options.get("--dir").ok_or("--dir is required")?);
                let mut files = BTreeMap::new();
                for d in update::plan(&tables, today) {
                    // A file that is not there is reported by `apply` as not downloaded.
                    if let Ok(bytes) = std::fs::read(dir.join(&d.file)) {
                        files.insert(d.file, bytes);
                    }
                }
                let outcome = update::apply(&tables, &files, &manual(&args.options)?, today)
                    .map_err(|e| e.to_string())?;
                println!("{}", outcome.summary);
                if args.dry_run {
                    println!("(dry run: nothing written)");
                    return Ok(());
                }
                write(&tables, &outcome.tables)
            }
            other => Err(format!("unknown command {other}")),
        }
    }

    fn write(old: &Tables, new: &Tables) -> Result<(), String> {
        let pairs = [
            (FILES[0], &old.pl_rates, &new.pl_rates),
            (FILES[1], &old.ro_rates, &new.ro_rates),
            (FILES[2], &old.pl_eur, &new.pl_eur),
            (FILES[3], &old.ro_eur, &new.ro_eur),
            (FILES[4], &old.verified, &new.verified),
        ];
        let changed: Vec<_> = pairs.iter().filter(|(_, a, b)| a != b).collect();
        for (path, _, text) in &changed {
            let tmp = Path::new(ROOT).join(format!("{path}.new"));
            std::fs::write(&tmp, text).map_err(|e| format!("{path}: {e}"))?;
        }
        for (path, _, _) in &changed {
            let target = Path::new(ROOT).join(path);
            std::fs::rename(Path::new(ROOT).join(format!("{path}.new")), &target)
                .map_err(|e| format!("{path}: {e}"))?;
        }
        Ok(())
    }
}

//! A data/*.csv file as lines, edited by inserting rows: existing lines are never rewritten, so a
//! `git diff` after the upkeep shows only what was added.

use super::super::csv;

pub struct Table {
    lines: Vec<String>,
    /// "\r\n" or "\n", kept as the file has it.
    newline: &'static str,
}

/// The key a row is ordered by within its kind: the first two fields (kind and date, or month
/// and date for the EUR tables).
fn key(line: &str) -> Option<(String, String)> {
    let mut fields = csv::parse(line).into_iter().next()?.into_iter();
    Some((fields.next()?, fields.next()?))
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

impl Table {
    pub fn read(text: &str) -> Table {
        let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
        let lines = text
            .split('\n')
            .map(|l| l.trim_end_matches('\r').to_string())
            .filter(|l| !l.is_empty())
            .collect();
        Table { lines, newline }
    }

    /// The data rows as fields (the header left out).
    pub fn rows(&self) -> Vec<Vec<String>> {
        self.lines
            .iter()
            .skip(1)
            .filter_map(|l| csv::parse(l).into_iter().next())
            .collect()
    }

    fn line(fields: &[String]) -> String {
        fields
            .iter()
            .map(|f| quote(f))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Inserts a `kind,date,…` row after the last row of its kind dated before it, so rows of one
    /// kind stay together and in date order (data/pl_rates.csv is grouped by kind). A kind not
    /// yet in the table goes at the end.
    pub fn insert_in_kind(&mut self, fields: &[String]) {
        let (kind, when) = (fields[0].as_str(), fields[1].as_str());
        let of_kind: Vec<(usize, String)> = self
            .lines
            .iter()
            .enumerate()
            .skip(1)
            .filter_map(|(i, l)| key(l).filter(|(k, _)| k == kind).map(|(_, d)| (i, d)))
            .collect();
        let position = match of_kind.iter().rfind(|(_, d)| d.as_str() < when) {
            Some((i, _)) => i + 1,
            None => of_kind.first().map_or(self.lines.len(), |(i, _)| *i),
        };
        self.lines.insert(position, Self::line(fields));
    }

    /// Inserts a `month,…` row in month order (the EUR month-end tables).
    pub fn insert_by_month(&mut self, fields: &[String]) {
        let month = fields[0].as_str();
        let position = self
            .lines
            .iter()
            .enumerate()
            .skip(1)
            .rfind(|(_, l)| key(l).is_some_and(|(m, _)| m.as_str() < month))
            .map_or(self.lines.len().min(1), |(i, _)| i + 1);
        self.lines.insert(position, Self::line(fields));
    }

    pub fn text(&self) -> String {
        let mut out = self.lines.join(self.newline);
        out.push_str(self.newline);
        out
    }
}

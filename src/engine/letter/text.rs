//! Text-level treatment of a composed letter: Romanian letters, and the plain-text rendering.

use super::model::{Block, Letter};

/// Romanian is written with comma-below ș and ț; names are often typed with the cedilla forms
/// ş and ţ (old keyboards), which look wrong in print and do not search or copy as ș/ț.
pub(super) fn normalise_romanian(mut letter: Letter) -> Letter {
    let fix = |s: &mut String| {
        *s = s
            .replace('ş', "ș")
            .replace('ţ', "ț")
            .replace('Ş', "Ș")
            .replace('Ţ', "Ț");
    };
    fix(&mut letter.title);
    fix(&mut letter.place_date);
    fix(&mut letter.author);
    letter
        .sender
        .iter_mut()
        .chain(letter.recipient.iter_mut())
        .for_each(fix);
    for block in letter.body.iter_mut().chain(letter.annex.iter_mut()) {
        match block {
            Block::Heading { text } | Block::Para { text } | Block::Note { text } => fix(text),
            Block::Table { header, rows, .. } => {
                header.iter_mut().for_each(fix);
                rows.iter_mut().flatten().for_each(fix);
            }
            Block::Signature { lines } => lines.iter_mut().for_each(fix),
        }
    }
    letter
}

/// The letter as plain text: for e-mail, the clipboard and golden tests.
pub fn plain_text(letter: &Letter) -> String {
    let mut out = String::new();
    out.push_str(&format!("{:>72}\n\n", letter.place_date));
    for l in &letter.sender {
        out.push_str(l);
        out.push('\n');
    }
    out.push('\n');
    for l in &letter.recipient {
        out.push_str(&format!("{:>40}{l}\n", ""));
    }
    out.push_str(&format!("\n{}\n\n", letter.title));
    let blocks = |out: &mut String, blocks: &[Block]| {
        for b in blocks {
            match b {
                Block::Heading { text } => out.push_str(&format!("{text}\n\n")),
                Block::Para { text } | Block::Note { text } => out.push_str(&format!("{text}\n\n")),
                Block::Table { header, rows, .. } => {
                    out.push_str(&header.join(" | "));
                    out.push('\n');
                    for r in rows {
                        out.push_str(&r.join(" | "));
                        out.push('\n');
                    }
                    out.push('\n');
                }
                Block::Signature { lines } => {
                    out.push_str("\n\n");
                    for l in lines {
                        out.push_str(&format!("{:>40}{l}\n", ""));
                    }
                    out.push('\n');
                }
            }
        }
    };
    blocks(&mut out, &letter.body);
    if !letter.annex.is_empty() {
        out.push_str("\n\n");
        blocks(&mut out, &letter.annex);
    }
    out.replace('\u{a0}', " ")
}

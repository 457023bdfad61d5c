//! Romanian is written with comma-below ș and ț; names typed with the cedilla forms ş and ţ
//! (old keyboards) are corrected, as in letters.

use super::draft::Draft;
use crate::engine::letter::Block;

pub(crate) fn fix(s: &mut String) {
    *s = s
        .replace('ş', "ș")
        .replace('ţ', "ț")
        .replace('Ş', "Ș")
        .replace('Ţ', "Ț");
}

pub(crate) fn normalise(mut d: Draft) -> Draft {
    fix(&mut d.title);
    fix(&mut d.place_date);
    fix(&mut d.author);
    d.sender
        .iter_mut()
        .chain(d.recipient.iter_mut())
        .for_each(fix);
    for block in d.body.iter_mut().chain(d.annex.iter_mut()) {
        match block {
            Block::Heading { text } | Block::Para { text } | Block::Note { text } => fix(text),
            Block::Table { header, rows, .. } => {
                header.iter_mut().for_each(fix);
                rows.iter_mut().flatten().for_each(fix);
            }
            Block::Signature { lines } => lines.iter_mut().for_each(fix),
        }
    }
    d
}

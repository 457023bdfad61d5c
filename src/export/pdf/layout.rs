//! Lays a document out on A4 pages: wrapped paragraphs, tables whose rows wrap and whose header
//! repeats on a new page, the annex on its own page.

use crate::engine::document::{Block, Document};

pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
pub const MARGIN: f32 = 56.7;
const BODY: f32 = 10.5;
const SMALL: f32 = 8.5;
const TITLE: f32 = 13.0;
const PAD: f32 = 3.0;

struct Table<'a> {
    widths: Vec<f32>,
    numeric: &'a [bool],
    size: f32,
}

/// What is drawn: text at a baseline, or a rule.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        text: String,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
    },
}

/// Advance widths of the two faces, in em.
pub trait Measure {
    fn width(&self, text: &str, bold: bool) -> f32;
}

pub struct Pages<'m> {
    measure: &'m dyn Measure,
    pub pages: Vec<Vec<Op>>,
    y: f32,
}

impl<'m> Pages<'m> {
    fn new(measure: &'m dyn Measure) -> Self {
        Pages {
            measure,
            pages: vec![Vec::new()],
            y: PAGE_H - MARGIN,
        }
    }

    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.measure.width(text, bold) * size
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = PAGE_H - MARGIN;
    }

    /// Makes room for `height`, starting a new page when the bottom margin would be crossed;
    /// true when it did.
    fn room(&mut self, height: f32) -> bool {
        if self.y - height < MARGIN + 20.0 {
            self.new_page();
            return true;
        }
        false
    }

    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    /// Greedy word wrap to `width` points.
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ') {
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, size, bold) <= width || line.is_empty() {
                    line = candidate;
                } else {
                    lines.push(std::mem::take(&mut line));
                    line = word.to_string();
                }
            }
            lines.push(line);
        }
        lines
    }

    fn text(&mut self, text: &str, size: f32, bold: bool, align: Align) {
        let width = PAGE_W - 2.0 * MARGIN;
        for line in self.wrap(text, size, bold, width) {
            let leading = size * 1.35;
            self.room(leading);
            self.y -= leading;
            let w = self.width(&line, size, bold);
            let x = match align {
                Align::Left => MARGIN,
                Align::Right => PAGE_W - MARGIN - w,
                Align::Center => (PAGE_W - w) / 2.0,
                Align::Indent => PAGE_W / 2.0 + 20.0,
            };
            self.push(Op::Text {
                x,
                y: self.y,
                size,
                bold,
                text: line,
            });
        }
    }

    fn gap(&mut self, points: f32) {
        self.y -= points;
    }

    fn table(&mut self, header: &[String], rows: &[Vec<String>], numeric: &[bool]) {
        let size = SMALL + 0.5;
        let total = PAGE_W - 2.0 * MARGIN;
        let columns = header.len().max(1);
        // Columns share the width by their widest cell; a header may wrap between its words (so
        // only its longest word counts), a value should not ("FV 1/2025" on one line).
        let natural: Vec<f32> = (0..columns)
            .map(|c| {
                let header_word = header[c]
                    .split_whitespace()
                    .map(|w| self.width(w, size, true))
                    .fold(0.0, f32::max);
                rows.iter()
                    .filter_map(|r| r.get(c))
                    .map(|t| self.width(t, size, false))
                    .fold(header_word, f32::max)
                    + 2.0 * PAD
            })
            .collect();
        let sum: f32 = natural.iter().sum();
        let widths: Vec<f32> = if sum <= total {
            natural.iter().map(|w| w * total / sum).collect()
        } else {
            let floor = total / columns as f32 * 0.5;
            let capped: Vec<f32> = natural.iter().map(|w| w.max(floor)).collect();
            let s: f32 = capped.iter().sum();
            capped.iter().map(|w| w * total / s).collect()
        };
        let table = Table {
            widths,
            numeric,
            size,
        };
        self.room(size * 4.0);
        self.table_head(&table, header, total);
        for row in rows {
            let height = self.row_height(&table, row, false);
            if self.room(height) {
                self.table_head(&table, header, total);
            }
            self.row(&table, row, false);
        }
        self.gap(8.0);
    }

    /// The rule above a table and its header row, repeated at the top of each page it spans.
    fn table_head(&mut self, table: &Table, header: &[String], width: f32) {
        self.push(Op::Line {
            x1: MARGIN,
            y1: self.y,
            x2: MARGIN + width,
            y2: self.y,
        });
        self.row(table, header, true);
    }

    fn wrap_cells(&self, table: &Table, cells: &[String], bold: bool) -> Vec<Vec<String>> {
        cells
            .iter()
            .enumerate()
            .map(|(c, t)| {
                self.wrap(
                    t,
                    table.size,
                    bold,
                    table.widths.get(c).copied().unwrap_or(0.0) - 2.0 * PAD,
                )
            })
            .collect()
    }

    fn row_height(&self, table: &Table, cells: &[String], bold: bool) -> f32 {
        let lines = self
            .wrap_cells(table, cells, bold)
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(1) as f32;
        lines * table.size * 1.3 + 2.0 * PAD
    }

    /// Draws one row at the current position (the caller has made room) and a rule under it.
    fn row(&mut self, table: &Table, cells: &[String], bold: bool) {
        let height = self.row_height(table, cells, bold);
        let top = self.y;
        let mut x = MARGIN;
        for (c, cell) in self.wrap_cells(table, cells, bold).into_iter().enumerate() {
            let w = table.widths.get(c).copied().unwrap_or(0.0);
            for (i, line) in cell.into_iter().enumerate() {
                let baseline = top - PAD - table.size * (1.0 + 1.3 * i as f32);
                let lw = self.width(&line, table.size, bold);
                let tx = if table.numeric.get(c).copied().unwrap_or(false) {
                    x + w - PAD - lw
                } else {
                    x + PAD
                };
                self.push(Op::Text {
                    x: tx,
                    y: baseline,
                    size: table.size,
                    bold,
                    text: line,
                });
            }
            x += w;
        }
        self.y -= height;
        let right = MARGIN + table.widths.iter().sum::<f32>();
        self.push(Op::Line {
            x1: MARGIN,
            y1: self.y,
            x2: right,
            y2: self.y,
        });
    }

    /// The height of a paragraph or note as `blocks` lays it out, with the gap after it.
    fn text_height(&self, b: &Block) -> Option<f32> {
        let (text, size, gap) = match b {
            Block::Para { text } => (text, BODY, 5.0),
            Block::Note { text } => (text, SMALL, 4.0),
            _ => return None,
        };
        let lines = self.wrap(text, size, false, PAGE_W - 2.0 * MARGIN).len() as f32;
        Some(lines * size * 1.35 + gap)
    }

    fn signature_height(lines: &[String]) -> f32 {
        24.0 + BODY * 1.35 * lines.len() as f32
    }

    /// The height that must stay on one page from block `i` on (keep-with-next), if any: the
    /// last paragraph with the signature after it, so the signature never stands alone at the
    /// top of a page; a heading with what follows it (or three lines of it).
    fn kept_height(&self, blocks: &[Block], i: usize) -> Option<f32> {
        match (blocks.get(i)?, blocks.get(i + 1)?) {
            (b, Block::Signature { lines }) => self
                .text_height(b)
                .map(|h| h + Self::signature_height(lines)),
            (Block::Heading { .. }, _) => Some(
                8.0 + (BODY + 1.5) * 1.35
                    + self.kept_height(blocks, i + 1).unwrap_or(BODY * 1.35 * 3.0),
            ),
            _ => None,
        }
    }

    fn keep_with_next(&mut self, blocks: &[Block], i: usize) {
        let page = PAGE_H - 2.0 * MARGIN - 20.0;
        // A unit longer than a page cannot move whole; it breaks as usual.
        if let Some(need) = self.kept_height(blocks, i).filter(|n| *n <= page) {
            self.room(need);
        }
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for (i, b) in blocks.iter().enumerate() {
            self.keep_with_next(blocks, i);
            match b {
                Block::Heading { text } => {
                    self.gap(4.0);
                    self.text(text, BODY + 1.5, true, Align::Left);
                    self.gap(4.0);
                }
                Block::Para { text } => {
                    self.text(text, BODY, false, Align::Left);
                    self.gap(5.0);
                }
                Block::Note { text } => {
                    self.text(text, SMALL, false, Align::Left);
                    self.gap(4.0);
                }
                Block::Table {
                    header,
                    rows,
                    numeric,
                } => self.table(header, rows, numeric),
                Block::Signature { lines } => {
                    // Keep the signature lines together, below a space to sign in.
                    self.room(Self::signature_height(lines));
                    self.gap(24.0);
                    for l in lines {
                        self.text(l, BODY, false, Align::Right);
                    }
                    self.gap(10.0);
                }
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
    Indent,
}

pub fn layout<'m>(doc: &Document, measure: &'m dyn Measure) -> Pages<'m> {
    let mut p = Pages::new(measure);
    p.text(&doc.place_date, BODY, false, Align::Right);
    p.gap(10.0);
    let top = p.y;
    for (i, l) in doc.sender.iter().enumerate() {
        p.text(l, BODY, i == 1, Align::Left);
    }
    let after_sender = p.y;
    p.y = top;
    for (i, l) in doc.recipient.iter().enumerate() {
        p.text(l, BODY, i == 1, Align::Indent);
    }
    p.y = p.y.min(after_sender);
    p.gap(22.0);
    p.text(&doc.title, TITLE, true, Align::Center);
    p.gap(10.0);
    p.blocks(&doc.body);
    if !doc.annex.is_empty() {
        p.new_page();
        p.blocks(&doc.annex);
    }
    p.drop_blank_pages();
    p
}

impl Pages<'_> {
    /// A page with nothing visible on it (only blank lines pushed over a page break) is not
    /// printed: no empty last page with just its page number.
    fn drop_blank_pages(&mut self) {
        let blank = |page: &Vec<Op>| {
            page.iter().all(|op| match op {
                Op::Text { text, .. } => text.trim().is_empty(),
                Op::Line { .. } => false,
            })
        };
        self.pages.retain(|page| !blank(page));
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::locale::Lang;

    /// Every character half an em wide: enough to lay pages out deterministically.
    struct Fixed;
    impl Measure for Fixed {
        fn width(&self, text: &str, _bold: bool) -> f32 {
            text.chars().count() as f32 * 0.5
        }
    }

    fn letter(fillers: usize, last: &str, annex: Vec<Block>) -> Document {
        let mut body: Vec<Block> = (0..fillers)
            .map(|i| Block::Para {
                text: format!("Filler paragraph {i}."),
            })
            .collect();
        body.push(Block::Para { text: last.into() });
        body.push(Block::Signature {
            lines: vec!["Regards".into(), "Jan Nowak".into()],
        });
        Document {
            lang: Lang::En,
            title: "TITLE".into(),
            place_date: "London, 1 Dec 2026".into(),
            sender: vec!["Creditor".into()],
            recipient: vec!["Debtor".into()],
            body,
            annex,
            author: String::new(),
        }
    }

    fn page_of(pages: &[Vec<Op>], needle: &str) -> usize {
        pages
            .iter()
            .position(|p| {
                p.iter()
                    .any(|op| matches!(op, Op::Text { text, .. } if text.contains(needle)))
            })
            .unwrap_or_else(|| panic!("{needle:?} not laid out"))
    }

    /// Whatever the length of the letter, the signature shares its page with the last
    /// paragraph; some of these lengths put the signature on a fresh page (so the rule was
    /// exercised, not just passed by luck).
    #[test]
    fn the_signature_never_stands_alone_on_a_page() {
        let mut moved = 0;
        for n in 20..80 {
            let pages = layout(&letter(n, "Last words.", Vec::new()), &Fixed).pages;
            let sig = page_of(&pages, "Jan Nowak");
            assert_eq!(page_of(&pages, "Last words."), sig, "{n} paragraphs");
            if sig > 0 && page_of(&pages, &format!("Filler paragraph {}.", n - 1)) < sig {
                moved += 1;
            }
        }
        assert!(moved > 0, "no length broke the page before the signature");
    }

    #[test]
    fn a_heading_is_not_left_at_the_bottom_of_a_page() {
        for n in 20..80 {
            let mut l = letter(n, "Last.", Vec::new());
            l.body.insert(
                n,
                Block::Heading {
                    text: "HEADING".into(),
                },
            );
            let pages = layout(&l, &Fixed).pages;
            assert_eq!(page_of(&pages, "HEADING"), page_of(&pages, "Last."), "{n}");
        }
    }

    #[test]
    fn no_blank_page_is_printed() {
        // Blank paragraphs crossing a page break would otherwise open an empty last page.
        let mut l = letter(0, "x", Vec::new());
        l.body.pop();
        for _ in 0..120 {
            l.body.push(Block::Para {
                text: String::new(),
            });
        }
        let pages = layout(&l, &Fixed).pages;
        assert_eq!(pages.len(), 1);
    }
}

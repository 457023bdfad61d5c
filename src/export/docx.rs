//! A document (letter, agreement, court document) as a DOCX (Office Open XML) that Word and
//! LibreOffice open and edit: A4, margins, a table per table block, the annex on its own page,
//! title and author in the metadata.

use super::zip::zip;
use crate::engine::document::{Block, Document};

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn run(text: &str, bold: bool) -> String {
    let props = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    format!(
        "<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
        esc(text)
    )
}

fn para(text: &str, align: Option<&str>, bold: bool, size_half_points: Option<u32>) -> String {
    let mut ppr = String::from("<w:pPr><w:spacing w:after=\"120\"/>");
    if let Some(a) = align {
        ppr.push_str(&format!("<w:jc w:val=\"{a}\"/>"));
    }
    ppr.push_str("</w:pPr>");
    let mut r = run(text, bold);
    if let Some(sz) = size_half_points {
        r = r
            .replacen(
                "<w:r>",
                &format!(
                    "<w:r><w:rPr>{}<w:sz w:val=\"{sz}\"/></w:rPr>",
                    if bold { "<w:b/>" } else { "" }
                ),
                1,
            )
            .replacen("<w:rPr><w:b/></w:rPr>", "", 1);
    }
    format!("<w:p>{ppr}{r}</w:p>")
}

fn table(header: &[String], rows: &[Vec<String>], numeric: &[bool]) -> String {
    let border = "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders>";
    let cell = |text: &str, right: bool, bold: bool| {
        let jc = if right { "<w:jc w:val=\"right\"/>" } else { "" };
        format!(
            "<w:tc><w:p><w:pPr>{jc}</w:pPr>{}</w:p></w:tc>",
            run(text, bold)
        )
    };
    let mut out = format!("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>{border}<w:tblCellMar><w:left w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"60\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>");
    out.push_str("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
    for (i, h) in header.iter().enumerate() {
        out.push_str(&cell(h, numeric.get(i).copied().unwrap_or(false), true));
    }
    out.push_str("</w:tr>");
    for r in rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (i, c) in r.iter().enumerate() {
            out.push_str(&cell(c, numeric.get(i).copied().unwrap_or(false), false));
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl><w:p/>");
    out
}

/// Word's keep-with-next (`w:keepNext`): the paragraph stays on the page of the one after it.
fn keep_next(paragraph: String) -> String {
    paragraph.replacen("<w:pPr>", "<w:pPr><w:keepNext/>", 1)
}

fn blocks(out: &mut String, blocks: &[Block]) {
    for (i, b) in blocks.iter().enumerate() {
        // The paragraph before the signature goes with it, as in the PDF (the signature never
        // stands alone at the top of a page); a heading goes with what follows.
        let keep = |p: String| match (b, blocks.get(i + 1)) {
            (Block::Heading { .. }, Some(_)) | (_, Some(Block::Signature { .. })) => keep_next(p),
            _ => p,
        };
        match b {
            Block::Heading { text } => out.push_str(&keep(para(text, None, true, Some(24)))),
            Block::Para { text } => out.push_str(&keep(para(text, Some("both"), false, None))),
            Block::Note { text } => out.push_str(&keep(para(text, None, false, Some(18)))),
            Block::Table {
                header,
                rows,
                numeric,
            } => out.push_str(&table(header, rows, numeric)),
            Block::Signature { lines } => {
                // The space to sign in and every line but the last keep with the next.
                let space = "<w:p><w:pPr><w:keepNext/></w:pPr></w:p>";
                out.push_str(space);
                out.push_str(space);
                for (n, l) in lines.iter().enumerate() {
                    let line = para(l, Some("right"), false, None);
                    out.push_str(&if n + 1 < lines.len() {
                        keep_next(line)
                    } else {
                        line
                    });
                }
            }
        }
    }
}

fn document(doc: &Document) -> String {
    let mut body = String::new();
    body.push_str(&para(&doc.place_date, Some("right"), false, None));
    for (i, l) in doc.sender.iter().enumerate() {
        body.push_str(&para(l, None, i == 0, None));
    }
    body.push_str("<w:p/>");
    for (i, l) in doc.recipient.iter().enumerate() {
        body.push_str(&format!(
            "<w:p><w:pPr><w:ind w:left=\"4800\"/><w:spacing w:after=\"0\"/></w:pPr>{}</w:p>",
            run(l, i == 0)
        ));
    }
    body.push_str("<w:p/>");
    body.push_str(&para(&doc.title, Some("center"), true, Some(28)));
    blocks(&mut body, &doc.body);
    if !doc.annex.is_empty() {
        body.push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        blocks(&mut body, &doc.annex);
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}\
<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1418\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>\
</w:body></w:document>"
    )
}

const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:docDefaults><w:rPrDefault><w:rPr>\
<w:rFonts w:ascii=\"Liberation Sans\" w:hAnsi=\"Liberation Sans\" w:cs=\"Liberation Sans\" w:eastAsia=\"Liberation Sans\"/><w:sz w:val=\"21\"/><w:lang w:val=\"pl-PL\"/>\
</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>";

/// The name from when only letters were exported; a `&Letter` passes as its `&Document`.
pub use document_docx as letter_docx;

pub fn document_docx(doc: &Document) -> Vec<u8> {
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
</Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
</Relationships>";
    let doc_rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
</Relationships>";
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\
<dc:title>{}</dc:title><dc:creator>{}</dc:creator></cp:coreProperties>",
        esc(&doc.title),
        esc(&doc.author)
    );
    zip(&[
        ("[Content_Types].xml", content_types.as_bytes().to_vec()),
        ("_rels/.rels", rels.as_bytes().to_vec()),
        ("word/_rels/document.xml.rels", doc_rels.as_bytes().to_vec()),
        ("word/document.xml", document(doc).into_bytes()),
        ("word/styles.xml", STYLES.as_bytes().to_vec()),
        ("docProps/core.xml", core.into_bytes()),
    ])
}

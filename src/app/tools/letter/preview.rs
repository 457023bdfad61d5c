//! A document on screen and on paper: letters, the agreement and court documents.

use crate::engine::document::{Block, Document};
use leptos::prelude::*;

fn block(b: &Block) -> AnyView {
    match b {
        Block::Heading { text } => view! { <h3 class="doc-heading">{text.clone()}</h3> }.into_any(),
        Block::Para { text } => view! { <p class="doc-para">{text.clone()}</p> }.into_any(),
        Block::Note { text } => view! { <p class="doc-note">{text.clone()}</p> }.into_any(),
        Block::Table { header, rows, numeric } => {
            let num = |i: usize| numeric.get(i).copied().unwrap_or(false);
            view! {
                <table class="doc-table">
                    <thead><tr>{header.iter().enumerate().map(|(i, h)| view! { <th class:num=num(i)>{h.clone()}</th> }).collect_view()}</tr></thead>
                    <tbody>{rows.iter().map(|r| view! {
                        <tr>{r.iter().enumerate().map(|(i, c)| view! { <td class:num=num(i)>{c.clone()}</td> }).collect_view()}</tr>
                    }).collect_view()}</tbody>
                </table>
            }
            .into_any()
        }
        Block::Signature { lines } => view! {
            <div class="doc-signature">{lines.iter().map(|l| view! { <p>{l.clone()}</p> }).collect_view()}</div>
        }
        .into_any(),
    }
}

/// Shared by the letter, the instalment agreement and the court documents.
pub fn document(doc: &Document) -> impl IntoView {
    view! {
        <article class="letter-doc" data-testid="letter-doc" lang=doc.lang.code()>
            <p class="doc-place">{doc.place_date.clone()}</p>
            <div class="doc-parties">
                <div>{doc.sender.iter().map(|l| view! { <p>{l.clone()}</p> }).collect_view()}</div>
                <div class="doc-recipient">{doc.recipient.iter().map(|l| view! { <p>{l.clone()}</p> }).collect_view()}</div>
            </div>
            <h2 class="doc-title">{doc.title.clone()}</h2>
            {doc.body.iter().map(block).collect_view()}
            {(!doc.annex.is_empty()).then(|| view! {
                <div class="doc-annex">{doc.annex.iter().map(block).collect_view()}</div>
            })}
        </article>
    }
}

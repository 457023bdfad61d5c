//! A court document's content before it becomes the shared document model.

use crate::engine::letter::Block;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Draft {
    pub title: String,
    pub place_date: String,
    pub sender: Vec<String>,
    pub recipient: Vec<String>,
    pub body: Vec<Block>,
    pub annex: Vec<Block>,
    pub author: String,
}

//! Browser entry point: mounts the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    overdue::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Overdue runs in the browser: build it with `trunk build` (see README.md).");
}

//! The web app's entry point (built by Trunk for wasm32).

#[cfg(target_arch = "wasm32")]
fn main() {
    datelines::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the Datelines web app runs in a browser: see README.md (scripts/serve.sh)");
    std::process::exit(2);
}

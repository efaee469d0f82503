//! What the components ask of the browser beyond rendering: fetching a data
//! file, and the DOM calls Yew does not make (placement, scrolling, history).

pub mod dom;
pub mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod page_data;

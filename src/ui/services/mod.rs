//! What the components ask of the browser beyond rendering: fetching a data
//! file or opening one from disk, reading it in the importer's worker and the story it sends back in slices (`slices`), and the DOM calls Yew does not make (placement, scrolling, history).

pub mod dom;
pub mod fetch;
pub mod files;
pub mod importer;
#[cfg(target_arch = "wasm32")]
pub mod page_data;
pub mod slices;

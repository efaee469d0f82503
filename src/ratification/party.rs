//! Who a row of the tracker is about.

/// A state whose steps the text reports, named as the tracker shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Party(pub(crate) std::borrow::Cow<'static, str>);

impl Party {
    pub fn name(&self) -> &str {
        &self.0
    }
}

//! The whole reading of a text, in one call: parse the article (`corpus`),
//! tag and build its events (`extract`), and hand back a [`Story`]. The CLI,
//! the benchmarks and the web app all go through here.

use crate::corpus::parse::ParseError;
use crate::story::Story;
use jiff::civil::Date;

/// Reads `text` as an article and extracts its events. `published` overrides
/// the date the byline gives (or stands in for a missing one): relative dates
/// ("on Thursday", "last year") are resolved against it.
pub fn read_story(text: &str, published: Option<Date>) -> Result<Story, ParseError> {
    let mut article = crate::corpus::parse_article(text)?;
    if published.is_some() {
        article.published = published;
    }
    let events = crate::extract::extract_events(&article);
    Ok(Story { title: article.title.clone(), article: Some(article), events, eras: Vec::new(), title_slide: None, cosmological: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_publication_date_anchors_relative_dates() {
        let text = "A small vote\n\nThe council voted on Thursday to close the bridge.\n";
        let early = read_story(text, Some(jiff::civil::date(2024, 3, 8))).unwrap();
        let late = read_story(text, Some(jiff::civil::date(2024, 5, 10))).unwrap();
        let start = |s: &Story| s.events.first().map(|e| e.start.value());
        assert_eq!(start(&early).as_deref(), Some("2024-03-07"));
        assert_eq!(start(&late).as_deref(), Some("2024-05-09"));
        assert_eq!(early.title, "A small vote");
    }

    #[test]
    fn an_empty_text_is_an_error_not_an_empty_story() {
        assert!(read_story("  \n\n ", None).is_err());
    }
}

//! The build-time pages (`ui::prerender`), read without a browser: the page a
//! visitor gets before, or without, the WebAssembly.
#![cfg(not(target_arch = "wasm32"))]

use datelines::corpus::embedded;
use datelines::interop::story_data;
use datelines::load::PAGE_DATA_ID;
use datelines::ui::prerender::render_page;

const TEMPLATE: &str = "<!doctype html><html lang=\"en\"><head><title>Datelines</title></head><body><div id=\"app\"></div></body></html>";

fn seed_page() -> String {
    let names: Vec<&str> = embedded().iter().map(|t| t.name).collect();
    render_page(TEMPLATE, names[0], &names).expect("the seed article renders")
}

fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

#[test]
fn the_page_holds_the_title_the_article_and_the_events() {
    let page = seed_page();
    let story = datelines::pipeline::read_story(embedded()[0].text, None).unwrap();
    assert!(page.contains(&format!("<title>{} · Datelines</title>", story.title)), "the document title names the story");
    assert!(page.contains("<h1"), "a heading");
    let article = story.article.as_ref().unwrap();
    for s in article.sentences.iter().take(5) {
        let text = article.slice(s.span);
        let first_words: String = text.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
        assert!(page.contains(&first_words), "the sentence {text:?} is in the page");
    }
    let markers = count(&page, "role=\"tab\"");
    assert!(markers >= 7, "{markers} event markers");
    assert!(count(&page, "data-event-id=") >= 7);
}

#[test]
fn every_event_link_lands_on_its_sentence() {
    let page = seed_page();
    let mut links = 0;
    for part in page.split("href=\"#sentence-").skip(1) {
        let n: String = part.chars().take_while(char::is_ascii_digit).collect();
        assert!(page.contains(&format!("id=\"sentence-{n}\"")), "no sentence {n} for its link");
        links += 1;
    }
    assert!(links >= 7, "{links} links");
}

#[test]
fn the_page_is_safe_under_the_strict_policy() {
    let page = seed_page();
    assert!(!page.contains(" style="), "no style attribute (the CSP blocks them)");
    assert_eq!(count(&page, "<script"), 1, "only the data block");
    assert!(page.contains(&format!("<script type=\"application/json\" id=\"{PAGE_DATA_ID}\"")));
}

#[test]
fn the_data_block_is_the_story() {
    let page = seed_page();
    let start = page.find(&format!("id=\"{PAGE_DATA_ID}\"")).unwrap();
    let body = &page[start..];
    let body = &body[body.find('>').unwrap() + 1..body.find("</script>").unwrap()];
    let decoded = story_data::decode(body).expect("the block decodes");
    let story = datelines::pipeline::read_story(embedded()[0].text, None).unwrap();
    assert_eq!(decoded, story);
}

#[test]
fn a_template_without_a_mount_point_is_an_error() {
    let names: Vec<&str> = embedded().iter().map(|t| t.name).collect();
    let err = render_page("<html><body></body></html>", names[0], &names).unwrap_err();
    assert!(err.contains("id=\"app\""), "{err}");
    assert!(render_page(TEMPLATE, "no-such-article", &names).is_err());
}

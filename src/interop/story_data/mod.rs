//! A story as data: what the release build writes into each prerendered page
//! (`<script type="application/json">`), so that the web app decodes the
//! story instead of running the tagger. Everything is kept, the article
//! included: [`decode`]`(&`[`encode`]`(&story)) == Ok(story)`.
//!
//! # The layout (version 4)
//!
//! Compact JSON with short keys; a member equal to its default (an absent
//! option, an empty list or text, `false`, status `happened`, kind `other`)
//! is left out, and so is an event's text when it is its first source's
//! sentence (as the tagger makes it). Spans are `[start, end]` byte offsets into the article text,
//! dates TIMEX3 values (`"2024-06-19"`, `"2024-06"`, `"2024"`, `"2024-06-19T14:30"`;
//! a year beyond ±9999 signed, `"-13800000000"`).
//! Version 2 added times of day, colours and the title slide; version 3 deep
//! years, the cosmological flag and media thumbnails; version 4 leaves out an
//! event's text when it is its rich text made plain (`story::rich::plain`).
//!
//! ```text
//! story      {"v": 4, "t": title, "a": article, "n": number of events, "e": [event], "r": [era], "ts": title slide,
//!             "cs": true on a year-only (cosmological) axis}
//!            (in this order: the events are read as they arrive, and need what comes before them)
//! article    {"x": text, "t": title, "by": author, "p": published day, "sf": paragraph,
//!             "s": [section], "ss": [sentence span], "q": [pull quote], "n": author note, "rl": [related]}
//! section    {"h": heading, "p": [paragraph]}
//! paragraph  [span, [first sentence, end sentence]]
//! pull quote [span, section, paragraph it stands before]
//! event      {"id", "s": start, "e": end, "t": title, "x": text, "st": status, "bg": true,
//!             "k": kind, "ac": [actor], "src": [source], "g": group, "d": display date,
//!             "r": [node], "m": media, "c": background colour}
//! title slide {"r": [node], "m": media, "c": background colour}
//! source     [sentence, sentence span, expression span, TIMEX3 value]
//! node       "text" | [tag, {"h": href}, node…]   (the object only on a link)
//! media      {"u": url, "i": true if an image, "al": alt, "c": caption, "cr": credit, "l": link, "p": provider,
//!             "th": thumbnail}
//! era        [start, end, label]
//! ```
//!
//! `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026`, so the text
//! never closes its script element. [`decode`] checks what a page's data
//! could get wrong or be made to say: spans, indices, dates, kinds, the order
//! and uniqueness of events, and links (only what the sanitiser lets through).

mod decode;
mod encode;

pub use decode::{decode, Decoder, Progress, StoryDataError};
pub use encode::{encode, VERSION};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::Story;

    fn seed() -> Story {
        crate::pipeline::read_story(crate::corpus::embedded()[0].text, None).unwrap()
    }

    fn imported() -> Story {
        let json = r##"{"title":{"text":{"headline":"Lanes","text":"<p>The <b>opening</b> card</p>"},"media":{"url":"https://x.org/cover.png","alt":"Cover"},"background":{"color":"#102030"}},"eras":[{"start_date":{"year":-44},"end_date":{"year":14},"text":{"headline":"Augustan <i>age</i>"}}],
          "events":[{"start_date":{"year":-44,"month":3,"day":15,"hour":9,"minute":30},"background":{"color":"teal"},"text":{"headline":"Ides","text":"<p>A <b>bold</b> <a href='https://x.org/?a=1&amp;b=2'>link</a><br>and <ul><li>one</li></ul></p>"},
              "group":"Rome","display_date":"the Ides","media":{"url":"https://x.org/c.jpg","alt":"Coin","caption":"A denarius","credit":"Museum","link":"https://x.org","thumbnail":"https://x.org/c-small.jpg"}},
            {"start_date":{"year":2024,"month":6},"end_date":{"year":2025},"text":{"headline":"</script><script>alert(1)</script>"},"group":"Now",
              "datelines":{"kind":"entry into force","status":"expected","background":true,"actors":["A & B","C"]},"media":{"url":"mailto:x@y.org"}}]}"##;
        crate::interop::timelinejs::import(json).unwrap().story
    }

    #[test]
    fn the_seed_article_round_trips_whole() {
        let story = seed();
        assert!(story.article.as_ref().is_some_and(|a| !a.sentences.is_empty() && a.published.is_some()));
        assert!(story.events.iter().any(|e| !e.sources.is_empty() && !e.actors.is_empty()));
        let text = encode(&story);
        assert!(text.starts_with("{\"v\":4,"));
        assert!(!text.contains("\"x\":\"On October 14, 2024"), "an event's sentence is not written twice");
        assert_eq!(decode(&text), Ok(story.clone()));
        // Texts that are not the first source's sentence are written as they are.
        let mut edited = story;
        edited.events[0].text = String::new();
        edited.events[1].text = "Another text".into();
        assert_eq!(decode(&encode(&edited)), Ok(edited));
    }

    #[test]
    fn an_imported_story_round_trips_with_rich_text_media_groups_and_eras() {
        let story = imported();
        assert!(story.events.iter().all(|e| !e.rich.is_empty() || e.media.is_some()) && !story.eras.is_empty());
        assert!(story.title_slide.is_some() && story.events[0].start.time.is_some() && story.events[0].color.is_some());
        assert!(story.events[0].media.as_ref().is_some_and(|m| m.thumbnail.is_some()));
        let text = encode(&story);
        assert!(!text.contains(['<', '>', '&']), "{text}");
        assert_eq!(decode(&text), Ok(story));
        let empty = Story::of_events("", Vec::new());
        assert_eq!(decode(&encode(&empty)), Ok(empty));
    }

    #[test]
    fn an_event_text_that_is_its_rich_text_made_plain_is_written_once() {
        let story = imported();
        let ides = &story.events[0];
        assert_eq!(ides.text, crate::story::plain(&ides.rich));
        let text = encode(&story);
        assert!(!text.contains(&format!("\"x\":{:?}", ides.text)), "{text}");
        // A text that is not its rich text made plain is kept as it is.
        let mut edited = story.clone();
        edited.events[0].text = "A reworded summary of the card".into();
        let text = encode(&edited);
        assert!(text.contains("\"x\":\"A reworded summary of the card\""), "{text}");
        assert_eq!(decode(&text), Ok(edited.clone()));
        edited.events[0].text.clear();
        assert_eq!(decode(&encode(&edited)), Ok(edited), "an empty text beside a rich one");
    }

    /// Every event of `text`, read `step` events at a time, with the progress after each step.
    fn in_steps(text: &str, step: usize) -> (Result<Story, StoryDataError>, Vec<Progress>) {
        let mut decoder = Decoder::new(text);
        let mut seen = Vec::new();
        loop {
            match decoder.step(step) {
                Ok(None) => seen.push(decoder.progress()),
                Ok(Some(story)) => return (Ok(story), seen),
                Err(e) => return (Err(e), seen),
            }
        }
    }

    #[test]
    fn a_story_read_in_steps_is_the_story_read_at_once() {
        let mut many = imported();
        let template = many.events[1].clone();
        many.events.extend((0..25).map(|i| crate::story::Event { id: format!("later-{i}"), ..template.clone() }));
        for story in [seed(), imported(), many] {
            let text = encode(&story);
            let n = story.events.len();
            for step in [1, 2, 3, 7, n.max(1), n + 1] {
                let (read, seen) = in_steps(&text, step);
                assert_eq!(read.as_ref(), Ok(&story), "step {step}");
                // Each pause has read one more step's events, of the count announced, and more of the text.
                assert_eq!(seen.len(), n / step, "step {step}");
                for (k, p) in seen.iter().enumerate() {
                    assert_eq!((p.events, p.announced), ((k + 1) * step, Some(n)));
                    assert!(p.bytes.0 < p.bytes.1 && p.bytes.1 == text.len());
                }
                assert!(seen.windows(2).all(|w| w[0].bytes.0 < w[1].bytes.0));
            }
        }
        // A broken event is the same error at any step size, and nothing is read after it.
        let text = encode(&imported()).replacen("\"s\":\"2024-06\"", "\"s\":\"2024-13\"", 1);
        let once = decode(&text).unwrap_err();
        assert_eq!(once.to_string(), "the story data is wrong at e[1].s: \"2024-13\" is not a TIMEX3 date");
        for step in [1, 2, 5] {
            assert_eq!(in_steps(&text, step).0, Err(once.clone()));
        }
        let mut decoder = Decoder::new(&text);
        assert!(decoder.step(5).is_err() && decoder.step(5).is_err(), "an error is not followed by a story");
    }

    fn error(text: &str) -> String {
        decode(text).unwrap_err().to_string()
    }

    #[test]
    fn broken_data_is_refused_with_its_place() {
        let good = encode(&seed());
        assert!(error(&good[..good.len() / 2]).starts_with("the story data is not valid JSON (unexpected end of the text at line 1 column"));
        assert_eq!(error(&good.replacen("{\"v\":4,", "{\"v\":3,", 1)), "the story data has version 3; this app reads version 4");
        assert_eq!(error("{\"t\":\"x\"}"), "the story data has version none; this app reads version 4");
        assert_eq!(error("[1]"), "the story data is wrong at the top level: not an object");
        let ev = |e: &str| format!("{{\"v\":4,\"t\":\"T\",\"e\":[{e}]}}");
        let with_article = |e: &str| format!("{{\"v\":4,\"t\":\"T\",\"a\":{{\"x\":\"Né en 2024.\",\"t\":\"T\",\"ss\":[[0,12]]}},\"e\":[{e}]}}");
        let cases = [
            (ev("{\"id\":\"a\",\"t\":\"A\"}"), "e[0].s: missing"),
            (ev("{\"id\":\"a\",\"s\":\"2024-02-30\",\"t\":\"A\"}"), "e[0].s: \"2024-02-30\" is not a TIMEX3 date"),
            (ev("{\"id\":\"a\",\"s\":\"2024\",\"e\":\"2023\",\"t\":\"A\"}"), "e[0].e: before the start"),
            (ev("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"k\":\"party\"}"), "e[0].k: \"party\" is no kind"),
            (ev("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\"},{\"id\":\"a\",\"s\":\"2025\",\"t\":\"B\"}"), "e[1].id: \"a\" is used twice"),
            (ev("{\"id\":\"a\",\"s\":\"2025\",\"t\":\"A\"},{\"id\":\"b\",\"s\":\"2024\",\"t\":\"B\"}"), "e[1].s: the events are not in time order"),
            (ev("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"src\":[[0,[0,1],[0,1],\"2024\"]]}"), "e[0].src[0]: a source, but no article to point into"),
            (ev("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"m\":{\"u\":\"javascript:alert(1)\"}}"), "e[0].m.u: \"javascript:alert(1)\" is not a safe link"),
            (ev("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"r\":[[\"script\",\"x\"]]}"), "e[0].r[0]: not an allowed element"),
            (ev("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"c\":\"red;x:y\"}"), "e[0].c: \"red;x:y\" is not a colour"),
            (ev("{\"id\":\"a\",\"s\":\"2024T10:00\",\"t\":\"A\"}"), "e[0].s: \"2024T10:00\" is not a TIMEX3 date"),
            (ev("{\"id\":\"a\",\"s\":\"+9999\",\"t\":\"A\"}"), "e[0].s: \"+9999\" is not a TIMEX3 date"),
            (ev("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"m\":{\"u\":\"https://x.org\",\"th\":\"http://x.org/t.png\"}}"), "e[0].m.th: \"http://x.org/t.png\" is not an https address"),
            (ev("{\"id\":\"a\",\"s\":\"+20000\",\"t\":\"A\"},{\"id\":\"b\",\"s\":\"9999-12-31\",\"t\":\"B\"}"), "e[1].s: the events are not in time order"),
            (ev("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\"}],\"cs\":1,\"x\":[0"), "cs: 1 is not true or false"),
            (ev("{\"id\":\"a\",\"s\":\"2024-01-01T10:00\",\"t\":\"A\"},{\"id\":\"b\",\"s\":\"2024-01-01T09:00\",\"t\":\"B\"}"), "e[1].s: the events are not in time order"),
            (ev("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"r\":[[\"p\",[\"a\",{\"h\":\"data:x\"},\"l\"]]]}"), "e[0].r[0][1][1].h: \"data:x\" is not a safe link"),
            (with_article("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"src\":[[1,[0,12],[8,12],\"2024\"]]}"), "e[0].src[0][0]: there is no sentence 1"),
            (with_article("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"src\":[[0,[0,13],[8,12],\"2024\"]]}"), "e[0].src[0][1]: 0..13 is not within 0..12"),
            (with_article("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"src\":[[0,[0,12],[9,8],\"2024\"]]}"), "e[0].src[0][2]: 9..8 is not within 0..12"),
            (with_article("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"src\":[[0,[0,2],[8,12],\"2024\"]]}"), "e[0].src[0][1]: 0..2 cuts a character in two"),
            (with_article("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"src\":[[0,[0,-1],[8,12],\"2024\"]]}"), "e[0].src[0][1][1]: -1 is not an index"),
            (with_article("{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"src\":[[0,[0,1e400],[8,12],\"2024\"]]}"), "e[0].src[0][1][1]: null is not an index"),
        ];
        // The events are read as they arrive: what they need comes first.
        let article_after = "{\"v\":4,\"t\":\"T\",\"e\":[{\"id\":\"a\",\"s\":\"2024\",\"t\":\"A\",\"src\":[[0,[0,12],[8,12],\"2024\"]]}],\"a\":{\"x\":\"Né en 2024.\",\"t\":\"T\",\"ss\":[[0,12]]}}";
        let cases = cases.into_iter().chain([
            (article_after.to_string(), "e[0].src[0]: a source, but no article to point into"),
            ("{\"v\":4,\"t\":\"T\",\"e\":{\"id\":\"a\"}}".to_string(), "e: {\"id\":\"a\"} is not a list"),
        ]);
        for (text, why) in cases {
            assert_eq!(error(&text), format!("the story data is wrong at {why}"), "{text}");
        }
        assert_eq!(error("{\"v\":5,\"e\":[{\"id\":\"a\"}]}"), "the story data has version 5; this app reads version 4", "the version before any event");
        let article = |a: &str| format!("{{\"v\":4,\"t\":\"T\",\"a\":{{\"x\":\"One. Two.\",\"t\":\"T\",{a}}},\"e\":[]}}");
        let cases = [
            (article("\"ss\":[[0,4],[5,9]],\"s\":[{\"p\":[[[0,9],[0,3]]]}]"), "a.s[0].p[0][1]: 0..3 is not within 0..2"),
            (article("\"ss\":[[0,4]],\"s\":[{\"p\":[[[0,4],[0,1]]]}],\"q\":[[[0,4],1,0]]"), "a.q[0]: there is no section 1"),
            (article("\"ss\":[[0,4]],\"s\":[{\"p\":[[[0,4],[0,1]]]}],\"q\":[[[0,4],0,2]]"), "a.q[0]: section 0 has no paragraph 2"),
            (article("\"p\":\"2024-06\""), "a.p: not a day"),
            (article("\"rl\":[\"ok\",7]"), "a.rl[1]: not a string"),
        ];
        for (text, why) in cases {
            assert_eq!(error(&text), format!("the story data is wrong at {why}"), "{text}");
        }
    }

    #[test]
    fn no_input_makes_it_panic() {
        let good = encode(&imported());
        // Every prefix, and every single byte replaced by characters that matter to the format.
        for end in (0..good.len()).filter(|i| good.is_char_boundary(*i)) {
            let _ = decode(&good[..end]);
        }
        for (i, _) in good.char_indices() {
            for c in ["0", "9", "-", "[", "]", "{", "}", "\"", ",", "é"] {
                let mut broken = good.clone();
                let end = i + broken[i..].chars().next().map_or(0, char::len_utf8);
                broken.replace_range(i..end, c);
                let _ = decode(&broken);
            }
        }
    }
}

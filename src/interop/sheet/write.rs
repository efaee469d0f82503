//! The story as the template's CSV (see the module's documentation).

use super::cells::{formula_like, ACTOR_SEPARATOR, COLUMNS};
use crate::interop::sanitize::{encode_plain, to_html, Node};
use crate::story::{EventDate, Granularity, Media, Status, Story};

/// A cell as a spreadsheet must not run it: a formula-looking text gets an
/// apostrophe in front, which the reader takes off again. Numbers, negative
/// years among them, stay numbers.
fn cell(s: String) -> String {
    if formula_like(&s) { format!("'{s}") } else { s }
}

/// Year, month, day and time cells of `d` (four blanks for none).
fn date_cells(d: Option<&EventDate>) -> [String; 4] {
    let Some(d) = d else { return Default::default() };
    let part = |keep: bool, n: i8| if keep { n.to_string() } else { String::new() };
    let time = d.time.map(|t| t.value()[1..].to_string()).unwrap_or_default();
    [
        d.year_number().to_string(),
        part(d.granularity >= Granularity::Month, d.date.month()),
        part(d.granularity == Granularity::Day, d.date.day()),
        time,
    ]
}

fn media_cells(m: Option<&Media>) -> [String; 3] {
    m.map_or_else(Default::default, |m| [encode_plain(&m.url), encode_plain(&m.credit), encode_plain(&m.caption)])
}

fn thumbnail_cell(m: Option<&Media>) -> String {
    m.and_then(|m| m.thumbnail.as_deref()).map(encode_plain).unwrap_or_default()
}

fn row(out: &mut csv::Writer<Vec<u8>>, cells: Vec<String>) {
    debug_assert_eq!(cells.len(), COLUMNS.len());
    // Writing into memory fails only when memory does.
    let _ = out.write_record(cells.into_iter().map(cell));
}

/// The story in the template's columns: the title row, the eras, the events.
pub fn write_csv(story: &Story) -> String {
    let mut out = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let _ = out.write_record(COLUMNS);
    let blank = || String::new();
    let slide = story.title_slide.as_ref();
    let [media, credit, caption] = media_cells(slide.and_then(|s| s.media.as_ref()));
    let mut title = vec![blank(); COLUMNS.len()];
    title[9] = encode_plain(&story.title);
    title[10] = slide.map(|s| to_html(&s.rich)).unwrap_or_default();
    (title[11], title[12], title[13]) = (media, credit, caption);
    title[14] = thumbnail_cell(slide.and_then(|s| s.media.as_ref()));
    title[15] = "title".into();
    title[17] = slide.and_then(|s| s.color.clone()).unwrap_or_default();
    title[19] = slide.and_then(|s| s.media.as_ref()).map(|m| encode_plain(&m.alt)).unwrap_or_default();
    title[20] = slide.and_then(|s| s.media.as_ref()).and_then(|m| m.link.as_deref()).map(encode_plain).unwrap_or_default();
    row(&mut out, title);
    for era in &story.eras {
        let mut cells: Vec<String> = date_cells(Some(&era.start)).into_iter().chain(date_cells(Some(&era.end))).collect();
        cells.extend([blank(), encode_plain(&era.label)]);
        cells.resize(COLUMNS.len(), blank());
        cells[15] = "era".into();
        row(&mut out, cells);
    }
    for e in &story.events {
        let mut cells: Vec<String> = date_cells(Some(&e.start)).into_iter().chain(date_cells(e.end.as_ref())).collect();
        let text = if e.rich.is_empty() { to_html(&[Node::Text(e.text.clone())]) } else { to_html(&e.rich) };
        cells.extend([e.display.as_deref().map(encode_plain).unwrap_or_default(), to_html(&[Node::Text(e.title.clone())]), text]);
        cells.extend(media_cells(e.media.as_deref()));
        cells.extend([
            thumbnail_cell(e.media.as_deref()),
            blank(),
            e.group.as_deref().map(encode_plain).unwrap_or_default(),
            e.color.clone().unwrap_or_default(),
            e.id.clone(),
            e.media.as_ref().map(|m| encode_plain(&m.alt)).unwrap_or_default(),
            e.media.as_ref().and_then(|m| m.link.as_deref()).map(encode_plain).unwrap_or_default(),
            if e.kind == crate::story::EventKind::Other { blank() } else { e.kind.name().into() },
            if e.status == Status::Happened { blank() } else { e.status.name().into() },
            if e.background { "true".into() } else { blank() },
            e.actors.iter().map(|a| encode_plain(a)).collect::<Vec<_>>().join(ACTOR_SEPARATOR),
        ]);
        row(&mut out, cells);
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

//! The template's CSV read into a TimelineJS3 document, then read by the
//! JSON importer's own rules. Notices name the sheet's row and column
//! ("row 7, End Year: …") instead of a JSON path.

use super::cells::{formula_like, ACTOR_SEPARATOR};
use crate::interop::json::{obj, Value};
use crate::interop::sanitize::safe_color;
use crate::interop::timelinejs::{read_document, ImportError, Imported};

/// The text of a cell with the apostrophe the writer put before a formula-looking text taken off.
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest,
        _ => cell,
    }
}

/// `"14:30"`, `"14:30:05"`, `"2:30 PM"`: hour, minute and second; `Err` for anything else.
fn time(cell: &str) -> Result<Option<[i64; 3]>, ()> {
    let t = cell.trim().to_ascii_lowercase();
    if t.is_empty() {
        return Ok(None);
    }
    let (clock, half) = match t.strip_suffix("pm").or_else(|| t.strip_suffix("p.m.")) {
        Some(c) => (c.trim(), Some(12)),
        None => match t.strip_suffix("am").or_else(|| t.strip_suffix("a.m.")) {
            Some(c) => (c.trim(), Some(0)),
            None => (t.as_str(), None),
        },
    };
    let parts: Vec<i64> = clock.split(':').map(|p| p.trim().parse().map_err(|_| ())).collect::<Result<_, _>>()?;
    let (h, m, s) = match parts[..] {
        [h] if half.is_some() => (h, 0, 0),
        [h, m] => (h, m, 0),
        [h, m, s] => (h, m, s),
        _ => return Err(()),
    };
    let h = match half {
        Some(offset) if (1..=12).contains(&h) => h % 12 + offset,
        Some(_) => return Err(()),
        None => h,
    };
    if !(0..24).contains(&h) || !(0..60).contains(&m) || !(0..60).contains(&s) {
        return Err(());
    }
    Ok(Some([h, m, s]))
}

/// Where each column is, by its header (trimmed, any case).
struct Header(Vec<String>);

impl Header {
    fn get<'r>(&self, record: &'r csv::StringRecord, name: &str) -> &'r str {
        self.0.iter().position(|h| h == &name.to_ascii_lowercase()).and_then(|i| record.get(i)).map(unguard).unwrap_or("")
    }
}

/// A date object from four cells; `prefix` is "" or "End ".
fn date(h: &Header, r: &csv::StringRecord, prefix: &str, row: &str, skipped: &mut Vec<String>) -> Value {
    let part = |name: &str| Value::from(h.get(r, &format!("{prefix}{name}")).trim());
    let mut fields = vec![("year", part("Year")), ("month", part("Month")), ("day", part("Day"))];
    let cell = h.get(r, &format!("{prefix}Time"));
    match time(cell) {
        Ok(Some([hour, minute, second])) => fields.extend([("hour", hour.into()), ("minute", minute.into()), ("second", second.into())]),
        Ok(None) => {}
        Err(()) => skipped.push(format!("{row}, {prefix}Time: {:?} is not a time of day (14:30, 2:30 PM); the date is kept without it", cell.trim())),
    }
    obj(fields.into_iter().map(|(k, v): (&str, Value)| (k, v)))
}

fn text_object(h: &Header, r: &csv::StringRecord) -> Value {
    obj([("headline", h.get(r, "Headline").into()), ("text", h.get(r, "Text").into())])
}

fn media(h: &Header, r: &csv::StringRecord) -> Option<Value> {
    let url = h.get(r, "Media");
    (!url.trim().is_empty()).then(|| {
        let mut f = vec![("url", url.into()), ("credit", h.get(r, "Media Credit").into()), ("caption", h.get(r, "Media Caption").into())];
        f.push(("alt", h.get(r, "Media Alt").into()));
        let link = h.get(r, "Media Link");
        if !link.trim().is_empty() {
            f.push(("link", link.into()));
        }
        let thumbnail = h.get(r, "Media Thumbnail");
        if !thumbnail.trim().is_empty() {
            f.push(("thumbnail", thumbnail.into()));
        }
        obj(f)
    })
}

/// The Background cell: a colour, or else the address of a background image.
fn background(h: &Header, r: &csv::StringRecord) -> Option<Value> {
    let cell = h.get(r, "Background").trim();
    if cell.is_empty() {
        return None;
    }
    let looks_like_address = cell.contains(['/', '.']);
    let key = if cell.starts_with('#') || safe_color(cell).is_some() || !looks_like_address { "color" } else { "url" };
    Some(obj([(key, cell.into())]))
}

/// A JSON path of the built document as the sheet's row and column.
fn sheet_path(line: &str, rows: &[String], eras: &[String], title: Option<&String>) -> String {
    let Some((path, why)) = line.split_once(": ") else { return line.to_string() };
    let index = |p: &str, key: &str| p.strip_prefix(key).and_then(|r| r.split_once(']')).and_then(|(i, rest)| Some((i.parse::<usize>().ok()?, rest.to_string())));
    let (row, rest) = if let Some((i, rest)) = index(path, "events[") {
        (rows.get(i).cloned(), rest)
    } else if let Some((i, rest)) = index(path, "eras[") {
        (eras.get(i).cloned(), rest)
    } else if let Some(rest) = path.strip_prefix("title") {
        (title.cloned(), rest.to_string())
    } else {
        (None, String::new())
    };
    let Some(row) = row else { return line.to_string() };
    let column = match rest.as_str() {
        "" => String::new(),
        r => {
            let (prefix, part) = match r.strip_prefix(".end_date") {
                Some(p) => ("End ", p),
                None => ("", r.strip_prefix(".start_date").unwrap_or(r)),
            };
            let name = match part {
                "" => "date",
                ".year" => "Year",
                ".month" => "Month",
                ".day" => "Day",
                ".hour" | ".minute" | ".second" => "Time",
                ".media.url" => "Media",
                ".unique_id" => "Unique ID",
                ".media.thumbnail" => "Media Thumbnail",
                ".background.color" | ".background.url" => "Background",
                other => other.trim_start_matches('.'),
            };
            format!(", {prefix}{name}")
        }
    };
    format!("{row}{column}: {why}")
}

/// Reads the template's CSV (fetched from `base`, when known).
pub fn import_csv(text: &str, base: Option<&str>) -> Result<Imported, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header = Header(reader.headers().map_err(|e| ImportError::Csv(e.to_string()))?.iter().map(|h| h.trim().to_ascii_lowercase()).collect());
    if !header.0.iter().any(|h| h == "year") || !header.0.iter().any(|h| h == "headline") {
        return Err(ImportError::Shape("its first row does not name the template's Year and Headline columns".into()));
    }
    let (mut events, mut eras, mut rows, mut era_rows, mut title, mut title_row) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), None, None);
    let mut skipped = Vec::new();
    for (i, record) in reader.records().enumerate() {
        // The header is row 1 (the reader counts the lines before a record).
        let row = format!("row {}", record.as_ref().ok().and_then(|r| r.position()).map_or(i as u64 + 2, |p| p.line() + 1));
        let r = match record {
            Ok(r) => r,
            Err(e) => {
                skipped.push(format!("{row}: not readable as CSV ({e})"));
                continue;
            }
        };
        if r.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let kind = header.get(&r, "Type").trim().to_ascii_lowercase();
        let mut item = vec![("text", text_object(&header, &r))];
        item.extend(media(&header, &r).map(|m| ("media", m)));
        item.extend(background(&header, &r).map(|b| ("background", b)));
        match kind.as_str() {
            "title" if title.is_none() => {
                title = Some(obj(item));
                title_row = Some(row);
                continue;
            }
            "title" => skipped.push(format!("{row}: a second title row, read as an event")),
            "era" => {
                item.push(("start_date", date(&header, &r, "", &row, &mut skipped)));
                item.push(("end_date", date(&header, &r, "End ", &row, &mut skipped)));
                eras.push(obj(item));
                era_rows.push(row);
                continue;
            }
            _ => {}
        }
        item.push(("start_date", date(&header, &r, "", &row, &mut skipped)));
        item.push(("end_date", date(&header, &r, "End ", &row, &mut skipped)));
        let cell = |name: &str, key: &'static str, item: &mut Vec<(&'static str, Value)>| {
            let v = header.get(&r, name).trim();
            if !v.is_empty() {
                item.push((key, v.into()));
            }
        };
        cell("Display Date", "display_date", &mut item);
        cell("Group", "group", &mut item);
        cell("Unique ID", "unique_id", &mut item);
        let actors: Vec<Value> = header.get(&r, "Actors").split(ACTOR_SEPARATOR).map(str::trim).filter(|a| !a.is_empty()).map(Value::from).collect();
        let context = header.get(&r, "Context").trim().eq_ignore_ascii_case("true");
        let ext = [("kind", header.get(&r, "Kind").trim().into()), ("status", header.get(&r, "Status").trim().into()), ("background", context.into()), ("actors", Value::Array(actors))];
        item.push(("datelines", obj(ext)));
        events.push(obj(item));
        rows.push(row);
    }
    let mut doc = vec![("events", Value::Array(events))];
    doc.extend(title.map(|t| ("title", t)));
    if !eras.is_empty() {
        doc.push(("eras", Value::Array(eras)));
    }
    let mut imported = read_document(&obj(doc), base).map_err(|e| match e {
        ImportError::Shape(why) => ImportError::Shape(why.replace("\"events\" list", "event rows")),
        other => other,
    })?;
    let notes = std::mem::take(&mut imported.skipped);
    skipped.extend(notes.iter().map(|n| sheet_path(n, &rows, &era_rows, title_row.as_ref())));
    imported.skipped = skipped;
    Ok(imported)
}

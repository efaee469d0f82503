//! Where the story comes from: an embedded article, or a TimelineJS3 file
//! named by `?data=URL`. Every failure becomes a sentence a reader can act on,
//! in the reader's language (the technical detail after it stays as it came).

use crate::corpus::embedded;
use crate::i18n::Lang;
use crate::interop::timelinejs;
use crate::story::Story;
use gloo::net::http::Request;

/// A story ready to show, with the parts of its file that could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// Shared, never copied: a file can hold thousands of events.
    pub story: std::rc::Rc<Story>,
    pub skipped: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    NoSuchArticle { name: String, available: Vec<String> },
    BadArticle { name: String, why: String },
    Request { url: String, why: String },
    Status { url: String, status: u16, text: String },
    Unreadable { url: String, why: String },
    TooLarge { url: String, bytes: usize },
    TimedOut { url: String },
}

/// The largest data file the page reads.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// How long the page waits for it.
pub const TIMEOUT_MS: u32 = 20_000;

impl LoadError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (LoadError::NoSuchArticle { name, available }, Lang::En) => format!("There is no article named “{name}”. Available: {}.", available.join(", ")),
            (LoadError::NoSuchArticle { name, available }, Lang::Fr) => format!("Aucun article ne s’appelle « {name} ». Disponibles : {}.", available.join(", ")),
            (LoadError::NoSuchArticle { name, available }, Lang::Ru) => format!("Статьи «{name}» нет. Доступны: {}.", available.join(", ")),
            (LoadError::BadArticle { name, why }, Lang::En) => format!("The article “{name}” could not be read: {why}."),
            (LoadError::BadArticle { name, why }, Lang::Fr) => format!("L’article « {name} » n’a pas pu être lu : {why}."),
            (LoadError::BadArticle { name, why }, Lang::Ru) => format!("Не удалось прочитать статью «{name}»: {why}."),
            (LoadError::Request { url, why }, Lang::En) => format!("Could not load the timeline data from {url}: the request failed ({why})."),
            (LoadError::Request { url, why }, Lang::Fr) => format!("Impossible de charger les données depuis {url} : la requête a échoué ({why})."),
            (LoadError::Request { url, why }, Lang::Ru) => format!("Не удалось загрузить данные с {url}: запрос не выполнен ({why})."),
            (LoadError::Status { url, status, text }, Lang::En) => format!("Could not load the timeline data from {url}: the server answered {status} {text}."),
            (LoadError::Status { url, status, text }, Lang::Fr) => format!("Impossible de charger les données depuis {url} : le serveur a répondu {status} {text}."),
            (LoadError::Status { url, status, text }, Lang::Ru) => format!("Не удалось загрузить данные с {url}: сервер ответил {status} {text}."),
            (LoadError::Unreadable { url, why }, Lang::En) => format!("Could not read the timeline data from {url}: {why}."),
            (LoadError::Unreadable { url, why }, Lang::Fr) => format!("Impossible de lire les données de {url} : {why}."),
            (LoadError::Unreadable { url, why }, Lang::Ru) => format!("Не удалось прочитать данные с {url}: {why}."),
            (LoadError::TooLarge { url, bytes }, Lang::En) => format!("The timeline data at {url} is too large ({bytes} bytes; the limit is {MAX_BYTES})."),
            (LoadError::TooLarge { url, bytes }, Lang::Fr) => format!("Les données de {url} sont trop volumineuses ({bytes} octets ; la limite est {MAX_BYTES})."),
            (LoadError::TooLarge { url, bytes }, Lang::Ru) => format!("Данные по адресу {url} слишком велики ({bytes} байт; предел {MAX_BYTES})."),
            (LoadError::TimedOut { url }, Lang::En) => format!("The timeline data at {url} did not arrive within {} seconds.", TIMEOUT_MS / 1000),
            (LoadError::TimedOut { url }, Lang::Fr) => format!("Les données de {url} ne sont pas arrivées en {} secondes.", TIMEOUT_MS / 1000),
            (LoadError::TimedOut { url }, Lang::Ru) => format!("Данные по адресу {url} не пришли за {} секунд.", TIMEOUT_MS / 1000),
        }
    }
}

/// The notice listing the events a file had that could not be shown.
pub fn skipped_notice(lang: Lang, skipped: &[String]) -> String {
    let n = skipped.len();
    let list = skipped.join("; ");
    match lang {
        Lang::En => format!("{n} item(s) in the file could not be shown: {list}."),
        Lang::Fr => format!("{n} élément(s) du fichier n’ont pas pu être affichés : {list}."),
        Lang::Ru => format!("Не удалось показать элементы файла ({n}): {list}."),
    }
}

pub fn load_embedded(name: Option<&str>) -> Result<Loaded, LoadError> {
    let all = embedded();
    let text = match name {
        None => all[0],
        Some(n) => *all.iter().find(|t| t.name == n).ok_or_else(|| LoadError::NoSuchArticle {
            name: n.to_string(),
            available: all.iter().map(|t| t.name.to_string()).collect(),
        })?,
    };
    let story = Story::from_text(text.text).map_err(|e| LoadError::BadArticle { name: text.name.to_string(), why: e.to_string() })?;
    Ok(Loaded { story: std::rc::Rc::new(story), skipped: Vec::new() })
}

/// Fetches `url` (the browser's CORS rules apply), with a size cap and a timeout.
pub async fn load_data(url: &str) -> Result<Loaded, LoadError> {
    let owned = || url.to_string();
    let abort = web_sys::AbortController::new().ok();
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let _timer = abort.clone().map(|a| {
        let timed_out = timed_out.clone();
        gloo::timers::callback::Timeout::new(TIMEOUT_MS, move || {
            timed_out.set(true);
            a.abort();
        })
    });
    let failed = |why: String| if timed_out.get() { LoadError::TimedOut { url: owned() } } else { LoadError::Request { url: owned(), why } };
    let response = Request::get(url)
        .abort_signal(abort.as_ref().map(|a| a.signal()).as_ref())
        .send()
        .await
        .map_err(|e| failed(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status { url: owned(), status: response.status(), text: response.status_text() });
    }
    let declared = response.headers().get("content-length").and_then(|l| l.trim().parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|b| *b > MAX_BYTES) {
        return Err(LoadError::TooLarge { url: owned(), bytes });
    }
    let text = response.text().await.map_err(|e| if timed_out.get() { LoadError::TimedOut { url: owned() } } else { LoadError::Unreadable { url: owned(), why: e.to_string() } })?;
    if text.len() > MAX_BYTES {
        return Err(LoadError::TooLarge { url: owned(), bytes: text.len() });
    }
    let imported = timelinejs::import(&text).map_err(|e| LoadError::Unreadable { url: url.to_string(), why: e.to_string() })?;
    Ok(Loaded { story: std::rc::Rc::new(imported.story), skipped: imported.skipped })
}

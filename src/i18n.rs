//! The interface in English, French and Russian: its strings and its date
//! formats. Every string the UI shows comes from [`Text`] through [`tr`], so a
//! missing translation is a compile error, not an English word in a French page.

pub use crate::calendar::Lang;
use crate::load::LoadError;
use crate::story::EventKind;

/// Every piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Timeline,
    Events,
    TimelineControls,
    Previous,
    Next,
    ZoomIn,
    ZoomOut,
    FitAll,
    Search,
    SearchPlaceholder,
    AllKinds,
    AllActors,
    Kind,
    Actor,
    ClearFilters,
    NoMatch,
    NoEvents,
    ChooseEvent,
    ReadInContext,
    Expected,
    Background,
    EventDetails,
    MoreOnTopic,
    Date,
    Event,
    Source,
    Loading,
    AxisBreak,
    ZoomIntoCluster,
    Article,
    EventsInView,
    DownloadJson,
    DownloadCsv,
    ExportFailed,
    OpenFile,
    EarlierEvents,
    LaterEvents,
    GoToThem,
    Stopped,
    Reload,
    Embed,
    EmbedTitle,
    EmbedHelp,
    IframeSnippet,
    ScriptSnippet,
    Copy,
    Copied,
    Close,
    RatificationProgress,
    OpenFullPage,
    Play,
    Pause,
    EmbedView,
    EmbedViewTimeline,
    EmbedViewReader,
}

pub fn tr(lang: Lang, t: Text) -> &'static str {
    use Text::*;
    match lang {
        Lang::En => match t {
            Timeline => "Timeline",
            Events => "Events",
            TimelineControls => "Timeline controls",
            Previous => "Previous",
            Next => "Next",
            ZoomIn => "Zoom in",
            ZoomOut => "Zoom out",
            FitAll => "Fit all",
            Search => "Search events",
            SearchPlaceholder => "Search…",
            AllKinds => "All kinds",
            AllActors => "All actors",
            Kind => "Kind",
            Actor => "Actor",
            ClearFilters => "Clear filters",
            NoMatch => "No event matches these filters.",
            NoEvents => "No dated events were found in this text.",
            ChooseEvent => "Choose an event to see it in the article.",
            ReadInContext => "Read in context",
            Expected => "expected",
            Background => "background",
            EventDetails => "Event details",
            MoreOnTopic => "More on this topic",
            Date => "Date",
            Event => "Event",
            Source => "Source",
            Loading => "Loading the timeline…",
            AxisBreak => "time skipped",
            ZoomIntoCluster => "events: zoom in",
            Article => "Article",
            EventsInView => "events in view",
            DownloadJson => "Download JSON",
            DownloadCsv => "Download CSV",
            ExportFailed => "The file could not be written:",
            OpenFile => "Open a file…",
            EarlierEvents => "earlier events not listed",
            LaterEvents => "later events not listed",
            GoToThem => "go to them",
            Stopped => "Datelines stopped because of an error:",
            Reload => "Reload",
            Embed => "Embed",
            EmbedTitle => "Embed this timeline",
            EmbedHelp => "Paste one of these into your page. The script version sizes itself to its content and can mirror the selected event into your page's address.",
            IframeSnippet => "Iframe (fixed height)",
            ScriptSnippet => "Script (sizes itself)",
            Copy => "Copy",
            Copied => "Copied",
            Close => "Close",
            RatificationProgress => "Ratification progress",
            OpenFullPage => "Open the full page on this event",
            Play => "Play",
            Pause => "Pause",
            EmbedView => "What the frame shows",
            EmbedViewTimeline => "The timeline and the selected event (for a news page that carries the article)",
            EmbedViewReader => "The full reader: timeline and article",
        },
        Lang::Fr => match t {
            Timeline => "Chronologie",
            Events => "Événements",
            TimelineControls => "Commandes de la chronologie",
            Previous => "Précédent",
            Next => "Suivant",
            ZoomIn => "Zoom avant",
            ZoomOut => "Zoom arrière",
            FitAll => "Tout afficher",
            Search => "Rechercher des événements",
            SearchPlaceholder => "Rechercher…",
            AllKinds => "Tous les types",
            AllActors => "Tous les acteurs",
            Kind => "Type",
            Actor => "Acteur",
            ClearFilters => "Effacer les filtres",
            NoMatch => "Aucun événement ne correspond à ces filtres.",
            NoEvents => "Aucun événement daté n’a été trouvé dans ce texte.",
            ChooseEvent => "Choisissez un événement pour le voir dans l’article.",
            ReadInContext => "Lire dans le contexte",
            Expected => "prévu",
            Background => "contexte",
            EventDetails => "Détails de l’événement",
            MoreOnTopic => "Sur le même sujet",
            Date => "Date",
            Event => "Événement",
            Source => "Source",
            Loading => "Chargement de la chronologie…",
            AxisBreak => "période omise",
            ZoomIntoCluster => "événements : agrandir",
            Article => "Article",
            EventsInView => "événements visibles",
            DownloadJson => "Télécharger en JSON",
            DownloadCsv => "Télécharger en CSV",
            ExportFailed => "Le fichier n’a pas pu être écrit :",
            OpenFile => "Ouvrir un fichier…",
            EarlierEvents => "événements antérieurs non listés",
            LaterEvents => "événements postérieurs non listés",
            GoToThem => "y aller",
            Stopped => "Datelines s’est arrêté à cause d’une erreur :",
            Reload => "Recharger",
            Embed => "Intégrer",
            EmbedTitle => "Intégrer cette chronologie",
            EmbedHelp => "Collez l’un de ces codes dans votre page. La version script prend la hauteur de son contenu et peut reporter l’événement choisi dans l’adresse de votre page.",
            IframeSnippet => "Iframe (hauteur fixe)",
            ScriptSnippet => "Script (hauteur automatique)",
            Copy => "Copier",
            Copied => "Copié",
            Close => "Fermer",
            RatificationProgress => "Avancement de la ratification",
            OpenFullPage => "Ouvrir la page complète sur cet événement",
            Play => "Lecture",
            Pause => "Mettre en pause",
            EmbedView => "Ce que montre le cadre",
            EmbedViewTimeline => "La chronologie et l’événement choisi (pour une page qui publie déjà l’article)",
            EmbedViewReader => "La lecture complète : chronologie et article",
        },
        Lang::Ru => match t {
            Timeline => "Хронология",
            Events => "События",
            TimelineControls => "Управление хронологией",
            Previous => "Назад",
            Next => "Вперёд",
            ZoomIn => "Приблизить",
            ZoomOut => "Отдалить",
            FitAll => "Показать всё",
            Search => "Поиск событий",
            SearchPlaceholder => "Поиск…",
            AllKinds => "Все типы",
            AllActors => "Все участники",
            Kind => "Тип",
            Actor => "Участник",
            ClearFilters => "Сбросить фильтры",
            NoMatch => "Нет событий, подходящих под эти фильтры.",
            NoEvents => "В этом тексте не найдено датированных событий.",
            ChooseEvent => "Выберите событие, чтобы увидеть его в статье.",
            ReadInContext => "Читать в контексте",
            Expected => "ожидается",
            Background => "предыстория",
            EventDetails => "Подробности события",
            MoreOnTopic => "По теме",
            Date => "Дата",
            Event => "Событие",
            Source => "Источник",
            Loading => "Загрузка хронологии…",
            AxisBreak => "пропуск во времени",
            ZoomIntoCluster => "событий: приблизить",
            Article => "Статья",
            EventsInView => "событий в поле зрения",
            DownloadJson => "Скачать JSON",
            DownloadCsv => "Скачать CSV",
            ExportFailed => "Не удалось записать файл:",
            OpenFile => "Открыть файл…",
            EarlierEvents => "более ранних событий не показано",
            LaterEvents => "более поздних событий не показано",
            GoToThem => "перейти к ним",
            Stopped => "Datelines остановился из-за ошибки:",
            Reload => "Перезагрузить",
            Embed => "Встроить",
            EmbedTitle => "Встроить эту хронологию",
            EmbedHelp => "Вставьте один из этих фрагментов в свою страницу. Версия со скриптом сама подстраивает высоту и может переносить выбранное событие в адрес вашей страницы.",
            IframeSnippet => "Iframe (фиксированная высота)",
            ScriptSnippet => "Скрипт (высота по содержимому)",
            Copy => "Копировать",
            Copied => "Скопировано",
            Close => "Закрыть",
            RatificationProgress => "Ход ратификации",
            OpenFullPage => "Открыть полную страницу на этом событии",
            Play => "Воспроизвести",
            Pause => "Пауза",
            EmbedView => "Что показывает фрейм",
            EmbedViewTimeline => "Хронология и выбранное событие (для страницы, где уже есть статья)",
            EmbedViewReader => "Полная версия: хронология и статья",
        },
    }
}

pub fn kind_name(lang: Lang, k: EventKind) -> &'static str {
    use EventKind::*;
    match lang {
        Lang::En => k.name(),
        Lang::Fr => match k {
            Signing => "signature",
            Submission => "dépôt",
            Ratification => "ratification",
            Approval => "approbation",
            EntryIntoForce => "entrée en vigueur",
            Statement => "déclaration",
            Meeting => "rencontre",
            Sanction => "sanction",
            Other => "autre",
        },
        Lang::Ru => match k {
            Signing => "подписание",
            Submission => "внесение",
            Ratification => "ратификация",
            Approval => "одобрение",
            EntryIntoForce => "вступление в силу",
            Statement => "заявление",
            Meeting => "встреча",
            Sanction => "санкции",
            Other => "другое",
        },
    }
}

pub fn stage_name(lang: Lang, s: crate::ratification::Stage) -> &'static str {
    use crate::ratification::Stage::*;
    match lang {
        Lang::En => match s {
            Signed => "Signed",
            Submitted => "Submitted to parliament",
            LowerHouse => "Lower house",
            UpperHouse => "Upper house",
            Enacted => "Law signed",
            InstrumentsExchanged => "Instruments exchanged",
            InForce => "In force",
        },
        Lang::Fr => match s {
            Signed => "Signé",
            Submitted => "Soumis au parlement",
            LowerHouse => "Chambre basse",
            UpperHouse => "Chambre haute",
            Enacted => "Loi promulguée",
            InstrumentsExchanged => "Instruments échangés",
            InForce => "En vigueur",
        },
        Lang::Ru => match s {
            Signed => "Подписан",
            Submitted => "Внесён в парламент",
            LowerHouse => "Нижняя палата",
            UpperHouse => "Верхняя палата",
            Enacted => "Закон подписан",
            InstrumentsExchanged => "Обмен грамотами",
            InForce => "Вступил в силу",
        },
    }
}

pub fn stage_status(lang: Lang, s: crate::ratification::StageStatus) -> &'static str {
    use crate::ratification::StageStatus::*;
    match (lang, s) {
        (Lang::En, Done) => "done",
        (Lang::En, Expected) => "expected",
        (Lang::En, Unreported) => "not reported",
        (Lang::Fr, Done) => "fait",
        (Lang::Fr, Expected) => "prévu",
        (Lang::Fr, Unreported) => "non mentionné",
        (Lang::Ru, Done) => "выполнено",
        (Lang::Ru, Expected) => "ожидается",
        (Lang::Ru, Unreported) => "не сообщается",
    }
}

/// "{n} events" with the right plural.
pub fn count_events(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{n} {}", if n == 1 { "event" } else { "events" }),
        Lang::Fr => format!("{n} {}", if n <= 1 { "événement" } else { "événements" }),
        Lang::Ru => {
            let word = match (n % 10, n % 100) {
                (1, r) if r != 11 => "событие",
                (2..=4, r) if !(12..=14).contains(&r) => "события",
                _ => "событий",
            };
            format!("{n} {word}")
        }
    }
}

/// What went wrong loading a story, as a sentence a reader can act on (the
/// technical detail after it stays as it came).
pub fn load_error(lang: Lang, e: &LoadError) -> String {
    use crate::load::{MAX_BYTES, TIMEOUT_MS};
    let secs = TIMEOUT_MS / 1000;
    match (e, lang) {
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
        (LoadError::Empty { url }, Lang::En) => format!("The answer from {url} is empty: there is no timeline data to show."),
        (LoadError::Empty { url }, Lang::Fr) => format!("La réponse de {url} est vide : aucune donnée de chronologie à afficher."),
        (LoadError::Empty { url }, Lang::Ru) => format!("Ответ с {url} пуст: нет данных для хронологии."),
        (LoadError::TimedOut { url }, Lang::En) => format!("The timeline data at {url} did not arrive within {secs} seconds."),
        (LoadError::TimedOut { url }, Lang::Fr) => format!("Les données de {url} ne sont pas arrivées en {secs} secondes."),
        (LoadError::TimedOut { url }, Lang::Ru) => format!("Данные по адресу {url} не пришли за {secs} секунд."),
    }
}

/// How many of the items left out the notice names; the rest are counted.
pub const NOTICE_ITEMS: usize = 20;
/// How much of each item's line it shows: a line may quote a hostile value.
const NOTICE_ITEM_CHARS: usize = 200;

/// How far the page is in reading a story's events: `read` of `of` (when
/// the data announces a count).
pub fn reading_events(lang: Lang, read: usize, of: Option<usize>) -> String {
    match (lang, of) {
        (Lang::En, Some(of)) => format!("Reading the events: {read} of {of}"),
        (Lang::En, None) => format!("Reading the events: {read}"),
        (Lang::Fr, Some(of)) => format!("Lecture des événements : {read} sur {of}"),
        (Lang::Fr, None) => format!("Lecture des événements : {read}"),
        (Lang::Ru, Some(of)) => format!("Чтение событий: {read} из {of}"),
        (Lang::Ru, None) => format!("Чтение событий: {read}"),
    }
}

/// The notice listing the items a file had that could not be shown as
/// written: the first [`NOTICE_ITEMS`], each cut to a readable length, and
/// how many more there are.
pub fn skipped_notice(lang: Lang, skipped: &[String]) -> String {
    let n = skipped.len();
    let cut = |s: &String| match s.char_indices().nth(NOTICE_ITEM_CHARS) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.clone(),
    };
    let list = skipped.iter().take(NOTICE_ITEMS).map(cut).collect::<Vec<_>>().join("; ");
    let rest = n.saturating_sub(NOTICE_ITEMS);
    let more = match (rest, lang) {
        (0, _) => String::new(),
        (r, Lang::En) => format!("; and {r} more"),
        (r, Lang::Fr) => format!(" ; et {r} de plus"),
        (r, Lang::Ru) => format!("; и ещё {r}"),
    };
    match lang {
        Lang::En => format!("{n} item(s) in the file could not be shown as written: {list}{more}."),
        Lang::Fr => format!("{n} élément(s) du fichier n’ont pas pu être affichés tels quels : {list}{more}."),
        Lang::Ru => format!("Не удалось показать как есть элементы файла ({n}): {list}{more}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skipped_notice_names_the_first_items_and_counts_the_rest() {
        let items: Vec<String> = (0..50_000).map(|i| format!("events[{i}].start_date: missing")).collect();
        let notice = skipped_notice(Lang::En, &items);
        assert!(notice.starts_with("50000 item(s)") && notice.ends_with("events[19].start_date: missing; and 49980 more."), "{notice}");
        assert!(!notice.contains("events[20]"));
        assert!(notice.len() < 2_000, "{}", notice.len());
        let long = vec!["x".repeat(10_000)];
        assert!(skipped_notice(Lang::Fr, &long).chars().count() < 400);
        let few = skipped_notice(Lang::Ru, &items[..2]);
        assert!(few.contains("events[1]") && !few.contains("ещё"), "{few}");
    }

    const ALL: [Text; 55] = [
        Text::Timeline, Text::Events, Text::TimelineControls, Text::Previous, Text::Next, Text::ZoomIn,
        Text::ZoomOut, Text::FitAll, Text::Search, Text::SearchPlaceholder, Text::AllKinds, Text::AllActors,
        Text::Kind, Text::Actor, Text::ClearFilters, Text::NoMatch, Text::NoEvents, Text::ChooseEvent,
        Text::ReadInContext, Text::Expected, Text::Background, Text::EventDetails, Text::MoreOnTopic,
        Text::Date, Text::Event, Text::Source, Text::Loading, Text::AxisBreak, Text::ZoomIntoCluster,
        Text::Article, Text::EventsInView, Text::DownloadJson, Text::DownloadCsv, Text::ExportFailed, Text::OpenFile, Text::EarlierEvents,
        Text::LaterEvents, Text::GoToThem, Text::Stopped, Text::Reload, Text::Embed, Text::EmbedTitle, Text::EmbedHelp,
        Text::IframeSnippet, Text::ScriptSnippet, Text::Copy, Text::Copied, Text::Close, Text::RatificationProgress,
        Text::OpenFullPage, Text::Play, Text::Pause, Text::EmbedView, Text::EmbedViewTimeline, Text::EmbedViewReader,
    ];

    #[test]
    fn russian_and_french_texts_are_translated() {
        // Words that are the same in English and French are fine; Russian shares none.
        for t in ALL {
            let (en, ru) = (tr(Lang::En, t), tr(Lang::Ru, t));
            assert_ne!(en, ru, "{t:?} is untranslated in Russian");
            assert!(ru.chars().any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap())), "{t:?}: {ru}");
            assert!(!tr(Lang::Fr, t).is_empty());
        }
        let same_in_french: Vec<_> = ALL.iter().filter(|t| tr(Lang::En, **t) == tr(Lang::Fr, **t)).collect();
        assert_eq!(same_in_french, [&Text::Date, &Text::Source, &Text::Article]);
    }

    #[test]
    fn plurals() {
        assert_eq!(count_events(Lang::En, 1), "1 event");
        assert_eq!(count_events(Lang::Ru, 21), "21 событие");
        assert_eq!(count_events(Lang::Ru, 3), "3 события");
        assert_eq!(count_events(Lang::Ru, 12), "12 событий");
        assert_eq!(count_events(Lang::Fr, 7), "7 événements");
    }

    #[test]
    fn every_load_error_speaks_every_language() {
        let errors = [
            LoadError::NoSuchArticle { name: "n".into(), available: vec!["a".into()] },
            LoadError::BadArticle { name: "n".into(), why: "w".into() },
            LoadError::Request { url: "u".into(), why: "w".into() },
            LoadError::Status { url: "u".into(), status: 404, text: "Not Found".into() },
            LoadError::Unreadable { url: "u".into(), why: "w".into() },
            LoadError::TooLarge { url: "u".into(), bytes: 1 },
            LoadError::TimedOut { url: "u".into() },
            LoadError::Empty { url: "u".into() },
        ];
        for e in &errors {
            let texts: Vec<String> = Lang::ALL.iter().map(|l| load_error(*l, e)).collect();
            assert!(texts[0] != texts[1] && texts[1] != texts[2], "{texts:?}");
        }
        assert!(load_error(Lang::Fr, &errors[3]).contains("404 Not Found"));
    }
}

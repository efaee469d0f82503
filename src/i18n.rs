//! The interface in English, French and Russian: its strings and its date
//! formats. Every string the UI shows comes from [`Text`] through [`tr`], so a
//! missing translation is a compile error, not an English word in a French page.

use crate::story::{EventDate, EventKind, Granularity};
use crate::timeline::viewport::{Tick, TickUnit};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
    Ru,
}

impl Lang {
    /// From `?lang=` or the browser's language tag ("fr-CA" → French).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.trim().get(..2)?.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
        }
    }
}

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
    EarlierEvents,
    LaterEvents,
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
            EarlierEvents => "earlier events not listed",
            LaterEvents => "later events not listed",
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
            EarlierEvents => "événements antérieurs non listés",
            LaterEvents => "événements postérieurs non listés",
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
            EarlierEvents => "более ранних событий не показано",
            LaterEvents => "более поздних событий не показано",
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

const MONTHS_EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_FR: [&str; 12] = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
/// Russian month names in the nominative ("июнь 2024") and genitive ("19 июня 2024").
const MONTHS_RU: [&str; 12] = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
const MONTHS_RU_GEN: [&str; 12] = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const SHORT_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SHORT_FR: [&str; 12] = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
const SHORT_RU: [&str; 12] = ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."];

fn m(d: &jiff::civil::Date) -> usize {
    (d.month() - 1) as usize
}

/// A year, with its era when before the common era (astronomical year 0 is 1 BCE).
fn year_label(lang: Lang, y: i16) -> String {
    if y > 0 {
        return y.to_string();
    }
    let bce = 1 - y as i32;
    match lang {
        Lang::En => format!("{bce} BCE"),
        Lang::Fr => format!("{bce} av. J.-C."),
        Lang::Ru => format!("{bce} до н. э."),
    }
}

/// An event's date as the data wants it shown, else as `lang` writes it.
pub fn format_event(lang: Lang, e: &crate::story::Event) -> String {
    e.display.clone().unwrap_or_else(|| format_range(lang, &e.start, e.end.as_ref()))
}

/// A date as a reader of `lang` writes it, at the precision it is known.
pub fn format_date(lang: Lang, d: &EventDate) -> String {
    let (date, y) = (d.date, year_label(lang, d.date.year()));
    match (lang, d.granularity) {
        (_, Granularity::Year) => y.to_string(),
        (Lang::En, Granularity::Month) => format!("{} {y}", MONTHS_EN[m(&date)]),
        (Lang::Fr, Granularity::Month) => format!("{} {y}", MONTHS_FR[m(&date)]),
        (Lang::Ru, Granularity::Month) if d.date.year() > 0 => format!("{} {y} г.", MONTHS_RU[m(&date)]),
        (Lang::Ru, Granularity::Month) => format!("{} {y}", MONTHS_RU[m(&date)]),
        (Lang::En, Granularity::Day) => format!("{} {}, {y}", MONTHS_EN[m(&date)], date.day()),
        (Lang::Fr, Granularity::Day) => {
            let day = if date.day() == 1 { "1er".to_string() } else { date.day().to_string() };
            format!("{day} {} {y}", MONTHS_FR[m(&date)])
        }
        (Lang::Ru, Granularity::Day) if d.date.year() > 0 => format!("{} {} {y} г.", date.day(), MONTHS_RU_GEN[m(&date)]),
        (Lang::Ru, Granularity::Day) => format!("{} {} {y}", date.day(), MONTHS_RU_GEN[m(&date)]),
    }
}

/// An event's date or range: "2016–2017", "du 18 au 19 juin 2024" is left
/// to the plain dash form in every language.
pub fn format_range(lang: Lang, start: &EventDate, end: Option<&EventDate>) -> String {
    match end {
        Some(e) if e != start => format!("{}–{}", format_date(lang, start), format_date(lang, e)),
        _ => format_date(lang, start),
    }
}

/// A tick label, as short as its unit allows.
pub fn format_tick(lang: Lang, t: &Tick) -> String {
    let (d, y) = (t.date, t.date.year());
    let short = match lang {
        Lang::En => SHORT_EN,
        Lang::Fr => SHORT_FR,
        Lang::Ru => SHORT_RU,
    };
    match t.unit {
        TickUnit::Years(_) => y.to_string(),
        TickUnit::Months(_) if d.month() == 1 => format!("{} {y}", short[0]),
        TickUnit::Months(_) => short[m(&d)].to_string(),
        TickUnit::Days(_) => match lang {
            Lang::En => format!("{} {}", short[m(&d)], d.day()),
            Lang::Fr | Lang::Ru => format!("{} {}", d.day(), short[m(&d)]),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const ALL: [Text; 46] = [
        Text::Timeline, Text::Events, Text::TimelineControls, Text::Previous, Text::Next, Text::ZoomIn,
        Text::ZoomOut, Text::FitAll, Text::Search, Text::SearchPlaceholder, Text::AllKinds, Text::AllActors,
        Text::Kind, Text::Actor, Text::ClearFilters, Text::NoMatch, Text::NoEvents, Text::ChooseEvent,
        Text::ReadInContext, Text::Expected, Text::Background, Text::EventDetails, Text::MoreOnTopic,
        Text::Date, Text::Event, Text::Source, Text::Loading, Text::AxisBreak, Text::ZoomIntoCluster,
        Text::Article, Text::EventsInView, Text::DownloadJson, Text::DownloadCsv, Text::EarlierEvents,
        Text::LaterEvents, Text::Stopped, Text::Reload, Text::Embed, Text::EmbedTitle, Text::EmbedHelp,
        Text::IframeSnippet, Text::ScriptSnippet, Text::Copy, Text::Copied, Text::Close, Text::RatificationProgress,
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
    fn dates_follow_each_language() {
        let d = EventDate::day(date(2024, 6, 1));
        assert_eq!(format_date(Lang::En, &d), "June 1, 2024");
        assert_eq!(format_date(Lang::Fr, &d), "1er juin 2024");
        assert_eq!(format_date(Lang::Ru, &d), "1 июня 2024 г.");
        let m = EventDate::month(2024, 6).unwrap();
        assert_eq!(format_date(Lang::Ru, &m), "июнь 2024 г.");
        let caesar = EventDate::day(date(-43, 3, 15));
        assert_eq!(format_date(Lang::En, &caesar), "March 15, 44 BCE");
        assert_eq!(format_date(Lang::Fr, &EventDate::year(-43).unwrap()), "44 av. J.-C.");
        assert_eq!(format_date(Lang::Ru, &caesar), "15 марта 44 до н. э.");
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
    fn language_tags() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_tag("x"), None);
    }
}

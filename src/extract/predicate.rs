//! What a clause says happened: the kind of an event read from its verb and
//! the verb's object, not from the first cue word. "He signed the
//! ratification law" is a ratification (the head of state's step), "the
//! treaty was concluded on June 19" a signing, "lawmakers voted to ratify"
//! a ratification; a speech verb ("said") yields to the act it reports.
//!
//! The verb nearest the date wins among the acts in its clause; nouns
//! ("the signing", "ratification of") count when no verb does.

use super::tokens::{tokenize, Kind, Token};
use super::lexicon::{is_subordinator, RELATIVES};
use crate::story::EventKind;

/// Verb forms, each with its kind. A form is matched whole.
const VERBS: &[(&[&str], EventKind)] = &[
    (&["ratify", "ratifies", "ratified", "ratifying"], EventKind::Ratification),
    (&["sign", "signs", "signed", "signing", "concluded", "concludes", "conclude", "inked", "put"], EventKind::Signing),
    (&["submit", "submits", "submitted", "submitting", "introduced", "tabled", "sent", "forwarded", "laid"], EventKind::Submission),
    (&["approve", "approves", "approved", "approving", "adopt", "adopting", "adopted", "adopts", "passed", "passes", "endorsed", "endorses", "backed", "voted", "votes", "vote", "consented"], EventKind::Approval),
    (&["deposit", "deposits", "deposited", "depositing", "exchanged", "exchange"], EventKind::Ratification),
    // Only with an instrument as object: "handed the instrument of accession to the depositary".
    (HANDED, EventKind::Ratification),
    (&["sanctioned", "sanctions", "imposed"], EventKind::Sanction),
    (&["met", "meet", "meets", "visited", "visits", "hosted", "convene", "convened", "convenes", "received"], EventKind::Meeting),
    (&["said", "says", "stated", "announced", "announces", "declared", "warned", "warns", "told", "tells", "expressed", "insisted", "insists", "argued", "argues"], EventKind::Statement),
];

/// Nouns and phrases that name an act when no verb does.
const NOUNS: &[(&str, EventKind)] = &[
    ("ratification", EventKind::Ratification),
    ("signing", EventKind::Signing),
    ("signature", EventKind::Signing),
    ("submission", EventKind::Submission),
    ("approval", EventKind::Approval),
    // "gave its consent to the agreement": a chamber's approval.
    ("consent", EventKind::Approval),
    ("vote", EventKind::Approval),
    ("summit", EventKind::Meeting),
    ("talks", EventKind::Meeting),
    ("visit", EventKind::Meeting),
    ("meeting", EventKind::Meeting),
    ("statement", EventKind::Statement),
    ("briefing", EventKind::Statement),
    ("sanctions", EventKind::Sanction),
    ("embargo", EventKind::Sanction),
    ("deposit", EventKind::Ratification),
    // "is expected to receive the President's assent": the head of state's step.
    ("assent", EventKind::Ratification),
    // "the vote followed a debate on Monday", "will hold hearings on May 3,
    // an aide said": what the date dates, and no act of the process.
    ("debate", EventKind::Other),
    ("hearing", EventKind::Other),
    ("hearings", EventKind::Other),
];

/// Verbs that stop an act: their object names an act that did not happen.
const PREVENTED: &[&str] = &["lost", "loses", "failed", "fails", "blocked", "blocks", "block", "postponed", "postpones", "delayed", "delays", "cancelled", "canceled", "rejected", "halted", "suspended", "prevented", "scrapped"];

/// A stopping verb among the three words before token `i`.
fn stopped(tokens: &[Token], i: usize) -> bool {
    tokens[i.saturating_sub(3)..i].iter().filter_map(word).any(|w| PREVENTED.contains(&w.as_str()))
}

/// Verbs of handing over that are a deposit only with an instrument as object.
const HANDED: &[&str] = &["lodged", "lodges", "lodge", "handed", "hands", "delivered", "presented", "transmitted"];

/// Prepositions of time: the act named after them ("before the vote")
/// is the one another act is dated by.
const TIME_PREPOSITIONS: &[&str] = &["before", "after", "during", "until", "since", "following", "ahead", "amid", "pending"];
/// Nouns of a time counted from an act: "the eve of the signing".
const TIMES_OF: &[&str] = &["morning", "evening", "afternoon", "night", "eve", "day", "days", "week", "weeks", "hours", "run-up", "anniversary", "date"];

/// Whether the noun at token `i` stands in a phrase of time: a time
/// preposition, or a time noun and "of", then at most two words of its
/// noun phrase ("before the ratification debate", "the morning of the vote").
fn dates_another(tokens: &[Token], i: usize) -> bool {
    (1..=3).filter(|&k| k <= i).any(|k| {
        let between_words = tokens[i + 1 - k..i].iter().all(|t| t.kind == Kind::Word);
        let lead = word(&tokens[i - k]).unwrap_or_default();
        let of_time = lead == "of" && i > k && word(&tokens[i - k - 1]).is_some_and(|n| TIMES_OF.contains(&n.as_str()));
        between_words && (TIME_PREPOSITIONS.contains(&lead.as_str()) || of_time)
    })
}

/// Documents a head of state signs to complete ratification at home.
const RATIFICATION_DOCUMENTS: &[&str] = &["law", "bill", "decree", "act", "instrument", "instruments", "document", "ratification"];

fn word(t: &Token) -> Option<String> {
    (t.kind == Kind::Word).then(|| t.text.to_lowercase())
}

/// Words up to the end of the verb's object: to the next clause break.
fn object(tokens: &[Token], from: usize) -> Vec<String> {
    tokens[from..]
        .iter()
        .take_while(|t| !matches!(t.kind, Kind::Punct(',' | ';' | ':' | '.')))
        .take(8)
        .filter_map(word)
        .collect()
}

/// "it to the Diet", "them to parliament": a pronoun sent to a legislature
/// is the text it is to vote on.
fn sent_to_a_legislature(obj: &[String]) -> bool {
    let legislature = |w: &str| matches!(w, "parliament" | "diet" | "assembly" | "congress" | "senate" | "legislature" | "chamber" | "house" | "lawmakers" | "deputies" | "mps");
    matches!(obj.first().map(String::as_str), Some("it" | "them"))
        && obj.get(1).is_some_and(|w| w == "to")
        && obj[2..].iter().take(3).any(|w| legislature(w))
}

/// Words that join two coordinated clauses: "proposed in 2019 and signed
/// on May 14" says two things, one for each date.
pub const COORDINATORS: &[&str] = &["and", "but", "then", "while", "whereas", "yet"];

/// Words a conjunct may hold besides its date and still share the verb of
/// the conjunct before it ("approved it on May 3 and again on June 4").
const ELLIPSIS: &[&str] = &["on", "in", "at", "by", "of", "the", "again", "also", "later", "once", "early", "late", "mid", "since", "from", "to", "until", "as", "well"];

/// Words that make a stretch of words a clause (a finite verb), besides
/// the act verbs and past forms in -ed.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "shall", "can", "could", "may", "might", "must", "should", "did", "does",
    "began", "came", "took", "went", "held", "made", "gave", "fell", "rose", "won", "lost", "left", "ran", "saw", "begins", "comes", "takes", "goes",
];

/// The subordinate clause of each token: 0 for the main clause, else the
/// number of the clause a subordinator or relative word opened; a comma
/// closes it. An act on one side of a subordinator is not the act of a
/// date on the other ("will enter into force on 4 November, thirty days
/// after the threshold was crossed on Wednesday"). A stretch
/// with no finite verb is a phrase ("after a long debate on Tuesday"), not a
/// clause, and stays with the main clause.
fn subclauses(tokens: &[Token]) -> Vec<usize> {
    let mut out = vec![0; tokens.len()];
    // (first token, number, the clause it stands in: a stretch with no verb
    // of its own, "which the cabinet laid | before the chamber on May 3",
    // stays in the clause a subordinator opened it from, not a comma)
    let mut open: Option<(usize, usize, usize)> = None;
    let mut count = 0;
    let close = |out: &mut Vec<usize>, from: usize, to: usize, n: usize, parent: usize| -> usize {
        let finite = (from + 1..to).any(|k| {
            // Lower case: "May" is the month, not the modal.
            word(&tokens[k]).filter(|_| tokens[k].text.starts_with(char::is_lowercase)).is_some_and(|w| {
                // "a dispute that dates back to 1991": right after a relative
                // word, a form in -s is its verb.
                let present = k == from + 1 && word(&tokens[from]).is_some_and(|r| RELATIVES.contains(&r.as_str())) && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
                present || FINITE.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ed")) || VERBS.iter().any(|(f, _)| f.contains(&w.as_str()))
            })
        });
        let number = if finite { n } else { parent };
        out[from..to].iter_mut().for_each(|c| *c = number);
        number
    };
    for (i, t) in tokens.iter().enumerate() {
        let opens = word(t).is_some_and(|w| is_subordinator(&w) || RELATIVES.contains(&w.as_str()));
        let mut parent = 0;
        if opens || matches!(t.kind, Kind::Punct(',' | ';')) {
            if let Some((from, n, p)) = open.take() {
                let number = close(&mut out, from, i, n, p);
                if opens {
                    parent = number;
                }
            }
        }
        if opens {
            count += 1;
            open = Some((i, count, parent));
        }
    }
    if let Some((from, n, p)) = open {
        close(&mut out, from, tokens.len(), n, p);
    }
    out
}

/// Whether `word` is a verb of speech ("said", "tells", "argues" …).
pub fn is_speech_verb(word: &str) -> bool {
    let w = word.to_lowercase();
    VERBS.iter().any(|(forms, kind)| *kind == EventKind::Statement && forms.contains(&w.as_str()))
}

/// Whether `word` is one of the act verbs (a form of "sign", "approve" …).
pub fn is_act_verb(word: &str) -> bool {
    let w = word.to_lowercase();
    VERBS.iter().any(|(forms, _)| forms.contains(&w.as_str()))
}

/// The kind the clause `text` reports for the date at byte `at` in it.
pub fn kind_in(text: &str, at: usize) -> Option<EventKind> {
    kind_among(text, (at, at), &[])
}

/// The kind the clause `text` reports for the date spanning bytes `date`,
/// when the clause also holds the dates `others` (byte spans). A verb in
/// another conjunct that has a date of its own is that date's act, not this
/// one's, unless this date's conjunct is the date alone (then it shares
/// the verb before it).
pub fn kind_among(text: &str, date: (usize, usize), others: &[(usize, usize)]) -> Option<EventKind> {
    let at = date.0;
    let tokens = tokenize(text);
    // "before the July summit", "a March 3 vote": a date between a
    // determiner and an act's noun dates that act.
    let before_date = tokens.iter().rposition(|t| t.end <= date.0);
    let after_date = tokens.iter().position(|t| t.start >= date.1);
    let noun_after = after_date.and_then(|i| word(&tokens[i]));
    if before_date.and_then(|i| word(&tokens[i])).is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an" | "its" | "their" | "this" | "next" | "last")) {
        if let Some(&(_, kind)) = noun_after.and_then(|n| NOUNS.iter().find(|(w, _)| *w == n)) {
            return Some(kind);
        }
    }
    // Conjunct index of each token: it rises at every coordinator.
    let conjunct: Vec<usize> = tokens
        .iter()
        .scan(0, |n, t| {
            if word(t).is_some_and(|w| COORDINATORS.contains(&w.as_str())) {
                *n += 1;
            }
            Some(*n)
        })
        .collect();
    let conjunct_at = |byte: usize| tokens.iter().position(|t| t.end > byte).map_or(conjunct.last().copied().unwrap_or(0), |i| conjunct[i]);
    let own = conjunct_at(at);
    let says_more = tokens.iter().zip(&conjunct).any(|(t, &c)| {
        c == own && (t.end <= date.0 || t.start >= date.1) && word(t).is_some_and(|w| !COORDINATORS.contains(&w.as_str()) && !ELLIPSIS.contains(&w.as_str()))
    });
    let dated_elsewhere: Vec<usize> = others.iter().map(|o| conjunct_at(o.0)).filter(|&c| c != own).collect();
    let sub = subclauses(&tokens);
    let sub_at = |byte: usize| tokens.iter().position(|t| t.end > byte).map_or(0, |i| sub[i]);
    // The date's last word places it: "The day before yesterday the
    // speaker received …" opens no clause of its own with its "before".
    let own_sub = sub_at(date.1.saturating_sub(1).max(at));
    // "admitted its new member on Tuesday, when the minister handed over
    // the instrument": a "when" right after the date says what happened then.
    let after_date = after_date.map(|i| if tokens[i].is_punct(',') { i + 1 } else { i });
    let when_sub = after_date.filter(|&i| tokens.get(i).is_some_and(|t| t.is_word("when"))).map(|i| sub[i]).filter(|&s| s != 0);
    let belongs_elsewhere = |pos: usize| (sub_at(pos) != own_sub && Some(sub_at(pos)) != when_sub) || (says_more && { let c = conjunct_at(pos); c != own && dated_elsewhere.contains(&c) });
    let lower: Vec<String> = tokens.iter().map(|t| t.text.to_lowercase()).collect();
    let w = |i: usize| lower.get(i).map_or("", |s| s.as_str());
    let mut acts: Vec<(usize, EventKind)> = Vec::new();
    // "entered into force", "takes effect": a phrase, which competes with
    // the verbs by its distance to the date ("the accord signed on 2 March,
    // clearing the way for it to take effect next year").
    for i in 0..tokens.len() {
        if belongs_elsewhere(tokens[i].start) {
            continue;
        }
        let in_force = (w(i) == "into" && w(i + 1) == "force") || (w(i) == "in" && w(i + 1) == "force" && matches!(w(i.saturating_sub(1)), "enter" | "entered" | "enters" | "came" | "come" | "comes" | "be" | "is" | "being"));
        let effect = matches!(w(i), "take" | "takes" | "took" | "taking") && w(i + 1) == "effect";
        if in_force || effect {
            acts.push((tokens[i].start, EventKind::EntryIntoForce));
        }
        // "the Senate is expected to take it up next Tuesday": a chamber
        // taking up a document is its vote on it.
        let document = |k: usize| matches!(w(k), "it" | "them" | "treaty" | "bill" | "agreement" | "pact" | "accord" | "protocol" | "convention" | "deal" | "text" | "measure");
        let take_up = matches!(w(i), "take" | "takes" | "took" | "taking")
            && ((w(i + 1) == "up" && (document(i + 2) || document(i + 3))) || (document(i + 1) && w(i + 2) == "up") || (w(i + 1) == "the" && document(i + 2) && w(i + 3) == "up"));
        if take_up {
            acts.push((tokens[i].start, EventKind::Approval));
        }
    }
    for (i, t) in tokens.iter().enumerate() {
        let Some(form) = word(t) else { continue };
        let Some(&(_, kind)) = VERBS.iter().find(|(forms, _)| forms.contains(&form.as_str())) else { continue };
        if belongs_elsewhere(t.start) {
            continue;
        }
        let obj = object(&tokens, i + 1);
        // "the protocol on the exchange of ratification instruments was
        // signed": what was signed is the exchange itself.
        let subject_exchange = (i.saturating_sub(8)..i).any(|k| w(k) == "exchange") && (i.saturating_sub(8)..i).any(|k| w(k).starts_with("instrument"));
        let kind = match kind {
            EventKind::Signing if subject_exchange => EventKind::Ratification,
            // "signed the ratification law", "signed the instrument of ratification"
            EventKind::Signing if obj.iter().any(|o| RATIFICATION_DOCUMENTS.contains(&o.as_str())) && obj.iter().any(|o| o.starts_with("ratif") || matches!(o.as_str(), "law" | "bill" | "decree")) => EventKind::Ratification,
            // "voted to ratify", "approved the ratification bill"
            EventKind::Approval if obj.iter().take(4).any(|o| o.starts_with("ratif")) => EventKind::Ratification,
            // "the vote", "the deposit of": a noun after a determiner is not a verb
            // ("by 61 votes to 12": after a number too)
            _ if i > 0 && (matches!(w(i - 1), "the" | "a" | "an" | "final" | "its" | "their") || matches!(tokens[i - 1].kind, Kind::Number { .. })) && !form.ends_with("ed") => continue,
            // "put up new signs", "more signs of progress": a plural noun
            _ if form == "signs" && i > 0 && matches!(w(i - 1), "new" | "up" | "of" | "more" | "no" | "clear" | "early" | "any" | "some" | "all" | "these" | "those" | "such" | "many" | "few" | "further" | "road" | "warning") => continue,
            // "blocked the ratification vote": an act stopped is no act
            _ if stopped(&tokens, i) => continue,
            // "lodged its instrument", not "handed over the keys"
            EventKind::Ratification if HANDED.contains(&form.as_str()) && !obj.iter().any(|o| o.starts_with("instrument")) => continue,
            // "declared independence", "declared war": an act, not words
            EventKind::Statement if form == "declared" && obj.first().is_some_and(|o| matches!(o.as_str(), "independence" | "war" | "martial" | "bankruptcy" | "victory" | "neutrality")) => continue,
            // "the Bill to ratify the convention", "a motion to approve it":
            // what a document is for, not an act.
            _ if i >= 2 && w(i - 1) == "to" && matches!(w(i - 2), "bill" | "law" | "legislation" | "motion" | "draft" | "proposal" | "timetable" | "plan" | "decision" | "resolution") => continue,
            // "received the Ambassador", not "received a letter" or "the assent"
            EventKind::Meeting if form == "received" && !(tokens.get(i + 1).is_some_and(|t| t.text.starts_with(char::is_uppercase)) || (w(i + 1) == "the" && tokens.get(i + 2).is_some_and(|t| t.text.starts_with(char::is_uppercase)))) => continue,
            // "laid the bill before the House", not "laid the groundwork"
            EventKind::Submission if form == "laid" && !obj.iter().any(|o| o == "before") => continue,
            // "put their names to the text": a signature; "put forward" is not
            EventKind::Signing if form == "put" && !(obj.len() >= 3 && matches!(obj[0].as_str(), "its" | "their" | "his" | "her") && obj[1].starts_with("name") && obj[2] == "to") => continue,
            // "sent the bill to parliament", "sent it to the Diet", but not
            // "sent troops"
            EventKind::Submission if matches!(form.as_str(), "sent" | "forwarded") && !obj.iter().any(|o| matches!(o.as_str(), "bill" | "treaty" | "agreement" | "protocol" | "accord" | "convention" | "pact" | "text")) && !sent_to_a_legislature(&obj) => continue,
            k => k,
        };
        // "the sanctions that Russia voted for in 2016": a relative clause
        // reports what was done to its noun, which names the act.
        let relative = (i.saturating_sub(5)..i).rev().find(|&r| matches!(w(r), "that" | "which"));
        let no_object = object(&tokens, i + 1).is_empty() || matches!(w(i + 1), "for" | "against" | "on");
        let noun = relative
            .filter(|&r| r > 0 && no_object)
            .and_then(|r| NOUNS.iter().find(|(n, _)| *n == w(r - 1)).map(|&(_, k)| k));
        acts.push((t.start, noun.unwrap_or(kind)));
    }
    // "sent the convention to parliament on Wednesday and said it hoped
    // the lower house would vote within six weeks": an act told after a
    // speech verb that follows the date is what was said, not this date's.
    if let Some(speech) = acts.iter().filter(|&&(pos, k)| k == EventKind::Statement && pos >= date.1).map(|&(pos, _)| pos).min() {
        acts.retain(|&(pos, k)| k == EventKind::Statement || pos < speech);
    }
    // The act nearest the date; a speech verb only when it governs the date
    // ("said on May 3 that …") or nothing else is said.
    // "… vote on Tuesday, the speaker announced": a speech verb after the
    // date and a comma reports the clause; it is its act only if no other is named.
    let postposed = |pos: usize| pos > date.1 && text.get(date.1..pos).is_some_and(|between| between.contains(','));
    let closest = acts.iter().min_by_key(|(pos, _)| pos.abs_diff(at));
    if let Some(&(pos, EventKind::Statement)) = closest {
        if pos.abs_diff(at) <= 12 && !postposed(pos) {
            return Some(EventKind::Statement);
        }
    }
    // Likewise any act after the date and a comma ("…, clearing the way for
    // it to take effect") is another phrase's, unless the date has none closer.
    let nearest = |speech: bool, after_comma: bool| {
        acts.iter()
            .filter(|&&(pos, k)| (k == EventKind::Statement) == speech && postposed(pos) == after_comma)
            .min_by_key(|(pos, _)| pos.abs_diff(at))
            .map(|&(_, k)| k)
    };
    // Found at most once: only when no verb settles the act.
    let noun_cell = std::cell::OnceCell::new();
    let noun = || *noun_cell.get_or_init(|| {
        tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| !belongs_elsewhere(t.start))
            .filter_map(|(i, t)| {
                let w = word(t)?;
                let obj = object(&tokens, i + 1);
                // "the exchange of instruments", not "an exchange of fire"
                if w == "exchange" && obj.iter().take(4).any(|o| o.starts_with("instrument") || o.starts_with("ratif")) {
                    return Some((t.start, EventKind::Ratification));
                }
                let &(_, kind) = NOUNS.iter().find(|(n, _)| *n == w)?;
                // "blocked the vote", "postponed the signing": an act that did not happen.
                // "protests on the morning of the vote", "two days before the
                // ratification debate": an act that dates another.
                if stopped(&tokens, i) || dates_another(&tokens, i) {
                    return None;
                }
                // "the signature of the ratification law" is the enactment
                let of_law = obj.iter().any(|o| o.starts_with("ratif")) && obj.iter().any(|o| matches!(o.as_str(), "law" | "bill" | "decree" | "instrument" | "instruments"));
                Some((t.start, if kind == EventKind::Signing && of_law { EventKind::Ratification } else { kind }))
            })
            // the noun nearest the date ("the deposit … before the summit opens on May 3")
            .min_by_key(|(pos, _)| pos.abs_diff(at))
            // "debate and final vote": of two nouns joined, the act's.
            .map(|(pos, kind)| match kind {
                EventKind::Other => {
                    let i = tokens.iter().position(|t| t.start == pos).unwrap_or(0);
                    let joined = tokens.get(i + 1).is_some_and(|t| t.is_word("and") || t.is_word("or"));
                    let act = tokens.iter().skip(i + 2).take(3).filter_map(word).find_map(|w| NOUNS.iter().find(|(n, k)| *n == w && *k != EventKind::Other));
                    match act.filter(|_| joined) {
                        Some(&(_, k)) => (pos, k),
                        None => (pos, kind),
                    }
                }
                _ => (pos, kind),
            })
    });
    // "the envoy said the bloc hoped to complete ratification before the
    // summer": a noun between the speech verb and the date is what was said.
    let speech_before = acts.iter().filter(|&&(pos, k)| k == EventKind::Statement && pos < at).map(|&(pos, _)| pos).max();
    let reported_noun = || speech_before.and_then(|s| noun().filter(|&(pos, _)| s < pos && pos < at)).map(|(_, k)| k);
    nearest(false, false)
        .or_else(|| nearest(false, true))
        .or_else(reported_noun)
        .or_else(|| nearest(true, false))
        .or_else(|| noun().map(|(_, k)| k))
        .or_else(|| nearest(true, true))
}

/// "blocked the vote", "postponed the signing": the clause says an act was
/// stopped, so no cue word in it names what happened.
pub fn stops_an_act(text: &str) -> bool {
    tokenize(text).iter().filter_map(word).any(|w| PREVENTED.contains(&w.as_str()))
}

/// "The vote was due on 15 April but was pushed back": the words before a
/// date say an act was to happen then, and the words after it put it off.
/// The act did not happen on that day.
pub fn put_off(before: &str, after: &str) -> bool {
    let lower = before.to_lowercase();
    let scheduled = ["was due", "were due", "was scheduled", "were scheduled", "had been due", "had been scheduled", "was set", "had been set"].iter().any(|p| lower.contains(p));
    scheduled && (stops_an_act(after) || reschedules(after))
}

/// "moved", "pushed back", "brought forward": the text moves an act from
/// one time to another.
pub fn reschedules(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["moved", "postponed", "pushed", "delayed", "put off", "called off", "brought forward", "rescheduled", "shifted"].iter().any(|w| lower.contains(w))
}

/// "X did so on November 11", "followed suit", "the same day": the clause
/// repeats an act the text reported just before.
pub fn repeats_an_act(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["did so", "do so", "does so", "followed suit", "did the same", "done so"].iter().any(|p| lower.contains(p))
}

/// "It finally took place on 12 March", "This happened in 2019": a clause
/// whose subject is a pronoun for an act named before.
pub fn pronoun_for_an_act(text: &str) -> bool {
    let tokens = tokenize(text);
    let words: Vec<String> = tokens.iter().filter_map(word).collect();
    let Some(first) = words.first() else { return false };
    let rest: Vec<&str> = words[1..].iter().map(String::as_str).filter(|w| !w.ends_with("ly")).take(3).collect();
    matches!(first.as_str(), "it" | "this" | "that")
        && matches!(rest.as_slice(), ["took", "place", ..] | ["takes", "place", ..] | ["was", "held", ..] | ["happened", ..] | ["went", "ahead", ..] | ["came", ..])
}

/// The act the first noun of `text` names, with the noun ("Signature was
/// delayed for a decade" → signing, "Signature"), stopped or not: what a
/// pronoun after it stands for.
pub fn first_noun_act(text: &str) -> Option<(EventKind, &str)> {
    tokenize(text).into_iter().find_map(|t| {
        let w = word(&t)?;
        NOUNS.iter().find(|(n, _)| *n == w).map(|&(_, k)| (k, t.text))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Option<EventKind> {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        kind_in(text, at)
    }

    #[test]
    fn the_verb_and_its_object_decide() {
        assert_eq!(kind("He signed the ratification document on May 3"), Some(EventKind::Ratification));
        assert_eq!(kind("The president signed the law on ratification on May 3"), Some(EventKind::Ratification));
        assert_eq!(kind("The treaty was concluded on June 19"), Some(EventKind::Signing));
        assert_eq!(kind("Lawmakers voted on May 3 to ratify the accord"), Some(EventKind::Ratification));
        assert_eq!(kind("The senate approved the pact on May 3"), Some(EventKind::Approval));
        assert_eq!(kind("The cabinet sent the agreement to parliament on May 3"), Some(EventKind::Submission));
        assert_eq!(kind("The accord entered into force on May 3"), Some(EventKind::EntryIntoForce));
        assert_eq!(kind("Finland deposited its instrument of accession on May 3"), Some(EventKind::Ratification));
        // A phrase of entry into force competes with the verbs by distance.
        let text = "The chamber ratified the accord signed on May 3, so that it can take effect in 2019";
        assert_eq!(kind_of_date(text, "May 3"), Some(EventKind::Signing));
        assert_eq!(kind_of_date(text, "2019"), Some(EventKind::EntryIntoForce));
        let text = "The chamber ratified the accord signed in Lima on May 3, clearing the way for it to take effect";
        assert_eq!(kind_of_date(text, "May 3"), Some(EventKind::Signing));
        assert_eq!(kind("On May 3, the chamber ratified the accord"), Some(EventKind::Ratification));
    }

    #[test]
    fn a_speech_verb_yields_to_the_act_it_reports() {
        assert_eq!(kind("The envoy said the bloc hoped to complete ratification by 2019"), Some(EventKind::Ratification));
        assert_eq!(kind("The envoy said on 3 May that the vote was a mistake"), Some(EventKind::Statement));
        assert_eq!(kind("The minister said the chamber ratified the pact on May 3"), Some(EventKind::Ratification));
        assert_eq!(kind("The minister said on May 3 that talks would go on"), Some(EventKind::Statement));
        assert_eq!(kind("The minister said on May 3 that the chamber had ratified the pact"), Some(EventKind::Statement));
        assert_eq!(kind("Prices rose on May 3"), None);
        assert_eq!(kind("the embargo that the council voted for in 2006"), Some(EventKind::Sanction));
    }

    fn kind_of_date(text: &str, date: &str) -> Option<EventKind> {
        let spans: Vec<(usize, usize)> = ["2019", "May 3", "June 4", "14 May 2024", "March 1"]
            .iter()
            .filter_map(|d| text.find(d).map(|s| (s, s + d.len())))
            .collect();
        let own = spans.iter().copied().find(|&(s, e)| &text[s..e] == date).unwrap();
        let others: Vec<_> = spans.iter().copied().filter(|&s| s != own).collect();
        kind_among(text, own, &others)
    }

    #[test]
    fn each_conjunct_keeps_its_own_act() {
        let text = "The pact was proposed in 2019 and signed on 14 May 2024";
        assert_eq!(kind_of_date(text, "2019"), None);
        assert_eq!(kind_of_date(text, "14 May 2024"), Some(EventKind::Signing));
        let text = "The accord was signed on May 3 and entered into force on June 4";
        assert_eq!(kind_of_date(text, "May 3"), Some(EventKind::Signing));
        assert_eq!(kind_of_date(text, "June 4"), Some(EventKind::EntryIntoForce));
        // A conjunct that is its date alone shares the verb before it.
        let text = "The chamber approved the bill on May 3 and again on June 4";
        assert_eq!(kind_of_date(text, "June 4"), Some(EventKind::Approval));
        // A verb in a conjunct without a date of its own still counts.
        let text = "The senators debated and ratified the accord on March 1";
        assert_eq!(kind_of_date(text, "March 1"), Some(EventKind::Ratification));
    }

    #[test]
    fn a_reporting_clause_after_the_date_yields_to_the_act_it_reports() {
        assert_eq!(kind("The chamber holds its final vote on May 3, the speaker announced"), Some(EventKind::Approval));
        assert_eq!(kind("Talks resume on May 3, the ministry said"), Some(EventKind::Meeting));
        assert_eq!(kind("Prices rose on May 3, the ministry said"), Some(EventKind::Statement));
        assert_eq!(kind("On May 3 the ministry announced a visit"), Some(EventKind::Statement));
    }

    #[test]
    fn idioms_and_guarded_verbs_name_their_acts() {
        assert_eq!(kind("The cabinet laid the bill before the chamber on May 3"), Some(EventKind::Submission));
        assert_eq!(kind("which the cabinet laid before the chamber on May 3"), Some(EventKind::Submission));
        assert_eq!(kind("The talks laid the groundwork on May 3"), Some(EventKind::Meeting));
        assert_eq!(kind("Both envoys put their names to the text on May 3"), Some(EventKind::Signing));
        assert_eq!(kind("The minister put forward a plan on May 3"), None);
        assert_eq!(kind("The republic was the last, depositing its instrument on May 3"), Some(EventKind::Ratification));
        assert_eq!(kind("The bill is expected to receive the governor's assent on May 3"), Some(EventKind::Ratification));
        assert_eq!(kind("The panel will hold hearings on May 3, an aide said"), Some(EventKind::Other));
        // What a document is for is not an act.
        assert_eq!(kind("The committee agreed the timetable for the bill to ratify the pact on May 3"), None);
        assert_eq!(kind("Deputies voted to ratify the pact on May 3"), Some(EventKind::Ratification));
    }

    #[test]
    fn a_chamber_taking_up_a_text_votes_and_a_visitor_received_is_met() {
        assert_eq!(kind("The Senate is expected to take it up on May 3"), Some(EventKind::Approval));
        assert_eq!(kind("The upper house will take up the treaty on May 3"), Some(EventKind::Approval));
        assert_eq!(kind("She will take up her post on May 3"), None);
        assert_eq!(kind("The speaker received the Ambassador on May 3"), Some(EventKind::Meeting));
        assert_eq!(kind("The ministry received a letter on May 3"), None);
    }

    #[test]
    fn a_debate_is_dated_but_is_no_act_unless_joined_to_one() {
        assert_eq!(kind("The vote followed a long debate on May 3"), Some(EventKind::Other));
        assert_eq!(kind("Senate debate and final vote on May 3"), Some(EventKind::Approval));
    }

    #[test]
    fn a_verb_form_after_a_determiner_is_a_noun() {
        assert_eq!(kind("They hope the deposit of the instrument can precede the summit on May 3"), Some(EventKind::Meeting));
        assert_eq!(kind("The deposit of the instrument is planned for May 3"), Some(EventKind::Ratification));
        assert_eq!(kind("The vote is on May 3"), Some(EventKind::Approval));
        assert_eq!(kind("The exchange of instruments could follow on May 3, officials said"), Some(EventKind::Ratification));
        assert_eq!(kind("An exchange of fire followed on May 3, officials said"), Some(EventKind::Statement));
        assert_eq!(kind("The assembly gave its consent to the accord on 3 May"), Some(EventKind::Approval));
        // A date as a modifier dates its noun.
        assert_eq!(kind("Officials hope it will join before the 2019 summit"), Some(EventKind::Meeting));
        assert_eq!(kind("The chamber ratified it long after the 2019 vote"), Some(EventKind::Approval));
        // An act that dates another is not this date's act.
        assert_eq!(kind("Farmers protested on May 3 and again on the morning of the vote"), None);
        assert_eq!(kind("Crowds gathered on May 3, two days before the ratification debate"), None);
        assert_eq!(kind("The signing ceremony on May 3 was brief"), Some(EventKind::Signing));
        // An act stopped is no act.
        assert_eq!(kind("The opposition blocked the vote on May 3"), None);
        assert_eq!(kind("The chamber postponed its final vote on May 3"), None);
        assert_eq!(kind("The opposition blocked the ratification vote on May 3"), None);
        assert_eq!(kind("The chamber ratified the pact on May 3 by 61 votes to 12"), Some(EventKind::Ratification));
    }

    #[test]
    fn an_act_across_a_subordinator_is_another_clause_s() {
        assert_eq!(kind_of_date("The accord takes effect on June 4, a month after the tenth state deposited its instrument in 2019", "June 4"), Some(EventKind::EntryIntoForce));
        assert_eq!(kind_of_date("The accord takes effect on June 4, a month after the threshold was reached in 2019", "2019"), None);
        assert_eq!(kind_of_date("The vote came after a debate that began on May 3", "May 3"), None);
        assert_eq!(kind_of_date("In 2019 the pact collapsed when the chamber threw it out by one vote", "2019"), None);
        // A phrase is no clause: "after a debate" leaves the date in the main one.
        assert_eq!(kind_of_date("The chamber ratified the pact after a long debate on May 3", "May 3"), Some(EventKind::Ratification));
        assert_eq!(kind_of_date("After the committee approved it on May 3, the chamber ratified the pact", "May 3"), Some(EventKind::Approval));
        assert_eq!(kind_of_date("The law, which the president signed on May 3, takes effect in 2019", "May 3"), Some(EventKind::Signing));
        assert_eq!(kind_of_date("The law, which the president signed on May 3, takes effect in 2019", "2019"), Some(EventKind::EntryIntoForce));
        assert_eq!(kind_of_date("The fourth, whose parliament rejected a draft in 2019, plans a vote", "2019"), None);
        assert_eq!(kind_of_date("The treaty, signed on May 3, settles a dispute that dates back to 2019", "2019"), None);
        assert_eq!(kind_of_date("The treaty, signed on May 3, settles a dispute dating back to 2019", "May 3"), Some(EventKind::Signing));
        assert_eq!(kind_of_date("The bloc admitted its new member on May 3, when the minister handed the instrument of accession to the depositary", "May 3"), Some(EventKind::Ratification));
        assert_eq!(kind_of_date("The mayor handed the keys to the winner on May 3", "May 3"), None);
        assert_eq!(kind_of_date("The attempt collapsed in 2019 when the cabinet lost a confidence vote", "2019"), None);
        // "that" before a noun opens no clause.
        assert_eq!(kind_of_date("The chamber ratified that accord on May 3", "May 3"), Some(EventKind::Ratification));
    }

    #[test]
    fn declaring_independence_is_no_statement() {
        assert_eq!(kind("The two republics declared independence in 1991"), None);
        assert_eq!(kind("The minister declared on 3 May that talks were over"), Some(EventKind::Statement));
    }

    #[test]
    fn a_pronoun_can_stand_for_an_act_named_before() {
        assert!(pronoun_for_an_act("It finally took place on 12 March"));
        assert!(pronoun_for_an_act("This happened in 2019"));
        assert!(!pronoun_for_an_act("It rained on 12 March"));
        assert_eq!(first_noun_act("Signature was delayed for a decade."), Some((EventKind::Signing, "Signature")));
        assert_eq!(first_noun_act("The text was delayed."), None);
    }

    #[test]
    fn anaphora_is_recognised() {
        assert!(repeats_an_act("The upper house did so on November 11"));
        assert!(!repeats_an_act("The upper house voted on November 11"));
    }
}

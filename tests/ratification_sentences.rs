//! A corpus of ratification sentences written for this test (none is taken
//! from a published text), each read as a one-paragraph article with a
//! publication date, and checked for the event its date makes: the TIMEX3
//! value, the status, the kind and the tracker stage it backs.
//!
//! It covers the patterns of issue 14: past dates far back (1), future
//! across commas, clock times and participles (2), dates on undotted lines
//! (3), expressions that used to split (4), references back (5), weeks and
//! "ago" (7), kinds from predicate and arguments with anaphora, exchanges,
//! deposits, enactment and background treaties (8); chambers of many
//! countries, one- and two-chamber parliaments; and parliaments named by
//! their place ("Hungary's parliament", "the Finnish parliament", "the
//! parliament of Latvia"), checked for the party their stage belongs to.
#![cfg(not(target_arch = "wasm32"))]

use datelines::ratification::{stages_of, Stage};
use datelines::story::{EventKind, Status};

use EventKind::*;
use Stage::*;
use Status::{Expected as Exp, Happened as Done};

/// (publication date, text, value of the checked event, status, kind, stage)
type Case = (&'static str, &'static str, &'static str, Status, EventKind, Option<Stage>);

const CASES: &[Case] = &[
    // 1. Past dates many months back stay in the past.
    ("December 10, 2024", "The two presidents signed the treaty on April 8.", "2024-04-08", Done, Signing, Some(Signed)),
    ("December 10, 2024", "The foreign ministers signed the accord in Lisbon on January 30.", "2024-01-30", Done, Signing, Some(Signed)),
    ("March 2, 2025", "The Sejm ratified the agreement on November 14.", "2024-11-14", Done, Ratification, Some(LowerHouse)),
    ("February 20, 2025", "The Bundestag approved the treaty in December.", "2024-12", Done, Approval, Some(LowerHouse)),
    ("October 1, 2023", "Both governments signed the convention on October 3.", "2022-10-03", Done, Signing, Some(Signed)),
    ("June 15, 2024", "The treaty was concluded on June 19.", "2023-06-19", Done, Signing, Some(Signed)),
    // 2. Future across commas, clock times and participles.
    ("January 15, 2025", "The Senate will vote on the treaty at 10:30 on January 28.", "2025-01-28T10:30", Exp, Approval, Some(UpperHouse)),
    ("January 15, 2025", "On February 4, as the speaker's office confirmed, the National Assembly will ratify the pact.", "2025-02-04", Exp, Ratification, Some(LowerHouse)),
    ("January 15, 2025", "Deputies will debate the accord on Tuesday, with the final vote expected on January 23.", "2025-01-23", Exp, Approval, None),
    ("January 15, 2025", "The Bundesrat is expected to approve the agreement on February 14.", "2025-02-14", Exp, Approval, Some(UpperHouse)),
    ("January 15, 2025", "The upper chamber is scheduled to take up the treaty on March 5, and the House of Councillors will vote on March 12.", "2025-03-12", Exp, Approval, Some(UpperHouse)),
    ("January 15, 2025", "The committee extended its hearings on the protocol to January 30.", "2025-01-30", Exp, Other, None),
    ("May 2, 2024", "The treaty takes effect on July 1, once both parliaments have approved it.", "2024-07-01", Exp, EntryIntoForce, Some(InForce)),
    ("May 2, 2024", "The Federal Council will debate the pact at 9:00 on May 17.", "2024-05-17T09:00", Exp, Other, None),
    // 3. Dates on lines without a full stop (schedule lines, list items).
    ("April 20, 2021", "Timetable\nDebate and vote in the Senate: Tuesday, 27 April\n- Signature by the president on 30 April\nThe rest follows later", "2021-04-27", Exp, Approval, Some(UpperHouse)),
    ("April 20, 2021", "Timetable\n- Signature of the ratification law by the president on 30 April\nThe rest follows later", "2021-04-30", Exp, Ratification, Some(Enacted)),
    // 4. Expressions that used to split in two.
    ("December 10, 2024", "Parliament ratified the protocol in April last year.", "2023-04", Done, Ratification, Some(LowerHouse)),
    ("December 10, 2024", "The Storting approved the agreement in July this year.", "2024-07", Done, Approval, Some(LowerHouse)),
    ("April 20, 2021", "The Senate approved the treaty on Tuesday, 13 April.", "2021-04-13", Done, Approval, Some(UpperHouse)),
    ("December 10, 2024", "The convention entered into force at the start of this year.", "2024", Done, EntryIntoForce, Some(InForce)),
    ("December 10, 2024", "The Chamber of Deputies ratified the accord at the end of November.", "2024-11", Done, Ratification, Some(LowerHouse)),
    ("December 10, 2024", "The accord was signed in late March.", "2024-03", Done, Signing, Some(Signed)),
    ("December 10, 2024", "The government submitted the treaty to parliament in mid-September.", "2024-09", Done, Submission, Some(Submitted)),
    // 5. References back to the date the text last gave.
    ("December 10, 2024", "The Senate approved the pact on June 3. The president signed the ratification law the same day.", "2024-06-03", Done, Approval, Some(UpperHouse)),
    ("December 10, 2024", "The lower house ratified the treaty on May 14, 2019. The upper house did so on May 28.", "2019-05-28", Done, Ratification, Some(UpperHouse)),
    ("December 10, 2024", "The House of Commons approved the bill on March 3, 2020. The House of Lords did so on March 20.", "2020-03-20", Done, Approval, Some(UpperHouse)),
    ("December 10, 2024", "The accord was signed on March 9, 2022. Later that month the Knesset approved it.", "2022-03", Done, Approval, Some(LowerHouse)),
    ("December 10, 2024", "The treaty entered into force on 1 July 2021. The previous year the Verkhovna Rada ratified it.", "2020", Done, Ratification, Some(LowerHouse)),
    ("December 10, 2024", "The agreement was signed on June 12, 2023. Earlier that year the two cabinets had approved the text.", "2023", Done, Approval, None),
    ("December 10, 2024", "The Bundestag ratified the accord on June 3, 2021. The Bundesrat followed suit on June 25.", "2021-06-25", Done, Ratification, Some(UpperHouse)),
    ("December 10, 2024", "The Senate will vote on the treaty on December 18. The president is expected to sign the ratification law the same week.", "2024-12-16", Exp, Ratification, Some(Enacted)),
    ("March 26, 2024", "The Grand National Assembly approved the protocol in January, and the president signed the law two days later.", "2024-01", Done, Ratification, Some(Enacted)),
    ("March 26, 2024", "The accession will take effect once the documents are lodged, probably in early April.", "2024-04", Exp, EntryIntoForce, Some(InForce)),
    ("March 26, 2024", "The exchange of instruments could happen as early as May, officials said.", "2024-05", Exp, Ratification, Some(InstrumentsExchanged)),
    ("September 14, 2023", "The National Assembly on Tuesday ratified the trade accord signed with three neighbouring states on 2 March 2022, clearing the way for it to take effect at the start of next year.", "2022-03-02", Done, Signing, Some(Signed)),
    ("September 14, 2023", "The National Assembly on Tuesday ratified the trade accord signed with three neighbouring states on 2 March 2022, clearing the way for it to take effect at the start of next year.", "2023-09-12", Done, Ratification, Some(LowerHouse)),
    ("September 14, 2023", "The National Assembly on Tuesday ratified the trade accord signed with three neighbouring states on 2 March 2022, clearing the way for it to take effect at the start of next year.", "2024", Exp, EntryIntoForce, Some(InForce)),
    // 7. Weeks and "ago".
    ("December 10, 2024", "Lawmakers voted unanimously last week to ratify the accord.", "2024-12-02", Done, Ratification, None),
    ("December 10, 2024", "Two weeks ago the Riksdag ratified the protocol.", "2024-11-25", Done, Ratification, Some(LowerHouse)),
    ("December 10, 2024", "The Senate ratified the treaty three days ago.", "2024-12-07", Done, Ratification, Some(UpperHouse)),
    ("December 10, 2024", "The Diet approved the pact two months ago.", "2024-10", Done, Approval, Some(LowerHouse)),
    ("December 10, 2024", "The parliament will vote on the agreement next week.", "2024-12-16", Exp, Approval, Some(LowerHouse)),
    // 8. Kinds from predicate and arguments.
    ("December 10, 2024", "On November 2, the president signed the law on the ratification of the treaty.", "2024-11-02", Done, Ratification, Some(Enacted)),
    ("December 10, 2024", "He signed the ratification document on November 5.", "2024-11-05", Done, Ratification, Some(Enacted)),
    ("December 10, 2024", "The King gave royal assent to the ratification bill on November 8.", "2024-11-08", Done, Ratification, Some(Enacted)),
    ("December 10, 2024", "The protocol on the exchange of ratification instruments was signed on December 4, and the treaty entered into force.", "2024-12-04", Done, Ratification, Some(InstrumentsExchanged)),
    ("December 10, 2024", "The protocol on the exchange of ratification instruments was signed on December 4, and the treaty entered into force.", "2024-12-04", Done, Ratification, Some(InForce)),
    ("December 10, 2024", "The government deposited its instrument of accession with the depositary on November 20.", "2024-11-20", Done, Ratification, Some(InstrumentsExchanged)),
    ("December 10, 2024", "The archive, a depository of old treaties, opened on November 20.", "2024-11-20", Done, Other, None),
    ("December 10, 2024", "The minister said on November 21 that the Senate had ratified the treaty.", "2024-11-21", Done, Statement, None),
    ("December 10, 2024", "The minister said the Senate ratified the treaty on November 21.", "2024-11-21", Done, Ratification, Some(UpperHouse)),
    ("December 10, 2024", "The cabinet sent the agreement to the National Assembly on October 7.", "2024-10-07", Done, Submission, Some(Submitted)),
    ("December 10, 2024", "The prime minister introduced the ratification bill in the Sejm on October 9.", "2024-10-09", Done, Submission, Some(Submitted)),
    ("December 10, 2024", "The foreign ministers exchanged the instruments of ratification in Vienna on November 30.", "2024-11-30", Done, Ratification, Some(InstrumentsExchanged)),
    ("December 10, 2024", "The Bundesrat voted on November 22 to ratify the convention.", "2024-11-22", Done, Ratification, Some(UpperHouse)),
    ("December 10, 2024", "The Congress of Deputies passed the ratification bill on November 28.", "2024-11-28", Done, Ratification, Some(LowerHouse)),
    ("December 10, 2024", "The Senate backed the accession protocol on November 12.", "2024-11-12", Done, Approval, Some(UpperHouse)),
    ("December 10, 2024", "The treaty comes into force on January 1.", "2025-01-01", Exp, EntryIntoForce, Some(InForce)),
    ("December 10, 2024", "The leaders met in Geneva on November 18 to discuss the treaty.", "2024-11-18", Done, Meeting, None),
    // Coordinated clauses, each with its own date and act.
    ("December 10, 2024", "The pact was first proposed in 2019 and signed on 14 May 2024.", "2019", Done, Other, None),
    ("December 10, 2024", "The pact was first proposed in 2019 and signed on 14 May 2024.", "2024-05-14", Done, Signing, Some(Signed)),
    ("December 10, 2024", "The accord was signed on May 3 and entered into force on October 1.", "2024-05-03", Done, Signing, Some(Signed)),
    ("December 10, 2024", "The accord was signed on May 3 and entered into force on October 1.", "2024-10-01", Done, EntryIntoForce, Some(InForce)),
    ("December 10, 2024", "The Folketing debated the bill on November 5 and again on November 19.", "2024-11-19", Done, Other, None),
    ("December 10, 2024", "The Eduskunta approved the bill on November 5 and again on November 19.", "2024-11-19", Done, Approval, Some(LowerHouse)),
    ("December 10, 2024", "Hungary's parliament approved Sweden's accession on November 26.", "2024-11-26", Done, Approval, Some(LowerHouse)),
    // Background treaties fill no stage of the current process.
    ("December 10, 2024", "The alliance rests on a founding treaty that the lower house ratified in 1949.", "1949", Done, Ratification, None),
    ("December 10, 2024", "The first pact, signed on 4 April 1987, expired long ago.", "1987-04-04", Done, Signing, None),
    ("December 10, 2024", "The Senate ratified the earlier convention in 2001.", "2001", Done, Ratification, None),
    ("December 10, 2024", "The Senate ratified the revised convention in 2019.", "2019", Done, Ratification, Some(UpperHouse)),
    // Chambers of other countries; one- and two-chamber parliaments.
    ("September 30, 2024", "The Lok Sabha approved the agreement on September 12.", "2024-09-12", Done, Approval, Some(LowerHouse)),
    ("September 30, 2024", "The Rajya Sabha approved the agreement on September 19.", "2024-09-19", Done, Approval, Some(UpperHouse)),
    ("September 30, 2024", "The State Duma ratified the treaty on September 17.", "2024-09-17", Done, Ratification, Some(LowerHouse)),
    ("September 30, 2024", "The Federation Council ratified the treaty on September 25.", "2024-09-25", Done, Ratification, Some(UpperHouse)),
    ("September 30, 2024", "The House of Representatives passed the ratification bill on September 20.", "2024-09-20", Done, Ratification, Some(LowerHouse)),
    ("September 30, 2024", "The Grand National Assembly ratified the protocol on September 26.", "2024-09-26", Done, Ratification, Some(LowerHouse)),
    ("September 30, 2024", "The Seimas will ratify the agreement on October 8.", "2024-10-08", Exp, Ratification, Some(LowerHouse)),
    ("September 30, 2024", "The treaty will enter into force on November 1, thirty days after the last ratification.", "2024-11-01", Exp, EntryIntoForce, Some(InForce)),
    // Sixth round: dates and acts across subordinate clauses, seasons, schedules.
    ("March 14, 2024", "A committee hearing on the accession scheduled for 12 January was postponed at the last minute.", "2024-01-12", Done, Other, None),
    ("March 14, 2024", "The opposition blocked the ratification vote twice last autumn.", "2023-09", Done, Other, None),
    ("October 6, 2016", "The accord will enter into force on 4 November, thirty days after the threshold of 55 parties was crossed on Wednesday.", "2016-10-05", Done, Other, None),
    ("October 6, 2016", "The accord will enter into force on 4 November, thirty days after the threshold of ratifications was crossed on Wednesday.", "2016-11-04", Exp, EntryIntoForce, Some(InForce)),
    ("October 6, 2016", "The bloc signed the accord on Wednesday, after its assembly approved it the day before.", "2016-10-04", Done, Approval, None),
    ("October 6, 2016", "The convention was opened for signature on 22 April this year.", "2016-04-22", Done, Signing, Some(Signed)),
    ("March 3, 2026", "The pact, which negotiators concluded on 19 June last year, still needs the president's signature.", "2025-06-19", Done, Signing, Some(Signed)),
    ("March 3, 2026", "Two years ago a similar pact collapsed when the senate threw it out by a single vote.", "2024", Done, Other, None),
    ("March 14, 2024", "Most members ratified the protocol within a year; the last one did so on Monday.", "2024-03-11", Done, Ratification, None),
    ("March 3, 2026", "GENEVA, March 3 (Wire) - The upper chamber ratified the trade pact late on Tuesday by 61 votes to 12.", "2026-03-03", Done, Ratification, Some(UpperHouse)),
    // Seventh round: schedules with their object, hopes, acts that date
    // other acts, "when" after a date, a month of the year in context, times.
    ("November 20, 2025", "The appeal is pending before the court, which has set a hearing for 14 January.", "2026-01-14", Exp, Other, None),
    ("November 20, 2025", "Last month the envoy said the bloc hoped to complete ratification before the summer.", "2026-06", Exp, Ratification, None),
    ("November 20, 2025", "The fourth member, whose parliament rejected a first draft in March 2024, plans a vote early next year.", "2024-03", Done, Other, None),
    ("November 20, 2025", "Farmers protested outside the chamber on Tuesday and again on the morning of the vote.", "2025-11-18", Done, Other, None),
    ("September 27, 2024", "An earlier attempt collapsed in 2019 when the cabinet lost a confidence vote two days before the ratification debate.", "2019", Done, Other, None),
    ("September 27, 2024", "The accord settles a border dispute that dates back to 2011, and the neighbouring parliament ratified it in June.", "2011", Done, Other, None),
    ("April 4, 2023", "The kingdom applied to join in May 2022. All members signed its accession protocol on July 5 of that year.", "2022-07-05", Done, Signing, Some(Signed)),
    ("April 4, 2023", "The alliance admitted its new member on Tuesday, when the foreign minister handed the instrument of accession to the depositary.", "2023-04-04", Done, Ratification, Some(InstrumentsExchanged)),
    ("April 4, 2023", "The last chamber voted on March 30. The new member's flag will be raised at the headquarters at 15:00.", "2023-04-04T15:00", Exp, Other, None),
    ("September 27, 2024", "Schedule\n- Committee hearing: Monday 30 September, 14:00\n- Final vote in the Senate: Wednesday 2 October", "2024-09-30T14:00", Exp, Other, None),
    // Eighth round: numeric dates and report codes, a live report's time
    // stamps, a chronology told with references back, a pronoun for an act.
    ("February 18, 2025", "The National Assembly gave its consent to the fisheries agreement on 2025-02-17 by 412 votes to 97.", "2025-02-17", Done, Approval, Some(LowerHouse)),
    ("February 18, 2025", "The Council is expected to adopt its decision on the conclusion of the agreement in Q2 2025.", "2025-04", Exp, Approval, None),
    ("August 30, 2024", "Talks resumed in the spring of 2009. By the end of that year the negotiators had agreed on a map, and the following spring the foreign ministers initialled the text.", "2010-03", Done, Other, None),
    ("August 30, 2024", "Signature was delayed for a decade. It finally took place on 12 March 2021, and the upper house ratified the treaty eight months later.", "2021-03-12", Done, Signing, Some(Signed)),
    ("August 30, 2024", "The treaty was signed in March 2021. The committee of the lower house will hold a hearing on the 9th.", "2024-09-09", Exp, Other, None),
    ("October 9, 2025", "Live coverage\n16:32 - The result is in: 301 deputies of the National Assembly voted to ratify the pact.", "2025-10-09T16:32", Done, Ratification, Some(LowerHouse)),
    ("October 9, 2025", "The partner country's parliament approved the pact last month and its president is due to sign the ratification law next week.", "2025-10-13", Exp, Ratification, Some(Enacted)),
    ("October 9, 2025", "Earlier today the foreign minister met her counterpart, who arrived yesterday evening.", "2025-10-08", Done, Other, None),
    ("September 27, 2024", "The treaty enters into force once the instruments are exchanged. Both governments aim to exchange them by the end of the year.", "2024", Exp, Ratification, Some(InstrumentsExchanged)),    // Ninth round: a parliamentary bulletin, a British regional report, a
    // wire story and an explainer; idioms of submission and signature,
    // chronologies joined by commas, dotted clocks, fortnights.
    ("October 31, 2025", "The Government laid the ratification bill before the House on 20 October.", "2025-10-20", Done, Submission, Some(Submitted)),
    ("October 31, 2025", "The committee has today agreed the timetable for the bill to ratify the convention.", "2025-10-31", Done, Other, None),
    ("October 31, 2025", "If both chambers approve the bill, it is expected to receive the President's assent in the first week of December.", "2025-12-01", Exp, Ratification, Some(Enacted)),
    ("October 31, 2025", "The House will vote on the ratification bill at 14.30 on 18 November.", "2025-11-18T14:30", Exp, Ratification, Some(LowerHouse)),
    ("November 8, 2024", "All five governments put their names to the convention in a harbour town on 18 June 2021.", "2021-06-18", Done, Signing, Some(Signed)),
    ("November 8, 2024", "The republic was the last to act, depositing its instrument of ratification on 2 October.", "2024-10-02", Done, Ratification, Some(InstrumentsExchanged)),
    ("November 8, 2024", "The first state deposited its instrument in 2022. The second did so on 30 January 2023, the third did so on 14 March 2023.", "2023-03-14", Done, Ratification, None),
    ("February 11, 2026", "The vote followed a heated debate on Monday.", "2026-02-09", Done, Other, None),
    ("February 11, 2026", "The Senate's foreign affairs panel will hold hearings on Feb. 24, a committee aide said.", "2026-02-24", Exp, Other, None),
    ("March 20, 2025", "MPs backed the bill on 29 January. A fortnight later a committee of peers began its scrutiny.", "2025-02-12", Done, Other, None),
    ("March 20, 2025", "The accord, which will settle how the river is shared, cleared its last hurdle last Thursday when the upper chamber approved it.", "2025-03-13", Done, Approval, Some(UpperHouse)),
    ("March 20, 2025", "Negotiators first met in September 2020, and that autumn they agreed on a shared gauge.", "2020-09", Done, Other, None),
    ("October 31, 2025", "Tuesday 18 November – report stage and third reading; the House will vote at 14.30", "2025-11-18T14:30", Exp, Approval, Some(LowerHouse)),
    ("February 11, 2026", "The cable will take about three years once both ratifications are complete, with first power flows targeted for 2029.", "2029", Exp, Other, None),
    ("March 20, 2025", "The head of state is expected to sign the ratification act on Monday.", "2025-03-24", Exp, Ratification, Some(Enacted)),
    ("March 20, 2025", "Officials said instruments would be exchanged on 2 April.", "2025-04-02", Exp, Ratification, Some(InstrumentsExchanged)),
    ("February 11, 2026", "Lawmakers in the lower house voted on Wednesday to ratify the agreement, sending the deal to the Senate.", "2026-02-11", Done, Ratification, Some(LowerHouse)),
    ("November 8, 2024", "The full chamber could vote before Christmas.", "2024-12-25", Exp, Approval, Some(LowerHouse)),
    // Tenth round: a state agency communiqué, a live report, a market
    // story and a court story.
    ("September 17, 2025", "The President on the 12th of this month signed the decree on the ratification of the agreement.", "2025-09-12", Done, Ratification, Some(Enacted)),
    ("September 17, 2025", "The day before yesterday the speaker received the Ambassador and expressed confidence that the exchange of instruments, expected in the coming weeks, would open a new stage.", "2025-09-15", Done, Meeting, None),
    ("February 11, 2026", "The index closed higher on Wednesday, after the Senate approved the agreement by 71 votes to 18 on Tuesday.", "2026-02-10", Done, Approval, Some(UpperHouse)),
    ("February 11, 2026", "The king is expected to sign the ratification act on Friday, after which the two governments plan to exchange instruments of ratification on March 2.", "2026-02-13", Exp, Ratification, Some(Enacted)),
    ("February 11, 2026", "The king is expected to sign the ratification act on Friday, after which the two governments plan to exchange instruments of ratification on March 2.", "2026-03-02", Exp, Ratification, Some(InstrumentsExchanged)),
    ("April 29, 2025", "The government wants the instrument of ratification deposited on or before 30 June.", "2025-06-30", Exp, Ratification, Some(InstrumentsExchanged)),
    ("November 27, 2024", "The Senate is expected to take it up next Tuesday.", "2024-12-03", Exp, Approval, Some(UpperHouse)),
    ("November 27, 2024", "The minister told deputies that the other side had finished and that instruments could be exchanged before the end of the year.", "2024", Exp, Ratification, Some(InstrumentsExchanged)),
    ("November 27, 2024", "Opposition leaders call the treaty a mistake, pointing out that it runs until 2064.", "2064", Exp, Other, None),
    // Eleventh round: a newsletter's briefs, an analysis in conditionals, a
    // local station's brief, an article with a correction notice.
    ("October 5, 2024", "The foreign ministry sent the convention to parliament on Wednesday and said it hoped the lower house would vote within six weeks.", "2024-10-02", Done, Submission, Some(Submitted)),
    ("February 10, 2025", "If the senate votes in March, the treaty might be in force by the summer.", "2025-06", Exp, EntryIntoForce, Some(InForce)),
    ("March 12, 2026", "The final vote was called at half past ten, and the treaty passed.", "2026-03-12T10:30", Done, Approval, None),
    ("March 12, 2026", "Highway crews will work overnight to put up new signs on the bridge.", "2026-03-12", Exp, Other, None),
];

/// Parliaments named by their place: the party the stage belongs to, as
/// the tracker shows it, read from a possessive, an adjective or "of".
/// (publication date, text, value of the checked event, stage, party)
const PLACES: &[(&str, &str, &str, Stage, &str)] = &[
    ("December 10, 2024", "Hungary's parliament approved Sweden's accession on November 26.", "2024-11-26", LowerHouse, "Hungary"),
    ("December 10, 2024", "The Finnish parliament ratified the treaty on November 12.", "2024-11-12", LowerHouse, "Finland"),
    ("December 10, 2024", "On November 4 the Estonian parliament voted to ratify the accord.", "2024-11-04", LowerHouse, "Estonia"),
    ("December 10, 2024", "The parliament of Latvia approved the protocol on October 30.", "2024-10-30", LowerHouse, "Latvia"),
    ("December 10, 2024", "The Czech Senate backed the agreement on November 20.", "2024-11-20", UpperHouse, "Czech Republic"),
    ("December 10, 2024", "Slovakia's National Council ratified the convention on November 27.", "2024-11-27", LowerHouse, "Slovakia"),
    ("December 10, 2024", "The Dutch upper house will vote on the treaty on December 17.", "2024-12-17", UpperHouse, "Netherlands"),
    ("December 10, 2024", "The Romanian legislature ratified the pact on November 19.", "2024-11-19", LowerHouse, "Romania"),
    ("December 10, 2024", "The parliament of the Republic of Lithuania approved it on November 6.", "2024-11-06", LowerHouse, "Lithuania"),
    ("December 10, 2024", "Ruritania's parliament ratified the charter amendment on November 8.", "2024-11-08", LowerHouse, "Ruritania"),
    ("December 10, 2024", "The U.S. Senate will vote on the protocol on December 12.", "2024-12-12", UpperHouse, "United States"),
    ("February 11, 2026", "Ruritania's single-chamber parliament approved the pact last month.", "2026-01", LowerHouse, "Ruritania"),
];

#[test]
fn a_parliament_named_by_its_place_gives_the_party() {
    let failures: Vec<String> = PLACES
        .iter()
        .filter_map(|&(published, text, value, stage, party)| {
            let story = datelines::pipeline::read_story(&format!("Ratification news\nAnna Smith, {published}\n{text}\n"), None).ok()?;
            let Some(e) = story.events.iter().find(|e| e.start.value() == value) else { return Some(format!("{text:?}: no event on {value}")) };
            let (stages, got) = stages_of(&story, e);
            let got = got.as_ref().map(|p| p.name().to_string());
            (!stages.contains(&stage) || got.as_deref() != Some(party)).then(|| format!("{text:?}: want {stage:?} of {party}, got {stages:?} of {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), PLACES.len(), failures.join("\n"));
}

fn check(case: &Case) -> Result<(), String> {
    let &(published, text, value, status, kind, stage) = case;
    let story = datelines::pipeline::read_story(&format!("Ratification news\nAnna Smith, {published}\n{text}\n"), None).map_err(|e| e.to_string())?;
    // A sentence may date two acts to one value ("approved it in January,
    // and signed it two days later"): one of them must be the expected one.
    let on_value: Vec<_> = story.events.iter().filter(|e| e.start.value() == value).collect();
    if on_value.is_empty() {
        let got: Vec<_> = story.events.iter().map(|e| e.start.value()).collect();
        return Err(format!("no event on {value}; events on {got:?}"));
    }
    let mut seen = Vec::new();
    for e in on_value {
        let (stages, _) = stages_of(&story, e);
        let stage_ok = match stage {
            Some(s) => stages.contains(&s),
            None => stages.is_empty(),
        };
        if e.status == status && e.kind == kind && stage_ok {
            return Ok(());
        }
        seen.push(format!("{:?}, {:?}, stages {:?} (title {:?})", e.status, e.kind, stages, e.title));
    }
    Err(format!("got {}", seen.join("; ")))
}

#[test]
fn every_sentence_gives_its_value_status_kind_and_stage() {
    assert!(CASES.len() >= 60, "{} cases", CASES.len());
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|c| check(c).err().map(|e| format!("{:?} ({}): want {} {:?} {:?} {:?}; {e}", c.1, c.0, c.2, c.3, c.4, c.5)))
        .collect();
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

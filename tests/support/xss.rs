//! Hostile strings for every text field of a TimelineJS file, written for this
//! project from the known classes of cross-site scripting: script elements,
//! event handlers, URL schemes, SVG and MathML, encoded entities and broken
//! markup. Each one, if it ran, would set `window.__xss`.

use serde_json::{json, Value};

pub const PAYLOADS: &[&str] = &[
    "<script>window.__xss=1</script>",
    "<SCRIPT SRC=//example.invalid/x.js></SCRIPT>",
    "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
    "<<script>window.__xss=1//<</script>",
    "<img src=x onerror=window.__xss=1>",
    "<IMG SRC=x OnErRoR=\"window.__xss=1\">",
    "<img src=\"x\" onerror='window.__xss=1' alt=\"a\">",
    "<img src=x:1 onerror=eval(src)>",
    "<image src=x onerror=window.__xss=1>",
    "<svg onload=window.__xss=1>",
    "<svg/onload=window.__xss=1>",
    "<svg><script>window.__xss=1</script></svg>",
    "<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>",
    "<svg><a xlink:href=\"javascript:window.__xss=1\"><text x=20 y=20>x</text></a></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
    "<math href=\"javascript:window.__xss=1\">x</math>",
    "<body onload=window.__xss=1>",
    "<body/onload=window.__xss=1>",
    "<iframe src=\"javascript:window.__xss=1\"></iframe>",
    "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
    "<object data=\"javascript:window.__xss=1\"></object>",
    "<embed src=\"data:text/html,<script>parent.__xss=1</script>\">",
    "<details open ontoggle=window.__xss=1>",
    "<input autofocus onfocus=window.__xss=1>",
    "<select autofocus onfocus=window.__xss=1></select>",
    "<textarea autofocus onfocus=window.__xss=1></textarea>",
    "<video><source onerror=window.__xss=1></video>",
    "<audio src=x onerror=window.__xss=1>",
    "<marquee onstart=window.__xss=1>x</marquee>",
    "<div onmouseover=window.__xss=1 style=\"position:fixed;inset:0\">cover</div>",
    "<p onpointerenter=window.__xss=1>p</p>",
    "<x onclick=window.__xss=1>click</x>",
    "<a href=\"javascript:window.__xss=1\">js link</a>",
    "<a href=\"JaVaScRiPt:window.__xss=1\">mixed case</a>",
    "<a href=\"java\tscript:window.__xss=1\">tab inside</a>",
    "<a href=\" &#14; javascript:window.__xss=1\">control char</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:window.__xss=1\">entities</a>",
    "<a href=\"&#x6A;avascript:window.__xss=1\">hex entity</a>",
    "<a href=\"vbscript:msgbox(1)\">vbscript</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==\">data</a>",
    "<a href=\"https://example.org\" onclick=\"window.__xss=1\">handler on a safe link</a>",
    "<a href=https://example.org onfocus=window.__xss=1 autofocus>autofocus</a>",
    "<form action=\"javascript:window.__xss=1\"><button>go</button></form>",
    "<button formaction=\"javascript:window.__xss=1\">b</button>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=1\">",
    "<base href=\"javascript:window.__xss=1//\">",
    "<link rel=stylesheet href=\"javascript:window.__xss=1\">",
    "<style>@import 'javascript:window.__xss=1';</style>",
    "<p style=\"background:url(javascript:window.__xss=1)\">styled</p>",
    "<table background=\"javascript:window.__xss=1\"><tr><td>t</td></tr></table>",
    "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=1>\"></noscript>",
    "<template><img src=x onerror=window.__xss=1></template>",
    "<!--<img src=x onerror=window.__xss=1>-->",
    "<![CDATA[<img src=x onerror=window.__xss=1>]]>",
    "&lt;img src=x onerror=window.__xss=1&gt;",
    "&#60;script&#62;window.__xss=1&#60;/script&#62;",
    "\"><script>window.__xss=1</script>",
    "'';!--\"<XSS>=&{()}",
    "</textarea><script>window.__xss=1</script>",
    "<img src=\"x",
    "<a href='javascript:window.__xss=1'",
    "<div><p><b><i><a href=javascript:window.__xss=1>nested</a></i></b></p></div>",
];

/// A TimelineJS file with every payload in every field that reaches the page.
pub fn timeline() -> Value {
    let events: Vec<Value> = PAYLOADS
        .iter()
        .enumerate()
        .map(|(i, p)| {
            json!({
                "start_date": {"year": 1990 + (i % 30) as i64, "month": 1 + (i % 12) as i64, "day": 1 + (i % 28) as i64, "display_date": p},
                "text": {"headline": p, "text": format!("<p>{p}</p>{p}")},
                "group": if i % 3 == 0 { json!(p) } else { json!("Plain") },
                "unique_id": format!("{p}-{i}"),
                "media": {"url": if i % 2 == 0 { json!(p) } else { json!("https://example.invalid/x.png") }, "caption": p, "credit": p, "alt": p, "link": p},
            })
        })
        .collect();
    json!({
        "title": {"text": {"headline": PAYLOADS[0], "text": PAYLOADS[4]}},
        "eras": [{"start_date": {"year": 1990}, "end_date": {"year": 1995}, "text": {"headline": PAYLOADS[9]}}],
        "events": events,
    })
}

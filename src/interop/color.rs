//! Colours a data file may give a card (TimelineJS `background.color`): a
//! hex colour or a CSS colour name, nothing that could carry more CSS.

/// The CSS Color Module's named colours, `transparent` included.
const NAMES: &[&str] = &[
    "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black", "blanchedalmond", "blue",
    "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate", "coral", "cornflowerblue", "cornsilk",
    "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod", "darkgray", "darkgreen", "darkgrey", "darkkhaki",
    "darkmagenta", "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon", "darkseagreen",
    "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise", "darkviolet", "deeppink", "deepskyblue",
    "dimgray", "dimgrey", "dodgerblue", "firebrick", "floralwhite", "forestgreen", "fuchsia", "gainsboro",
    "ghostwhite", "gold", "goldenrod", "gray", "green", "greenyellow", "grey", "honeydew", "hotpink", "indianred",
    "indigo", "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon", "lightblue", "lightcoral",
    "lightcyan", "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey", "lightpink", "lightsalmon",
    "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow", "lime",
    "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue", "mediumorchid", "mediumpurple",
    "mediumseagreen", "mediumslateblue", "mediumspringgreen", "mediumturquoise", "mediumvioletred", "midnightblue",
    "mintcream", "mistyrose", "moccasin", "navajowhite", "navy", "oldlace", "olive", "olivedrab", "orange",
    "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise", "palevioletred", "papayawhip", "peachpuff",
    "peru", "pink", "plum", "powderblue", "purple", "rebeccapurple", "red", "rosybrown", "royalblue", "saddlebrown",
    "salmon", "sandybrown", "seagreen", "seashell", "sienna", "silver", "skyblue", "slateblue", "slategray",
    "slategrey", "snow", "springgreen", "steelblue", "tan", "teal", "thistle", "tomato", "transparent", "turquoise",
    "violet", "wheat", "white", "whitesmoke", "yellow", "yellowgreen",
];

/// The colour in one spelling (lower case, trimmed), or `None` when it is
/// not `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` or a colour name.
pub fn safe_color(c: &str) -> Option<String> {
    let c = c.trim().to_ascii_lowercase();
    let hex = c.strip_prefix('#').is_some_and(|h| matches!(h.len(), 3 | 4 | 6 | 8) && h.bytes().all(|b| b.is_ascii_hexdigit()));
    (hex || NAMES.binary_search(&c.as_str()).is_ok()).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_and_names_pass_and_nothing_else() {
        assert!(NAMES.windows(2).all(|w| w[0] < w[1]), "sorted, for the binary search");
        assert_eq!(safe_color(" #A0b1C2 ").as_deref(), Some("#a0b1c2"));
        assert_eq!(safe_color("#fff").as_deref(), Some("#fff"));
        assert_eq!(safe_color("SteelBlue").as_deref(), Some("steelblue"));
        for bad in ["#ff", "#fffff", "#ggg", "red; background:url(x)", "url(https://x.org/a.png)", "expression(1)", "", "rgb(1,2,3)"] {
            assert_eq!(safe_color(bad), None, "{bad}");
        }
    }
}

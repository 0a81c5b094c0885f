import Foundation

/// Strings that try to break out of a page or a drawing as markup or script:
/// what a name, an alias, a quote, a document or a source address could be
/// when a graph comes from text nobody vetted.
public enum HostileText {
    /// Markup and script as names and quotes, with NUL, bidi controls and the
    /// two line separators that end a JavaScript string literal.
    public static let markup = [
        "<img src=x onerror=\"window.injected=1;alert(1)\">",
        "</script><script>window.injected=2;document.title='pwned'</script>",
        "\"><svg onload=\"window.injected=3\">",
        "<!-- --><a href=\"javascript:window.injected=4\">x</a>",
        "javascript:alert(1)",
        "nul\u{0}byte",
        "bidi \u{202E}evil\u{202C} override",
        "line\u{2028}and\u{2029}paragraph",
        "&amp; &lt;b&gt; entities",
        "{{template}} ${literal}",
        "Côte d’Ivoire",
    ]

    /// Source addresses: only the first two are web addresses a page may link to.
    public static let sources = [
        "https://example.org/report?a=<b>&c=\"d\"",
        "http://example.org/plain",
        "javascript:window.injected=5",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>window.injected=6</script>",
        " https://example.org/leading-space",
        "vbscript:msgbox(1)",
    ]

    /// A graph in relgraph's JSON format whose every party name, alias, kind,
    /// quote, document and source is hostile: a ring of relations of mixed
    /// kinds and modalities, one piece of evidence each.
    public static func graphJSON() throws -> Data {
        let parties = markup.enumerated().map { index, name -> [String: Any] in
            ["id": "H\(index)", "name": name, "aliases": [name + " alias"], "kind": "other"]
        }
        let relations = markup.enumerated().map { index, name -> [String: Any] in
            [
                "source": "H\(index)", "target": "H\((index + 1) % markup.count)",
                "kind": ["supply", "troops", name][index % 3],
                "modality": index % 2 == 0 ? "asserted" : "hedged",
                "evidence": [[
                    "document": name, "start": 0, "end": 4, "quote": name,
                    "source": sources[index % sources.count],
                ]],
            ]
        }
        return try JSONSerialization.data(
            withJSONObject: ["parties": parties, "relations": relations], options: [.sortedKeys])
    }
}

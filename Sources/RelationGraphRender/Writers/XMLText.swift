/// Text escaped for XML 1.0 content and attribute values.
enum XMLText {
    /// `& < > " '` as entities, and tab, line feed and carriage return as
    /// character references, because a parser normalises them when literal
    /// (`\r\n` to `\n`, and all three to spaces in attributes); characters
    /// XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF; lone surrogates
    /// cannot occur in `String`) become U+FFFD.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

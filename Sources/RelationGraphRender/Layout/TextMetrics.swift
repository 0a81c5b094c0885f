/// Approximate text widths for a Helvetica-like sans-serif font, so that
/// node boxes fit their labels without a font engine.
///
/// Widths are the Adobe Helvetica advance widths (per 1000 units of the em)
/// for ASCII; other characters count as an average capital, East Asian
/// wide characters as a full em.
public enum TextMetrics {
    private static let ascii: [UInt16] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space ! " # $ % & ' ( ) * + , - . /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0-9 : ; < = > ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ A-O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P-Z [ \ ] ^ _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` a-o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 350,  // p-z { | } ~
    ]

    /// The width of `text` at `fontSize` points.
    ///
    /// - Complexity: O(*n*) in the number of characters.
    public static func width(of text: String, fontSize: Double) -> Double {
        var units = 0.0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 32 && value < 128 {
                units += Double(ascii[Int(value - 32)])
            } else if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFF00...0xFF60).contains(value) || (0x1F300...0x1FAFF).contains(value)
            {
                units += 1000
            } else if value >= 128 {
                units += 620
            }
        }
        return units * fontSize / 1000
    }
}

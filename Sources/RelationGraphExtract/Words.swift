/// Token keys of the function words mention finding tests for one by one.
enum Words {
    /// The "s" of a possessive "’s" (the tokenizer splits the apostrophe off).
    static let s = Tokenizer.key("s")
}

/// The state of one left-to-right pass of `TextAnonymizer` over a text.
struct TextScan {
    let chars: [Character]
    var i = 0
    var out = ""
    var sentenceStart: Bool
    /// What was appended since the last `[naam]`, while it is only spaces and particles.
    var sinceName: String?
    /// Runs without spaces up to here hold no e-mail address (each run is checked once).
    var checkedUntil = 0
    /// The last word seen, lower-cased ("kenteken" lets a lower-case plate through).
    var lastWord = ""

    init(chars: [Character], sentenceStart: Bool) {
        self.chars = chars
        self.sentenceStart = sentenceStart
    }

    mutating func append(_ s: String, clearsName: Bool = true) {
        out += s
        if sinceName != nil {
            if clearsName { sinceName = nil } else { sinceName! += s }
        }
    }

    /// Appends `mark` for the characters up to `end` and moves past them.
    mutating func replace(upTo end: Int, with mark: String) {
        append(mark)
        i = end
        sentenceStart = false
        lastWord = ""
    }

    /// Appends `[naam]`, or joins it to the `[naam]` before it when only particles and spaces
    /// came between ("[naam] van der [naam]" → "[naam]").
    mutating func appendName() {
        if let pending = sinceName {
            out.removeLast(pending.count)
        } else {
            out += TextAnonymizer.nameMark
        }
        sinceName = ""
    }

    func isWordChar(_ index: Int) -> Bool {
        index >= 0 && index < chars.count && (chars[index].isLetter || chars[index].isNumber)
    }
}

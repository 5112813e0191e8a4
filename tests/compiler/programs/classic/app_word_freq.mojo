# Text statistics: word frequencies (case-folded, punctuation stripped),
# sorted by count then alphabetically, plus line/char/sentence counts.


comptime TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness. It was the spring of hope, it was the winter of despair! We had
everything before us, we had nothing before us; we were all going direct to
Heaven, we were all going direct the other way. In short, the period was so
far like the present period?"""


@fieldwise_init
struct WordCount(Copyable, Writable):
    var word: String
    var count: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.word, "=", self.count)


def clean_word(w: String) -> String:
    var out = String()
    for c in w.lower().codepoint_slices():
        if (c >= "a" and c <= "z") or c == "'":
            out += c
    return out


def by_count(a: WordCount, b: WordCount) -> Bool:
    if a.count != b.count:
        return a.count > b.count
    return a.word < b.word


def main():
    var text = String(TEXT)
    var counts = Dict[String, Int]()
    var total_words = 0
    var lines = text.splitlines()
    for line in lines:
        for raw in line.split():
            var w = clean_word(String(raw))
            if w.byte_length() == 0:
                continue
            total_words += 1
            counts[w] = counts.get(w, 0) + 1

    var entries = List[WordCount]()
    for item in counts.items():
        entries.append(WordCount(item.key, item.value))
    sort(entries, by_count)

    print("lines:", len(lines))
    print("words:", total_words, "distinct:", len(entries))
    print("characters:", text.byte_length())
    var sentences = 0
    for c in text.codepoint_slices():
        if c == "." or c == "!" or c == "?":
            sentences += 1
    print("sentences:", sentences)
    print("top 8:")
    for i in range(8):
        var e = entries[i].copy()
        var bar = String("#") * e.count
        print("  ", e.word.ascii_ljust(8), String(e.count).ascii_rjust(3), bar)

    var longest = String()
    for e in entries:
        if e.word.byte_length() > longest.byte_length():
            longest = e.word
    print("longest word:", longest)

    var by_len = Dict[Int, Int]()
    for e in entries:
        var n = e.word.byte_length()
        by_len[n] = by_len.get(n, 0) + e.count
    var lens = List[Int]()
    for k in by_len.keys():
        lens.append(k)
    sort(lens)
    var hist = String()
    for n in lens:
        hist += String(n) + ":" + String(by_len.get(n, 0)) + " "
    print("length histogram:", hist.strip())

    var singles = List[String]()
    for e in entries:
        if e.count == 1:
            singles.append(e.word)
    print("hapax legomena:", len(singles), singles[:5])
    print(entries[0], entries[len(entries) - 1])

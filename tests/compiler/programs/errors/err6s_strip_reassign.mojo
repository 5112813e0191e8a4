# Normalizing input in place: String(text.strip()) borrows text while the result is built into it.


def normalize(raw: String) -> String:
    var text = raw.lower()
    text = String(text.strip())
    return text


def main():
    print(normalize("  Hello World  "))

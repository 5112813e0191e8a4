def render(template: String, keys: List[String], values: List[String]) -> String:
    var out = template
    for i in range(len(keys)):
        out = out.replace("{{" + keys[i] + "}}", values[i])
    return out


def pad_table(rows: List[List[String]]) -> String:
    var widths = List[Int]()
    for r in rows:
        for j in range(len(r)):
            var w = r[j].byte_length()
            if j >= len(widths):
                widths.append(w)
            elif w > widths[j]:
                widths[j] = w
    var out = String()
    for i in range(len(rows)):
        var cells = List[String]()
        for j in range(len(rows[i])):
            if j == 0:
                cells.append(rows[i][j].ascii_ljust(widths[j]))
            else:
                cells.append(rows[i][j].ascii_rjust(widths[j]))
        out += "| " + " | ".join(cells) + " |\n"
        if i == 0:
            var dashes = List[String]()
            for w in widths:
                dashes.append("-" * w)
            out += "|-" + "-|-".join(dashes) + "-|\n"
    return out


def main() raises:
    var t = "Dear {{name}}, your order #{{id}} ships on {{date}}. Thanks, {{name}}!"
    print(render(t, ["name", "id", "date"], ["Ada", "1042", "Monday"]))
    var rows: List[List[String]] = [["item", "qty", "price"], ["apple", "3", "1.25"], ["watermelon", "1", "4.5"], ["fig", "12", "0.3"]]
    print(pad_table(rows), end="")
    var title = "report"
    print(title.upper().ascii_center(20, "="))
    print(String("total: {} items, {} lines").format(16, len(rows)))

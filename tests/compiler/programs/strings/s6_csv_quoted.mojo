# A small CSV reader that handles quoted fields with commas and doubled quotes.


def parse_line(line: StringSlice) -> List[String]:
    var fields = List[String]()
    var cur = String()
    var in_quotes = False
    var i = 0
    var b = line.as_bytes()
    while i < len(b):
        var c = Int(b[i])
        if in_quotes:
            if c == ord('"'):
                if i + 1 < len(b) and Int(b[i + 1]) == ord('"'):
                    cur += '"'
                    i += 1
                else:
                    in_quotes = False
            else:
                cur += chr(c)
        else:
            if c == ord('"'):
                in_quotes = True
            elif c == ord(","):
                fields.append(cur)
                cur = String()
            else:
                cur += chr(c)
        i += 1
    fields.append(cur)
    return fields^


def main() raises:
    var data = '''id,name,city,amount
1,"Smith, John",Boston,120.50
2,Jane Doe,"New York, NY",99
3,"O""Brien, Pat","Dublin",15.25
4,Li Wei,Shanghai,-3.5
5,"",Nowhere,0'''
    var lines = data.splitlines()
    var header = parse_line(lines[0])
    print("columns:", len(header), header)
    var total = 0.0
    for i in range(1, len(lines)):
        var f = parse_line(lines[i])
        var parts = List[String]()
        for j in range(len(f)):
            parts.append(header[j] + "=" + repr(f[j]))
        print(", ".join(parts))
        total += atof(f[3])
    print("sum of amounts:", total)
    var longest = String()
    for i in range(1, len(lines)):
        var name = parse_line(lines[i])[1]
        if name.byte_length() > longest.byte_length():
            longest = name
    print("longest name:", longest, "(" + String(longest.byte_length()) + " bytes)")

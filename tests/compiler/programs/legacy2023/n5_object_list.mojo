# 2023: object([]) and object({...}) are dynamic lists and dicts that grow as the program runs.
def build_rows(n: Int) -> object:
    rows = object([])
    for i in range(n):
        row = object([])
        for j in range(n):
            row.append(i * n + j)
        rows.append(row)
    return rows

def main():
    let rows = build_rows(3)
    print(rows)
    print(len(rows), rows[1][2])
    counts = object({})
    for word in ["a", "b", "a"]:
        counts[word] = counts.get(word, 0) + 1
    print(counts)

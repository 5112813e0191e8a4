# String.grapheme_indices(): each user-perceived character (grapheme cluster) with the byte offset
# where it starts, as Mojo 1.2 yields them (the clusters themselves come from collections.string).


def _str_grapheme_indices(s: String) -> List[Tuple[Int, String]]:
    var out = List[Tuple[Int, String]]()
    var i = 0
    var n = s.byte_length()
    while i < n:
        var w = _grapheme_len(s, i)
        out.append((i, _str_slice(s, i, i + w)))
        i += w
    return out^

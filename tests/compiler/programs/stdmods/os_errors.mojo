from std.os import listdir, rmdir, unlink, removedirs, symlink, link, stat, makedirs, lstat
from std.os.path import getsize, realpath, expandvars, split_extension
from std.pathlib import Path, cwd

def main() raises:
    Path("/tmp/mojito_test_os_errors_file").write_text("abc")
    for p in ["/nonexistent_x", "/tmp/mojito_probe_dir_missing/x"]:
        try:
            rmdir(p)
        except e:
            print("rmdir:", e)
        try:
            unlink(p)
        except e:
            print("unlink:", e)
        try:
            removedirs(p)
        except e:
            print("removedirs:", e)
        try:
            _ = listdir(p)
        except e:
            print("listdir:", e)
        try:
            print(getsize(p))
        except e:
            print("getsize:", e)
        try:
            print(realpath(p))
        except e:
            print("realpath:", e)
        try:
            _ = lstat(p)
        except e:
            print("lstat:", e)
        try:
            _ = Path(p).read_text()
        except e:
            print("read_text:", e)
    try:
        symlink("/tmp/mojito_test_os_errors_file", "/tmp")
    except e:
        print("symlink:", e)
    try:
        link("/nonexistent_x", "/tmp/zz")
    except e:
        print("link:", e)
    try:
        makedirs("/proc/nope/x")
    except e:
        print("makedirs:", e)
    var st = stat("/tmp/mojito_test_os_errors_file")
    print(st.st_uid, st.st_gid, st.st_blksize > 0)
    var s = String(st)
    print(s[byte=0:40])
    print(expandvars("$"), expandvars("${UNCLOSED"), expandvars("a$$b"), expandvars("$1x"))
    print(split_extension("a.b/c"), split_extension("/x/.hidden.txt"), split_extension("trail."))
    print(Path("/"), Path("/").name(), Path("/a/").name(), Path("a.").suffix(), Path(".x").suffix())
    print(Path("/a/b").parts(), Path("a//b").parts())
    print(Path("") / "x", Path("a") / Path("/b"), Path() == cwd())

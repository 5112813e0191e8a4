from std.os import listdir, makedirs, removedirs, stat, lstat, mkdir, rmdir, remove, symlink, link, isatty, getenv, setenv
from std.os.path import expanduser, expandvars, getsize, islink, lexists, realpath, split_extension, splitroot, exists, isdir
from std.pathlib import Path, cwd

def main() raises:
    var base = "/tmp/mojito_test_os_fs_ops"
    makedirs(base + "/a/b", exist_ok=True)
    Path(base + "/a/f.txt").write_text("hello")
    Path(base + "/a/g.bin").write_text(String("xyz"))
    var names = listdir(base + "/a")
    sort(names)
    print(names)
    print(getsize(base + "/a/f.txt"))
    var st = stat(base + "/a/f.txt")
    print(st.st_size, st.st_mode & 0o777 > 0, st.st_nlink)
    symlink(base + "/a/f.txt", base + "/a/ln")
    print(islink(base + "/a/ln"), lexists(base + "/a/ln"), islink(base + "/a/f.txt"))
    print(realpath(base + "/a/ln"))
    print(split_extension("dir/archive.tar.gz"), split_extension(".bashrc"), split_extension("noext"))
    print(splitroot("/usr/lib"), splitroot("rel/path"), splitroot("//x"))
    _ = setenv("MOJITO_PROBE", "v1")
    print(expandvars("$MOJITO_PROBE/x ${MOJITO_PROBE} $NOPE_NOT_SET"))
    print(expanduser("~/x") == getenv("HOME") + "/x", expanduser("/abs"))
    var p = Path(base) / "a"
    var kids = p.listdir()
    print(len(kids))
    print(Path("a/b/c.txt").name(), Path("a/b/c.txt").suffix(), Path("a/b/c.txt").parts())
    print(Path("x") == Path("x"), Path("a") < Path("b"), Bool(Path("")), Bool(Path("q")))
    var q = Path("dir")
    q /= "file"
    print(q, repr(q))
    print(Path("a").joinpath("b", "c"))
    print(p.stat().st_size > 0)
    Path(base + "/a/bytes.bin").write_bytes("AB".as_bytes())
    print(Path(base + "/a/bytes.bin").read_bytes())
    print(isatty(99))
    remove(base + "/a/ln")
    remove(base + "/a/f.txt")
    remove(base + "/a/g.bin")
    remove(base + "/a/bytes.bin")
    removedirs(base + "/a/b")
    print(exists(base))
    try:
        _ = listdir("/nonexistent_dir_x")
    except e:
        print("listdir:", e)
    try:
        remove("/nonexistent_file_x")
    except e:
        print("remove:", e)
    try:
        mkdir("/tmp")
    except e:
        print("mkdir:", e)
    try:
        _ = stat("/nonexistent_file_x")
    except e:
        print("stat:", e)
    try:
        makedirs("/tmp")
    except e:
        print("makedirs:", e)
    print(String(cwd()) != "")

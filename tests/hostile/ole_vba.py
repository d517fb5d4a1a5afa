"""Just enough of two Microsoft formats to put a VBA macro into a workbook,
with the standard library only (make_corpus.py uses it; nothing here runs
anything):

  * the OLE compound file ([MS-CFB], version 3): read every stream of a file
    the office wrote, write a new one holding them plus the macro's streams;
  * the VBA project ([MS-OVBA]): the PROJECT, VBA/dir, VBA/_VBA_PROJECT and
    module streams of a project with a workbook module and standard modules.

LibreOffice 7.4 can write a VBA project into .xlsm (it did not into .xls, and
the one it wrote was not read back as code), so the project is built here, the
way [MS-OVBA] describes it, and the generator checks that the office does run
it when it is allowed to: a macro that cannot run would prove nothing.
"""

import struct

# --- [MS-CFB] compound file -------------------------------------------------

MAGIC = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
SECTOR = 512  # version 3
MINI_SECTOR = 64
MINI_CUTOFF = 4096  # smaller streams live in the mini stream
FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
EMPTY, STORAGE, STREAM, ROOT = 0, 1, 2, 5
CODE_NAME = "ThisWorkbook"  # the workbook's code name and its VBA module


def read_compound_file(data):
    """{path: bytes} for every stream ("_VBA_PROJECT_CUR/VBA/dir"), the set of
    storage paths, and the root entry's CLSID."""
    if data[:8] != MAGIC:
        raise ValueError("not an OLE compound file")
    (sector_shift, mini_shift) = struct.unpack_from("<HH", data, 30)
    sector = 1 << sector_shift
    (fat_count, first_dir, _, _, first_minifat, _, first_difat, difat_count) = \
        struct.unpack_from("<IIIIIIII", data, 44)

    def sector_bytes(n):
        return data[sector * (n + 1): sector * (n + 2)]

    difat = list(struct.unpack_from("<109I", data, 76))
    next_difat = first_difat
    for _ in range(difat_count):
        words = struct.unpack(f"<{sector // 4}I", sector_bytes(next_difat))
        difat.extend(words[:-1])
        next_difat = words[-1]
    fat = []
    for n in difat[:fat_count]:
        fat.extend(struct.unpack(f"<{sector // 4}I", sector_bytes(n)))

    def chain(start, table):
        seen = []
        while start not in (END_OF_CHAIN, FREE) and len(seen) <= len(table):
            seen.append(start)
            start = table[start]
        return seen

    def big_stream(start):
        return b"".join(sector_bytes(n) for n in chain(start, fat))

    directory = big_stream(first_dir)
    entries = [directory[i:i + 128] for i in range(0, len(directory), 128)]
    root_start, root_size = struct.unpack_from("<IQ", entries[0], 116)
    mini_stream = big_stream(root_start)[:root_size]
    minifat_bytes = big_stream(first_minifat) if first_minifat != END_OF_CHAIN else b""
    minifat = list(struct.unpack(f"<{len(minifat_bytes) // 4}I", minifat_bytes))
    mini = 1 << mini_shift

    def stream(start, size):
        if size < MINI_CUTOFF:
            return b"".join(mini_stream[n * mini:(n + 1) * mini] for n in chain(start, minifat))[:size]
        return big_stream(start)[:size]

    streams, storages = {}, set()

    def walk(index, parent):
        if index == NO_STREAM:
            return
        entry = entries[index]
        name_length, kind = struct.unpack_from("<HB", entry, 64)
        left, right, child = struct.unpack_from("<III", entry, 68)
        start, size = struct.unpack_from("<IQ", entry, 116)
        name = entry[:max(name_length - 2, 0)].decode("utf-16-le")
        path = f"{parent}/{name}" if parent else name
        if kind == STORAGE:
            storages.add(path)
            walk(child, path)
        elif kind == STREAM:
            streams[path] = stream(start, size & 0xFFFFFFFF)
        walk(left, parent)
        walk(right, parent)

    walk(struct.unpack_from("<I", entries[0], 76)[0], "")
    return streams, storages, entries[0][80:96]


def _name_order(name):
    """[MS-CFB] 2.6.4: shorter names first, then by upper-cased code units."""
    return (len(name), name.upper())


def _sectors(size, sector=SECTOR):
    return -(-size // sector)


def _directory(streams, storages):
    """The entries in directory order (root first, then depth-first), each
    {path, kind, left, right, child} with sibling trees balanced."""
    kinds, children = {"": ROOT}, {"": []}
    for path in sorted(set(storages) | {p.rpartition("/")[0] for p in streams} - {""}):
        parts = path.split("/")
        for depth in range(1, len(parts) + 1):
            sub = "/".join(parts[:depth])
            if sub not in kinds:
                kinds[sub], children[sub] = STORAGE, []
                children["/".join(parts[:depth - 1])].append(sub)
    for path in sorted(streams):
        kinds[path], children[path] = STREAM, []
        children[path.rpartition("/")[0]].append(path)
    for path in children:
        children[path].sort(key=lambda p: _name_order(p.rpartition("/")[2]))

    order = []

    def visit(path):
        order.append(path)
        for child in children[path]:
            visit(child)

    visit("")
    index = {path: i for i, path in enumerate(order)}
    entries = {path: {"path": path, "kind": kinds[path], "left": NO_STREAM, "right": NO_STREAM,
                      "child": NO_STREAM} for path in order}

    def balanced(siblings):
        """Siblings as a balanced binary search tree (all nodes black)."""
        if not siblings:
            return NO_STREAM
        middle = len(siblings) // 2
        entries[siblings[middle]]["left"] = balanced(siblings[:middle])
        entries[siblings[middle]]["right"] = balanced(siblings[middle + 1:])
        return index[siblings[middle]]

    for path in order:
        entries[path]["child"] = balanced(children[path])
    return [entries[path] for path in order]


def _directory_record(name, kind, left, right, child, clsid, start, size):
    encoded = name.encode("utf-16-le")
    assert len(encoded) <= 62, name
    name_size = len(encoded) + 2 if name else 0
    color = 0 if kind == EMPTY else 1  # black; a free entry is all zeros
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", name_size, kind, color)
            + struct.pack("<III", left, right, child) + clsid + struct.pack("<IQQIQ", 0, 0, 0, start, size))


def write_compound_file(streams, storages=(), root_clsid=bytes(16)):
    """A version-3 compound file of the given {path: bytes} streams; the
    storages are the paths' parents (and any listed). No timestamps: the same
    input gives the same bytes.

    Layout: header, FAT sectors, directory, mini FAT, mini stream, then each
    large stream; streams under 4096 bytes live in the mini stream, as the
    format requires."""
    directory = _directory(streams, storages)
    starts = {}
    mini_stream, minifat = bytearray(), []
    for entry in directory:
        data = streams.get(entry["path"])
        if entry["kind"] != STREAM or len(data) >= MINI_CUTOFF:
            continue
        count = _sectors(len(data), MINI_SECTOR)
        starts[entry["path"]] = len(minifat) if count else END_OF_CHAIN
        minifat += list(range(len(minifat) + 1, len(minifat) + count)) + ([END_OF_CHAIN] if count else [])
        mini_stream += data.ljust(count * MINI_SECTOR, b"\0")
    minifat_bytes = struct.pack(f"<{len(minifat)}I", *minifat)
    big = [e["path"] for e in directory if e["kind"] == STREAM and len(streams[e["path"]]) >= MINI_CUTOFF]

    sections = [("dir", _sectors(len(directory) * 128)), ("minifat", _sectors(len(minifat_bytes))),
                ("ministream", _sectors(len(mini_stream)))] + [(p, _sectors(len(streams[p]))) for p in big]
    content = sum(count for _, count in sections)
    fat_count = 1
    while fat_count * (SECTOR // 4) < content + fat_count:
        fat_count += 1
    assert fat_count <= 109, "too large for a header-only DIFAT"
    fat = [FAT_SECTOR] * fat_count
    for name, count in sections:  # each section is one chain of consecutive sectors
        starts[name] = len(fat) if count else END_OF_CHAIN
        fat += list(range(len(fat) + 1, len(fat) + count)) + ([END_OF_CHAIN] if count else [])
    fat += [FREE] * (fat_count * (SECTOR // 4) - len(fat))

    records = []
    for entry in directory:
        path, kind = entry["path"], entry["kind"]
        if kind == ROOT:
            name, clsid, start, size = "Root Entry", root_clsid, starts["ministream"], len(mini_stream)
        elif kind == STORAGE:
            name, clsid, start, size = path.rpartition("/")[2], bytes(16), 0, 0
        else:
            name, clsid, start, size = path.rpartition("/")[2], bytes(16), starts[path], len(streams[path])
        records.append(_directory_record(name, kind, entry["left"], entry["right"], entry["child"],
                                         clsid, start, size))
    empty = _directory_record("", EMPTY, NO_STREAM, NO_STREAM, NO_STREAM, bytes(16), 0, 0)
    records += [empty] * (-len(records) % (SECTOR // 128))

    def padded(data):
        return data + bytes(-len(data) % SECTOR)

    header = MAGIC + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<IIIIIIIII", 0, fat_count, starts["dir"], 0, MINI_CUTOFF,
                          starts["minifat"], dict(sections)["minifat"], END_OF_CHAIN, 0)
    header += struct.pack("<109I", *(list(range(fat_count)) + [FREE] * (109 - fat_count)))
    return (header + padded(struct.pack(f"<{len(fat)}I", *fat)) + padded(b"".join(records))
            + padded(minifat_bytes) + padded(bytes(mini_stream)) + b"".join(padded(streams[p]) for p in big))


# --- [MS-OVBA] VBA project ---------------------------------------------------

def compress(data):
    """[MS-OVBA] 2.4.1 compressed container holding `data` as literal tokens
    only (no back-references): valid, and simple. One chunk: up to 3640 bytes
    of input fit in a chunk's 4096-byte limit (8 literals + 1 flag byte)."""
    assert len(data) <= 3640, "keep VBA streams small"
    tokens = bytearray()
    for i in range(0, len(data), 8):
        tokens += b"\x00" + data[i:i + 8]  # flag byte 0: eight literals
    header = 0xB000 | (len(tokens) + 2 - 3)  # compressed, signature 0b011, size - 3
    return b"\x01" + struct.pack("<H", header) + bytes(tokens)


def _record(record_id, payload):
    return struct.pack("<HI", record_id, len(payload)) + payload


def dir_stream(project, modules):
    """[MS-OVBA] 2.3.4.2 dir stream: the project, then each module
    (name, kind, source) with kind "document" (the workbook's own module,
    whose Workbook_Open Excel runs on opening) or "standard"."""
    out = [
        _record(0x0001, struct.pack("<I", 1)),  # PROJECTSYSKIND: 32-bit Windows
        _record(0x0002, struct.pack("<I", 0x409)),  # PROJECTLCID
        _record(0x0014, struct.pack("<I", 0x409)),  # PROJECTLCIDINVOKE
        _record(0x0003, struct.pack("<H", 1252)),  # PROJECTCODEPAGE
        _record(0x0004, project.encode("cp1252")),  # PROJECTNAME
        _record(0x0005, b""), _record(0x0040, b""),  # PROJECTDOCSTRING (+ Unicode)
        _record(0x0006, b""), _record(0x003D, b""),  # PROJECTHELPFILEPATH (+ second)
        _record(0x0007, struct.pack("<I", 0)),  # PROJECTHELPCONTEXT
        _record(0x0008, struct.pack("<I", 0)),  # PROJECTLIBFLAGS
        struct.pack("<HIIH", 0x0009, 4, 1, 0),  # PROJECTVERSION (its size says 4, is 6)
        _record(0x000C, b""), _record(0x003C, b""),  # PROJECTCONSTANTS (+ Unicode)
        _record(0x000F, struct.pack("<H", len(modules))),  # PROJECTMODULES
        _record(0x0013, struct.pack("<H", 0xFFFF)),  # PROJECTCOOKIE
    ]
    for module, kind, _ in modules:
        name, unicode_name = module.encode("cp1252"), module.encode("utf-16-le")
        out += [
            _record(0x0019, name), _record(0x0047, unicode_name),  # MODULENAME (+ Unicode)
            _record(0x001A, name), _record(0x0032, unicode_name),  # MODULESTREAMNAME (+ Unicode)
            _record(0x001C, b""), _record(0x0048, b""),  # MODULEDOCSTRING (+ Unicode)
            _record(0x0031, struct.pack("<I", 0)),  # MODULEOFFSET: source right at the start
            _record(0x001E, struct.pack("<I", 0)),  # MODULEHELPCONTEXT
            _record(0x002C, struct.pack("<H", 0xFFFF)),  # MODULECOOKIE
            _record(0x0022 if kind == "document" else 0x0021, b""),  # MODULETYPE
            struct.pack("<HI", 0x002B, 0),  # end of the module
        ]
    out.append(struct.pack("<HI", 0x0010, 0))  # end of the dir stream
    return compress(b"".join(out))


def vba_project_streams(modules, project="VBAProject", prefix=""):
    """The streams of a VBA project of `modules` [(name, "document" or
    "standard", source)], under `prefix` ("_VBA_PROJECT_CUR/" in an .xls,
    "" in an .xlsm's vbaProject.bin)."""
    lines = ['ID="{5D6E5A41-0D5C-4B8E-9C1A-5354415446F1}"']
    for module, kind, _ in modules:
        lines.append(f"Document={module}/&H00000000" if kind == "document" else f"Module={module}")
    lines += [f'Name="{project}"', 'HelpContextID="0"', 'VersionCompatible32="393222000"', "",
              "[Host Extender Info]", "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000", ""]
    streams = {
        prefix + "PROJECT": "\r\n".join(lines).encode("cp1252"),
        prefix + "VBA/dir": dir_stream(project, modules),
        prefix + "VBA/_VBA_PROJECT": struct.pack("<HHBH", 0x61CC, 0xFFFF, 0, 0),  # no p-code cache
    }
    for module, _, source in modules:
        text = f'Attribute VB_Name = "{module}"\r\n' + source.replace("\n", "\r\n")
        streams[prefix + "VBA/" + module] = compress(text.encode("cp1252"))
    return streams


# --- .xls: tell the reader the workbook has a VBA project ---------------------

def _records(stream):
    """(offset, id, payload) of every BIFF record."""
    at = 0
    while at + 4 <= len(stream):
        record_id, length = struct.unpack_from("<HH", stream, at)
        yield at, record_id, stream[at + 4:at + 4 + length]
        at += 4 + length


def announce_vba_project(workbook_stream):
    """Adds to the workbook globals what an .xls with macros has and the
    office's own .xls lacks: OBJPROJ (0x00D3: "there is a VBA project": the
    reader looks for it only then) and CODENAME (0x01BA: the workbook's code
    name, which ties it to its document module). They go before the first
    BOUNDSHEET; every absolute stream position after that point moves by
    their size and is corrected: BOUNDSHEET's sheet offsets, EXTSST's and
    INDEX's record positions."""
    name = CODE_NAME.encode("latin-1")
    added = struct.pack("<HH", 0x00D3, 0) + \
        struct.pack("<HHHB", 0x01BA, 3 + len(name), len(name), 0) + name
    records = list(_records(workbook_stream))
    insert_at = next(at for at, record_id, _ in records if record_id == 0x0085)
    shift = len(added)

    def moved(position):
        return position + shift if position >= insert_at else position

    out = bytearray()
    for at, record_id, payload in records:
        if at == insert_at:
            out += added
        if record_id == 0x0085:  # BOUNDSHEET: lbPlyPos, then the rest
            payload = struct.pack("<I", moved(struct.unpack_from("<I", payload)[0])) + payload[4:]
        elif record_id == 0x00FF:  # EXTSST: dsst, then (ib, cbOffset, reserved) per bucket
            buckets = [struct.unpack_from("<IHH", payload, 2 + 8 * i) for i in range((len(payload) - 2) // 8)]
            payload = payload[:2] + b"".join(struct.pack("<IHH", moved(ib), cb, r) for ib, cb, r in buckets)
        elif record_id == 0x020B:  # INDEX: reserved, rwMic, rwMac, ibXF, rgibRw[]
            words = list(struct.unpack(f"<{len(payload) // 4}I", payload))
            words[3:] = [moved(w) for w in words[3:]]
            payload = struct.pack(f"<{len(words)}I", *words)
        out += struct.pack("<HH", record_id, len(payload)) + payload
    return bytes(out)


def xls_with_macros(xls_bytes, modules):
    """The .xls the office wrote, with a VBA project of `modules` (see
    vba_project_streams; the document module must be named CODE_NAME)."""
    streams, storages, clsid = read_compound_file(xls_bytes)
    streams["Workbook"] = announce_vba_project(streams["Workbook"])
    streams.update(vba_project_streams(modules, prefix="_VBA_PROJECT_CUR/"))
    return write_compound_file(streams, storages, clsid)


def vba_project_bin(modules):
    """xl/vbaProject.bin of an .xlsm: the same project as its own compound file."""
    return write_compound_file(vba_project_streams(modules))

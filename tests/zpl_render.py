"""A printer's view of our ZPL, for the tests: exactly the subset ``labels_zpl`` emits.

``^PW``/``^LL`` size the label, ``^FO`` places the next field, ``^GFA`` is a bitmap one bit
a dot in hex with Zebra's ASCII compression (expanded here from the manual's rules, not
with the encoder's code), ``^BY`` the module width and ``^BCN,h,…,A`` a Code128 symbol
of height ``h`` whose modules come from python-barcode (a Zebra picks its own code sets,
which may differ in length, never in what a scanner reads). ``^FX`` comments are kept,
each with the field it precedes. Anything else is refused, so a new command in the output
cannot pass unseen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from barcode.codex import Code128  # type: ignore[import-untyped]
from PIL import Image

_COMMAND = re.compile(r"[\^~]([A-Z@][A-Z0-9@]?)")


@dataclass
class Graphic:
    comment: str
    x: int
    y: int
    image: Image.Image  # mode "1", text white (1) on black: as sent


@dataclass
class Label:
    image: Image.Image  # mode "L", black ink on white
    graphics: list[Graphic] = field(default_factory=list)
    #: (x, y, module dots, height, data) of each ^BC field
    barcodes: list[tuple[int, int, int, int, str]] = field(default_factory=list)


def render(zpl: str) -> list[Label]:
    return [_format(body) for body in re.findall(r"\^XA(.*?)\^XZ", zpl, flags=re.S)]


def _format(body: str) -> Label:
    width = int(re.search(r"\^PW(\d+)", body).group(1))  # type: ignore[union-attr]
    height = int(re.search(r"\^LL(\d+)", body).group(1))  # type: ignore[union-attr]
    label = Label(Image.new("L", (width, height), 255))
    x = y = module = 0
    comment = ""
    for match in re.finditer(r"[\^~][^\^~]*", body):
        command = match.group(0)
        name = command[1:3]
        args = command[3:].strip()
        if name in ("CI", "PW", "LL", "LH", "FS"):
            continue
        if name == "FX":
            comment = command[3:].rstrip("\n")
        elif name == "FO":
            x, y = (int(v) for v in args.split(","))
        elif name == "GF":
            kind, total, _, row, data = args.split(",", 4)
            assert kind == "A"
            raw = expand(data, 2 * int(row))
            assert len(raw) == 2 * int(total)
            rows = int(total) // int(row)
            bitmap = Image.frombytes("1", (int(row) * 8, rows), bytes.fromhex(raw))
            label.graphics.append(Graphic(comment, x, y, bitmap))
            ink = Image.new("L", bitmap.size, 0)
            label.image.paste(ink, (x, y), bitmap.convert("L"))
        elif name == "BY":
            module = int(args.split(",")[0])
        elif name == "BC":
            assert re.fullmatch(r"N,\d+,N,N,N,A", args), args
            bar_height = int(args.split(",")[1])
        elif name == "FD":
            data = command[3:]
            modules = str(Code128(data).build()[0])
            for index, bit in enumerate(modules):
                if bit == "1":
                    left = x + index * module
                    label.image.paste(0, (left, y, left + module, y + bar_height))
            label.barcodes.append((x, y, module, bar_height, data))
        else:
            raise AssertionError(f"a ZPL command the test printer does not know: {command[:20]}")
    return label


def expand(data: str, row_chars: int) -> str:
    """Hex digits of ``^GFA`` data in Zebra's ASCII compression: G…Y add 1…19 and g…z add
    20…400 to the count of the next hex digit; "," pads the row with 0, "!" with F, ":"
    repeats the row before."""
    rows: list[str] = []
    row, count = "", 0
    for char in data:
        if "G" <= char <= "Y":
            count += ord(char) - ord("G") + 1
        elif "g" <= char <= "z":
            count += (ord(char) - ord("g") + 1) * 20
        elif char in "0123456789ABCDEF":
            row += char * max(count, 1)
            count = 0
        elif char in ",!":
            row += ("0" if char == "," else "F") * (row_chars - len(row))
        elif char == ":":
            assert row == "" and rows, "':' must start a row after another"
            row = rows[-1]
        else:
            raise AssertionError(f"not ^GFA data: {char!r}")
        assert len(row) <= row_chars
        if len(row) == row_chars:
            rows.append(row)
            row = ""
    assert row == "" and count == 0
    return "".join(rows)

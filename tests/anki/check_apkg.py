#!/usr/bin/env python3
"""Checks awsdrill's Anki export and import against the real Anki library (PyPI `anki`).

Usage: check_apkg.py AWSDRILL_BINARY WORK_DIR

1. Export: `awsdrill anki export --text both` writes every bundled card; Anki imports the file.
   The note count, note types, fields and tags must match the cards (read from awsdrill's own
   CSV export of the same cards). A later export imported again must update every note and add
   none.
2. Import: a collection made by Anki (Basic, Basic and reversed, Cloze with two cloze numbers,
   HTML, a picture, Image Occlusion, a picture-only front, one review) is exported by Anki in
   the legacy format (collection.anki21) and in the current one (collection.anki21b); awsdrill
   imports each as a user pack, which must lint clean (no errors), with the report expected.

Prints one line per check and exits 1 when any fails. tests/anki_python.rs runs it.
"""

import csv
import html
import json
import os
import subprocess
import sys
import time

from anki.collection import Collection, ExportAnkiPackageOptions
from anki.generic_pb2 import Empty
from anki.import_export_pb2 import (
    ExportLimit,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)

BIN, WORK = sys.argv[1], sys.argv[2]
FAILED = []


def shows_unit(back, number, unit):
    """Whether a numeric note's Back shows the card's unit: as written, or beside the number 1
    with one counted word in the singular (`1 hour` for `hours`, `1 repository` for
    `repositories`)."""
    if unit in back:
        return True
    if number != "1" or not back.startswith("1 "):
        return False
    shown = back[2:].split(" (")[0].split()
    words = unit.split()
    if len(shown) != len(words):
        return False
    differ = [(a, b) for a, b in zip(shown, words) if a != b]
    return len(differ) == 1 and differ[0][1] in (
        differ[0][0] + "s", differ[0][0] + "es", differ[0][0][:-1] + "ies")


def check(what, ok, detail=""):
    print(("PASS " if ok else "FAIL ") + what + ("" if ok else f": {detail}"))
    if not ok:
        FAILED.append(what)


def awsdrill(data, *args):
    out = subprocess.run(
        [BIN, "--data-dir", data, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return out


def to_html(text):
    """What awsdrill writes into a field for plain text."""
    return html.escape(text, quote=True).replace("&#x27;", "'").replace("\n", "<br>")


def import_into(col, path):
    req = ImportAnkiPackageRequest(package_path=path, options=ImportAnkiPackageOptions())
    return col.import_anki_package(req).log


def export_check():
    data = os.path.join(WORK, "export-data")
    apkg = os.path.join(WORK, "awsdrill.apkg")
    sheet = os.path.join(WORK, "cards.csv")
    out = awsdrill(data, "anki", "export", "--text", "both", apkg)
    check("awsdrill anki export runs", out.returncode == 0, out.stderr)
    out = awsdrill(data, "csv", "export", sheet)
    check("awsdrill csv export runs", out.returncode == 0, out.stderr)
    with open(sheet, newline="", encoding="utf-8") as f:
        rows = {r["id"]: r for r in csv.DictReader(f)}
    col = Collection(os.path.join(WORK, "export-check.anki2"))
    log = import_into(col, apkg)
    check(
        f"Anki imports {len(rows)} new notes",
        len(log.new) == len(rows) and col.note_count() == len(rows),
        f"new {len(log.new)}, notes {col.note_count()}",
    )
    check("one card per note", col.card_count() == len(rows), str(col.card_count()))
    types = {m.name: m.id for m in col.models.all_names_and_ids()}
    basic = col.models.get(types.get("awsdrill Basic"))
    cloze = col.models.get(types.get("awsdrill Cloze"))
    check("note type awsdrill Basic is a standard type", basic and basic["type"] == 0)
    check("note type awsdrill Cloze is a cloze type", cloze and cloze["type"] == 1)
    check(
        "awsdrill Basic fields",
        [f["name"] for f in basic["flds"]]
        == ["Front", "Back", "Note", "Source", "Korean Front", "Korean Back", "Korean Note", "Numeric"],
    )
    check(
        "awsdrill Cloze fields",
        [f["name"] for f in cloze["flds"]] == ["Text", "Note", "Source", "Korean Text", "Korean Note"],
    )
    kinds = {"basic": 0, "cloze": 0, "numeric": 0}
    bad = []
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        full = note.guid.removeprefix("awsdrill:")
        row = rows.get(full)
        if row is None:
            bad.append(f"{note.guid}: no such card")
            continue
        kinds[row["kind"]] += 1
        want_type = "awsdrill Cloze" if row["kind"] == "cloze" else "awsdrill Basic"
        if note.note_type()["name"] != want_type:
            bad.append(f"{full}: note type {note.note_type()['name']}")
        pack = full.split("/")[0]
        want_tags = {f"pack::{pack}", *row["tags"].split()}
        if row["domain"]:
            want_tags.add(f"domain::{row['domain']}")
        if row["group"]:
            want_tags.add(f"group::{row['group']}")
        if set(note.tags) != want_tags:
            bad.append(f"{full}: tags {note.tags} != {sorted(want_tags)}")
        if note["Source"] != to_html(row["source"]):
            bad.append(f"{full}: source {note['Source']}")
        if note["Note"] != to_html(row["note"]):
            bad.append(f"{full}: note")
        if row["kind"] == "cloze":
            want = to_html(row["front"]).replace("{{", "{{c1::")
            if note["Text"] != want:
                bad.append(f"{full}: text {note['Text']!r} != {want!r}")
            if note["Korean Text"] != to_html(row["front_ko"]).replace("{{", "{{c1::"):
                bad.append(f"{full}: Korean text")
            q = note.cards()[0].question()
            if "[...]" not in q and "cloze" not in q:
                bad.append(f"{full}: the question hides nothing")
        else:
            if note["Front"] != to_html(row["front"]):
                bad.append(f"{full}: front")
            if note["Korean Front"] != to_html(row["front_ko"]):
                bad.append(f"{full}: Korean front")
            if row["kind"] == "basic" and note["Back"] != to_html(row["back"]):
                bad.append(f"{full}: back")
            if row["kind"] == "numeric":
                number, rest = row["back"].split(" ", 1)
                unit = rest.split(" ±")[0]
                if not shows_unit(html.unescape(note["Back"]), number, unit) or not note["Numeric"]:
                    bad.append(f"{full}: numeric back {note['Back']!r}")
        if row["source"] not in html.unescape(note.cards()[0].answer()):
            bad.append(f"{full}: no source link on the back")
    check(
        f"every note's type, fields and tags match its card ({kinds['basic']} basic, "
        f"{kinds['cloze']} cloze, {kinds['numeric']} numeric)",
        not bad,
        "; ".join(bad[:5]),
    )
    col.close()

    # A later export (English only this time) updates the same notes.
    time.sleep(1.1)
    out = awsdrill(data, "anki", "export", "--text", "en", apkg)
    check("second export runs", out.returncode == 0, out.stderr)
    col = Collection(os.path.join(WORK, "export-check.anki2"))
    log = import_into(col, apkg)
    check(
        f"re-import updates {len(rows)} notes and adds none",
        len(log.new) == 0 and len(log.updated) == len(rows) and col.note_count() == len(rows),
        f"new {len(log.new)}, updated {len(log.updated)}, duplicate {len(log.duplicate)}, "
        f"conflicting {len(log.conflicting)}, notes {col.note_count()}",
    )
    emptied = [
        n
        for n in (col.get_note(i) for i in col.find_notes('"note:awsdrill Basic"'))
        if n["Korean Front"]
    ]
    check("the update replaced the fields (Korean now empty)", not emptied, str(len(emptied)))
    col.close()
    return len(rows), kinds


def make_anki_collection():
    col = Collection(os.path.join(WORK, "made-by-anki.anki2"))
    basic = col.models.by_name("Basic")
    reversed_ = col.models.by_name("Basic (and reversed card)")
    cloze = col.models.by_name("Cloze")
    occlusion = col.models.by_name("Image Occlusion")
    col.media.write_data("pic.png", b"\x89PNG\r\n\x1a\n")

    def add(model, deck=1, tags=(), **fields):
        n = col.new_note(model)
        for k, v in fields.items():
            n[k.replace("_", " ")] = v
        n.tags = list(tags)
        col.add_note(n, deck)
        return n

    add(basic, Front="What does <b>SQS</b> stand for?", Back="Simple Queue Service", tags=["sqs", "basics"])
    add(basic, Front="Lambda max timeout?<div>(in minutes)</div>", Back="15&nbsp;minutes <img src=\"pic.png\">")
    add(basic, Front='<img src="pic.png">', Back="A picture only on the front")
    add(reversed_, Front="DLQ", Back="Dead-letter queue")
    add(cloze, Text="S3 has {{c1::11 nines}} of durability", Back_Extra="Designed for 99.999999999 %")
    add(cloze, Text="{{c1::SQS}} queues and {{c2::SNS::service}} topics")
    add(
        occlusion,
        Occlusion="{{c1::image-occlusion:rect:left=.1:top=.1:width=.2:height=.2:oi=1}}",
        Image='<img src="pic.png">',
    )
    card = col.sched.getCard()
    col.sched.answerCard(card, 3)
    paths = {}
    for name, legacy in (("legacy", True), ("current", False)):
        path = os.path.join(WORK, f"made-by-anki-{name}.apkg")
        opts = ExportAnkiPackageOptions(
            with_scheduling=True, with_deck_configs=False, with_media=True, legacy=legacy
        )
        col.export_anki_package(out_path=path, options=opts, limit=ExportLimit(whole_collection=Empty()))
        paths[name] = path
    col.close()
    return paths


def import_check(paths):
    results = {}
    for name, path in paths.items():
        data = os.path.join(WORK, f"import-{name}")
        out = awsdrill(data, "anki", "import", path, "--pack-id", f"from-{name}")
        check(
            f"{name}: import without --source asks for it (exit 2)",
            out.returncode == 2 and "--source" in out.stderr,
            out.stderr,
        )
        out = awsdrill(
            data,
            "anki",
            "import",
            path,
            "--pack-id",
            f"from-{name}",
            "--source",
            "https://docs.aws.amazon.com/",
            "--json",
        )
        check(f"{name}: awsdrill anki import runs", out.returncode == 0, out.stderr)
        if out.returncode != 0:
            continue
        r = json.loads(out.stdout)
        results[name] = r
        want_format = "collection.anki21" if name == "legacy" else "collection.anki21b"
        check(f"{name}: read {want_format}", r["format"] == want_format, r["format"])
        check(
            f"{name}: 3 basic cards (2 Basic, 1 Basic and reversed; the picture-only front skipped) and 3 cloze (one per cloze number)",
            (r["basic"], r["cloze"], r["notes"]) == (3, 3, 7),
            f"basic {r['basic']} cloze {r['cloze']} notes {r['notes']}",
        )
        skipped = {s["reason"]: s["notes"] for s in r["skipped"]}
        check(
            f"{name}: skipped the image occlusion and the picture-only note",
            skipped == {"image-occlusion": 1, "empty-field": 1},
            str(skipped),
        )
        check(f"{name}: Basic and reversed gives one card, said", r["one_card_of_several"] == 1, str(r))
        check(f"{name}: HTML formatting counted", r["formatting_removed"] >= 1, str(r))
        check(f"{name}: media counted, not imported", r["media_files"] >= 1 and r["media_removed"] >= 1, str(r))
        check(f"{name}: review history reported, not imported", r["reviews_not_imported"] >= 1, str(r))
        lint = awsdrill(data, "lint", "--json", r["file"])
        report = json.loads(lint.stdout) if lint.stdout else {}
        check(
            f"{name}: the pack lints with no errors",
            lint.returncode == 0 and report.get("errors") == 0,
            lint.stdout[-400:] + lint.stderr,
        )
        with open(r["file"], encoding="utf-8") as f:
            text = f.read()
        check(
            f"{name}: text made plain (no tags, entities decoded)",
            "What does SQS stand for?" in text and "15 minutes" in text and "<" not in text,
            text[:400],
        )
        check(
            f"{name}: cloze numbers become our deletions",
            '"{{SQS}} queues and SNS topics"' in text and '"SQS queues and {{SNS::service}} topics"' in text,
        )
    return results


def main():
    os.makedirs(WORK, exist_ok=True)
    notes, kinds = export_check()
    results = import_check(make_anki_collection())
    print(
        f"SUMMARY export: {notes} notes ({kinds['basic']} basic, {kinds['cloze']} cloze, "
        f"{kinds['numeric']} numeric) opened by anki; re-import updated, no duplicates. "
        + "import: "
        + ", ".join(f"{k} {v['format']} -> {v['cards']} cards, skipped {len(v['skipped'])} reasons" for k, v in results.items())
    )
    if FAILED:
        print(f"{len(FAILED)} check(s) failed")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()

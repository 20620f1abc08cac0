"""Imports .apkg packages into a fresh Anki collection with Anki's own library (PyPI `anki`)
and prints what Anki sees, one JSON object per import, then the database check.

usage: python anki_import.py [--if-newer] [--review] COLLECTION_DIR PKG [PKG ...]

Used by tests/anki.rs; the calls mirror what Anki's "Import" does (update notes and note
types, no scheduling), like ../shared/tools/anki-verify. The collection is kept in
COLLECTION_DIR, so calls can follow one another. With --review, after the imports every due
card is studied with Anki's scheduler (answered "Good" until none is due), and a last object
reports the reviews.
"""
import json
import os
import sys

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition as UC


def dump_notes(col):
    """Every note as the tests see it: fields, tags, deck, rendering and review history."""
    notes = []
    for nid in sorted(col.find_notes("")):
        note = col.get_note(nid)
        cards = note.cards()
        card = cards[0] if cards else None
        notes.append({
            "guid": note.guid,
            "notetype": note.note_type()["name"],
            "fields": dict(note.items()),
            "tags": note.tags,
            "mod": note.mod,
            "deck": col.decks.name(card.did) if card else None,
            "cards": len(cards),
            "reps": sum(c.reps for c in cards),
            "revlog": col.db.scalar(
                "select count() from revlog where cid in (select id from cards where nid = ?)",
                nid),
            "question_html": card.question() if card else "",
            "answer_html": card.answer() if card else "",
        })
    return notes


def main(argv):
    if_newer = "--if-newer" in argv
    review = "--review" in argv
    args = [a for a in argv if not a.startswith("--")]
    col_dir, pkgs = args[0], args[1:]
    cond = (UC.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER if if_newer
            else UC.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS)
    os.makedirs(col_dir, exist_ok=True)
    col = Collection(os.path.join(col_dir, "collection.anki2"))
    try:
        for pkg in pkgs:
            req = ImportAnkiPackageRequest(
                package_path=os.path.abspath(pkg),
                options=ImportAnkiPackageOptions(
                    merge_notetypes=True, update_notes=cond, update_notetypes=cond,
                    with_scheduling=False, with_deck_configs=False))
            log = col.import_anki_package(req).log
            media = col.media.check()
            notes = dump_notes(col)
            print(json.dumps({
                "package": os.path.basename(pkg),
                "new": len(log.new), "updated": len(log.updated),
                "duplicate": len(log.duplicate), "conflicting": len(log.conflicting),
                "first_field_match": len(log.first_field_match),
                "missing_notetype": len(log.missing_notetype),
                "decks": sorted(d.name for d in col.decks.all_names_and_ids()),
                "note_count": col.note_count(),
                "card_count": col.card_count(),
                "media_files": sorted(os.listdir(col.media.dir())),
                "media_missing": list(media.missing),
                "media_unused": list(media.unused),
                "notes": notes,
            }, ensure_ascii=False))
        if review:
            answered = 0
            for deck in col.decks.all_names_and_ids():
                col.decks.select(deck.id)
                while answered < 10000:
                    card = col.sched.getCard()
                    if card is None:
                        break
                    col.sched.answerCard(card, 3)
                    answered += 1
            print(json.dumps({"reviewed": answered,
                              "revlog": col.db.scalar("select count() from revlog"),
                              "notes": dump_notes(col)}, ensure_ascii=False))
        problems, ok = col.fix_integrity()
        print(json.dumps({"check_database_ok": ok, "check_database": problems},
                         ensure_ascii=False))
    finally:
        col.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

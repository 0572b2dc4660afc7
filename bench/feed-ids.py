#!/usr/bin/python3
"""Does a moved feed re-deliver anything? Reads the old feed (as real Jekyll + jekyll-feed built it) and the
new one with feedparser, the parser many feed readers are built on, and compares entry by entry.

    /usr/bin/python3 bench/feed-ids.py OLD_FEED.xml NEW_FEED.xml [OLD_BASEURL]

OLD_BASEURL (the old site's `baseurl`, e.g. /blog) is taken off the old links when the new site serves at the root.

Prints, as JSON: entries in each, old post links whose entry keeps its id, entries the new feed names
under an id the old one never had (a reader would deliver them as new), and whether the order is the same.
Exits 1 when any old entry lost its id or any new id appears."""
import json
import sys
from urllib.parse import unquote, urlsplit

import feedparser


def entries(path, base=""):
    feed = feedparser.parse(path)
    if feed.bozo:
        raise SystemExit(f"{path}: not a well-formed feed: {feed.bozo_exception}")
    # Links compared by path: the new site may live at another origin; ids are compared exactly.
    paths = [unquote(urlsplit(e.link).path) for e in feed.entries]
    paths = [p[len(base):] if base and p.startswith(base + "/") else p for p in paths]
    return list(zip(paths, [e.id for e in feed.entries])), feed.version


old, old_version = entries(sys.argv[1], sys.argv[3].rstrip("/") if len(sys.argv) > 3 else "")
new, new_version = entries(sys.argv[2])
new_by_link = dict(new)
old_ids = {entry_id for _, entry_id in old}
kept = [link for link, entry_id in old if new_by_link.get(link) == entry_id]
lost = [{"link": link, "old": entry_id, "new": new_by_link.get(link)} for link, entry_id in old if new_by_link.get(link) != entry_id]
fresh = [entry_id for _, entry_id in new if entry_id not in old_ids]
report = {
    "format": [old_version, new_version],
    "old_entries": len(old),
    "new_entries": len(new),
    "ids_kept": len(kept),
    "ids_lost": lost[:20],
    "new_ids": fresh[:20],
    "same_order": [link for link, _ in old] == [link for link, _ in new],
}
print(json.dumps(report, indent=2, ensure_ascii=False))
sys.exit(1 if lost or fresh else 0)

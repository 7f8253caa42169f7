"""A store refresh after a small ingest: stored story index fed incrementally vs rebuilt.

Usage: .venv/bin/python benchmarks/refresh_incremental.py [--size 2000] [--tail 50]

`--size` synthetic articles (variants of the parsed example corpus with their real layers,
hashed bag-of-words vectors instead of MiniLM; see `synthetic.py`) are stored and refreshed,
all but the last `--tail` in arrival order; then the tail is stored and the store refreshed
again, once with the stored `StoryIndex` and once with it deleted (a full re-cluster, which
every refresh did before the index was kept). Prints one JSON object: seconds of each second
refresh, how the clustering ran, the stories re-compared, and whether both stores agree.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def second_refresh(head: list, tail: list, folder: Path, keep_index: bool) -> dict[str, object]:
    from wirecheck.store import Store
    from wirecheck.store_cluster import CLUSTERED
    from wirecheck.store_schema import get_meta

    store = Store(folder / f"keep{keep_index}.db")
    store.ingest(head)
    store.refresh()
    store.ingest(tail)
    if not keep_index:
        store.conn.execute("DELETE FROM story_index")
    started = time.perf_counter()
    touched = store.refresh()
    seconds = time.perf_counter() - started
    analysis = store.load_analysis()
    return {
        "refresh_s": round(seconds, 2),
        "clustered": get_meta(store.conn, CLUSTERED),
        "recompared": len(touched),
        "stories": len(analysis.stories),
        "_result": json.dumps([s.to_dict() for s in analysis.stories], sort_keys=True),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--tail", type=int, default=50)
    args = parser.parse_args()
    from synthetic import parsed_bases, patch_embeddings, transplanted

    from wirecheck.corpus.story_signals import arrival_order

    patch_embeddings()
    articles = arrival_order(transplanted(parsed_bases(), args.size, 5.0))
    head, tail = articles[: -args.tail], articles[-args.tail :]
    folder = Path(tempfile.mkdtemp())
    kept = second_refresh(head, tail, folder, keep_index=True)
    rebuilt = second_refresh(head, tail, folder, keep_index=False)
    same = kept.pop("_result") == rebuilt.pop("_result")
    print(json.dumps({"size": args.size, "tail": args.tail, "kept_index": kept,
                      "rebuilt_index": rebuilt, "same_stories": same}, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()

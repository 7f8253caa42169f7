"""Run a benchmark's measurement in a fresh process, so each size gets its own peak memory."""

from __future__ import annotations

import json
import subprocess
import sys


def child_report(script: str, *args: str) -> dict:
    """Run `script --child ARGS` with this interpreter; its last line of stdout is its JSON."""
    command = [sys.executable, script, "--child", *args]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])

"""Apertium's compiled morphological analysers, from Debian's packages, as one kfst transducer a model stores.

Apertium publishes its Danish, Norwegian and Swedish dictionaries as Debian packages (apertium-dan-nor,
apertium-nno-nob, apertium-swe-nor), compiled for its lttoolbox runtime; no PyPI package holds them.
Training takes them from the Debian archive (`apt-get download`, which needs no root and reaches only the
package registry), prints each transducer as text with lttoolbox's own `lt-print` (Debian's lttoolbox-dev),
joins the analysers into one transducer (a word's readings are those of any of them: Bokmål and Nynorsk for
the Norwegian model) and compiles it for kfst-rs, which the running pipeline already uses for Voikko.
Writing an lttoolbox binary reader by hand would duplicate what lt-print does.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

SYSTEM_ROOT = Path("/")
_DATA = Path("usr/share/apertium")
_LT_PRINT = Path("usr/bin/lt-print")
_TOOLS = ("lttoolbox-dev", "liblttoolbox3")  # lt-print and the library it links
_EPSILON = "@0@"


@dataclass(frozen=True)
class Analyser:
    """One compiled analyser: `spec` is "<Debian package>/<file>", e.g. "apertium-dan-nor/dan-nob.automorf.bin"."""

    spec: str

    @property
    def package(self) -> str:
        return self.spec.split("/", 1)[0]

    @property
    def path(self) -> Path:
        return _DATA / self.spec


def lttoolbox_to_att(printed: list[str]) -> str:
    """One ATT transducer (kfst-rs's text format) for the union of lt-print outputs.

    lt-print writes each of a dictionary's sections ("main", "final" and so on) as a transducer of its own,
    separated by "--" lines; rows are "source target input output weight" or "state weight" for a final
    state, with "ε" for no symbol. Every section of every analyser gets fresh state numbers and an empty
    arc from a new start state 0, so a word's analyses are those any section gives - what lt-proc does."""
    rows: list[str] = []
    starts: list[int] = []
    base = 1
    for text in printed:
        for section in re.split(r"^--$", text, flags=re.MULTILINE):
            lines = [line.rstrip("\t\r") for line in section.split("\n") if line.strip()]
            if not lines:
                continue
            starts.append(base)
            highest = 0
            for line in lines:
                fields = line.split("\t")
                if len(fields) >= 4:
                    source, target = int(fields[0]), int(fields[1])
                    symbols = [_EPSILON if symbol == "ε" else symbol for symbol in fields[2:4]]
                    rows.append(f"{source + base}\t{target + base}\t{symbols[0]}\t{symbols[1]}")
                    highest = max(highest, source, target)
                else:
                    rows.append(str(int(fields[0]) + base))
                    highest = max(highest, int(fields[0]))
            base += highest + 1
    return "\n".join([f"0\t{start}\t{_EPSILON}\t{_EPSILON}" for start in starts] + rows) + "\n"


def _unpacked(packages: list[str], cache: Path) -> None:
    """Download Debian packages into `cache` and unpack them into cache/root."""
    cache.mkdir(parents=True, exist_ok=True)
    for tool in ("apt-get", "dpkg-deb"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"training this model needs Debian's {tool} to fetch {', '.join(packages)}; or install "
                               f"those packages and lttoolbox-dev system-wide")
    done = subprocess.run(["apt-get", "download", *packages], cwd=cache, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"apt-get download {' '.join(packages)} failed: {done.stderr.strip()[-500:]}")
    for deb in sorted(cache.glob("*.deb")):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(cache / "root")], check=True)


def _located(analysers: list[Analyser], cache: Path) -> Path:
    """The root holding the analysers and lt-print: the system's when installed there, else cache/root,
    filled from the Debian archive when it lacks them."""
    for root in (SYSTEM_ROOT, cache / "root"):
        if (root / _LT_PRINT).is_file() and all((root / a.path).is_file() for a in analysers):
            return root
    _unpacked(sorted({a.package for a in analysers} | set(_TOOLS)), cache)
    root = cache / "root"
    missing = [str(path) for path in (*(a.path for a in analysers), _LT_PRINT) if not (root / path).is_file()]
    if missing:
        raise RuntimeError(f"the Debian packages hold no {', '.join(missing)}")
    return root


def _origin(analysers: list[Analyser], root: Path, cache: Path) -> dict[str, object]:
    """What the model card says of the analysers: packages, versions and licences (from Debian's copyright
    files)."""
    packages: dict[str, dict[str, object]] = {}
    for package in sorted({a.package for a in analysers}):
        debs = sorted(cache.glob(f"{package}_*.deb"))
        version = debs[-1].name.split("_")[1] if debs else "installed"
        copyright_file = root / "usr/share/doc" / package / "copyright"
        licences = sorted(set(re.findall(r"^License: (\S+)", copyright_file.read_text(encoding="utf-8"),
                                         flags=re.MULTILINE))) if copyright_file.is_file() else []
        packages[package] = {"version": version, "licences": licences}
    return {"analysers": [a.spec for a in analysers], "packages": packages}


def analyser_transducer(specs: tuple[str, ...], cache: Path) -> tuple[bytes, dict[str, object]]:
    """The analysers named by `specs` ("<package>/<file>") as one kfst transducer, and their origin."""
    import kfst_rs

    analysers = [Analyser(spec) for spec in specs]
    root = _located(analysers, cache)
    env = dict(os.environ)
    if root != SYSTEM_ROOT:  # lt-print unpacked beside its library, which the loader must be shown
        libraries = sorted({str(found.parent) for found in root.glob("usr/lib/**/liblttoolbox*.so*")})
        env["LD_LIBRARY_PATH"] = os.pathsep.join([*libraries, env.get("LD_LIBRARY_PATH", "")]).rstrip(os.pathsep)
    printed = []
    for analyser in analysers:
        done = subprocess.run([str(root / _LT_PRINT), str(root / analyser.path)], capture_output=True, text=True,
                              env=env)
        if done.returncode != 0 or not done.stdout.strip():
            raise RuntimeError(f"lt-print {analyser.spec} failed: {done.stderr.strip()[-500:]} (a library it needs "
                               "missing? `apt-get install lttoolbox-dev` installs it with its dependencies)")
        printed.append(done.stdout)
    transducer = kfst_rs.FST.from_att_code(lttoolbox_to_att(printed))
    return bytes(transducer.to_kfst_bytes()), _origin(analysers, root, cache)

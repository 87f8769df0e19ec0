"""The bad-input catalogue: what a hostile but fair user drops into ``raw/`` or does to
``output/``, and what the build must do about it.

Each case takes a copy of the repository's ``raw/`` and an output folder holding one good release
(``BASE``), changes them (``build``), and states the expected outcome:

- ``error``: the build stops; the message matches ``pattern`` and names the file (and line);
- ``quarantine``: the bad input (``file``, relative to the input folder) is set aside with a reason
  matching ``pattern``, and every other article is still published;
- ``published``: the build succeeds; ``check`` inspects what it published.

Whatever the outcome, nothing is lost (tests/bad_inputs/test_catalogue.py): the previous release
is untouched byte for byte, LATEST names a complete release, and every article of the previous
release is still in the newest one unless the case removed it on purpose (``removed``).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "articles"
EXISTING = "longan-2021-qd120"  # an article of the base release with no override
CURATED = "langson-2021-qd166"  # the article the repository's overrides.yaml corrects
NEW = "binhdinh-2025-chi-tieu"  # a good article added by some cases
NEW_TEXT = (FIXTURES / "fx-binhdinh-2024-chi-tieu.txt").read_text(encoding="utf-8")
SIZE_LIMIT_MB = 5  # above the default size limit of an article


@dataclass(frozen=True)
class Case:
    """One bad input and its expected outcome (see the module docstring)."""

    name: str
    area: str
    input: str
    build: Callable[[Path, Path], Callable[[], None] | None]
    expect: str
    pattern: str = ""
    file: str = ""
    removed: tuple[str, ...] = ()
    check: Callable[[Path, Path, object], None] | None = None
    owner: str = "faults"
    run_kwargs: dict = field(default_factory=dict)


# --- builders ----------------------------------------------------------------------------------


def article(raw: Path, aid: str) -> Path:
    return raw / "articles" / f"{aid}.txt"


def write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def resave(aid: str, encode: Callable[[str], bytes]):
    """Builder: re-save an existing article with other bytes (an encoding, a truncation)."""

    def build(raw: Path, out: Path) -> None:
        path = article(raw, aid)
        write(path, encode(path.read_text(encoding="utf-8")))

    return build


def add(name: str, data: bytes | str | Callable[[], bytes | str]):
    """Builder: add a file under raw/articles/."""

    def build(raw: Path, out: Path) -> None:
        write(raw / "articles" / name, data() if callable(data) else data)

    return build


def edit_curation(name: str, edit: Callable[[str], str]):
    """Builder: rewrite one curated file's text."""

    def build(raw: Path, out: Path) -> None:
        path = raw / "curation" / name
        path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")

    return build


def both(*builders):
    def build(raw: Path, out: Path):
        cleanups = [b(raw, out) for b in builders]
        return lambda: [c() for c in cleanups if c]

    return build


def remove(path_in_raw: str):
    def build(raw: Path, out: Path) -> None:
        p = raw / path_in_raw
        shutil.rmtree(p) if p.is_dir() else p.unlink()

    return build


def latest(out: Path) -> Path:
    releases = out / "releases"
    return releases / (releases / "LATEST").read_text().strip()


def tamper(rel: str, change: Callable[[bytes], bytes | None]):
    """Builder: change a file of the published release (None deletes it)."""

    def build(raw: Path, out: Path) -> None:
        path = latest(out) / rel
        data = path.read_bytes() if path.exists() else b""
        if path.exists():
            os.chmod(path, 0o644)
        new = change(data)
        path.unlink(missing_ok=True)
        if new is not None:
            write(path, new)
            os.chmod(path, 0o444)

    return build


def flip_byte(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]


def write_latest(text: str | None):
    def build(raw: Path, out: Path) -> None:
        path = out / "releases" / "LATEST"
        path.unlink()
        if text is not None:
            path.write_text(text)

    return build


def hold_lock(raw: Path, out: Path) -> Callable[[], None]:
    """Builder: another build holds releases/.lock (pid 4242) while this one runs."""
    fd = os.open(out / "releases" / ".lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.ftruncate(fd, 0)
    os.write(fd, b"pid 4242, started 2026-11-22T08:00:00Z\n")
    return lambda: os.close(fd)


def fifo(raw: Path, out: Path) -> None:
    os.mkfifo(raw / "articles" / "pipe-article.txt")


def symlink_to(target: str, name: str = "passwd-article.txt"):
    def build(raw: Path, out: Path) -> None:
        (raw / "articles" / name).symlink_to(target)

    return build


def leftover_tmp(raw: Path, out: Path) -> None:
    tmp = out / "releases" / ".tmp-v2026.11.22.1-99999"
    write(tmp / "parquet" / "articles.parquet", b"half written")


def unnamed_newer_release(raw: Path, out: Path) -> None:
    """A build killed between its rename and the LATEST update: a complete newer release."""
    from tests.bad_inputs.runner import run_build

    add(f"{NEW}.txt", NEW_TEXT)(raw, out)
    old = (out / "releases" / "LATEST").read_text()
    run = run_build(raw, out)
    assert run.result is not None and run.result.published, run.error
    (out / "releases" / "LATEST").write_text(old)


# --- checks on what was published --------------------------------------------------------------


def articles_of(out: Path) -> pd.DataFrame:
    return pd.read_parquet(latest(out) / "parquet" / "articles.parquet")


def text_of(out: Path, aid: str) -> str:
    df = articles_of(out)
    rows = df[df.article_id == aid]
    assert len(rows) == 1, f"{aid} not published"
    return rows.text.iloc[0]


def published_text(aid: str, ok: Callable[[str], bool]):
    def check(raw: Path, out: Path, run) -> None:
        assert ok(text_of(out, aid)), text_of(out, aid)[:300]

    check.__name__ = f"text {ok.__name__}" if ok.__name__ != "<lambda>" else "text checked"
    return check


def no_controls(text: str) -> bool:
    return not any(unicodedata.category(c) == "Cc" and c not in "\n" for c in text)


def no_markup(text: str) -> bool:
    return "<script" not in text.lower() and "alert(" not in text and "<p>" not in text and "<b>" not in text


def no_carriage_return(text: str) -> bool:
    return "\r" not in text


def no_bom(text: str) -> bool:
    return "\ufeff" not in text


def passwd_not_published(raw: Path, out: Path, run) -> None:
    assert not articles_of(out).text.str.contains("root:x:0:0").any()


def latest_is(version: str):
    def check(raw: Path, out: Path, run) -> None:
        assert (out / "releases" / "LATEST").read_text().strip() == version

    check.__name__ = f"LATEST rebuilt: {version}"
    return check


def history_kept(raw: Path, out: Path, run) -> None:
    manifest = json.loads((latest(out) / "manifest.json").read_text())
    assert manifest["previous_version"] == "v2026.11.22"
    assert "## v2026.11.22 (2026-11-22)" in (latest(out) / "CHANGELOG.md").read_text()


def changelog_lists_removal(raw: Path, out: Path, run) -> None:
    log = (latest(out) / "CHANGELOG.md").read_text()
    assert "removed: `" + EXISTING in log


def newer_version(raw: Path, out: Path, run) -> None:
    assert run.result.version == "v2026.11.22.1", run.result.version


def tmp_removed(raw: Path, out: Path, run) -> None:
    assert not [p for p in (out / "releases").iterdir() if p.name.startswith(".tmp-")]
    assert "removed releases/.tmp-v2026.11.22.1-99999, left by an interrupted build" in run.result.notes


def same_text(aid: str):
    """Check: the article is published with the same text as in the previous release."""

    def check(raw: Path, out: Path, run) -> None:
        before = pd.read_parquet(out / "releases" / "v2026.11.22" / "parquet" / "articles.parquet")
        assert text_of(out, aid) == before[before.article_id == aid].text.iloc[0]

    check.__name__ = "same text as before"
    return check


def case_clean_under_nfc(raw: Path, out: Path, run) -> None:
    text = text_of(out, NEW)
    assert unicodedata.is_normalized("NFC", text)


def both_published(raw: Path, out: Path, run) -> None:
    ids = set(articles_of(out).article_id)
    assert {EXISTING, "longan-2021-qd120-copy"} <= ids


# --- the catalogue -----------------------------------------------------------------------------

SHRINK = rf"published in v2026\.11\.22 would leave the dataset.*{EXISTING}: articles/{EXISTING}\.txt"
NO_OVERRIDES = edit_curation("overrides.yaml", lambda t: "[]\n")
CASES: list[Case] = [
    # An article of the previous release becomes unreadable: an error, never a silent shrink.
    Case(
        "existing-utf16",
        "articles",
        "a published article re-saved as UTF-16 (with BOM): decoded",
        resave(EXISTING, lambda t: t.encode("utf-16")),
        "published",
        check=same_text(EXISTING),
        owner="ingest",
    ),
    Case(
        "existing-windows-1258",
        "articles",
        "a published article re-saved as Windows-1258",
        resave(EXISTING, lambda t: unicodedata.normalize("NFD", t).encode("cp1258", errors="replace")),
        "error",
        SHRINK,
    ),
    Case(
        "existing-emptied",
        "articles",
        "a published article truncated to 0 bytes",
        resave(EXISTING, lambda t: b""),
        "error",
        SHRINK,
    ),
    Case(
        "existing-blank",
        "articles",
        "a published article holding only white space",
        resave(EXISTING, lambda t: b" \n\n\t \n"),
        "error",
        SHRINK,
    ),
    Case(
        "existing-binary",
        "articles",
        "a published article overwritten by an image",
        resave(EXISTING, lambda t: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        "error",
        SHRINK,
    ),
    Case(
        "all-unreadable",
        "articles",
        "every article re-saved as Windows-1258",
        lambda raw, out: (
            [
                p.write_bytes(
                    unicodedata.normalize("NFD", p.read_text(encoding="utf-8")).encode("cp1258", errors="replace")
                )
                for p in (raw / "articles").glob("*.txt")
            ]
            and None
        ),
        "error",
        r"5 article\(s\) published in v2026\.11\.22 would leave the dataset",
    ),
    Case(
        "articles-folder-emptied",
        "articles",
        "every .txt deleted from raw/articles/",
        both(lambda raw, out: [p.unlink() for p in (raw / "articles").glob("*.txt")] and None, NO_OVERRIDES),
        "error",
        r"no articles: refusing to publish an empty release",
    ),
    Case(
        "articles-folder-missing",
        "articles",
        "raw/articles/ deleted",
        both(remove("articles"), NO_OVERRIDES),
        "error",
        r"articles: the articles folder is missing",
    ),
    Case(
        "article-deleted-on-purpose",
        "articles",
        "a published article's file deleted (and its sources row)",
        both(
            remove(f"articles/{EXISTING}.txt"),
            lambda raw, out: write(
                raw / "articles" / "sources.csv",
                "".join(
                    line
                    for line in (raw / "articles" / "sources.csv").read_text().splitlines(keepends=True)
                    if not line.startswith(EXISTING)
                ),
            ),
        ),
        "published",
        removed=(EXISTING,),
        check=changelog_lists_removal,
    ),
    Case(
        "curated-article-deleted",
        "overrides",
        "an article that overrides.yaml corrects is deleted",
        remove(f"articles/{CURATED}.txt"),
        "error",
        r"overrides\.yaml:\d+ .*does not exist",
    ),
    # New articles that cannot be read are set aside; the rest is published.
    Case(
        "new-utf16",
        "articles",
        "a new article saved as UTF-16 (with BOM)",
        add(f"{NEW}.txt", NEW_TEXT.encode("utf-16")),
        "published",
        check=published_text(NEW, no_bom),
        owner="ingest",
    ),
    Case(
        "new-windows-1258",
        "articles",
        "a new article saved as Windows-1258",
        add(f"{NEW}.txt", unicodedata.normalize("NFD", NEW_TEXT).encode("cp1258", errors="replace")),
        "quarantine",
        r"UTF-8",
        f"articles/{NEW}.txt",
    ),
    Case(
        "new-empty",
        "articles",
        "a new article of 0 bytes",
        add(f"{NEW}.txt", b""),
        "quarantine",
        r"empty|no (article )?text|nothing",
        f"articles/{NEW}.txt",
    ),
    Case(
        "new-binary",
        "articles",
        "an image saved with a .txt name",
        add(f"{NEW}.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01"),
        "quarantine",
        r"UTF-8|binary|NUL|text",
        f"articles/{NEW}.txt",
    ),
    Case(
        "new-oversized",
        "articles",
        f"a new article of {SIZE_LIMIT_MB + 1} MB",
        add(f"{NEW}.txt", lambda: (NEW_TEXT + "\n") * (((SIZE_LIMIT_MB + 1) << 20) // len(NEW_TEXT.encode()) + 1)),
        "quarantine",
        r"size|limit|MB|large",
        f"articles/{NEW}.txt",
        owner="ingest",
    ),
    Case(
        "control-characters",
        "articles",
        "a new article with NUL, BEL, ESC, form feed and DEL inside",
        add(f"{NEW}.txt", NEW_TEXT.replace("Năm 2025", "Năm\x00 2025\x07\x1b[31m\x0c\x7f", 1)),
        "published",
        check=published_text(NEW, no_controls),
        owner="ingest",
    ),
    Case(
        "html-script",
        "articles",
        "a scraped page with <script>, <p> and <b> markup",
        add(f"{NEW}.txt", "<script>alert('x')</script>\n<p>" + NEW_TEXT.replace("\n\n", "</p>\n\n<p><b>", 3) + "</p>"),
        "published",
        check=published_text(NEW, no_markup),
        owner="ingest",
    ),
    Case(
        "symlink-etc-passwd",
        "articles",
        "a symlink to /etc/passwd named like an article",
        symlink_to("/etc/passwd"),
        "quarantine",
        r"link|outside|regular",
        "articles/passwd-article.txt",
        check=passwd_not_published,
        owner="ingest",
    ),
    Case(
        "symlink-dangling",
        "articles",
        "a symlink to a file that does not exist",
        symlink_to("/nonexistent/plan.txt", "dangling.txt"),
        "quarantine",
        r"link|outside|regular|exist",
        "articles/dangling.txt",
        owner="ingest",
    ),
    Case(
        "fifo",
        "articles",
        "a named pipe named like an article",
        fifo,
        "quarantine",
        r"pipe|FIFO|regular",
        "articles/pipe-article.txt",
        owner="ingest",
    ),
    Case(
        "bad-name-uppercase",
        "articles",
        "an article named LongAn-Plan.txt",
        add("LongAn-Plan.txt", NEW_TEXT),
        "quarantine",
        r"article id|name",
        "articles/LongAn-Plan.txt",
    ),
    Case(
        "bad-name-space",
        "articles",
        "an article named 'long an plan.txt'",
        add("long an plan.txt", NEW_TEXT),
        "quarantine",
        r"article id|name",
        "articles/long an plan.txt",
    ),
    Case(
        "bad-name-too-long",
        "articles",
        "an article id of 70 characters",
        add("a" * 70 + ".txt", NEW_TEXT),
        "quarantine",
        r"article id|name",
        f"articles/{'a' * 70}.txt",
    ),
    Case(
        "bad-name-vietnamese",
        "articles",
        "an article named with Vietnamese letters",
        add("kế-hoạch.txt", NEW_TEXT),
        "quarantine",
        r"article id|name",
        "articles/kế-hoạch.txt",
    ),
    Case(
        "folder-in-articles",
        "articles",
        "a sub-folder raw/articles/archive/ holding an article",
        add("archive/old.txt", NEW_TEXT),
        "quarantine",
        r"folder|director",
        "articles/archive",
        owner="ingest",
    ),
    Case(
        "other-extension-docx",
        "articles",
        "a Word file in raw/articles/",
        add("ke-hoach.docx", b"PK\x03\x04 not a text file"),
        "quarantine",
        r"extension|not an article|\.txt",
        "articles/ke-hoach.docx",
        owner="ingest",
    ),
    Case(
        "other-extension-html",
        "articles",
        "a saved web page (.html) in raw/articles/",
        add("ke-hoach.html", "<html><body>" + NEW_TEXT + "</body></html>"),
        "quarantine",
        r"extension|not an article|\.txt",
        "articles/ke-hoach.html",
        owner="ingest",
    ),
    Case(
        "crlf-line-ends",
        "articles",
        "a new article with Windows line ends",
        add(f"{NEW}.txt", NEW_TEXT.replace("\n", "\r\n")),
        "published",
        check=published_text(NEW, no_carriage_return),
    ),
    Case(
        "utf8-bom",
        "articles",
        "a new article starting with a UTF-8 BOM",
        add(f"{NEW}.txt", "\ufeff" + NEW_TEXT),
        "published",
        check=published_text(NEW, no_bom),
    ),
    Case(
        "decomposed-unicode",
        "articles",
        "a new article in NFD (decomposed accents)",
        add(f"{NEW}.txt", unicodedata.normalize("NFD", NEW_TEXT)),
        "published",
        check=case_clean_under_nfc,
    ),
    Case(
        "duplicate-article",
        "articles",
        "the same decision in two articles (a copy under another id)",
        lambda raw, out: shutil.copy(article(raw, EXISTING), raw / "articles" / "longan-2021-qd120-copy.txt"),
        "published",
        check=both_published,
    ),
    # The sources manifest.
    Case(
        "sources-missing",
        "sources",
        "raw/articles/sources.csv deleted",
        remove("articles/sources.csv"),
        "error",
        r"sources\.csv",
        owner="ingest",
    ),
    Case(
        "sources-header-lacks-column",
        "sources",
        "sources.csv without its source_url column",
        lambda raw, out: write(
            raw / "articles" / "sources.csv", f"article_id,publisher,retrieved_date\n{EXISTING},,\n"
        ),
        "error",
        r"sources\.csv:1",
        owner="ingest",
    ),
    Case(
        "sources-not-utf8",
        "sources",
        "sources.csv saved as UTF-16",
        lambda raw, out: write(
            raw / "articles" / "sources.csv", (raw / "articles" / "sources.csv").read_text().encode("utf-16")
        ),
        "error",
        r"sources\.csv",
        owner="ingest",
    ),
    # Curated tables.
    Case(
        "curated-table-deleted",
        "curation",
        "raw/curation/cues.csv deleted",
        remove("curation/cues.csv"),
        "error",
        r"curation/cues\.csv: missing",
    ),
    Case(
        "curated-header-lacks-column",
        "curation",
        "cues.csv whose header lacks the scope column",
        edit_curation("cues.csv", lambda t: t.replace("cue,kind,scope,notes", "cue,kind,notes", 1)),
        "error",
        r"curation/cues\.csv:1: header is cue,kind,notes; expected cue,kind,scope,notes \(missing \['scope'\]",
    ),
    Case(
        "curated-misnamed",
        "curation",
        "cues.csv renamed cue.csv",
        lambda raw, out: (raw / "curation" / "cues.csv").rename(raw / "curation" / "cue.csv"),
        "error",
        r"curation/cue\.csv: not a curated file.*did you mean cues\.csv",
    ),
    Case(
        "curated-stray-file",
        "curation",
        "a notes.txt left in raw/curation/",
        lambda raw, out: write(raw / "curation" / "notes.txt", "todo"),
        "error",
        r"curation/notes\.txt: not a curated file",
    ),
    Case(
        "curated-stray-backup",
        "curation",
        "an editor backup units.csv.bak in raw/curation/",
        lambda raw, out: shutil.copy(raw / "curation" / "units.csv", raw / "curation" / "units.csv.bak"),
        "error",
        r"curation/units\.csv\.bak: not a curated file.*did you mean units\.csv",
    ),
    Case(
        "curated-subfolder",
        "curation",
        "a folder raw/curation/old/",
        lambda raw, out: (raw / "curation" / "old").mkdir(),
        "error",
        r"curation/old: not a curated file",
    ),
    Case(
        "curated-bad-enum",
        "curation",
        "a cue whose kind is misspelt",
        edit_curation("cues.csv", lambda t: t.replace(",target,clause,", ",targte,clause,", 1)),
        "error",
        r"curation/cues\.csv:\d+: column kind",
    ),
    Case(
        "curated-duplicate-key",
        "curation",
        "a unit phrase listed twice",
        edit_curation("units.csv", lambda t: t + t.splitlines()[1] + "\n"),
        "error",
        r"curation/units\.csv:\d+: column phrase: fails field_uniqueness",
    ),
    Case(
        "curated-not-utf8",
        "curation",
        "themes.csv saved as Windows-1258",
        lambda raw, out: write(
            raw / "curation" / "themes.csv",
            unicodedata.normalize("NFD", (raw / "curation" / "themes.csv").read_text()).encode(
                "cp1258", errors="replace"
            ),
        ),
        "error",
        r"curation/themes\.csv: not UTF-8",
    ),
    Case(
        "curated-unclosed-quote",
        "curation",
        "a quote opened and never closed in chrome.csv",
        edit_curation("chrome.csv", lambda t: t.replace("\n", '\n"', 1)),
        "error",
        r"curation/chrome\.csv:2: \d+ fields, the header has 3",
    ),
    Case(
        "curated-empty-file",
        "curation",
        "role_cues.csv emptied to 0 bytes",
        lambda raw, out: write(raw / "curation" / "role_cues.csv", b""),
        "error",
        r"curation/role_cues\.csv:1: empty file",
    ),
    Case(
        "curated-unknown-code",
        "curation",
        "a phrasing naming an indicator code the lexicon lacks",
        edit_curation("indicator_phrasings.csv", lambda t: t + "NO_SUCH_CODE,cụm từ không có,\n"),
        "error",
        r"indicator_phrasings\.csv:\d+: unknown indicator_code 'NO_SUCH_CODE'",
    ),
    # Overrides.
    Case(
        "overrides-deleted",
        "overrides",
        "raw/curation/overrides.yaml deleted",
        remove("curation/overrides.yaml"),
        "error",
        r"curation/overrides\.yaml: missing",
    ),
    Case(
        "overrides-emptied",
        "overrides",
        "overrides.yaml emptied",
        edit_curation("overrides.yaml", lambda t: ""),
        "error",
        r"curation/overrides\.yaml:1: empty",
    ),
    Case(
        "overrides-bad-yaml",
        "overrides",
        "overrides.yaml with a broken indentation",
        edit_curation("overrides.yaml", lambda t: t.replace("  action:", " action:", 1)),
        "error",
        r"curation/overrides\.yaml:\d+: not valid YAML",
    ),
    Case(
        "overrides-unknown-article",
        "overrides",
        "an override whose article id has a typo",
        edit_curation(
            "overrides.yaml", lambda t: t.replace(f"article_id: {CURATED}", "article_id: langson-2021-qd16", 1)
        ),
        "error",
        r"curation/overrides\.yaml:\d+ \(.*\): article 'langson-2021-qd16' does not exist; did you mean",
    ),
    Case(
        "overrides-quote-gone",
        "overrides",
        "an override whose quote is no longer in its article",
        edit_curation("overrides.yaml", lambda t: t.replace('quote: "Quyết định về', 'quote: "Quyết nghị về', 1)),
        "error",
        r"curation/overrides\.yaml:\d+ \(.*\): quote not found",
    ),
    Case(
        "overrides-missing-reason",
        "overrides",
        "an override without its reason",
        edit_curation("overrides.yaml", lambda t: t.replace("  reason:", "  why:", 1)),
        "error",
        r"curation/overrides\.yaml:\d+ .*unknown keys \['why'\], missing keys \['reason'\]",
    ),
    Case(
        "override-breaks-a-check",
        "checks",
        "an override setting an indicator's unit to a value outside the enum",
        both(
            add(f"{NEW}.txt", NEW_TEXT),
            edit_curation(
                "overrides.yaml",
                lambda t: (
                    t
                    + (
                        "\n- id: bad-unit\n  action: correct\n  table: articles\n  article_id: "
                        + EXISTING
                        + '\n  quote: "Long An"\n  set:\n    province_code: "8O"\n  reason: a typo in a code\n'
                    )
                ),
            ),
        ),
        "error",
        r"articles \| row longan-2021-qd120 \| column province_code \| value '8O' \| rule str_matches",
    ),
    # The published releases.
    Case(
        "previous-parquet-flipped-byte",
        "release",
        "one byte of the previous release's Parquet changed",
        both(tamper("parquet/indicators.parquet", flip_byte), add(f"{NEW}.txt", NEW_TEXT)),
        "error",
        r"releases/v2026\.11\.22/parquet/indicators\.parquet: sha256 differs",
    ),
    Case(
        "previous-csv-edited",
        "release",
        "a value edited in the previous release's CSV",
        both(tamper("csv/objectives.csv", lambda b: b.replace(b"2030", b"2035", 1)), add(f"{NEW}.txt", NEW_TEXT)),
        "error",
        r"releases/v2026\.11\.22/csv/objectives\.csv: sha256 differs",
    ),
    Case(
        "previous-sums-deleted",
        "release",
        "the previous release's SHA256SUMS deleted",
        tamper("SHA256SUMS", lambda b: None),
        "error",
        r"releases/v2026\.11\.22/SHA256SUMS is missing",
    ),
    Case(
        "previous-file-added",
        "release",
        "a file slipped into the previous release",
        tamper("notes.txt", lambda b: b"added later"),
        "error",
        r"releases/v2026\.11\.22/notes\.txt is not listed",
    ),
    Case(
        "previous-file-deleted",
        "release",
        "a CSV deleted from the previous release",
        tamper("csv/bodies.csv", lambda b: None),
        "error",
        r"releases/v2026\.11\.22/csv/bodies\.csv is missing",
    ),
    Case(
        "latest-deleted",
        "release",
        "releases/LATEST deleted, then a new article added",
        both(write_latest(None), add(f"{NEW}.txt", NEW_TEXT)),
        "published",
        check=history_kept,
    ),
    Case(
        "latest-garbage",
        "release",
        "releases/LATEST holding garbage",
        write_latest("latest!!\n"),
        "published",
        check=latest_is("v2026.11.22"),
    ),
    Case(
        "latest-names-missing",
        "release",
        "releases/LATEST naming a release that does not exist",
        write_latest("v2026.12.31\n"),
        "published",
        check=latest_is("v2026.11.22"),
    ),
    Case(
        "leftover-tmp",
        "release",
        "a .tmp-* folder left by a killed build",
        both(leftover_tmp, add(f"{NEW}.txt", NEW_TEXT)),
        "published",
        check=tmp_removed,
    ),
    Case(
        "unnamed-newer-release",
        "release",
        "a complete newer release LATEST does not name (killed build)",
        unnamed_newer_release,
        "published",
        check=latest_is("v2026.11.22.1"),
    ),
    Case(
        "clock-set-back",
        "release",
        "a build dated the day before the latest release",
        add(f"{NEW}.txt", NEW_TEXT),
        "published",
        check=newer_version,
        run_kwargs={"day": __import__("datetime").date(2026, 11, 21)},
    ),
    Case(
        "concurrent-build",
        "release",
        "another build holds the releases lock",
        both(hold_lock, add(f"{NEW}.txt", NEW_TEXT)),
        "error",
        r"another build holds releases/\.lock \(pid 4242, started 2026-11-22T08:00:00Z\)",
        run_kwargs={"lock_timeout": 0.5},
    ),
]
